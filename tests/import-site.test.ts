import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, page, type Build } from './helpers/build';
import { contentCopy, fixtureRows, importInto } from './helpers/air-force';

/**
 * One build of a munitions-only archive: the test rows imported into a copy of content/ without its
 * hand-written brief, as a maintainer's imported archive mostly is.
 */

let build: Build;
let dir: string;

beforeAll(() => {
	dir = contentCopy();
	for (const file of ['2025-09-07-kyiv.mdx', '2025-09-07-kyiv.uk.mdx']) rmSync(join(dir, 'briefs', file));
	const result = importInto(dir);
	expect(result.added).toBe(6);
	build = buildSite(dir);
	expect(build.status, build.output).toBe(0);
}, 300_000);

/** Launched and destroyed over every row but those of the refused report, straight from the CSV. */
function csvTotals() {
	const rows = (parse(readFileSync(fixtureRows, 'utf8'), { columns: true }) as Record<string, string>[]).filter((r) => !r.source.includes('TEST-ROW-c-refused'));
	const sum = (key: string) => rows.reduce((s, r) => s + Number(r[key] || 0), 0);
	return { launched: sum('launched'), intercepted: sum('destroyed') };
}

describe('a munitions-only imported archive', () => {
	it('says in words on /stats/ what no brief reports, instead of empty charts and tables', () => {
		const stats = page(build.read('stats/index.html'));
		expect(stats.text).toContain('No brief in this archive reports casualties.');
		expect(stats.text).toContain('No brief in this archive names a region.');
		expect(stats.text).toContain('No brief in this archive reports anyone killed.');
		expect(stats.$('#casualties-chart svg').length).toBe(0);
		expect(stats.$('#region-table').length + stats.$('table#region-table').length).toBe(1);
		expect(stats.$('#region-table').is('p')).toBe(true);
		expect(stats.$('#launched-chart-caption').length).toBe(1);
	});

	it('shows the totals of the CSV on /stats/ and in /data/briefs.json', () => {
		const expected = csvTotals();
		const stats = page(build.read('stats/index.html'));
		const cells = (measure: string) => stats.$(`#totals tr[data-measure="${measure}"] td`).map((_, td) => stats.$(td).text().trim()).get();
		expect(cells('launched').slice(0, 2)).toEqual([expected.launched, expected.launched].map((n) => n.toLocaleString('en-GB')));
		expect(cells('intercepted').slice(0, 2)).toEqual([expected.intercepted, expected.intercepted].map((n) => n.toLocaleString('en-GB')));
		const json = JSON.parse(build.read('data/briefs.json'));
		const sum = (key: string) => json.briefs.reduce((s: number, b: any) => s + (b.totals[key]?.min ?? 0), 0);
		expect({ launched: sum('launched'), intercepted: sum('intercepted') }).toEqual(expected);
	});

	it('says on the listing that no brief in it reports casualties', () => {
		expect(page(build.read('briefs/index.html')).text).toContain('No brief in this list reports casualties.');
	});

	it('marks an imported brief on its page, with a link to the report', () => {
		const [slug] = build.list('briefs').filter((name) => name.startsWith('2024-03-07-air-force-'));
		const brief = page(build.read(`briefs/${slug}/index.html`));
		expect(brief.text).toContain(
			"Imported from the Air Force's report, via the dataset “Massive Missile Attacks on Ukraine” compiled by piterfm",
		);
		expect(brief.$('p.imported a').attr('href')).toBe('https://www.facebook.com/kpszsu/posts/TEST-ROW-e-not-a-real-post');
		expect(brief.munitions()[0][0]).toMatch(/^Молнія/);
		const uk = page(build.read(`uk/briefs/${slug}/index.html`));
		expect(uk.text).toContain('Імпортовано зі звіту Повітряних сил через набір даних «Massive Missile Attacks on Ukraine»');
		expect(uk.$('p.imported a').attr('href')).toBe('https://www.facebook.com/kpszsu/posts/TEST-ROW-e-not-a-real-post');
	});

	it('says the same of an empty archive on the Ukrainian stats page', () => {
		expect(page(build.read('uk/stats/index.html')).text).toContain('Жодна довідка цього архіву не повідомляє про загиблих чи поранених.');
	});
});
