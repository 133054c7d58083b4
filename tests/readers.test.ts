import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentCards } from '../src/integrations/share-cards';
import { buildSite, page, type Build } from './helpers/build';
import { brokenReferences, htmlFiles } from './helpers/links';
import { openSearch } from './helpers/search';
import { maxDots } from '../src/lib/map';
import { syntheticMunitions, syntheticRegions, writeSyntheticContent } from './helpers/synthetic';

/*
 * One build of 240 synthetic briefs (plus two with combined munition counts), shared by every assertion.
 * Expected values come from the fixture files themselves: frontmatter parsed with yaml and summed here,
 * never from src/lib/stats.ts.
 */

const siteUrl = 'https://briefs.example.org/';

/** A figure's bounds; an open upper bound is Infinity. */
type Range = [number, number];
type Fixture = { slug: string; fm: any };

function rangeOf(figure: any): Range {
	if (typeof figure === 'number') return [figure, figure];
	if ('claims' in figure) {
		const claims = figure.claims.map(rangeOf) as Range[];
		return [Math.min(...claims.map((c) => c[0])), Math.max(...claims.map((c) => c[1]))];
	}
	if ('value' in figure) return [figure.value, figure.value];
	return [figure.min, figure.max ?? Infinity];
}

function add(ranges: Range[]): Range | undefined {
	return ranges.length ? [ranges.reduce((s, r) => s + r[0], 0), ranges.reduce((s, r) => s + r[1], 0)] : undefined;
}

const categoryOf = new Map<string, string>(syntheticMunitions.map((m) => [m.id, m.category]));
const counted = (f: Fixture) => ((f.fm.munitions ?? []) as any[]).filter((e) => !e.includes);

/** One brief's figure by hand: casualties as given, launched and intercepted over entries that are not combined counts. */
function figure(f: Fixture, key: string, entries = counted(f)): Range | undefined {
	if (key === 'launched' || key === 'intercepted') return add(entries.filter((e) => e[key] !== undefined).map((e) => rangeOf(e[key])));
	const value = f.fm.casualties?.[key];
	return value === undefined ? undefined : rangeOf(value);
}

function expectedTotal(fixtures: Fixture[], key: string, entries?: (f: Fixture) => any[]) {
	const ranges = fixtures.map((f) => figure(f, key, entries?.(f))).filter((r) => r !== undefined);
	return { bounds: add(ranges), reported: ranges.length, unreported: fixtures.length - ranges.length };
}

/** "1,234" → 1234; "open-ended" → Infinity; "–" → undefined. */
const number = (text: string) => (text === '–' ? undefined : text === 'open-ended' ? Infinity : Number(text.replace(/,/g, '')));

/** "at least 7" → [7, ∞]; "11–20" → [11, 20]; "15" → [15, 15]; "–" → undefined. */
function boundsFromText(text: string): Range | undefined {
	if (text === '–') return undefined;
	const atLeast = /^at least ([\d,]+)$/.exec(text);
	if (atLeast) return [number(atLeast[1])!, Infinity];
	const [min, max = min] = text.split('–');
	return [number(min)!, number(max)!];
}

const extraBriefs = {
	'2019-05-05-synthetic-combined-a': `---
title: Synthetic combined-count brief A in Testville
date: 2019-05-05
updated: 2026-01-15
summary: Invented to test combined munition counts; nothing here happened.
location: { country: ZZ, region: fictonia-2, place: Testville 900, coordinates: { lat: 48.5, lon: 31.2 } }
casualties: { killed: { value: 2, source: a }, injured: { min: 5, max: 9, source: b } }
munitions:
  - { type: test-cruise, launched: { value: 4, source: b }, intercepted: { value: 1, source: b } }
  - { type: test-ballistic, launched: { min: 3, source: b } }
  - { type: test-other-missile, includes: [test-cruise, test-ballistic], launched: { value: 900, source: a }, intercepted: { value: 800, source: a } }
sources: [{ id: a, publisher: Example Gazette }, { id: b, publisher: Example Bulletin }]
tags: [synthetic]
---

Synthetic body.
`,
	'2021-07-07-synthetic-combined-b': `---
title: Synthetic combined-count brief B in Testville
date: 2021-07-07
summary: Invented to test combined munition counts; nothing here happened.
location: { country: ZZ, place: Testville 901 }
munitions:
  - { type: test-drone-a, launched: 50, intercepted: 40 }
  - { type: test-drone-b, includes: [test-drone-a], launched: 700 }
sources: [{ id: a, publisher: Example Gazette }]
---

Synthetic body.
`,
};

