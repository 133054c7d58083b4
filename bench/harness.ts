import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { writeSyntheticContent } from '../tests/helpers/synthetic.ts';
import { openSearch } from '../tests/helpers/search.ts';
import { measure, type Run, type Step } from './process-tree.ts';
import { median, parseCards, parseRoutes, type Figures, type Machine, type Report, type PageSize, type SearchBundle, type SearchCheck } from './report.ts';

export const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

export interface BenchOptions {
	briefs: number;
	runs: number;
	/** Keep the temporary folder (content, outputs, caches, build logs) instead of removing it. */
	keep: boolean;
	seed?: number;
	/**
	 * Build B0 (the default), or not: bare Astro needs 22.5 GB at 50,000 briefs. Without it the ratios
	 * are to the figures given here, or there are none.
	 */
	baseline?: boolean | { seconds: number; cpuSeconds?: number };
	/** Progress messages, one line each. */
	log?: (line: string) => void;
}

export const editedTitle = 'Edited synthetic test incident';

function machine(): Machine {
	let commit = 'unknown';
	try {
		const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
		commit = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? ' (with uncommitted changes)' : '');
	} catch {
		// not a git checkout
	}
	return { cpus: availableParallelism(), cpuModel: cpus()[0]?.model ?? 'unknown', memory: totalmem(), node: process.version, commit, load: loadavg()[0] };
}

/** Fails loudly with the end of the build log: a benchmark of a failed build means nothing. */
function succeeded(name: string, run: Run, logFile: string): Run {
	writeFileSync(logFile, run.output);
	if (run.status !== 0) {
		throw new Error(`${name} failed (exit ${run.status}); log: ${logFile}\n${run.output.split('\n').slice(-30).join('\n')}`);
	}
	return run;
}

function figures(run: Run): Figures {
	return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakRss: run.peakRss, cards: parseCards(run.output), routes: parseRoutes(run.output), peak: run.peak, steps: run.steps };
}

/** The steps of a site build, each known by the first line of the log it prints (scripts/build.ts, then Astro's own). */
const siteSteps: Step[] = [
	{ name: 'astro: content sync', starts: /\[content\] Syncing content/ },
	{ name: 'astro: build info, Vite', starts: /\[build\] Collecting build info/ },
	{ name: 'astro: pages (cards worker beside)', starts: /generating static routes/ },
	// "12:00:00 ✓ Completed in 5.27s.", untagged, as the pages are done; the end-of-build hooks (the cards placed) follow.
	{ name: 'astro: end of build, waiting for cards', starts: /^[\d:]+ ✓ Completed in/ },
	{ name: 'search index, sitemap beside', starts: /^\[search\] / },
];

/** Pages that must stay small at any size of archive: listings (paginated) and the stats page. */
const pageLimits = [
	{ name: 'listing', matches: /^(uk\/)?(briefs|regions|munitions|years|tags)\/(?!\d{4}-\d{2}-\d{2}-).*index\.html$/, bytes: 200 * 1024 },
	{ name: 'stats', matches: /^(uk\/)?stats\/index\.html$/, bytes: 300 * 1024 },
];

/** The largest page of each kind in `pageLimits`, over its limit or not. */
function pageSizes(dist: string): PageSize[] {
	const pages = readdirSync(dist, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dist, join(entry.parentPath, entry.name)));
	return pageLimits.map(({ name, matches, bytes: limit }) => {
		const sized = pages.filter((page) => matches.test(page)).map((path) => ({ path, bytes: statSync(join(dist, path)).size }));
		if (!sized.length) throw new Error(`no ${name} page in ${dist}`);
		const largest = sized.reduce((a, b) => (b.bytes > a.bytes ? b : a));
		return { name, pages: sized.length, largest: largest.path, bytes: largest.bytes, limit };
	});
}

/** Size, file count, parts and largest file of the search bundle a build wrote. */
function searchBundle(dist: string): SearchBundle {
	const dir = join(dist, 'pagefind');
	const files = readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => ({ path: relative(dir, join(entry.parentPath, entry.name)), bytes: statSync(join(entry.parentPath, entry.name)).size }));
	const largestOf = (list: typeof files) => list.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: 'none', bytes: 0 });
	// Pagefind's own scripts, styles and WebAssembly are the same at any size; the index is what grows.
	const index = files.filter((file) => !/\.(js|css)$|wasm\.[^/]*\.pagefind$|parts\.json$/.test(file.path));
	const parts = (JSON.parse(readFileSync(join(dir, 'parts.json'), 'utf8')) as { parts: string[] }).parts.length;
	const bytes = (list: typeof files) => list.reduce((sum, f) => sum + f.bytes, 0);
	return { bytes: bytes(files), files: files.length, parts, largest: largestOf(files), index: { bytes: bytes(index), largest: largestOf(index) } };
}

