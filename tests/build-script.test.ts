import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { astroEnv, root } from './helpers/build';
import { openSearch } from './helpers/search';

it('npm run build indexes the site for search once Astro has exited, and stops at a failed Astro build', async () => {
	const work = mkdtempSync(join(tmpdir(), 'briefs-build-script-'));
	const outDir = join(work, 'dist');
	const build = (content: string) =>
		spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
			cwd: root,
			encoding: 'utf8',
			env: astroEnv({ SITE_URL: '', CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), CARD_CACHE_DIR: join(work, 'cards') }),
		});

	const result = build(join(root, 'tests/fixtures/basic'));
	expect(result.status, result.stderr).toBe(0);
	// Astro colours its log when CI is set, even into a pipe.
	const stdout = stripVTControlCharacters(result.stdout);
	const astroDone = stdout.indexOf('[build] Complete!');
	const indexed = stdout.search(/\[search\] Indexed \d+ pages for search/);
	expect(astroDone).toBeGreaterThan(-1);
	expect(indexed).toBeGreaterThan(astroDone);
	expect(stdout.match(/Indexed \d+ pages for search/g)).toHaveLength(1);
	// Built without SITE_URL, the build ends by saying what that breaks.
	expect(stripVTControlCharacters(result.stderr).trimEnd().split('\n').slice(-3)).toEqual([
		'warning: SITE_URL is not set, so every public address in the built site is http://localhost:4321/:',
		'canonical links, og:url and og:image (share cards cannot be unfurled), JSON-LD, the RSS feed, the sitemap,',
		'robots.txt, the CSV url column and the cite links. Set it for a deployment: SITE_URL=https://example.org/ npm run build',
	]);
	// The search page bundles Pagefind's stylesheet: it must be the one this Pagefind writes.
	expect(readFileSync(join(root, 'src/styles/pagefind-ui.css'), 'utf8')).toBe(readFileSync(join(outDir, 'pagefind/pagefind-ui.css'), 'utf8'));
	const search = await openSearch(outDir);
	try {
		expect(await search.search(null)).toHaveLength(3);
	} finally {
		await search.close();
	}

	const failed = build(join(work, 'no-such-content'));
	expect(failed.status).not.toBe(0);
	expect(failed.stdout).not.toContain('[search]');
});
