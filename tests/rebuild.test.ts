import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, page, root } from './helpers/build';
import { openSearch } from './helpers/search';

it('a rebuild with the cache kept shows an edited body, and keeps one rendered body per brief', () => {
	const dir = mkdtempSync(join(tmpdir(), 'briefs-rebuild-'));
	cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
	const cache = mkdtempSync(join(tmpdir(), 'briefs-rebuild-cache-'));
	const first = buildSite(dir, { ASTRO_CACHE_DIR: cache });
	expect(first.status, first.output).toBe(0);
	// Astro's store (written to disk and bundled into the build) lists the briefs; their data stays beside it.
	const store = readFileSync(join(cache, 'data-store.json'), 'utf8');
	expect(store).toContain('2020-01-03-single-source');
	expect(store).not.toContain('Fictional single-source brief with bare numbers');
	expect(page(first.read('briefs/2020-01-03-single-source/index.html')).text).toContain('Fictional single-source brief with bare numbers');

	const file = join(dir, 'briefs/2020-01-03-single-source.mdx');
	writeFileSync(file, `${readFileSync(file, 'utf8')}\nEDITED-BODY-TEXT appears after the rebuild.\n`);
	const second = buildSite(dir, { ASTRO_CACHE_DIR: cache });
	expect(second.status, second.output).toBe(0);

	expect(page(second.read('briefs/2020-01-03-single-source/index.html')).text).toContain('EDITED-BODY-TEXT appears after the rebuild.');
	expect(page(second.read('briefs/2020-01-01-testville/index.html')).text).toContain('TABLE-CELL-ONE');
	expect(readdirSync(join(cache, 'brief-bodies'))).toHaveLength(readdirSync(join(dir, 'briefs')).length);
});

it('a rebuild with the cache kept copies unchanged brief pages and search index, and renders again those whose region, address or settings changed', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'briefs-incremental-'));
	cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
	const cache = mkdtempSync(join(tmpdir(), 'briefs-incremental-cache-'));
	const build = (env: Record<string, string> = {}) => {
		const result = buildSite(dir, { ASTRO_CACHE_DIR: cache, ...env });
		expect(result.status, result.output).toBe(0);
		return result;
	};
	// The build's log lists each page, with its time when rendered and "(restored)" when copied.
	const rendered = (result: ReturnType<typeof build>) =>
		[...result.output.matchAll(/\/briefs\/([\w-]+)\/index\.html \(\+\d+ms\)/g)].map((m) => m[1]).sort();
	const restored = (result: ReturnType<typeof build>) => [...result.output.matchAll(/\/briefs\/([\w-]+)\/index\.html \(restored\)/g)].length;
	const testville = 'briefs/2020-01-01-testville/index.html';

	// Each brief has its page in English and in Ukrainian.
	const first = build();
	expect(rendered(first)).toHaveLength(6);
	const second = build();
	expect(rendered(second)).toEqual([]);
	expect(restored(second)).toBe(6);
	expect(second.read(testville)).toBe(first.read(testville));
	// No page changed, so neither did the search index: it is copied, and it still finds every brief.
	expect(second.output).toContain('Search index unchanged');
	const search = await openSearch(second.outDir);
	try {
		expect(await search.search(null)).toHaveLength(3);
	} finally {
		await search.close();
	}

	const regions = join(dir, 'regions.yaml');
	writeFileSync(regions, readFileSync(regions, 'utf8').replace('name: North Fictonia', 'name: Upper Fictonia'));
	const renamed = build();
	expect(rendered(renamed)).toHaveLength(6);
	expect(page(renamed.read(testville)).text).toContain('Upper Fictonia');
	expect(renamed.output).toMatch(/Indexed \d+ pages for search/);

	const moved = build({ REPOSITORY_URL: 'https://example.org/fork' });
	expect(page(moved.read(testville)).$('a[href^="https://example.org/fork/edit/"]')).toHaveLength(1);
});

