import { describe, expect, it } from 'vitest';
import { monthText } from '../src/lib/i18n/format';
import { groupsOf, monthsBetween } from '../src/lib/slices';
import { largest, shareOver, shareSummaryText, summarize, total, totalText } from '../src/lib/stats';
import { briefed, sample, sampleList, taxonomies } from './helpers/briefs';

// Every expectation below is worked out by hand from the four briefs in helpers/briefs.ts.

describe('totals over a set of briefs', () => {
	const { totals, briefs } = summarize(sampleList);

	it('sums lower and upper bounds; open when any figure is open', () => {
		expect(briefs).toBe(4);
		// A 3, B 4–6 (disputed), C at least 0, D not reported.
		expect(totals.killed).toEqual({ bounds: { min: 7 }, reported: 3, unreported: 1 });
		// A 10–12, C 7.
		expect(totals.injured).toEqual({ bounds: { min: 17, max: 19 }, reported: 2, unreported: 2 });
		expect(totals.children_killed).toEqual({ bounds: { min: 1, max: 1 }, reported: 1, unreported: 3 });
	});

	it('never counts a figure nobody reported as zero', () => {
		expect(totals.children_injured).toEqual({ reported: 0, unreported: 4 });
		expect(total([sample.d], 'killed')).toEqual({ reported: 0, unreported: 1 });
	});

	it('adds launched and intercepted without the combined count', () => {
		// A 100 + at least 5, B 4 + 9 (Metro-style 13 not added), C 20–30.
		expect(totals.launched).toEqual({ bounds: { min: 138 }, reported: 3, unreported: 1 });
		// A 90 + 2, B 0 + 4; C reports none.
		expect(totals.intercepted).toEqual({ bounds: { min: 96, max: 96 }, reported: 2, unreported: 2 });
	});
});

describe('share intercepted', () => {
	it('is taken over the entries that report both, with a bounded launched figure', () => {
		// A drone 90/100, B ballistic 0/4, B cruise 4/9: 94/113. A cruise (at least 5) and C (no intercepted) left out.
		expect(shareOver(sampleList)).toEqual({ bounds: { min: 83.2, max: 83.2 }, entries: 3, briefs: 2 });
	});
	it('is open above when an intercepted figure is', () => {
		const open = briefed('2020-05-01-e', { munitions: [{ type: 'drone-x', launched: 10, intercepted: { min: 5, source: 's' } }] });
		expect(shareOver([open])).toEqual({ bounds: { min: 50 }, entries: 1, briefs: 1 });
	});
	it('says so when no entry reports both', () => {
		expect(shareOver([sample.c, sample.d])).toEqual({ entries: 0, briefs: 0 });
	});
});

