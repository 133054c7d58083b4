import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticContent } from '../tests/helpers/synthetic.ts';
import { measure, type Run } from './process-tree.ts';
import { median, parseCards, parseRoutes, type Figures, type Machine, type Report } from './report.ts';

export const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

export interface BenchOptions {
	briefs: number;
	runs: number;
	/** Keep the temporary folder (content, outputs, caches, build logs) instead of removing it. */
	keep: boolean;
	seed?: number;
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
	return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakRss: run.peakRss, cards: parseCards(run.output), routes: parseRoutes(run.output) };
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
async function pass(work: string, content: string, log: (line: string) => void) {
	const all = readdirSync(join(content, 'briefs')).sort();
	const isTranslation = (file: string) => /\.[a-z]{2}\.mdx$/.test(file);
	const files = all.filter((file) => !isTranslation(file));
	const translated = all.filter(isTranslation).map((file) => file.replace(/\.[a-z]{2}\.mdx$/, ''));
	const slugs = files.map((file) => file.replace(/\.mdx$/, ''));
	const briefs = slugs.length;
	const env = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
	const b0 = join(work, 'b0');
	const site = join(work, 'site');
	for (const dir of [b0, site]) rmSync(dir, { recursive: true, force: true });
	mkdirSync(b0, { recursive: true });
	mkdirSync(site, { recursive: true });

	log('B0: bare Astro + MDX build');
	const args = [astro, 'build', '--root', join(root, 'bench/baseline'), '--outDir', join(b0, 'dist')];
	const baseline = await measure(process.execPath, args, { cwd: root, env: { ...env, ASTRO_CACHE_DIR: join(b0, 'cache') } });
	writeFileSync(join(b0, 'build.log'), baseline.output);
	// A failed B0 is a finding (bare Astro + MDX running out of memory), not a reason to stop.
	const outOfMemory = /heap out of memory/i.test(baseline.output) ? ', JavaScript heap out of memory' : '';
	const b0Failed = baseline.status === 0 ? undefined : `exit ${baseline.status ?? '(killed)'}${outOfMemory}`;
	const b0Pages = b0Failed ? briefs : countPages(join(b0, 'dist'), slugs);
	if (b0Pages !== briefs) throw new Error(`B0 built pages for ${b0Pages} of ${briefs} briefs`);

	const siteEnv = { ...env, ASTRO_CACHE_DIR: join(site, 'cache'), CARD_CACHE_DIR: join(site, 'card-cache') };
	// Each build writes to a new output folder, like a CI job that keeps only its caches (and like B0).
	const dist = (name: string) => join(site, `dist-${name}`);
	const build = async (name: string) => {
		log(`${name}: full site build`);
		// What `npm run build` runs: Astro's build, then the search index once Astro has exited.
		const args = [join(root, 'scripts/build.ts'), '--outDir', dist(name)];
		const run = succeeded(name, await measure(process.execPath, args, { cwd: root, env: siteEnv }), join(site, `${name}.log`));
		const pages = countPages(join(dist(name), 'briefs'), slugs);
		if (pages !== briefs) throw new Error(`${name} built pages for ${pages} of ${briefs} briefs`);
		// Every brief has its Ukrainian page too, translated or not.
		const ukPages = countPages(join(dist(name), 'uk/briefs'), slugs);
		if (ukPages !== briefs) throw new Error(`${name} built Ukrainian pages for ${ukPages} of ${briefs} briefs`);
		if (!existsSync(join(dist(name), 'pagefind/pagefind.js'))) throw new Error(`${name} built no search index`);
		return run;
	};
	const cold = await build('cold');
	const warm = await build('warm');
	const edited = files[Math.floor(files.length / 2)];
	editTitle(join(content, 'briefs', edited));
	const edit = await build('edit');
	const page = readFileSync(join(dist('edit'), 'briefs', edited.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
	if (!page.includes(editedTitle)) throw new Error(`the edited brief ${edited} does not show its new title after the rebuild`);

	let check: Run | undefined;
	if (hasCheckScript()) {
		log('check: npm run check');
		check = succeeded('npm run check', await measure('npm', ['run', '--silent', 'check'], { cwd: root, env }), join(work, 'check.log'));
	}
	return {
		builds: { b0: { ...figures(baseline), failed: b0Failed }, cold: figures(cold), warm: figures(warm), edit: figures(edit) },
		check: check && figures(check),
		translations: translated.length,
	};
}

/** Generates the briefs into a temporary CONTENT_DIR and measures every build `runs` times. */
export async function runBench({ briefs, runs, keep, seed = 1, log = () => {} }: BenchOptions): Promise<Report & { work: string }> {
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
			passes.push(await pass(work, content, log));
		}
		const builds = {
			b0: median(passes.map((p) => p.builds.b0)),
			cold: median(passes.map((p) => p.builds.cold)),
			warm: median(passes.map((p) => p.builds.warm)),
			edit: median(passes.map((p) => p.builds.edit)),
		};
		const checks = passes.flatMap((p) => p.check ?? []);
		return { briefs, runs, machine: host, builds, check: checks.length ? median(checks) : undefined, translations: passes[0]?.translations, work };
	} finally {
		if (!keep) rmSync(work, { recursive: true, force: true });
	}
}