/** Every file a build wrote, by its path under the output folder. */
function builtFiles(outDir: string): Map<string, Buffer> {
	return new Map(
		readdirSync(outDir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				return [relative(outDir, path), readFileSync(path)] as const;
			}),
	);
}

it('a rebuild with the cache kept copies unchanged listing pages and data files, and lists an edited title as a full build does', () => {
	const dir = mkdtempSync(join(tmpdir(), 'briefs-listings-'));
	cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
	const cache = mkdtempSync(join(tmpdir(), 'briefs-listings-cache-'));
	const build = (env: Record<string, string> = {}) => {
		const result = buildSite(dir, env);
		expect(result.status, result.output).toBe(0);
		return result;
	};
	const kept = { ASTRO_CACHE_DIR: cache };
	// Listings: every page of /briefs/, and of each region, munition, category, year and tag, in both languages.
	const listing = String.raw`(?:/uk)?/(?:briefs|regions/[\w-]+|munitions/[\w-]+|munitions/category/[\w-]+|years/\d+|tags/[\w-]+)/(?:\d+/)?index\.html`;
	const rendered = (result: ReturnType<typeof build>) => [...result.output.matchAll(new RegExp(`(${listing}) \\(\\+\\d+ms\\)`, 'g'))].map((m) => m[1]).sort();
	const restored = (result: ReturnType<typeof build>) => [...result.output.matchAll(new RegExp(`(${listing}) \\(restored\\)`, 'g'))].map((m) => m[1]).sort();

	const first = build(kept);
	const listings = rendered(first);
	expect(listings).toContain('/uk/munitions/test-drone/index.html');
	const second = build(kept);
	expect(rendered(second)).toEqual([]);
	expect(restored(second)).toEqual(listings);
	// Astro's log names an endpoint with the trailing slash of the site's addresses.
	for (const data of ['briefs.csv', 'munitions.csv', 'briefs.json']) expect(second.output).toContain(`/data/${data}/ (restored)`);

	const file = join(dir, 'briefs/2020-01-03-single-source.mdx');
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Edited fictional brief for the listings'));
	const edited = build(kept);
	// Its munition's, category's, year's and the whole archive's listings show the new title; a region it is not in is copied.
	for (const path of ['munitions/test-drone/index.html', 'years/2020/index.html', 'briefs/index.html', 'uk/munitions/test-drone/index.html', 'uk/briefs/index.html']) {
		expect(page(edited.read(path)).text, path).toContain('Edited fictional brief for the listings');
	}
	expect(rendered(edited)).toContain('/munitions/test-drone/index.html');
	expect(edited.read('data/briefs.csv')).toContain('Edited fictional brief for the listings');
	// munitions.csv holds no titles: it is copied.
	expect(edited.output).toContain('/data/munitions.csv/ (restored)');
	expect(JSON.parse(edited.read('data/briefs.json')).briefs.map((b: { title: string }) => b.title)).toContain('Edited fictional brief for the listings');
	expect(restored(edited)).toContain('/regions/south-fictonia/index.html');
	expect(restored(edited)).toContain('/uk/regions/south-fictonia/index.html');

	// The pages copied and the pages rendered again make the site a build from nothing makes.
	const sameAsFull = (incrementalDir: string) => {
		const full = builtFiles(build().outDir);
		const incremental = builtFiles(incrementalDir);
		expect([...incremental.keys()].sort()).toEqual([...full.keys()].sort());
		const differing = [...full].filter(([path, bytes]) => !bytes.equals(incremental.get(path)!)).map(([path]) => path);
		expect(differing).toEqual([]);
	};
	sameAsFull(edited.outDir);

	// A figure corrected changes every total that counts it: the listings that count the whole archive render again.
	writeFileSync(file, readFileSync(file, 'utf8').replace('injured: 7', 'injured: 9'));
	const corrected = build(kept);
	for (const path of ['/briefs/index.html', '/years/2020/index.html', '/uk/briefs/index.html', '/munitions/category/drone/index.html']) expect(rendered(corrected)).toContain(path);
	sameAsFull(corrected.outDir);
});
