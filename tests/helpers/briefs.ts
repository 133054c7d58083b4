import { briefSchema } from '../../src/lib/brief.ts';
import { viewBrief } from '../../src/lib/brief-view.ts';
import type { Briefed } from '../../src/lib/stats.ts';
import { indexById, type MunitionType, type Region, type Taxonomies } from '../../src/lib/taxonomy.ts';

/** Small fake taxonomies and briefs for unit tests of the aggregation and exports. */

export const taxonomies: Taxonomies = {
	munitions: indexById<MunitionType>([
		{ id: 'drone-x', name: 'Drone X', names: { uk: 'Дрон Ікс' }, category: 'drone' },
		{ id: 'cruise-x', name: 'Cruise X', names: { uk: 'Крилата Ікс' }, category: 'cruise-missile' },
		{ id: 'ballistic-x', name: 'Ballistic X', names: { uk: 'Балістична Ікс' }, category: 'ballistic-missile' },
		{ id: 'combined-x', name: 'Missiles combined', names: { uk: 'Ракети разом' }, category: 'other-missile' },
	]),
	regions: indexById<Region>([
		{ id: 'region-one', name: 'Region One', country: 'ZZ', names: { uk: 'Регіон Один' } },
		{ id: 'region-two', name: 'Region Two', country: 'ZZ', names: { uk: 'Регіон Два' } },
	]),
};

/** Parses frontmatter through the real schema and resolves it as the site does. */
export function briefed(slug: string, frontmatter: Record<string, unknown>): Briefed {
	const brief = briefSchema.parse({
		title: `Fake brief ${slug}`,
		date: slug.slice(0, 10),
		summary: 'Invented for tests.',
		location: { country: 'ZZ' },
		sources: [{ id: 's', publisher: 'Example Gazette' }],
		...frontmatter,
	});
	return { slug, brief, view: viewBrief(brief, taxonomies) };
}

const twoSources = [
	{ id: 's', publisher: 'Example Gazette' },
	{ id: 't', publisher: 'Example Bulletin' },
];

/**
 * Four briefs whose totals are worked out by hand in the tests:
 * A has every bound form but disputes, B disputes and a combined count, C an open-ended killed, D nothing.
 */
export const sample = {
	a: briefed('2020-01-05-a', {
		location: { country: 'ZZ', region: 'region-one', coordinates: { lat: 50, lon: 30 } },
		casualties: { killed: 3, injured: { min: 10, max: 12, source: 's' }, children_killed: 1 },
		munitions: [
			{ type: 'drone-x', launched: 100, intercepted: 90 },
			{ type: 'cruise-x', launched: { min: 5, source: 's' }, intercepted: 2 },
		],
		tags: ['x'],
	}),
	b: briefed('2020-01-20-b', {
		location: { country: 'ZZ', region: 'region-two' },
		sources: twoSources,
		casualties: { killed: { claims: [{ value: 4, source: 's' }, { value: 6, source: 't' }] } },
		munitions: [
			{ type: 'ballistic-x', launched: { value: 4, source: 't' }, intercepted: { value: 0, source: 't' } },
			{ type: 'cruise-x', launched: { value: 9, source: 't' }, intercepted: { value: 4, source: 't' } },
			{
				type: 'combined-x',
				includes: ['ballistic-x', 'cruise-x'],
				launched: { value: 13, source: 's' },
				intercepted: { value: 4, source: 's' },
			},
		],
		tags: ['y', 'x'],
	}),
	c: briefed('2020-02-02-c', {
		location: { country: 'ZZ', region: 'region-one' },
		casualties: { killed: { min: 0, source: 's' }, injured: { value: 7, source: 's' } },
		munitions: [{ type: 'drone-x', launched: { min: 20, max: 30, source: 's' } }],
	}),
	d: briefed('2021-03-01-d', {}),
};

export const sampleList = [sample.a, sample.b, sample.c, sample.d];
