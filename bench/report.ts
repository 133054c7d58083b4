/** The figures of one benchmark run and how they are printed. Pure: no processes, no files. */

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
}

export interface Routes {
	en: number;
	uk: number;
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
	if (b.failed) return 'n/a (B0 failed)';
	const [x, y] = [a[of], b[of]];
	return x === undefined || y === undefined ? 'n/a' : (x / y).toFixed(2);
}

const routes = (r?: Routes) => (r ? `pages rendered: en ${r.en.toFixed(1)} s, uk ${r.uk.toFixed(1)} s` : undefined);

export function formatReport({ briefs, runs, machine, builds, check, translations }: Report): string {
	const rows: [string, Figures][] = [
		['B0', builds.b0],
		['cold', builds.cold],
		['warm', builds.warm],
		['edit', builds.edit],
		...(check ? [['check', check] as [string, Figures]] : []),
	];
	const table = rows.map(
		([name, f]) =>
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
	].join('\n');
}