describe('groupings', () => {
	const keys = (kind: Parameters<typeof groupsOf>[0]) =>
		groupsOf(kind, sampleList, taxonomies).map((g) => [g.key, g.items.map((i) => i.slug.slice(-1)).join('')]);

	it('groups by month, year, region and tag', () => {
		expect(keys('month')).toEqual([['2020-01', 'ab'], ['2020-02', 'c'], ['2021-03', 'd']]);
		expect(keys('year')).toEqual([['2020', 'abc'], ['2021', 'd']]);
		expect(keys('region')).toEqual([['region-one', 'ac'], ['region-two', 'b']]);
		expect(keys('tag')).toEqual([['x', 'ab'], ['y', 'b']]);
	});

	it('groups by munition type, listing a combined count under its own type without adding it', () => {
		const groups = groupsOf('munition', sampleList, taxonomies);
		expect(groups.map((g) => [g.key, g.label, g.items.length])).toEqual([
			['drone-x', 'Drone X', 2],
			['cruise-x', 'Cruise X', 2],
			['ballistic-x', 'Ballistic X', 1],
			['combined-x', 'Missiles combined', 1],
		]);
		const [drone, cruise, ballistic, combined] = groups.map((g) => g.summary);
		expect(drone.totals.launched).toEqual({ bounds: { min: 120, max: 130 }, reported: 2, unreported: 0 });
		expect(drone.totals.intercepted).toEqual({ bounds: { min: 90, max: 90 }, reported: 1, unreported: 1 });
		expect(drone.share).toEqual({ bounds: { min: 90, max: 90 }, entries: 1, briefs: 1 });
		expect(cruise.totals.launched).toEqual({ bounds: { min: 14 }, reported: 2, unreported: 0 });
		// Only B's 4 of 9: A's launched figure is open-ended. 4/9 = 44.4%.
		expect(cruise.share).toEqual({ bounds: { min: 44.4, max: 44.4 }, entries: 1, briefs: 1 });
		expect(ballistic.share).toEqual({ bounds: { min: 0, max: 0 }, entries: 1, briefs: 1 });
		expect(combined.totals.launched).toEqual({ reported: 0, unreported: 1 });
		// Casualties of a munition group are those of the briefs that list it.
		expect(drone.totals.killed).toEqual({ bounds: { min: 3 }, reported: 2, unreported: 0 });
	});

	it('groups by category over counted entries only, in category order', () => {
		const groups = groupsOf('category', sampleList, taxonomies);
		expect(groups.map((g) => [g.key, g.label, g.items.length])).toEqual([
			['drone', 'Drones', 2],
			['cruise-missile', 'Cruise missiles', 2],
			['ballistic-missile', 'Ballistic missiles', 1],
		]);
		expect(groups[1].summary.totals.intercepted).toEqual({ bounds: { min: 6, max: 6 }, reported: 2, unreported: 0 });
	});

	it('gives each group its own totals', () => {
		const [january] = groupsOf('month', sampleList, taxonomies);
		expect(january.label).toBe('January 2020');
		expect(january.summary.totals.killed).toEqual({ bounds: { min: 7, max: 9 }, reported: 2, unreported: 0 });
		expect(january.summary.totals.launched).toEqual({ bounds: { min: 118 }, reported: 2, unreported: 0 });
		const [regionOne] = groupsOf('region', sampleList, taxonomies);
		expect(regionOne.summary.totals.injured).toEqual({ bounds: { min: 17, max: 19 }, reported: 2, unreported: 0 });
	});
});

describe('largest incidents', () => {
	it('ranks by the lower bound', () => {
		expect(largest(sampleList, 'killed', 2).map((r) => [r.item.slug, r.bounds.min])).toEqual([
			['2020-01-20-b', 4],
			['2020-01-05-a', 3],
		]);
		expect(largest(sampleList, 'launched', 5).map((r) => [r.item.slug, r.bounds.min])).toEqual([
			['2020-01-05-a', 105],
			['2020-02-02-c', 20],
			['2020-01-20-b', 13],
		]);
	});
	it('puts the newer brief first on a tie', () => {
		const older = briefed('2019-01-01-old', { casualties: { killed: 5 } });
		const newer = briefed('2019-06-01-new', { casualties: { killed: { min: 5, max: 9, source: 's' } } });
		expect(largest([older, newer], 'killed', 2).map((r) => r.item.slug)).toEqual(['2019-06-01-new', '2019-01-01-old']);
	});
});

describe('months', () => {
	it('names a month and lists every month between two, across a year end', () => {
		expect(monthText('2025-09')).toBe('September 2025');
		expect(monthsBetween('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
		expect(monthsBetween('2020-02', '2020-02')).toEqual(['2020-02']);
	});
});

describe('totals as text', () => {
	it('reads as the pages show it', () => {
		const { totals, share } = summarize(sampleList);
		expect(totalText(totals.killed)).toBe('at least 7');
		expect(totalText(totals.injured)).toBe('17–19');
		expect(totalText(totals.children_injured)).toBe('not reported');
		expect(shareSummaryText(share)).toBe('83.2% over 3 entries in 2 briefs');
		expect(shareSummaryText(shareOver([sample.d]))).toMatch(/^no entry reports both/);
	});
});
