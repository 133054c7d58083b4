// npm run build -- [astro build options]: the site, then its search index and sitemap.
// Astro builds in a process of its own; Pagefind indexes the pages and the sitemap is made from what
// Astro wrote down (src/integrations/sitemap.ts) once that process has exited, so they never hold
// their memory at the same time as Astro (about 1.4 and 1.6 GB at 10,000 briefs for Astro and Pagefind).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exitWhenWritten, runNode } from '../src/lib/child-process.ts';
import { cacheDir, siteUrlWarning } from '../src/site.ts';

const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string' }, root: { type: 'string' } }, strict: false });
const siteDir = resolve(typeof values.root === 'string' ? values.root : '.', typeof values.outDir === 'string' ? values.outDir : 'dist');
const astro = resolve('node_modules/astro/bin/astro.mjs');

/** A step of src/lib/last-build.ts, in a process of its own (scripts/last-build.ts says why); resolves to its count. */
async function lastBuild(...step: string[]): Promise<number> {
	const { status, stdout } = await runNode([join(import.meta.dirname, 'last-build.ts'), ...step], { stdio: ['ignore', 'pipe', 'inherit'] }).ended;
	if (status !== 0) throw new Error(`scripts/last-build.ts ${step[0]} failed (exit ${status})`);
	return Number(stdout);
}

// The last build's pages, linked into the output folder while Astro starts (it loads its config and
// syncs the content first): Astro waits for the signal file before it writes to the folder
// (src/integrations/last-build.ts), then renders only what changed over the linked pages.
const linkedSignal = join(cacheDir, `pages-linked-${process.pid}.signal`);
rmSync(linkedSignal, { force: true });
// What the sitemap is made from, written by Astro at the end of its build (src/integrations/sitemap.ts).
const sitemapHandover = join(cacheDir, `sitemap-handover-${process.pid}.json`);
rmSync(sitemapHandover, { force: true });
const linking = lastBuild('link', cacheDir, siteDir, linkedSignal);
// Astro's output comes through this process, written as it comes (Astro ends with process.exit,
// which dropped the end of its log when it was read slower than written: src/lib/blocking-stdout.ts).
const astroBuild = runNode([astro, 'build', ...args], {
	stdio: ['inherit', 'pipe', 'inherit'],
	env: {
		// Vite's bundler and Astro's compiler are Rust with mimalloc, which keeps memory it has freed
		// (about 130 MB, through every page after the bundling) unless told to give it back at once.
		MIMALLOC_PURGE_DELAY: '0',
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		SEARCH_INDEX: 'after-astro',
		OUT_DIR_LINKED: linkedSignal,
		SITEMAP_HANDOVER: sitemapHandover,
	},
}, true);
// The sitemap's modules (@astrojs/sitemap and zod: half a second) load while Astro builds, once the
// pages are linked, not to take a core from Astro's start and the linking.
const sitemapModule = linking.then(() => import('../src/lib/sitemap-handover.ts'));
sitemapModule.catch(() => {}); // its failure is told when the sitemap is made
const built = await linking.then(
	() => astroBuild.ended,
	async (error: unknown) => {
		astroBuild.child.kill();
		await astroBuild.ended;
		throw error;
	},
).finally(() => rmSync(linkedSignal, { force: true }));
const gone = await lastBuild('settle', cacheDir, siteDir, built.status === 0 ? 'succeeded' : 'failed');
if (built.status === 0 && gone) console.log(`[build] ${gone} page(s) of the last build the site no longer has, removed`);
if (built.status !== 0) {
	// Astro ends a failed build with its own Location: and Stack trace: block; a contributor needs the
	// list of problems last, so when briefs are the cause the checker's list ends the output.
	const check = spawnSync(process.execPath, [resolve('scripts/check.ts')], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
	if (check.status === 1) console.error(`\nThe build stopped and published nothing. The problems in the briefs:\n${check.stdout.trimEnd()}`);
	rmSync(sitemapHandover, { force: true });
	await exitWhenWritten(built.status ?? 1);
}

console.log('[search] indexing the built pages');
const start = performance.now();
// Pagefind loads only now, so that Astro starts without waiting for it.
const { indexSearch, searchIndexMessage } = await import('../src/lib/search-index.ts');
// The sitemap is made here while the pages are indexed (much of that in Pagefind's own processes).
const sitemapMade = sitemapModule.then(
	({ writeHandedSitemap }) => writeHandedSitemap(sitemapHandover, siteDir),
	(error: unknown) => {
		console.error(`[@astrojs/sitemap] the sitemap was not made: ${error instanceof Error ? error.stack : error}`);
		rmSync(sitemapHandover, { force: true });
		return false;
	},
);
const result = await indexSearch(siteDir, cacheDir);
console.log(`[search] ${searchIndexMessage(result)} (${((performance.now() - start) / 1000).toFixed(2)} s, ${result.read} built page(s) read)`);
if (!(await sitemapMade)) await exitWhenWritten(1);
const warning = siteUrlWarning();
if (warning) console.warn(`\n${warning}`);
