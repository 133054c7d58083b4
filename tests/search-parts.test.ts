import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSearch } from '../src/lib/search-index';
import { assignParts, mergedSearchOptions, searchPartOf } from '../src/lib/search-parts';
import { buildSite, root } from './helpers/build';
import { openSearch } from './helpers/search';

describe('the parts of the search index', () => {
	it('puts a page in the part of its language and of the year its indexed element names, "other" when it names none, nowhere when it has none', () => {
		expect(searchPartOf('<html lang="uk"><main><article class="brief" data-pagefind-body data-search-part="2021"><h1>A</h1></article></main>')).toBe('uk/2021');
		expect(searchPartOf('<html lang="en"><article data-pagefind-body>x</article><p data-search-part="2020"></p>')).toBe('en/other');
		expect(searchPartOf('<article data-pagefind-body data-search-part="2020">x</article>')).toBe('unknown/2020');
		expect(searchPartOf('<html lang="en"><main data-search-part="2020"><h1>A list</h1></main>')).toBeUndefined();
		// The attribute's name in a page's text is not the attribute.
		expect(searchPartOf('<html lang="en"><title>data-pagefind-body</title><p>x-data-pagefind-bodyx</p><article data-pagefind-body data-search-part="2020">')).toBe('en/2020');
		expect(searchPartOf('<html lang="en"><p>data-pagefind-body</p><p data-pagefind-bodyguard data-search-part="2020">')).toBeUndefined();
	});

	it('makes a language’s year one part, split into halves, quarters or months once it holds more pages than a part may', () => {
		expect(assignParts(['en/2020-01', 'en/2020-03', 'uk/2020-01', 'en/2021-12', 'en/other', 'en/2019'], 2)).toEqual(['en/2020', 'en/2020', 'uk/2020', 'en/2021', 'en/other', 'en/2019']);
		expect(assignParts(['en/2020-01', 'en/2020-02', 'en/2020-07'], 2)).toEqual(['en/2020-h1', 'en/2020-h1', 'en/2020-h2']);
		expect(assignParts(['en/2020-01', 'en/2020-04', 'en/2020-05', 'en/2020-07'], 2)).toEqual(['en/2020-q1', 'en/2020-q2', 'en/2020-q2', 'en/2020-q3']);
		expect(assignParts(['en/2020-01', 'en/2020-02', 'en/2020-02', 'uk/2020-02'], 1)).toEqual(['en/2020-01', 'en/2020-02', 'en/2020-02', 'uk/2020']);
		// The same pages give the same parts, in whatever order they come.
		const keys = Array.from({ length: 6000 }, (_, i) => `en/2020-${String((i % 12) + 1).padStart(2, '0')}`);
		expect(new Set(assignParts(keys))).toEqual(new Set(['en/2020-q1', 'en/2020-q2', 'en/2020-q3', 'en/2020-q4']));
		expect(assignParts([...keys].reverse())).toEqual(assignParts(keys).reverse());
	});

	it("searches a language's first bundle and merges that language's others into it, every result linking from the site root", () => {
		const parts = { parts: ['uk/2022', 'uk/2020', 'en/2022', 'en/2021', 'en/2020'] };
		expect(mergedSearchOptions(parts, 'en')).toEqual({
			bundlePath: '/pagefind/en/2022/',
			baseUrl: '/',
			mergeIndex: [
				{ bundlePath: '/pagefind/en/2021/', baseUrl: '/' },
				{ bundlePath: '/pagefind/en/2020/', baseUrl: '/' },
			],
		});
		expect(mergedSearchOptions(parts, 'uk')).toEqual({ bundlePath: '/pagefind/uk/2022/', baseUrl: '/', mergeIndex: [{ bundlePath: '/pagefind/uk/2020/', baseUrl: '/' }] });
	});
});

/** Every file of one part's bundle (of every part, when none is named) and its bytes, to tell a re-indexed part from a reused one. */
function bundle(outDir: string, part = ''): Record<string, string> {
	const dir = join(outDir, 'pagefind', part);
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return Object.fromEntries(files.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name), 'base64')]));
}

it("an edit re-indexes only its year's parts, and the one search over a language's parts finds it, the other years and their filters", async () => {
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
	expect(first.output).toContain('Indexed 6 pages for search in 6 of 6 parts (uk/2022, uk/2021, uk/2020, en/2022, en/2021, en/2020)');
	const edited = join(dir, 'briefs/2021-01-02-rule-first.mdx');
	writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Corrected fictional headline Quorblaxed'));
	const second = build();
	// The brief's page in each language shows the corrected title (the Ukrainian one untranslated), so both its year's parts change.
	expect(second.output).toContain('Indexed 2 pages for search in 2 of 6 parts (uk/2021, en/2021); 4 unchanged, reused');
	for (const part of ['en/2020', 'en/2022', 'uk/2020', 'uk/2022']) expect(bundle(second.outDir, part)).toEqual(bundle(first.outDir, part));
	for (const part of ['en/2021', 'uk/2021']) expect(bundle(second.outDir, part)).not.toEqual(bundle(first.outDir, part));

	const search = await openSearch(second.outDir);
	try {
		expect(search.parts).toEqual(['en/2022', 'en/2021', 'en/2020']);
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
	// The Ukrainian search over the Ukrainian parts finds the edit too, on its Ukrainian page.
	const uk = await openSearch(second.outDir, 'uk');
	try {
		expect(uk.parts).toEqual(['uk/2022', 'uk/2021', 'uk/2020']);
		expect((await uk.search('Quorblaxed')).map((hit) => hit.url)).toEqual(['/uk/briefs/2021-01-02-rule-first/']);
		expect((await uk.filters()).year).toEqual({ 2020: 1, 2021: 1, 2022: 1 });
	} finally {
		await uk.close();
	}

	// Parts indexed at once, one Pagefind process each, make the same bundles as one after the other.
	const apart = (threads: number) => {
		const site = mkdtempSync(join(tmpdir(), 'briefs-search-threads-'));
		cpSync(second.outDir, site, { recursive: true });
		return { site, indexed: indexSearch(site, mkdtempSync(join(tmpdir(), 'briefs-search-threads-cache-')), { threads }) };
	};
	const [one, two] = [apart(1), apart(2)];
	expect((await one.indexed).parts.filter((p) => !p.cached)).toHaveLength(6);
	expect((await two.indexed).parts.filter((p) => !p.cached)).toHaveLength(6);
	expect(bundle(two.site)).toEqual(bundle(one.site));
	expect(bundle(one.site)).toEqual(bundle(second.outDir));
});
