/** The figures of one benchmark run and how they are printed. Pure: no processes, no files. */
import type { Peak, StepTime } from './process-tree.ts';

export interface Cards {
	rendered: number;
	cached: number;
}

export interface Figures {
	seconds: number;
	cpuSeconds?: number;
	peakRss?: number;
	cards?: Cards;
	/** Why the build failed (only B0 may: bare Astro runs out of memory on large MDX collections). */
	failed?: string;
	/** Seconds Astro spent rendering pages, by language (the sum of its per-route times). */
	routes?: Routes;
	/** B0 not built in this run: its figures were given (`--b0`), or none were. */
	given?: boolean;
	/** The step running at the peak, and each process's share of it. */
	peak?: Peak;
	/** Seconds of each step of the build, in order. */
	steps?: StepTime[];
}

export interface Routes {
	en: number;
	uk: number;
}

/** The search bundle a build wrote (<dist>/pagefind). */
export interface SearchBundle {
	bytes: number;
	files: number;
	parts: number;
	largest: { path: string; bytes: number };
	/** The index alone, without Pagefind's scripts, styles and WebAssembly. */
	index: { bytes: number; largest: { path: string; bytes: number } };
}

/** What the search of the last build found: one query per year, and the edited brief by its new title. */
export interface SearchCheck {
	years: number;
	briefs: number;
	/** What the search failed to find; empty when it found everything. */
	problems: string[];
}

export interface Machine {
	cpus: number;
	cpuModel: string;
	memory: number;
	node: string;
	commit: string;
	/** The 1-minute load average when the run began: other work on the machine slows wall times. */
	load: number;
}

export interface Report {
	briefs: number;
	runs: number;
	machine: Machine;
	/** B0 (bare Astro + MDX), then the full site: cold, warm, one edit. */
	builds: { b0: Figures; cold: Figures; warm: Figures; edit: Figures };
	/** `npm run check` on the same briefs, when the project has that script. */
	check?: Figures;
	/** How many of the briefs have a Ukrainian translation. */
	translations?: number;
	search?: { bundle: SearchBundle; check: SearchCheck };
	/** The largest page of each kind that must stay small. */
	pages?: PageSize[];
}

export interface PageSize {
	name: string;
	pages: number;
	largest: string;
	bytes: number;
	limit: number;
}

/** The card renderer's summary line, `cards: N rendered, M from cache`, when the build printed one. */
export function parseCards(output: string): Cards | undefined {
	const match = /cards: (\d+) rendered, (\d+) from cache/.exec(output);
	return match ? { rendered: Number(match[1]), cached: Number(match[2]) } : undefined;
}

/**
 * Astro's page rendering time by language, from the build log's per-route lines
 * (`├─ /uk/briefs/x/index.html (+4ms)`); a page copied by the incremental build prints no line.
 */
export function parseRoutes(output: string): Routes | undefined {
	const routes: Routes = { en: 0, uk: 0 };
	let seen = false;
	for (const [, path, amount, unit] of output.matchAll(/[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/g)) {
		seen = true;
		routes[path.startsWith('/uk/') ? 'uk' : 'en'] += Number(amount) / (unit === 'ms' ? 1000 : 1);
	}
	return seen ? routes : undefined;
}

/** The median of each figure over several runs (the middle run's seconds, RSS and cards taken together). */
export function median(runs: Figures[]): Figures {
	const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
	return sorted[Math.floor((sorted.length - 1) / 2)];
}

const mb = (bytes?: number) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MB`);
const cpu = (seconds?: number) => (seconds === undefined ? 'n/a' : seconds.toFixed(2));
const cards = (c?: Cards) => (c ? `${c.rendered} rendered, ${c.cached} from cache` : 'n/a');

export function ratio(a: Figures, b: Figures, of: 'seconds' | 'cpuSeconds' = 'seconds'): string {
	if (b.failed) return b.given ? 'n/a (B0 not built)' : 'n/a (B0 failed)';
	const [x, y] = [a[of], b[of]];
	return x === undefined || y === undefined ? 'n/a' : (x / y).toFixed(2);
}

const routes = (r?: Routes) => (r ? `pages rendered: en ${r.en.toFixed(1)} s, uk ${r.uk.toFixed(1)} s` : undefined);

const kb = (bytes: number) => (bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

/** Which step of each build held the peak memory, and which processes held it. */
function formatPeaks(builds: Report['builds']): string[] {
	return (['cold', 'warm', 'edit'] as const).flatMap((name) => {
		const { peak, peakRss } = builds[name];
		if (!peak) return [];
		const shares = peak.processes.map(([process, bytes]) => `${process} ${mb(bytes)}`).join(', ');
		return [`  ${name.padEnd(5)} ${mb(peakRss)} in ${peak.step} (${shares})`];
	});
}

/** Seconds of each step of each build. */
function formatSteps(builds: Report['builds']): string[] {
	return (['cold', 'warm', 'edit'] as const).flatMap((name) => {
		const steps = builds[name].steps;
		return steps?.length ? [`  ${name.padEnd(5)} ${steps.map((s) => `${s.name} ${s.seconds.toFixed(1)}`).join(', ')}`] : [];
	});
}

function formatSearch({ bundle, check }: NonNullable<Report['search']>): string[] {
	return [
		`search bundle: ${kb(bundle.bytes)} in ${bundle.files} files, ${bundle.parts} parts; largest file ${bundle.largest.path} (${kb(bundle.largest.bytes)})`,
		`search index without Pagefind's code: ${kb(bundle.index.bytes)}; largest file ${bundle.index.largest.path} (${kb(bundle.index.largest.bytes)})`,
		check.problems.length
			? `search: FAILED: ${check.problems.join('; ')}`
			: `search: one query per year finds every brief of it (${check.years} years, ${check.briefs} briefs), and the edited brief by its new title`,
	];
}