describe('a build of 240 synthetic briefs', () => {
	let build: Build;
	let fixtures: Fixture[];
	let json: any;
	let dir: string;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'briefs-readers-'));
		writeSyntheticContent(dir, { briefs: 240, seed: 11, words: [30, 90] });
		for (const [slug, text] of Object.entries(extraBriefs)) writeFileSync(join(dir, 'briefs', `${slug}.mdx`), text);
		fixtures = readdirSync(join(dir, 'briefs')).map((file) => {
			const text = readFileSync(join(dir, 'briefs', file), 'utf8');
			return { slug: file.replace(/\.mdx$/, ''), fm: parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]) };
		});
		// Newest first, as every listing orders them.
		fixtures.sort((a, b) => b.fm.date.localeCompare(a.fm.date) || a.slug.localeCompare(b.slug));
		build = buildSite(dir, { SITE_URL: siteUrl });
		expect(build.status, build.output).toBe(0);
		json = JSON.parse(build.read('data/briefs.json'));
	});

	const measures = [
		['killed', 'Killed'],
		['injured', 'Injured'],
		['children_killed', 'Children killed'],
		['children_injured', 'Children injured'],
		['launched', 'Munitions launched'],
		['intercepted', 'Munitions intercepted'],
	] as const;

	it('covers regions, munition types, categories, years and every figure form', () => {
		expect(fixtures).toHaveLength(242);
		const years = new Set(fixtures.map((f) => f.fm.date.slice(0, 4)));
		expect(years.size).toBeGreaterThanOrEqual(10);
		expect(new Set(fixtures.map((f) => f.fm.location.region).filter(Boolean)).size).toBe(syntheticRegions.length);
		expect(new Set(fixtures.flatMap((f) => counted(f).map((e) => e.type))).size).toBe(syntheticMunitions.length);
		const forms = new Set(
			fixtures.flatMap((f) =>
				Object.values(f.fm.casualties ?? {}).map((v: any) =>
					typeof v === 'number' ? 'bare' : 'claims' in v ? 'claims' : 'value' in v ? 'value' : v.max === undefined ? 'min' : 'range',
				),
			),
		);
		expect([...forms].sort()).toEqual(['bare', 'claims', 'min', 'range', 'value']);
	});

	it('shows on /stats/ the totals summed by hand from the fixture files', () => {
		const { $ } = page(build.read('stats/index.html'));
		for (const [key, label] of measures) {
			const row = $('#totals tbody tr').filter((_, tr) => $(tr).find('th').text() === label);
			const [lower, upper, reporting, unreported] = row.find('td').map((_, td) => number($(td).text())).get();
			const expected = expectedTotal(fixtures, key);
			expect([lower, upper], label).toEqual(expected.bounds ?? [undefined, undefined]);
			expect([reporting, unreported], label).toEqual([expected.reported, expected.unreported]);
		}
		// The fixture's combined counts (900 and 700 launched) matter: adding them would give another total.
		const withCombined = expectedTotal(fixtures, 'launched', (f) => f.fm.munitions).bounds!;
		expect(withCombined[0] - expectedTotal(fixtures, 'launched').bounds![0]).toBe(1600);
	});

	it('shows the share intercepted over the entries that report both, saying over how many', () => {
		const entries = fixtures.flatMap((f) =>
			counted(f).filter((e) => e.launched !== undefined && e.intercepted !== undefined && rangeOf(e.launched)[1] !== Infinity).map((e) => ({ f, e })),
		);
		const launched = add(entries.map(({ e }) => rangeOf(e.launched)))!;
		const intercepted = add(entries.map(({ e }) => rangeOf(e.intercepted)))!;
		const pct = (x: number) => `${(Math.round(Math.min(x, 1) * 1000) / 10).toFixed(1).replace(/\.0$/, '')}%`;
		const low = pct(intercepted[0] / launched[1]);
		const share = intercepted[1] === Infinity ? `at least ${low}` : `${low}–${pct(intercepted[1] / launched[0])}`;
		const briefs = new Set(entries.map(({ f }) => f.slug)).size;
		const { $ } = page(build.read('stats/index.html'));
		expect($('.share').first().text()).toBe(`${share} over ${entries.length} entries in ${briefs} briefs`);
	});

	it('shows the totals of each year, region and munition category on /stats/', () => {
		const { $ } = page(build.read('stats/index.html'));
		const cells = (table: string) =>
			new Map(
				$(`${table} tbody tr`)
					.map((_, tr) => [[$(tr).find('th').text(), $(tr).find('td').map((_, td) => $(td).clone().children('.unreported').remove().end().text()).get()]])
					.get() as [string, string[]][],
			);
		const byYear = cells('#year-table');
		const years = [...new Set(fixtures.map((f) => f.fm.date.slice(0, 4)))].sort();
		expect([...byYear.keys()]).toEqual(years);
		for (const year of years) {
			const set = fixtures.filter((f) => f.fm.date.startsWith(year));
			const [briefs, killed, injured, launched, intercepted] = byYear.get(year)!;
			expect(Number(briefs)).toBe(set.length);
			expect(boundsFromText(killed), `${year} killed`).toEqual(expectedTotal(set, 'killed').bounds);
			expect(boundsFromText(injured), `${year} injured`).toEqual(expectedTotal(set, 'injured').bounds);
			expect(boundsFromText(launched), `${year} launched`).toEqual(expectedTotal(set, 'launched').bounds);
			expect(boundsFromText(intercepted), `${year} intercepted`).toEqual(expectedTotal(set, 'intercepted').bounds);
		}
		const byRegion = cells('#region-table');
		for (const region of syntheticRegions) {
			const set = fixtures.filter((f) => f.fm.location.region === region.id);
			const [briefs, killed] = byRegion.get(region.name)!;
			expect(Number(briefs)).toBe(set.length);
			expect(boundsFromText(killed), region.name).toEqual(expectedTotal(set, 'killed').bounds);
		}
		const byCategory = cells('#category-table');
		const labels: Record<string, string> = { drone: 'Drones', 'cruise-missile': 'Cruise missiles', 'ballistic-missile': 'Ballistic missiles', 'guided-bomb': 'Guided bombs', 'other-missile': 'Other missiles', other: 'Other' };
		for (const [category, label] of Object.entries(labels)) {
			const entries = (f: Fixture) => counted(f).filter((e) => categoryOf.get(e.type) === category);
			const set = fixtures.filter((f) => entries(f).length > 0);
			const [briefs, launched, intercepted] = byCategory.get(label)!;
			expect(Number(briefs), label).toBe(set.length);
			expect(boundsFromText(launched), `${label} launched`).toEqual(expectedTotal(set, 'launched', entries).bounds);
			expect(boundsFromText(intercepted), `${label} intercepted`).toEqual(expectedTotal(set, 'intercepted', entries).bounds);
		}
	});

	it('ranks the largest incidents by the lower bound of killed and of launched', () => {
		const { $ } = page(build.read('stats/index.html'));
		for (const key of ['killed', 'launched']) {
			const shown = $(`#largest-${key} tbody th a`).map((_, a) => $(a).attr('href')).get();
			const expected = fixtures
				.filter((f) => figure(f, key))
				.sort((a, b) => figure(b, key)![0] - figure(a, key)![0] || b.fm.date.localeCompare(a.fm.date) || a.slug.localeCompare(b.slug))
				.slice(0, 10)
				.map((f) => `/briefs/${f.slug}/`);
			expect(shown, key).toEqual(expected);
		}
	});

	it('draws the charts and the map as static SVG, each with text for screen readers', () => {
		const { $ } = page(build.read('stats/index.html'));
		for (const id of ['launched-chart', 'intercepted-chart', 'casualties-chart']) {
			const svg = $(`#${id}-caption`).closest('figure').find('svg');
			expect(svg.attr('role'), id).toBe('img');
			expect($(`#${svg.attr('aria-describedby')}`).text(), id).toMatch(/per month, \w+ 2015 to \w+ 2025, .*Largest: /);
			expect(svg.find('path[d^="M"]').length, id).toBeGreaterThan(0);
		}
		const launchedRows = $('#launched-chart-table tbody tr');
		expect(launchedRows.length).toBe(new Set(fixtures.map((f) => f.fm.date.slice(0, 7))).size);
		const located = fixtures.filter((f) => f.fm.location.coordinates).length;
		expect($('#map-desc').text()).toContain(`${located} of ${fixtures.length} briefs give coordinates`);
		const dots = $('#map-caption').closest('figure').find('circle').get();
		const briefsAt = (dot: (typeof dots)[number]) => Number(/^(\d+) briefs/.exec($(dot).find('title').text())?.[1] ?? 1);
		expect(dots.reduce((n, dot) => n + briefsAt(dot), 0)).toBe(located);
		expect($('#map-caption').closest('figure').find('path').length).toBeGreaterThan(0);
		expect($('#regions-chart-caption').closest('figure').find('li a').length).toBe(10);
	});

	it('publishes /data/briefs.json with every brief’s bounds as computed by hand, and a generated date from the content', () => {
		expect(json.generated).toBe('2026-01-15');
		expect(json.license).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
		expect(json.briefs.map((b: any) => b.slug)).toEqual(fixtures.map((f) => f.slug));
		const record = (range: Range | undefined) => range && { min: range[0], max: range[1] === Infinity ? null : range[1] };
		json.briefs.forEach((b: any, i: number) => {
			const f = fixtures[i];
			expect(b.url).toBe(`${siteUrl}briefs/${f.slug}/`);
			for (const key of ['killed', 'injured', 'children_killed', 'children_injured']) {
				const expected = record(figure(f, key));
				if (expected) expect(b.casualties[key], `${f.slug} ${key}`).toMatchObject(expected);
				else expect(b.casualties, `${f.slug} ${key}`).not.toHaveProperty(key);
			}
			for (const key of ['launched', 'intercepted']) {
				const expected = record(figure(f, key));
				if (expected) expect(b.totals[key], `${f.slug} ${key}`).toEqual(expected);
				else expect(b.totals, `${f.slug} ${key}`).not.toHaveProperty(key);
			}
			expect(b.munitions.map((m: any) => m.type)).toEqual(f.fm.munitions.map((e: any) => e.type));
		});
		// Summed over the JSON, the totals are those on /stats/ (checked against the fixtures above).
		for (const key of ['killed', 'launched']) {
			const parts = json.briefs.flatMap((b: any) => (key === 'killed' ? b.casualties.killed : b.totals.launched) ?? []);
			expect(parts.reduce((s: number, p: any) => s + p.min, 0)).toBe(expectedTotal(fixtures, key).bounds![0]);
		}
		const combined = json.briefs.find((b: any) => b.slug === '2019-05-05-synthetic-combined-a');
		expect(combined.munitions[2]).toMatchObject({ type: 'test-other-missile', includes: ['test-cruise', 'test-ballistic'], launched: { min: 900, max: 900 } });
		expect(combined.totals.launched).toEqual({ min: 7, max: null });
	});

	it('publishes CSV files that agree with the JSON and the stats', () => {
		const briefs = parseCsv(build.read('data/briefs.csv'), { columns: true }) as Record<string, string>[];
		const cell = (text: string) => (text === '' ? undefined : Number(text));
		expect(briefs.map((r) => r.slug)).toEqual(json.briefs.map((b: any) => b.slug));
		briefs.forEach((row, i) => {
			const b = json.briefs[i];
			expect(row.title).toBe(b.title);
			for (const key of ['killed', 'injured', 'children_killed', 'children_injured']) {
				expect([cell(row[`${key}_min`]), cell(row[`${key}_max`])], `${row.slug} ${key}`).toEqual(
					b.casualties[key] ? [b.casualties[key].min, b.casualties[key].max ?? undefined] : [undefined, undefined],
				);
			}
			for (const key of ['launched', 'intercepted']) {
				expect([cell(row[`${key}_min`]), cell(row[`${key}_max`])], `${row.slug} ${key}`).toEqual(
					b.totals[key] ? [b.totals[key].min, b.totals[key].max ?? undefined] : [undefined, undefined],
				);
			}
		});
		const munitions = parseCsv(build.read('data/munitions.csv'), { columns: true }) as Record<string, string>[];
		const entries = json.briefs.flatMap((b: any) => b.munitions.map((m: any) => ({ slug: b.slug, ...m })));
		expect(munitions.map((r) => [r.slug, r.type, cell(r.launched_min), r.counted])).toEqual(
			entries.map((m: any) => [m.slug, m.type, m.launched?.min, m.includes ? 'no' : 'yes']),
		);
		const launched = munitions.filter((r) => r.counted === 'yes').reduce((s, r) => s + (cell(r.launched_min) ?? 0), 0);
		const { $ } = page(build.read('stats/index.html'));
		const statsLaunched = $('#totals tbody tr').filter((_, tr) => $(tr).find('th').text() === 'Munitions launched').find('td').first().text();
		expect(launched).toBe(number(statsLaunched));
	});

	it('publishes each brief as JSON at its own address, as in briefs.json', () => {
		for (const b of json.briefs.slice(0, 20)) {
			expect(JSON.parse(build.read(`briefs/${b.slug}.json`))).toEqual({ license: json.license, ...b });
		}
	});

	/** The brief addresses a paginated listing shows, page after page. */
	function listing(base: string): string[] {
		const slugs: string[] = [];
		for (let n = 1; existsSync(join(build.outDir, base, n === 1 ? '' : `${n}`, 'index.html')); n++) {
			const { $ } = page(build.read(join(base, n === 1 ? '' : `${n}`, 'index.html')));
			slugs.push(...$('.brief-table tbody th a').map((_, a) => $(a).attr('href')!.split('/')[2]).get());
		}
		return slugs;
	}

	it('lists every brief once across the pages of /briefs/, newest first', () => {
		expect(existsSync(join(build.outDir, 'briefs/3/index.html'))).toBe(true);
		expect(listing('briefs')).toEqual(fixtures.map((f) => f.slug));
		const { $ } = page(build.read('briefs/2/index.html'));
		expect($('.pager a[rel="prev"]').attr('href')).toBe('/briefs/');
		expect($('.pager a[rel="next"]').attr('href')).toBe('/briefs/3/');
	});

	it('names, on every page of both languages, only addresses the build has a file for, paginated listings and their twins included', () => {
		const files = htmlFiles(build.outDir);
		expect(files).toEqual(expect.arrayContaining(['briefs/3/index.html', 'uk/briefs/3/index.html', 'uk/stats/index.html', 'uk/404/index.html']));
		expect(files.some((f) => /^uk\/(regions|munitions|years|tags)\/[^/]+\/2\/index\.html$/.test(f))).toBe(true);
		const { $ } = page(build.read('uk/briefs/2/index.html'));
		expect($('.language-switch a[hreflang=en]').attr('href')).toBe('/briefs/2/');
		expect($('.pager a[rel="next"]').attr('href')).toBe('/uk/briefs/3/');
		expect(brokenReferences(build.outDir, siteUrl)).toEqual({});
	});

	it('gives each region, munition, category, year and tag a listing of exactly its briefs, with its own totals', () => {
		const slices: [string, (f: Fixture) => string[]][] = [
			['regions', (f) => (f.fm.location.region ? [f.fm.location.region] : [])],
			['munitions', (f) => f.fm.munitions.map((e: any) => e.type)],
			['munitions/category', (f) => counted(f).map((e) => categoryOf.get(e.type)!)],
			['years', (f) => [f.fm.date.slice(0, 4)]],
			['tags', (f) => f.fm.tags ?? []],
		];
		for (const [base, keysOf] of slices) {
			const keys = [...new Set(fixtures.flatMap(keysOf))];
			for (const key of keys) {
				const members = fixtures.filter((f) => keysOf(f).includes(key));
				expect(listing(`${base}/${key}`), `${base}/${key}`).toEqual(members.map((f) => f.slug));
				const { $ } = page(build.read(`${base}/${key}/index.html`));
				const killed = $('#totals tbody tr').filter((_, tr) => $(tr).find('th').text() === 'Killed').find('td').first().text();
				expect(number(killed), `${base}/${key}`).toBe(expectedTotal(members, 'killed').bounds?.[0]);
			}
		}
		const { $ } = page(build.read('munitions/test-cruise/index.html'));
		const launched = $('#totals tbody tr').filter((_, tr) => $(tr).find('th').text() === 'Munitions launched').find('td').first().text();
		const cruise = (f: Fixture) => counted(f).filter((e) => e.type === 'test-cruise');
		expect(number(launched)).toBe(expectedTotal(fixtures.filter((f) => cruise(f).length), 'launched', cruise).bounds![0]);
	});

	it('gives each region, munition type and category a share card with the totals its page shows', async () => {
		// The cards the build rendered, as the share-cards integration computes them outside Astro.
		const cards = new Map((await contentCards(dir)).map((card) => [card.page, card]));
		/** A page's totals table as lower bounds by measure, "–" where not reported. */
		const lowerBounds = (path: string) => {
			const { $ } = page(build.read(`${path.slice(1)}index.html`));
			const rows = $('#totals tbody tr').map((_, tr) => [[$(tr).attr('data-measure')!, $(tr).find('td').first().text()]]).get() as [string, string][];
			return { $, bounds: new Map(rows) };
		};
		const tiles = (bounds: Map<string, string>, labels: [string, string][]) =>
			labels.flatMap(([measure, label]) => (bounds.get(measure) === '–' ? [] : [{ value: `at least ${bounds.get(measure)}`, label }]));
		const all: [string, string][] = [['killed', 'killed'], ['injured', 'injured'], ['launched', 'munitions launched'], ['intercepted', 'munitions intercepted']];
		const munitions: [string, string][] = [['launched', 'launched'], ['intercepted', 'intercepted']];
		const pages = (base: string) => build.list(base).filter((name) => !name.includes('.') && name !== 'category').map((name) => `/${base}/${name}/`);
		const regions = pages('regions');
		const types = pages('munitions');
		const categories = pages('munitions/category');
		expect(regions.length).toBe(syntheticRegions.length);
		expect(types.length).toBe(syntheticMunitions.length);
		expect(categories.length).toBeGreaterThan(4);
		const slices = [...regions, ...types, ...categories];
		expect([...cards.keys()].filter((p) => /^\/(regions|munitions)\//.test(p)).sort()).toEqual([...slices].sort());

		const typeLines = new Map<string, string>();
		for (const path of types) {
			const { $, bounds } = lowerBounds(path);
			const figures = tiles(bounds, munitions);
			if (figures.length) typeLines.set(path, `${$('h1').text()}: ${figures.map((t) => `${t.value} ${t.label}`).join(', ')}`);
		}
		for (const path of slices) {
			const card = cards.get(path)!;
			const { $, bounds } = lowerBounds(path);
			expect(card.tiles, path).toEqual(tiles(bounds, path.startsWith('/regions/') ? all : munitions));
			expect(card.title, path).toBe($('h1').text());
			expect($('meta[property="og:image"]').attr('content'), path).toBe(`${siteUrl.slice(0, -1)}${card.path}`);
			expect($('meta[property="og:image:alt"]').attr('content'), path).toBe(card.alt);
			for (const tile of card.tiles) expect(card.alt.toLowerCase(), path).toContain(`${tile.value} ${tile.label}`);
			expect(existsSync(join(build.outDir, card.path)), card.path).toBe(true);
		}
		for (const path of categories) {
			const category = path.split('/').at(-2);
			const ofCategory = syntheticMunitions.filter((m) => m.category === category).map((m) => `/munitions/${m.id}/`);
			expect(cards.get(path)!.lines, path).toEqual(ofCategory.flatMap((type) => typeLines.get(type) ?? []));
		}
		expect(cards.get('/stats/')!.tiles).toEqual(tiles(lowerBounds('/stats/').bounds, all));
		const home = page(build.read('index.html')).$;
		const headline = home('.headline-totals strong').map((_, strong) => home(strong).text()).get();
		expect(cards.get('/')!.tiles.map((t) => t.value)).toEqual(headline.filter((text) => text !== 'not reported'));
	});

	it('has an index page for each kind of listing, linking to every slice', () => {
		const links = (path: string) => page(build.read(path)).$('table a').map((_, a) => page(build.read(path)).$(a).attr('href')).get();
		expect(links('regions/index.html')).toEqual(
			syntheticRegions.filter((r) => fixtures.some((f) => f.fm.location.region === r.id)).map((r) => `/regions/${r.id}/`),
		);
		expect(links('munitions/index.html')).toEqual(expect.arrayContaining(syntheticMunitions.map((m) => `/munitions/${m.id}/`)));
		expect(links('munitions/index.html')).toContain('/munitions/category/guided-bomb/');
		expect(links('years/index.html')).toHaveLength(new Set(fixtures.map((f) => f.fm.date.slice(0, 4))).size);
		expect(links('tags/index.html').sort()).toEqual(['/tags/fake-data/', '/tags/synthetic/', '/tags/test-fixture/']);
	});

	/** Every HTML page of the build, by its path under the output folder. */
	function htmlPages(dir = build.outDir): string[] {
		return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlPages(path);
			return entry.name.endsWith('.html') ? [relative(build.outDir, path)] : [];
		});
	}

	it('keeps every listing page under 200 KB of HTML', () => {
		const listings = htmlPages().filter((p) => /^(briefs|regions|munitions|years|tags)\/(?!\d{4}-\d{2}-\d{2}-)/.test(p));
		expect(listings.length).toBeGreaterThan(40);
		for (const path of listings) expect(statSync(join(build.outDir, path)).size, path).toBeLessThan(200 * 1024);
	});

	it('keeps the stats page under 300 KB of HTML, its map under maxDots dots', () => {
		expect(statSync(join(build.outDir, 'stats/index.html')).size).toBeLessThan(300 * 1024);
		expect(page(build.read('stats/index.html')).$('.map .dots circle').length).toBeLessThanOrEqual(maxDots);
	});

	it('loads JavaScript on the search page only', () => {
		for (const path of htmlPages()) {
			expect(page(build.read(path)).scripts().length, path).toBe(/^(uk\/)?search\/index\.html$/.test(path) ? 2 : 0);
		}
	});

	it('indexes the brief articles for search with region, category and year filters', async () => {
		const search = await openSearch(build.outDir);
		try {
			expect(await search.search(null)).toHaveLength(fixtures.length);
			const in2016 = await search.search(null, { year: '2016' });
			expect(in2016.map((hit) => hit.url).sort()).toEqual(fixtures.filter((f) => f.fm.date.startsWith('2016')).map((f) => `/briefs/${f.slug}/`).sort());
			const region = await search.search(null, { region: 'Fictonia Region 3' });
			expect(region).toHaveLength(fixtures.filter((f) => f.fm.location.region === 'fictonia-3').length);
			const bombs = await search.search(null, { category: 'Guided bombs' });
			expect(bombs).toHaveLength(fixtures.filter((f) => counted(f).some((e) => e.type === 'test-bomb')).length);
		} finally {
			await search.close();
		}
	});

	it('publishes an RSS feed of the 50 newest briefs that parses as XML', () => {
		const xml = build.read('rss.xml');
		expect(SyntaxValidator.validate(xml)).toBe(true);
		const items = new XMLParser().parse(xml).rss.channel.item as { link: string; title: string; pubDate: string }[];
		expect(items.map((item) => item.link)).toEqual(fixtures.slice(0, 50).map((f) => `${siteUrl}briefs/${f.slug}/`));
		expect(items[0].pubDate).toBe(new Date(`${fixtures[0].fm.date}T00:00:00Z`).toUTCString());
	});

	it('publishes a sitemap of every page and nothing else', () => {
		const index = build.read('sitemap-index.xml');
		expect(SyntaxValidator.validate(index)).toBe(true);
		const sitemaps = [new XMLParser().parse(index).sitemapindex.sitemap].flat().map((s: any) => s.loc as string);
		const urls = sitemaps.flatMap((loc) => {
			const xml = build.read(loc.replace(siteUrl, ''));
			expect(SyntaxValidator.validate(xml)).toBe(true);
			return [new XMLParser().parse(xml).urlset.url].flat().map((u: any) => u.loc as string);
		});
		const pages = htmlPages()
			.filter((p) => p !== '404.html' && p !== 'uk/404/index.html')
			.map((p) => siteUrl + p.replace(/index\.html$/, ''));
		expect(urls.sort()).toEqual(pages.sort());
		expect(urls.filter((u) => /\.(png|json|csv|xml)$/.test(u))).toEqual([]);
	});

	it('offers a citation with the permalink and the date last updated', () => {
		const { $ } = page(build.read('briefs/2019-05-05-synthetic-combined-a/index.html'));
		expect($('.cite-text').text()).toBe(
			`Incident Briefs. “Synthetic combined-count brief A in Testville”. Incident brief, 5 May 2019; last updated 15 January 2026. ${siteUrl}briefs/2019-05-05-synthetic-combined-a/`,
		);
		expect($('.cite-bibtex').text()).toContain('note = {Last updated 2026-01-15}');
	});
});
