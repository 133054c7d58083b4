import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { barList, barsPath, columnChart, describeColumns } from '../src/lib/chart';
import { countriesOf, mapLayout, maxDots } from '../src/lib/map';

const series = [
	{ key: 'a', label: 'Drones' },
	{ key: 'b', label: 'Missiles' },
];
const columns = [
	{ key: '2020-01', label: 'January 2020', tick: '2020' },
	{ key: '2020-02', label: 'February 2020' },
];

describe('column charts', () => {
	// Plot from y = 12 (20 units) down to y = 232 (0): 11 px per unit. Two columns take 96 px from x = 56:
	// step 96 / 1.75 = 54.86 px, band 0.75 × step = 41.14 px.
	it('stacks series, leaving out what was not reported', () => {
		const chart = columnChart({ columns, series, values: [[10, 10], [undefined, 20]], mode: 'stacked' });
		expect(chart.bars.map((b) => [Math.round(b.x), b.y, b.height, b.series])).toEqual([
			[56, 122, 110, 0],
			[56, 12, 110, 1],
			[111, 12, 220, 1],
		]);
		expect(chart.bars[0].width).toBeCloseTo(41.14, 1);
		expect(chart.yTicks.at(-1)).toEqual({ at: 12, label: '20' });
		expect(chart.xTicks.map((t) => [Math.round(t.at), t.label])).toEqual([[77, '2020']]);
	});

	it('sets series side by side when grouped', () => {
		const chart = columnChart({ columns, series, values: [[10, 20], [5, undefined]], mode: 'grouped' });
		expect(chart.bars.map((b) => [Math.round(b.x), b.y, b.height])).toEqual([
			[56, 122, 110],
			[77, 12, 220],
			[111, 177, 55],
		]);
		expect(chart.bars[0].width).toBeCloseTo(20.57, 1);
	});
});

describe('bar lists', () => {
	it('scales bars to the largest value over the full width', () => {
		const list = barList([
			{ label: 'Region One', value: 40, text: 'at least 40' },
			{ label: 'Region Two', value: 10, text: '10' },
			{ label: 'Region Three', value: 0, text: '0' },
		]);
		expect(list.rows.map((r) => [r.y, r.barWidth])).toEqual([[0, 720], [40, 180], [80, 0]]);
		expect(list.height).toBe(120);
	});
});

describe('the map', () => {
	const require = createRequire(import.meta.url);
	const countries = countriesOf(JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')));

	it('frames the places, outlines the countries around them and merges close places into one dot', () => {
		const map = mapLayout(
			[
				{ lat: 50.45, lon: 30.52, title: 'Fake brief in Kyiv' },
				{ lat: 50.46, lon: 30.53, title: 'Another fake brief in Kyiv' },
				{ lat: 46.48, lon: 30.72, title: 'Fake brief in Odesa' },
			],
			countries,
		);
		expect(map.outlines.map((o) => o.name)).toContain('Ukraine');
		expect(map.outlines.map((o) => o.name)).not.toContain('Brazil');
		expect(map.dots.map((d) => [d.count, d.title])).toEqual([
			[2, '2 briefs'],
			[1, 'Fake brief in Odesa'],
		]);
		const [kyiv, odesa] = map.dots;
		expect(kyiv.y).toBeLessThan(odesa.y);
		for (const dot of map.dots) {
			expect(dot.x).toBeGreaterThan(0);
			expect(dot.x).toBeLessThan(map.width);
			expect(dot.y).toBeGreaterThan(0);
			expect(dot.y).toBeLessThan(map.height);
		}
	});

	it('draws at most maxDots dots however many places there are, each place counted once', () => {
		// 200,000 fake places a hundredth of a degree apart over 20 by 10 degrees: far more than fit apart.
		const places = Array.from({ length: 200_000 }, (_, i) => ({ lat: 44 + (i % 1000) / 100, lon: 22 + Math.floor(i / 1000) / 10, title: `Fake ${i}` }));
		const map = mapLayout(places, countries);
		expect(map.dots.length).toBeLessThanOrEqual(maxDots);
		expect(map.dots.length).toBeGreaterThan(maxDots / 4);
		expect(map.dots.reduce((sum, dot) => sum + dot.count, 0)).toBe(places.length);
	});

	it('draws nothing without places', () => {
		expect(mapLayout([], countries)).toMatchObject({ outlines: [], dots: [] });
	});
});

describe('chart descriptions', () => {
	it('name the span, the series and the largest column', () => {
		const input = { columns, series, values: [[10, 10], [undefined, 25]], mode: 'stacked' as const };
		expect(describeColumns(input, 'munitions launched')).toBe(
			'Munitions launched per month, January 2020 to February 2020, stacked by drones and missiles. Largest: February 2020, 25 in all. The table gives every value.',
		);
		expect(describeColumns({ ...input, columns: [], values: [] }, 'people killed')).toBe('No people killed reported.');
	});

	it('name the span in Ukrainian without a case the month names do not take', () => {
		const months = [{ key: '2022-09', label: 'вересень 2022 р.' }, { key: '2025-09', label: 'вересень 2025 р.' }];
		const input = { columns: months, series, values: [[10, 10], [undefined, 25]], mode: 'stacked' as const };
		const text = describeColumns(input, 'запущені засоби ураження', 'uk');
		expect(text).toContain('вересень 2022 р. – вересень 2025 р.');
		expect(text).not.toContain('з вересень');
	});
});

describe('bars as a path', () => {
	it('draws each bar as a closed rectangle', () => {
		expect(barsPath([{ x: 1, y: 2, width: 3, height: 4, series: 0 }, { x: 5.5, y: 0, width: 1, height: 2, series: 0 }])).toBe('M1 2h3v4h-3zM5.5 0h1v2h-1z');
		expect(barsPath([])).toBe('');
	});
});
