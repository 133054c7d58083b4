import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** What one command cost: wall time and the peak resident memory of its whole process tree. */
export interface Run {
	status: number | null;
	seconds: number;
	/** User + system CPU seconds of the whole tree; undefined where /proc is not available. */
	cpuSeconds?: number;
	/** Bytes; undefined where /proc is not available (not Linux). */
	peakRss?: number;
	output: string;
}

export interface RunOptions {
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** Milliseconds between memory samples. */
	interval?: number;
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
	private readonly highWater = new Map<number, number>();
	private readonly root: number;
	constructor(root: number) {
		this.root = root;
	}

	sample() {
		let sum = 0;
		for (const pid of processTree(this.root)) {
			const status = readOr(`/proc/${pid}/status`);
			if (!status) continue;
			sum += statusField(status, 'VmRSS');
			this.highWater.set(pid, Math.max(this.highWater.get(pid) ?? 0, statusField(status, 'VmHWM')));
		}
		this.peakSum = Math.max(this.peakSum, sum);
	}

	get peak(): number {
		return Math.max(this.peakSum, ...this.highWater.values());
	}
}

/** Runs a command to its end, measuring wall time and, on Linux, the peak RSS of its process tree. */
export function measure(command: string, args: string[], { cwd, env, interval = 100 }: RunOptions): Promise<Run> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const cpuBefore = childrenCpu();
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		const memory = hasProc && child.pid ? new TreeMemory(child.pid) : undefined;
		const timer = memory && setInterval(() => memory.sample(), interval);
		child.on('error', reject);
		child.on('close', (status) => {
			if (timer) clearInterval(timer);
			resolve({
				status,
				seconds: (performance.now() - start) / 1000,
				cpuSeconds: cpuBefore === undefined ? undefined : childrenCpu()! - cpuBefore,
				peakRss: memory?.peak,
				output: Buffer.concat(chunks).toString('utf8'),
			});
		});
	});
}
