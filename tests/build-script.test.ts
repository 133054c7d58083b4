import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { astroEnv, buildSite, root } from './helpers/build';
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
	// The sitemap, made once Astro has exited from what it wrote down, is the one `astro build` makes in its own process.
	expect(stdout.indexOf('[@astrojs/sitemap] `sitemap-index.xml` created')).toBeGreaterThan(astroDone);
	const direct = buildSite(join(root, 'tests/fixtures/basic'), { SITE_URL: '' });
	expect(direct.status, direct.output).toBe(0);
	const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
	expect(sitemap).toMatch(/<loc>http:\/\/localhost:4321\/uk\/briefs\/[^<]+<\/loc><lastmod>/);
	expect(sitemap).toBe(direct.read('sitemap-0.xml'));
	expect(readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8')).toBe(direct.read('sitemap-index.xml'));
	expect(readdirSync(join(work, 'cache')).filter((name) => name.startsWith('sitemap-handover'))).toEqual([]);
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

/** Every file of a built site and its bytes. */
function site(dir: string): Record<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return Object.fromEntries(files.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name), 'base64')]));
}

it("npm run build starts from the last build's pages and makes the site a build from nothing makes", () => {
	const work = mkdtempSync(join(tmpdir(), 'briefs-build-linked-'));
	const content = join(work, 'content');
	cpSync(join(root, 'tests/fixtures/basic'), content, { recursive: true });
	const build = (outDir: string, cache = join(work, 'cache')) => {
		const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
			cwd: root,
			encoding: 'utf8',
			env: astroEnv({ SITE_URL: '', CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, CARD_CACHE_DIR: join(work, 'cards') }),
		});
		expect(result.status, result.stderr).toBe(0);
		return stripVTControlCharacters(result.stdout);
	};
	const dist = join(work, 'dist');
	build(dist);
	const first = site(dist);
	// Unchanged pages are the last build's, left in place ("cached"), not copied again ("restored").
	const again = build(dist);
	expect(again).toMatch(/briefs\/2020-01-03-single-source\/index\.html \(cached\)/);
	expect(again).not.toContain('(restored)');
	// Nor does the search index read them again (the same files as last time): it reads only the pages Astro rendered.
	const rendered = [...again.matchAll(/├─ \S+\.html \(\+\d/g)].length;
	expect(rendered).toBeGreaterThan(0);
	expect(again).toMatch(/\[search\] Search index unchanged.*, (\d+) built page\(s\) read\)/);
	expect(Number(/(\d+) built page\(s\) read/.exec(again)![1])).toBe(rendered);
	expect(site(dist)).toEqual(first);

	// A deleted brief's pages go; an edited one's change; the site is the one a build with no cache makes.
	rmSync(join(content, 'briefs/2020-01-03-single-source.mdx'));
	const edited = join(content, 'briefs/2020-01-02-rule-first.mdx');
	writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Corrected fictional headline'));
	const edit = build(dist);
	expect(edit).toContain('page(s) of the last build the site no longer has, removed');
	// The data files made the edited brief's record and line again, and took every other one from the last build.
	for (const file of ['briefs.json', 'briefs.csv']) {
		const index = JSON.parse(readFileSync(join(work, 'cache/data-rows', `${file}.index.json`), 'utf8'));
		expect({ file, made: index.made, kept: index.keys.length - index.made }).toEqual({ file, made: 1, kept: 1 });
	}
	expect(readdirSync(join(dist, 'briefs'))).not.toContain('2020-01-03-single-source');
	expect(readdirSync(join(dist, 'uk/briefs'))).not.toContain('2020-01-03-single-source');
	expect(readFileSync(join(dist, 'briefs/2020-01-02-rule-first/index.html'), 'utf8')).toContain('Corrected fictional headline');
	const fresh = join(work, 'fresh');
	build(fresh, join(work, 'fresh-cache'));
	expect(site(dist)).toEqual(site(fresh));
}, 240_000);
