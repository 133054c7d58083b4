import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergedSearchOptions, searchPartOf } from '../src/lib/search-parts';
import { buildSite, root, type Build } from './helpers/build';
import { openSearch } from './helpers/search';

describe('the parts of the search index', () => {
	it('puts a page in the part its indexed element names, "other" when it names none, nowhere when it has none', () => {
		expect(searchPartOf('<main><article class="brief" data-pagefind-body data-search-part="2021"><h1>A</h1></article></main>')).toBe('2021');
		expect(searchPartOf('<article data-pagefind-body>x</article><p data-search-part="2020"></p>')).toBe('other');
		expect(searchPartOf('<main data-search-part="2020"><h1>A list</h1></main>')).toBeUndefined();
	});

	it('searches the first bundle and merges the others into it, every result linking from the site root', () => {
		expect(mergedSearchOptions({ parts: ['2022', '2021', '2020'] })).toEqual({
			bundlePath: '/pagefind/2022/',
			baseUrl: '/',
			mergeIndex: [
				{ bundlePath: '/pagefind/2021/', baseUrl: '/' },
				{ bundlePath: '/pagefind/2020/', baseUrl: '/' },
			],
		});
	});
});

/** Every file of one part's bundle and its bytes, to tell a re-indexed part from a reused one. */
function bundle(build: Build, part: string): Record<string, string> {
	const dir = join(build.outDir, 'pagefind', part);
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return Object.fromEntries(files.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name), 'base64')]));
}

it('an edit re-indexes only its year, and the one search over every year finds it, the other years and their filters', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'briefs-search-parts-'));
	cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
	// Two of the three fixture briefs moved to other years: 2020, 2021 and 2022 have a brief each.
	for (const [from, year] of [['2020-01-02-rule-first', '2021'], ['2020-01-03-single-source', '2022']]) {
		const file = join(dir, 'briefs', `${from}.mdx`);
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: 2020-/m, `date: ${year}-`));
		renameSync(file, join(dir, 'briefs', `${from.replace('2020', year)}.mdx`));
	}
	const cache = mkdtempSync(join(tmpdir(), 'briefs-search-parts-cache-'));
	const build = () => {
		const result = buildSite(dir, { ASTRO_CACHE_DIR: cache });
		expect(result.status, result.output).toBe(0);
		return result;
	};

	const first = build();
	expect(first.output).toContain('Indexed 6 pages for search in 3 of 3 parts (2022, 2021, 2020)');
	const edited = join(dir, 'briefs/2021-01-02-rule-first.mdx');
	writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Corrected fictional headline Quorblaxed'));
	const second = build();
	expect(second.output).toContain('Indexed 2 pages for search in 1 of 3 parts (2021); 2 unchanged, reused');
	expect(bundle(second, '2020')).toEqual(bundle(first, '2020'));
	expect(bundle(second, '2022')).toEqual(bundle(first, '2022'));
	expect(bundle(second, '2021')).not.toEqual(bundle(first, '2021'));

	const search = await openSearch(second.outDir);
	try {
		expect(search.parts).toEqual(['2022', '2021', '2020']);
		expect((await search.search('Quorblaxed')).map((hit) => hit.url)).toEqual(['/briefs/2021-01-02-rule-first/']);
		expect(await search.search('Invented')).not.toEqual([]);
		expect((await search.search(null)).map((hit) => hit.url).sort()).toEqual([
			'/briefs/2020-01-01-testville/',
			'/briefs/2021-01-02-rule-first/',
			'/briefs/2022-01-03-single-source/',
		]);
		// The filters come from every part: each year once, and narrowing by one finds that year's brief alone.
		expect((await search.filters()).year).toEqual({ 2020: 1, 2021: 1, 2022: 1 });
		expect((await search.search(null, { year: '2022' })).map((hit) => hit.url)).toEqual(['/briefs/2022-01-03-single-source/']);
	} finally {
		await search.close();
	}
	// Each part holds both languages: the Ukrainian search over every part finds the edit too, on its Ukrainian page.
	const uk = await openSearch(second.outDir, 'uk');
	try {
		expect((await uk.search('Quorblaxed')).map((hit) => hit.url)).toEqual(['/uk/briefs/2021-01-02-rule-first/']);
		expect((await uk.filters()).year).toEqual({ 2020: 1, 2021: 1, 2022: 1 });
	} finally {
		await uk.close();
	}
});
