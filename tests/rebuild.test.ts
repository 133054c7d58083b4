import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, page, root } from './helpers/build';
import { openSearch } from './helpers/search';

it('a rebuild with the cache kept shows an edited body, and keeps one rendered body per brief', () => {
	const dir = mkdtempSync(join(tmpdir(), 'briefs-rebuild-'));
	cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
	const cache = mkdtempSync(join(tmpdir(), 'briefs-rebuild-cache-'));
	const first = buildSite(dir, { ASTRO_CACHE_DIR: cache });
	expect(first.status, first.output).toBe(0);

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