/** Why the run fails although every build succeeded: a search that missed briefs, a page over its limit. */
export function benchProblems({ search, pages }: Report): string[] {
	return [
		...(search?.check.problems ?? []),
		...(pages ?? []).filter((p) => p.bytes >= p.limit).map((p) => `${p.largest} is ${kb(p.bytes)}, over the ${kb(p.limit)} a ${p.name} page may have`),
	];
}

function b0Row(f: Figures): string | undefined {
	if (!f.given) return undefined;
	return `${'B0'.padEnd(6)}${f.seconds ? `${f.seconds.toFixed(2).padStart(9)}${cpu(f.cpuSeconds).padStart(9)}${'n/a'.padStart(11)}   not built: figures given` : '   not built (--no-baseline)'}`;
}

export function formatReport({ briefs, runs, machine, builds, check, translations, search, pages }: Report): string {
	const rows: [string, Figures][] = [
		['B0', builds.b0],
		['cold', builds.cold],
		['warm', builds.warm],
		['edit', builds.edit],
		...(check ? [['check', check] as [string, Figures]] : []),
	];
	const table = rows.map(
		([name, f]) =>
			(name === 'B0' && b0Row(f)) ||
			`${name.padEnd(6)}${f.seconds.toFixed(2).padStart(9)}${cpu(f.cpuSeconds).padStart(9)}${mb(f.peakRss).padStart(11)}   ${f.failed ? `FAILED: ${f.failed}` : name === 'check' ? '' : cards(f.cards)}`.trimEnd(),
	);
	return [
		`${briefs} synthetic briefs${translations ? `, ${translations} of them translated into Ukrainian` : ''}, ${runs === 1 ? '1 run' : `median of ${runs} runs`}`,
		`machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${mb(machine.memory)} memory, Node ${machine.node}, commit ${machine.commit}`,
		`load average at the start: ${machine.load.toFixed(2)}`,
		'',
		`${'build'.padEnd(6)}${'wall s'.padStart(9)}${'CPU s'.padStart(9)}${'peak RSS'.padStart(11)}   cards`,
		...table,
		'',
		`cold/B0 ${ratio(builds.cold, builds.b0)}`,
		`warm/B0 ${ratio(builds.warm, builds.b0)}`,
		`edit/B0 ${ratio(builds.edit, builds.b0)}`,
		`CPU time: ${(['cold', 'warm', 'edit'] as const).map((name) => `${name}/B0 ${ratio(builds[name], builds.b0, 'cpuSeconds')}`).join(', ')}`,
		...(['cold', 'warm', 'edit'] as const).flatMap((name) => (builds[name].routes ? [`${name} ${routes(builds[name].routes)}`] : [])),
		...(builds.cold.peak ? ['', 'peak memory, and the step of the build running then:', ...formatPeaks(builds)] : []),
		...(builds.cold.steps?.length ? ['', 'seconds per step:', ...formatSteps(builds)] : []),
		...(search ? ['', ...formatSearch(search)] : []),
		...(pages ?? []).map((p) => `largest ${p.name} page (of ${p.pages}): ${p.largest} ${kb(p.bytes)} (limit ${kb(p.limit)})${p.bytes >= p.limit ? ': OVER' : ''}`),
	].join('\n');
}
