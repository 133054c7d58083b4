import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

/** What one command cost: wall time and the peak resident memory of its whole process tree. */
export interface Run {
	status: number | null;
	seconds: number;
	/** User + system CPU seconds of the whole tree; undefined where /proc is not available. */
	cpuSeconds?: number;
	/** Bytes; undefined where /proc is not available (not Linux). */
	peakRss?: number;
	/** Where the peak was: the step running then and each process's share; undefined without /proc. */
	peak?: Peak;
	/** Seconds each step took, in order, when `steps` were given. */
	steps: StepTime[];
	output: string;
}

/** A step of a build, known by the first line of its log that matches `starts`. */
export interface Step {
	name: string;
	starts: RegExp;
}

export interface StepTime {
	name: string;
	seconds: number;
}

export interface Peak {
	/** The step running at the peak sample, or the process whose own high-water mark was the peak. */
	step: string;
	/** Bytes of each process (by its short name) at the peak, largest first. */
	processes: [string, number][];
}

export interface RunOptions {
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** Milliseconds between memory samples. */
	interval?: number;
	/** The steps of the command, in the order they start; the time before the first is "start-up". */
	steps?: Step[];
}

const hasProc = existsSync('/proc/self/status');

function readOr(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined; // the process ended between listing and reading
	}
}

/** CPU seconds used by this process's children that have ended, from /proc/self/stat (cutime + cstime). */
function childrenCpu(): number | undefined {
	const stat = readOr('/proc/self/stat');
	if (!stat) return undefined;
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// Fields 16 and 17 of stat(5), counted from the state field (3): indices 13 and 14. Linux counts in USER_HZ, 100 a second.
	return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** The parent of every running process, from /proc/<pid>/stat (field 4, after the command in parentheses). */
function parents(): Map<number, number> {
	const map = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = readOr(`/proc/${name}/stat`);
		if (!stat) continue;
		const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		map.set(Number(name), ppid);
	}
	return map;
}

/** A short name for a process of a build: astro, pagefind, the build script, or its program's name. */
export function processName(cmdline: string): string {
	const args = cmdline.split('\0').filter(Boolean);
	if (args.some((arg) => arg.endsWith('astro.mjs'))) return 'astro';
	if (args.some((arg) => /pagefind[^/]*$/.test(arg))) return 'pagefind';
	const script = args.find((arg) => /\.(ts|mjs|js)$/.test(arg));
	return (script ?? args[0] ?? 'unknown').split('/').pop()!;
}

/** `root` and every process descended from it. */
export function processTree(root: number, parentOf: Map<number, number> = parents()): number[] {
	const tree = [root];
	for (let i = 0; i < tree.length; i++) {
		for (const [pid, ppid] of parentOf) if (ppid === tree[i]) tree.push(pid);
	}
	return tree;
}

/** A kB field of /proc/<pid>/status such as VmRSS or VmHWM, in bytes. */
export function statusField(status: string, field: 'VmRSS' | 'VmHWM'): number {
	const match = new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status);
	return match ? Number(match[1]) * 1024 : 0;
}

/**
 * Peak memory of a process tree. Polling sums VmRSS over the tree; each process's own high-water mark
 * (VmHWM) catches a peak that fell between two samples. The larger of the two is the peak.
 */
class TreeMemory {
	private peakSum = 0;
	private peakAt: Peak | undefined;
	private readonly highWater = new Map<number, { name: string; bytes: number }>();
	private readonly names = new Map<number, string>();
	private readonly root: number;
	constructor(root: number) {
		this.root = root;
	}

	private nameOf(pid: number): string {
		let name = this.names.get(pid);
		if (!name) this.names.set(pid, (name = processName(readOr(`/proc/${pid}/cmdline`) ?? '')));
		return name;
	}

	sample(step: string) {
		let sum = 0;
		const processes = new Map<string, number>();
		for (const pid of processTree(this.root)) {
			const status = readOr(`/proc/${pid}/status`);
			if (!status) continue;
			const rss = statusField(status, 'VmRSS');
			const name = this.nameOf(pid);
			sum += rss;
			processes.set(name, (processes.get(name) ?? 0) + rss);
			const hwm = statusField(status, 'VmHWM');
			if (hwm > (this.highWater.get(pid)?.bytes ?? 0)) this.highWater.set(pid, { name, bytes: hwm });
		}
		if (sum > this.peakSum) {
			this.peakSum = sum;
			this.peakAt = { step, processes: [...processes].sort((a, b) => b[1] - a[1]) };
		}
	}

	get peak(): number {
		return Math.max(this.peakSum, ...[...this.highWater.values()].map((h) => h.bytes));
	}

	/** The step of the peak sample, unless one process's own high-water mark (between samples) was higher. */
	get where(): Peak | undefined {
		const top = [...this.highWater.values()].sort((a, b) => b.bytes - a.bytes)[0];
		if (top && top.bytes > this.peakSum) return { step: `${top.name} (its high-water mark, between samples)`, processes: [[top.name, top.bytes]] };
		return this.peakAt;
	}
}

/** Follows a command's log line by line: which step is running, and how long each took. Steps only move forward. */
class StepClock {
	private index = -1;
	private since: number;
	private pending = '';
	private readonly times: StepTime[] = [];
	private readonly steps: Step[];
	constructor(steps: Step[], start: number) {
		this.steps = steps;
		this.since = start;
	}

	get step() {
		return this.index < 0 ? 'start-up' : (this.steps[this.index]?.name ?? 'end');
	}

	read(chunk: string) {
		const lines = (this.pending + chunk).split('\n');
		this.pending = lines.pop()!;
		for (const line of lines) {
			const next = this.steps.findIndex((step, i) => i > this.index && step.starts.test(stripVTControlCharacters(line)));
			if (next >= 0) this.begin(next);
		}
	}

	private begin(index: number) {
		const now = performance.now();
		this.times.push({ name: this.step, seconds: (now - this.since) / 1000 });
		[this.index, this.since] = [index, now];
	}

	end(): StepTime[] {
		this.begin(this.steps.length);
		return this.times.filter((t) => t.name !== 'start-up' || t.seconds >= 0.01);
	}
}

/** Runs a command to its end, measuring wall time and, on Linux, the peak RSS of its process tree. */
export function measure(command: string, args: string[], { cwd, env, interval = 100, steps = [] }: RunOptions): Promise<Run> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const cpuBefore = childrenCpu();
		const clock = new StepClock(steps, start);
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const chunks: Buffer[] = [];
		const take = (chunk: Buffer) => {
			chunks.push(chunk);
			clock.read(chunk.toString('utf8'));
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		const memory = hasProc && child.pid ? new TreeMemory(child.pid) : undefined;
		const timer = memory && setInterval(() => memory.sample(clock.step), interval);
		child.on('error', reject);
		child.on('close', (status) => {
			if (timer) clearInterval(timer);
			resolve({
				status,
				seconds: (performance.now() - start) / 1000,
				cpuSeconds: cpuBefore === undefined ? undefined : childrenCpu()! - cpuBefore,
				peakRss: memory?.peak,
				peak: memory?.where,
				steps: clock.end(),
				output: Buffer.concat(chunks).toString('utf8'),
			});
		});
	});
}