/**
 * Searches the built site as its search page does (every part merged): one query per year must find
 * exactly that year's briefs, and the edited brief must be found by its new title. What does not is
 * a problem: reported with the figures, and the bench then fails.
 */
async function checkSearch(dist: string, slugs: string[], edited: string): Promise<SearchCheck> {
	const perYear = new Map<string, number>();
	for (const slug of slugs) perYear.set(slug.slice(0, 4), (perYear.get(slug.slice(0, 4)) ?? 0) + 1);
	const search = await openSearch(dist);
	const problems: string[] = [];
	try {
		for (const [year, expected] of perYear) {
			const found = await search.count(null, { year });
			if (found !== expected) problems.push(`search for year ${year} found ${found} briefs, not ${expected}`);
		}
		const hits = await search.search(editedTitle);
		if (!hits.some((hit) => hit.url === `/briefs/${edited}/`)) problems.push(`search for "${editedTitle}" does not find /briefs/${edited}/`);
		return { years: perYear.size, briefs: slugs.length, problems };
	} finally {
		await search.close();
	}
}

/** How many of the briefs have a page `<folder>/<slug>/index.html`. */
function countPages(folder: string, slugs: string[]): number {
	return slugs.filter((slug) => existsSync(join(folder, slug, 'index.html'))).length;
}

/** Replaces the title of one brief file, as a contributor's small edit would. */
function editTitle(file: string) {
	const text = readFileSync(file, 'utf8');
	const edited = text.replace(/^title: .*$/m, `title: ${editedTitle}`);
	if (edited === text) throw new Error(`no title line in ${file}`);
	writeFileSync(file, edited);
}

function hasCheckScript(): boolean {
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
	return Boolean(pkg.scripts?.check);
}

