import { describe, expect, it } from 'vitest';
import { contentCards } from '../src/integrations/share-cards';
import { cardFontFamily, cardFonts } from '../src/lib/card/fonts';
import { cardShaper } from '../src/lib/card/shaping';
import { goldenCards } from './fixtures/cards/cards';
import { root } from './helpers/build';

/** The Ukrainian share cards: their own words and numbers, drawn in fonts that have every letter. */

const families = cardFontFamily.split(', ').map((f) => f.replaceAll("'", ''));
const cards = await contentCards(`${root}/content`);

describe('Ukrainian cards', () => {
	it('exist for every English card, under /uk/og/', () => {
		const english = cards.filter((c) => !c.page.startsWith('/uk/'));
		const ukrainian = cards.filter((c) => c.page.startsWith('/uk/'));
		expect(ukrainian.map((c) => c.page).sort()).toEqual(english.map((c) => `/uk${c.page}`).sort());
		expect(ukrainian.every((c) => c.path.startsWith('/uk/og/'))).toBe(true);
	});

	it('say the Kyiv brief in Ukrainian, as its golden shows it', () => {
		const kyiv = cards.find((c) => c.page === '/uk/briefs/2025-09-07-kyiv/');
		expect(kyiv).toEqual(goldenCards.ukrainian);
		expect(kyiv!.tiles[0]).toEqual({ value: 'щонайменше 2', label: 'загинули (у Києві)' });
		expect(kyiv!.alt).toContain('805–810 дронів запущено, 747 збито');
	});

	it('have a glyph for every letter of the Kyiv card: no missing-glyph boxes', async () => {
		const shaper = await cardShaper(cardFonts());
		const card = goldenCards.ukrainian;
		const texts = [card.kicker, card.title, card.site, card.footer, ...card.lines, ...card.tiles.flatMap((t) => [t.value, t.label])];
		for (const text of texts) {
			for (const weight of [400, 700] as const) {
				const shaped = shaper.shape(text, families, weight, 40);
				expect(shaped.filter((g) => g.glyph === 0), text).toEqual([]);
			}
		}
	});
});
