import { describe, expect, it } from 'vitest';
import { contentCards } from '../src/integrations/share-cards';
import { cardOfPage, casualtyLabel, munitionPhrase, type Card } from '../src/lib/card/card';
import { root } from './helpers/build';

// Expected figures are read by hand off the fixture and content files.
const byPath = (cards: Card[]) => new Map(cards.map((c) => [c.path, c]));

const fixtureCards = await contentCards(`${root}/tests/fixtures/basic`);
const contentFolderCards = await contentCards(`${root}/content`);

describe('what cards say', () => {
	const fixture = byPath(fixtureCards);

	it('gives each brief its figures with the qualifiers the page shows', () => {
		const card = fixture.get('/og/2020-01-01-testville.png')!;
		expect(card.page).toBe('/briefs/2020-01-01-testville/');
		expect(card.kicker).toBe('2020-01-01 · Example Street, Testville, North Fictonia, ZZ');
		expect(card.title).toBe('Тестове місто — fictional test incident in Testville');
		expect(card.tiles).toEqual([
			{ value: 'at least 3', label: 'killed' },
			{ value: '11–20', label: 'injured' },
			{ value: '1', label: 'child killed' },
		]);
		expect(card.lines).toEqual(['101–107 drones launched, 90 intercepted', 'at least 4 cruise missiles launched']);
		expect(card.footer).toBe('2 sources · disputed');
		expect(card.alt).toContain('At least 3 killed; 11–20 injured; 1 child killed; 101–107 drones launched, 90 intercepted; at least 4 cruise missiles launched.');
	});

	it('shows the summary on the card of a brief with no figures', () => {
		const card = fixture.get('/og/2020-01-02-rule-first.png')!;
		expect(card.tiles).toEqual([]);
		expect(card.lines).toEqual([]);
		expect(card.note).toBe('The body of this invented brief starts with a thematic break.');
		expect(card.alt).toContain('No figures reported.');
		expect(card.footer).toBe('1 source · developing');
	});

	it('keeps a reported zero and bare numbers as they are', () => {
		const card = fixture.get('/og/2020-01-03-single-source.png')!;
		expect(card.tiles).toEqual([
			{ value: '0', label: 'killed' },
			{ value: '7', label: 'injured' },
		]);
		expect(card.lines).toEqual(['12 drones launched, 12 intercepted']);
	});

	it('gives home, /stats/, regions, munition types and categories lower-bound totals', () => {
		const home = fixture.get('/og/index.png')!;
		// killed 3 + 0; injured 11 + 7; launched (101 + 4) + 12; intercepted 90 + 12.
		expect(home.tiles).toEqual([
			{ value: 'at least 3', label: 'killed' },
			{ value: 'at least 18', label: 'injured' },
			{ value: 'at least 117', label: 'munitions launched' },
			{ value: 'at least 102', label: 'munitions intercepted' },
		]);
		expect(home.footer).toBe('3 briefs · 4 sources');
		expect(fixture.get('/og/stats.png')!.lines).toEqual([
			'at least 113 drones launched, at least 102 intercepted',
			'at least 4 cruise missiles launched',
		]);
		const region = fixture.get('/og/regions/north-fictonia.png')!;
		expect(region.page).toBe('/regions/north-fictonia/');
		expect(region.kicker).toContain('Північна Фіктонія');
		expect(region.tiles.map((t) => `${t.value} ${t.label}`)).toEqual([
			'at least 3 killed',
			'at least 11 injured',
			'at least 105 munitions launched',
			'at least 90 munitions intercepted',
		]);
		expect(fixture.get('/og/regions/south-fictonia.png')!.tiles).toEqual([]);
		expect(fixture.get('/og/munitions/test-drone.png')!.tiles).toEqual([
			{ value: 'at least 113', label: 'launched' },
			{ value: 'at least 102', label: 'intercepted' },
		]);
		const drones = fixture.get('/og/munitions/category/drone.png')!;
		expect(drones.lines).toEqual(['Test Drone Mk1: at least 113 launched, at least 102 intercepted']);
		// A slice no brief falls in has no page, so no card: the fixture has no guided bombs.
		expect(fixture.has('/og/munitions/category/guided-bomb.png')).toBe(false);
		expect([...fixture.keys()].filter((path) => path.startsWith('/og/munitions/category/'))).toEqual([
			'/og/munitions/category/drone.png',
			'/og/munitions/category/cruise-missile.png',
		]);
	});

	it('adds no combined count to a munition type card, as its page does not', () => {
		// The Kyiv brief lists missiles-combined (13 launched, 4 intercepted) only as a combined count over the other missiles.
		const cards = byPath(contentFolderCards);
		const combined = cards.get('/og/munitions/missiles-combined.png')!;
		expect(combined.tiles).toEqual([]);
		expect(combined.alt).toContain('No figures reported.');
		expect(cards.get('/og/index.png')!.tiles.find((t) => t.label === 'munitions launched')?.value).toBe('at least 818');
	});

	it('shows the Kyiv brief as its page does, combined missile count not added again', () => {
		const kyiv = byPath(contentFolderCards).get('/og/2025-09-07-kyiv.png')!;
		expect(kyiv.tiles).toEqual([
			{ value: 'at least 2', label: 'killed (in Kyiv)' },
			{ value: '15', label: 'injured' },
			{ value: 'at least 1', label: 'child killed (a baby)' },
		]);
		expect(kyiv.lines).toEqual([
			'805–810 drones launched, 747 intercepted',
			'4 ballistic missiles launched, 0 intercepted',
			'9 cruise missiles launched, 4 intercepted',
		]);
		expect(kyiv.footer).toBe('2 sources · developing');
	});

	it('maps each page to its card, and pages without one to the home card', () => {
		const byPage = new Map(fixtureCards.map((card) => [card.page, card]));
		const cases: [string, string][] = [
			['/', '/og/index.png'],
			['/briefs/2020-01-01-testville/', '/og/2020-01-01-testville.png'],
			['/briefs/2020-01-01-testville/index.html', '/og/2020-01-01-testville.png'],
			['/stats/', '/og/stats.png'],
			['/regions/north-fictonia/', '/og/regions/north-fictonia.png'],
			['/regions/north-fictonia/2/', '/og/regions/north-fictonia.png'],
			['/munitions/test-drone/', '/og/munitions/test-drone.png'],
			['/munitions/category/drone/', '/og/munitions/category/drone.png'],
			['/munitions/category/drone/3/', '/og/munitions/category/drone.png'],
			['/briefs/', '/og/index.png'],
			['/briefs/2/', '/og/index.png'],
			['/about/', '/og/index.png'],
			['/404.html', '/og/index.png'],
			['/regions/', '/og/index.png'],
			['/years/2020/', '/og/index.png'],
		];
		for (const [page, card] of cases) expect(cardOfPage(byPage, page).path, page).toBe(card);
	});
});

describe('card phrases', () => {
	it('say one for a count that reads as one, many otherwise', () => {
		expect(munitionPhrase('cruise-missile', { min: 1, max: 1 }, { min: 0, max: 0 })).toBe('1 cruise missile launched, 0 intercepted');
		expect(munitionPhrase('other', { min: 2 }, undefined)).toBe('at least 2 other munitions launched');
		expect(munitionPhrase('guided-bomb', undefined, { min: 1 })).toBe('at least 1 guided bomb intercepted');
		expect(munitionPhrase('drone', undefined, undefined)).toBeUndefined();
		expect(casualtyLabel('children_injured', { min: 1, max: 3 })).toBe('children injured');
		expect(casualtyLabel('children_injured', { min: 1 })).toBe('child injured');
	});
});
