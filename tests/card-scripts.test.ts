import { describe, expect, it } from 'vitest';
import { cardFonts, undrawable, type FontSubset } from '../src/lib/card/fonts';
import { layoutCard } from '../src/lib/card/layout';
import { cardMeasure } from '../src/lib/card/measure';
import { renderCardPng } from '../src/lib/card/render';
import { goldenCards } from './fixtures/cards/cards';

/** Titles in scripts beyond Latin and Cyrillic, which cards once drew as boxes. */
const samples: [FontSubset, string][] = [
	['greek', 'Φανταστική επίθεση στην πόλη'],
	['arabic', 'هجوم خيالي على المدينة'],
	['hebrew', 'התקפה בדיונית על העיר'],
	['georgian', 'გამოგონილი თავდასხმა ქალაქზე'],
	['armenian', 'Հորինված հարձակում քաղաքի վրա'],
];

describe('share cards in other scripts', () => {
	it.each(samples)('have a font for %s', (_, title) => {
		expect(undrawable(title)).toEqual([]);
	});

	it.each(samples)('draw %s with its font, not as boxes', async (subset, title) => {
		const card = { ...goldenCards.latin, title };
		const drawn = await renderCardPng(layoutCard(card, cardMeasure()).tree);
		const boxes = await renderCardPng(layoutCard(card, cardMeasure()).tree, cardFonts([subset]));
		expect(undrawable(title, cardFonts([subset])).length).toBeGreaterThan(0);
		expect(drawn.equals(boxes)).toBe(false);
	}, 30_000);

	it('still lack CJK, which the checker warns about', () => {
		expect(undrawable('東京')).toEqual(['東', '京']);
	});
});
