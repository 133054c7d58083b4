import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { viewBrief } from '../src/lib/brief-view';
import { checkContent } from '../src/lib/content';
import { archiveRecord } from '../src/lib/export';
import { groupsOf } from '../src/lib/slices';
import { summarize, type Briefed } from '../src/lib/stats';
import { contentCopy, fixtureModels, fixtureRows, importInto } from './helpers/air-force';

/**
 * Trust: after an import, the site's totals per year (src/lib/stats.ts, and /data/briefs.json through
 * src/lib/export.ts) equal sums taken straight from the test rows, with a refused and a covered report.
 */

type Sums = Record<string, { launched: number; intercepted: number; droneLaunched: number; droneIntercepted: number }>;

/** Sums over the CSV by year of time_end, as a reader with a spreadsheet would take them. */
function sumsFromCsv(): Sums {
	const drones = new Set(
		(parse(readFileSync(fixtureModels, 'utf8'), { columns: true }) as { model: string; category: string }[]).filter((m) => m.category === 'UAV').map((m) => m.model),
	);
	const rows = parse(readFileSync(fixtureRows, 'utf8'), { columns: true }) as Record<string, string>[];
	const sums: Sums = {};
	for (const row of rows) {
		// The refused report is not written; the Kyiv post is the hand-written brief's, counted below from that brief.
		if (row.source.includes('TEST-ROW-c-refused') || row.source.includes('pfbid0YNrD45i')) continue;
		const year = row.time_end.slice(0, 4);
		const sum = (sums[year] ??= { launched: 0, intercepted: 0, droneLaunched: 0, droneIntercepted: 0 });
		const launched = Number(row.launched || 0);
		const destroyed = Number(row.destroyed || 0);
		sum.launched += launched;
		sum.intercepted += destroyed;
		if (drones.has(row.model)) {
			sum.droneLaunched += launched;
			sum.droneIntercepted += destroyed;
		}
	}
	return sums;
}

/** content/briefs/2025-09-07-kyiv.mdx as written: 805–810 drones (747 down), 4 + 9 missiles (0 + 4 down); its combined entry is not added again. */
const kyiv = { launched: { min: 818, max: 823 }, intercepted: 751, droneLaunched: { min: 805, max: 810 }, droneIntercepted: 747 };

function archive() {
	const dir = contentCopy();
	const result = importInto(dir);
	expect(result.refused).toBe(1);
	expect(result.covered).toBe(1);
	const { briefs, taxonomies, problems } = checkContent(dir);
	expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
	const items: Briefed[] = briefs.map(({ id, brief }) => ({ slug: id, brief: brief!, view: viewBrief(brief!, taxonomies) }));
	return { items, taxonomies };
}

function expected(year: string) {
	const csv = sumsFromCsv()[year];
	const extra = year === '2025';
	const exact = (n: number) => ({ min: n, max: n });
	return {
		launched: extra ? { min: csv.launched + kyiv.launched.min, max: csv.launched + kyiv.launched.max } : exact(csv.launched),
		intercepted: exact(csv.intercepted + (extra ? kyiv.intercepted : 0)),
		droneLaunched: extra ? { min: csv.droneLaunched + kyiv.droneLaunched.min, max: csv.droneLaunched + kyiv.droneLaunched.max } : exact(csv.droneLaunched),
		droneIntercepted: exact(csv.droneIntercepted + (extra ? kyiv.droneIntercepted : 0)),
	};
}

describe('totals after an import', () => {
	const years = ['2023', '2024', '2025'];

	it('on the stats pages equal the sums over the CSV, per year, over all munitions and drones alone', () => {
		const { items, taxonomies } = archive();
		const byYear = groupsOf('year', items, taxonomies);
		expect(byYear.map((g) => g.key).sort()).toEqual(years);
		for (const group of byYear) {
			const drones = summarize(group.items, (row) => row.category === 'drone');
			expect({
				launched: group.summary.totals.launched.bounds,
				intercepted: group.summary.totals.intercepted.bounds,
				droneLaunched: drones.totals.launched.bounds,
				droneIntercepted: drones.totals.intercepted.bounds,
			}).toEqual(expected(group.key));
		}
	});

	it('in /data/briefs.json equal the same sums', () => {
		const { items, taxonomies } = archive();
		const record = JSON.parse(JSON.stringify(archiveRecord(items, taxonomies, { url: 'https://briefs.example/', license: { name: 'CC BY 4.0', url: 'https://example.org' } })));
		for (const year of years) {
			const briefs = record.briefs.filter((b: { date: string }) => b.date.startsWith(year));
			const add = (values: ({ min: number; max: number | null } | undefined)[]) =>
				values.reduce<{ min: number; max: number }>((sum, v) => (v ? { min: sum.min + v.min, max: sum.max + (v.max ?? NaN) } : sum), { min: 0, max: 0 });
			const drones = (key: 'launched' | 'intercepted') =>
				add(briefs.flatMap((b: any) => b.munitions.filter((m: any) => m.category === 'drone' && !m.includes).map((m: any) => m[key])));
			expect({
				launched: add(briefs.map((b: any) => b.totals.launched)),
				intercepted: add(briefs.map((b: any) => b.totals.intercepted)),
				droneLaunched: drones('launched'),
				droneIntercepted: drones('intercepted'),
			}).toEqual(expected(year));
		}
	});
});