/** One pass: B0 cold, then the site cold, warm and after one edit; then `npm run check`. */
async function pass(work: string, content: string, log: (line: string) => void, baseline: NonNullable<BenchOptions['baseline']>) {
	const all = readdirSync(join(content, 'briefs')).sort();
	// A translation's file name, <slug>.<lang>.mdx (translationFileName's, which plain Node cannot import from src/).
	const translationFile = /\.[a-z]{2}\.mdx$/;
	const files = all.filter((file) => !translationFile.test(file));
	const translated = all.filter((file) => translationFile.test(file)).map((file) => file.replace(translationFile, ''));
	const slugs = files.map((file) => file.replace(/\.mdx$/, ''));
	const briefs = slugs.length;
	const env = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
	const b0 = join(work, 'b0');
	const site = join(work, 'site');
	for (const dir of [b0, site]) rmSync(dir, { recursive: true, force: true });
	mkdirSync(b0, { recursive: true });
	mkdirSync(site, { recursive: true });

	const b0Figures = baseline === true ? await buildBaseline(b0, env, slugs, log) : givenBaseline(baseline);

	const siteEnv = { ...env, ASTRO_CACHE_DIR: join(site, 'cache'), CARD_CACHE_DIR: join(site, 'card-cache') };
	// Each build writes to a new output folder, like a CI job that keeps only its caches (and like B0).
	const dist = (name: string) => join(site, `dist-${name}`);
	const build = async (name: string) => {
		log(`${name}: full site build`);
		// What `npm run build` runs: Astro's build, then the search index once Astro has exited.
		const args = [join(root, 'scripts/build.ts'), '--outDir', dist(name)];
		const run = succeeded(name, await measure(process.execPath, args, { cwd: root, env: siteEnv, steps: siteSteps }), join(site, `${name}.log`));
		const pages = countPages(join(dist(name), 'briefs'), slugs);
		if (pages !== briefs) throw new Error(`${name} built pages for ${pages} of ${briefs} briefs`);
		// Every brief has its Ukrainian page too, translated or not.
		const ukPages = countPages(join(dist(name), 'uk/briefs'), slugs);
		if (ukPages !== briefs) throw new Error(`${name} built Ukrainian pages for ${ukPages} of ${briefs} briefs`);
		if (!existsSync(join(dist(name), 'pagefind/parts.json'))) throw new Error(`${name} built no search index`);
		return run;
	};
	const cold = await build('cold');
	const warm = await build('warm');
	const edited = files[Math.floor(files.length / 2)];
	editTitle(join(content, 'briefs', edited));
	const edit = await build('edit');
	const page = readFileSync(join(dist('edit'), 'briefs', edited.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
	if (!page.includes(editedTitle)) throw new Error(`the edited brief ${edited} does not show its new title after the rebuild`);
	log('search: one query per year, and the edited title');
	const search = { bundle: searchBundle(dist('edit')), check: await checkSearch(dist('edit'), slugs, edited.replace(/\.mdx$/, '')) };
	const pages = pageSizes(dist('edit'));

	let check: Run | undefined;
	if (hasCheckScript()) {
		log('check: npm run check');
		check = succeeded('npm run check', await measure('npm', ['run', '--silent', 'check'], { cwd: root, env }), join(work, 'check.log'));
	}
	return { builds: { b0: b0Figures, cold: figures(cold), warm: figures(warm), edit: figures(edit) }, check: check && figures(check), translations: translated.length, search, pages };
}

async function buildBaseline(b0: string, env: NodeJS.ProcessEnv, slugs: string[], log: (line: string) => void): Promise<Figures> {
	log('B0: bare Astro + MDX build');
	const args = [astro, 'build', '--root', join(root, 'bench/baseline'), '--outDir', join(b0, 'dist')];
	const baseline = await measure(process.execPath, args, { cwd: root, env: { ...env, ASTRO_CACHE_DIR: join(b0, 'cache') } });
	writeFileSync(join(b0, 'build.log'), baseline.output);
	// A failed B0 is a finding (bare Astro + MDX running out of memory), not a reason to stop.
	const outOfMemory = /heap out of memory/i.test(baseline.output) ? ', JavaScript heap out of memory' : '';
	const failed = baseline.status === 0 ? undefined : `exit ${baseline.status ?? '(killed)'}${outOfMemory}`;
	const pages = failed ? slugs.length : countPages(join(b0, 'dist'), slugs);
	if (pages !== slugs.length) throw new Error(`B0 built pages for ${pages} of ${slugs.length} briefs`);
	return { ...figures(baseline), failed, peak: undefined, steps: undefined };
}

/** B0 not built: its figures as given, or none (then no ratios). */
function givenBaseline(baseline: false | { seconds: number; cpuSeconds?: number }): Figures {
	return baseline ? { ...baseline, given: true } : { seconds: 0, given: true, failed: 'not built' };
}

/** Generates the briefs into a temporary CONTENT_DIR and measures every build `runs` times. */
export async function runBench({ briefs, runs, keep, seed = 1, baseline = true, log = () => {} }: BenchOptions): Promise<Report & { work: string }> {
	const work = mkdtempSync(join(tmpdir(), 'briefs-bench-'));
	const host = machine();
	try {
		const passes = [];
		for (let i = 0; i < runs; i++) {
			// Fresh content each pass, so every pass edits the same unedited brief.
			const content = join(work, 'content');
			rmSync(content, { recursive: true, force: true });
			log(`writing ${briefs} synthetic briefs${runs > 1 ? ` (run ${i + 1} of ${runs})` : ''}`);
			// About a third of the briefs translated into Ukrainian, as the bilingual site is measured.
			writeSyntheticContent(content, { briefs, seed, translateEvery: 3 });
			passes.push(await pass(work, content, log, baseline));
		}
		const builds = {
			b0: median(passes.map((p) => p.builds.b0)),
			cold: median(passes.map((p) => p.builds.cold)),
			warm: median(passes.map((p) => p.builds.warm)),
			edit: median(passes.map((p) => p.builds.edit)),
		};
		const checks = passes.flatMap((p) => p.check ?? []);
		return { briefs, runs, machine: host, builds, check: checks.length ? median(checks) : undefined, translations: passes[0]?.translations, search: passes.at(-1)!.search, pages: passes.at(-1)!.pages, work };
	} finally {
		if (!keep) rmSync(work, { recursive: true, force: true });
	}
}
