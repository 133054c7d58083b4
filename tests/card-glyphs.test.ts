import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCards } from '../src/integrations/share-cards';
import type { Card } from '../src/lib/card/card';
import { readDrawing } from '../src/lib/card/drawing';
import { cardFontFamily, cardFonts, fontSubsets, woffFile } from '../src/lib/card/fonts';
import { GlyphMasks } from '../src/lib/card/glyph-masks';
import { cardColors, layoutCard } from '../src/lib/card/layout';
import { cardMeasure } from '../src/lib/card/measure';
import { cardSvg, renderCard, svgToPng } from '../src/lib/card/render';
import { woffToSfnt } from '../src/lib/card/sfnt';
import { cardShaper } from '../src/lib/card/shaping';
import { writeSyntheticContent } from './helpers/synthetic';

/**
 * Cards are drawn from glyph masks; satori's SVG rasterised whole by sharp is the reference they
 * must match, and the way any card the masks cannot draw exactly still goes.
 */

const families = cardFontFamily.split(', ').map((f) => f.replaceAll("'", ''));
const tree = (card: Card) => layoutCard(card, cardMeasure()).tree;
const div = (style: Record<string, unknown>, children: unknown = []) => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

function differing(a: Buffer, b: Buffer): number {
	const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
	return pixelmatch(x.data, y.data, null, x.width, x.height, { threshold: 0.1 });
}

describe('WOFF to sfnt', () => {
	it('gives the same font, for HarfBuzz to read', () => {
		const fonts = cardFonts();
		for (const { file, family } of fontSubsets) {
			for (const weight of [400, 700] as const) {
				const data = readFileSync(woffFile(file, weight));
				const [woff, sfnt] = [create(data), create(woffToSfnt(data))] as Font[];
				// The cards draw with the unwrapped font.
				expect(fonts.find((f) => f.name === family && f.weight === weight)!.data.equals(woffToSfnt(data))).toBe(true);
				expect(sfnt.type).toBe('TTF');
				expect([sfnt.numGlyphs, sfnt.unitsPerEm, sfnt.postscriptName]).toEqual([woff.numGlyphs, woff.unitsPerEm, woff.postscriptName]);
				const codePoint = woff.characterSet.at(-1)!;
				expect(sfnt.glyphForCodePoint(codePoint).path.toSVG()).toBe(woff.glyphForCodePoint(codePoint).path.toSVG());
			}
		}
	});

	it('refuses what is not WOFF', () => {
		expect(() => woffToSfnt(new Uint8Array(64))).toThrow('not a WOFF font');
	});
});

describe('shaping', () => {
	it('sets Cyrillic in the Cyrillic family, and would show boxes without it', async () => {
		const shaped = (await cardShaper(cardFonts())).shape('Київ', families, 400, 100);
		expect(shaped.map((g) => g.face.name)).toEqual(Array(4).fill('noto sans cyrillic'));
		expect(shaped.every((g) => g.glyph !== 0)).toBe(true);
		// Glyph 0 is the missing-glyph box: what the letters become with the Cyrillic fonts left out.
		const latinOnly = (await cardShaper(cardFonts(['cyrillic']))).shape('Київ', families, 400, 100);
		expect(latinOnly.map((g) => g.glyph)).toEqual([0, 0, 0, 0]);
	});

	it('kerns as satori does: "AV" is narrower than an A and a V side by side', async () => {
		const shaper = await cardShaper(cardFonts());
		const [a, v] = shaper.shape('AV', families, 700, 100);
		expect(v.x).toBeLessThan(shaper.shape('AA', families, 700, 100)[1].x);
		// The font's own advance for A, read without HarfBuzz: the V sits closer than that.
		const bold = create(cardFonts().find((f) => f.name === 'Noto Sans' && f.weight === 700)!.data) as Font;
		expect(v.x - a.x).toBeLessThan((bold.glyphForCodePoint(65).advanceWidth / bold.unitsPerEm) * 100);
	});
});

describe('reading what satori draws', () => {
	it('reads rectangles and one run of text a line, entities decoded', () => {
		const svg =
			'<svg width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="10" height="10" fill="#121417"/>' +
			'<text x="72" y="91" width="20.5" height="34" font-weight="normal" font-style="normal" font-size="26" font-family="noto sans,noto sans cyrillic" fill="#b3b8bf">R&amp;D</text>' +
			'<text x="92.5" y="91" width="6.76" height="34" font-weight="normal" font-style="normal" font-size="26" font-family="noto sans,noto sans cyrillic" fill="#b3b8bf"> </text>' +
			'<text x="72" y="125" width="9" height="34" font-weight="700" font-style="normal" font-size="26" font-family="noto sans,noto sans cyrillic" fill="#b3b8bf">&lt;2&gt;</text></svg>';
		expect(readDrawing(svg)).toEqual([
			{ kind: 'rect', x: 0, y: 0, width: 10, height: 10, fill: '#121417' },
			{ kind: 'text', x: 72, y: 91, text: 'R&D ', size: 26, weight: 400, families: ['noto sans', 'noto sans cyrillic'], fill: '#b3b8bf' },
			{ kind: 'text', x: 72, y: 125, text: '<2>', size: 26, weight: 700, families: ['noto sans', 'noto sans cyrillic'], fill: '#b3b8bf' },
		]);
	});

	it('reads nothing from a drawing with anything else in it', () => {
		const wrap = (inner: string) => `<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;
		expect(readDrawing(wrap('<rect x="0" y="0" width="1" height="1" fill="#fff"/>'))).toHaveLength(1);
		expect(readDrawing(wrap('<path d="M0 0L1 1" fill="#fff"/>'))).toBeUndefined();
		expect(readDrawing(wrap('<rect x="0" y="0" width="1" height="1" fill="#fff" clip-path="url(#a)"/>'))).toBeUndefined();
		expect(readDrawing(wrap('<g><rect x="0" y="0" width="1" height="1" fill="#fff"/></g>'))).toBeUndefined();
		const text = (style: string, words: string) => `<text x="1" y="1" width="1" font-size="9" font-style="${style}" font-family="a" fill="#fff">${words}</text>`;
		expect(readDrawing(wrap(text('normal', 'a')))).toHaveLength(1);
		expect(readDrawing(wrap(text('italic', 'a')))).toBeUndefined();
		expect(readDrawing(wrap(text('normal', 'שלום')))).toBeUndefined();
		expect(readDrawing('<svg width="10" height="10"><rect x="0" y="0" width="1" height="1" fill="#fff"/>')).toBeUndefined();
	});
});

describe('cards drawn from glyph masks', () => {
	let work: string;
	let cards: Card[];
	beforeAll(async () => {
		work = mkdtempSync(join(tmpdir(), 'card-glyphs-'));
		writeSyntheticContent(join(work, 'content'), { briefs: 8, seed: 11 });
		cards = await contentCards(join(work, 'content'));
	});
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it("match satori's SVG rasterised by sharp on every kind of card, within the goldens' tolerance", async () => {
		// Two cards of each kind of page: briefs, home, stats, regions, munitions.
		const kinds = Map.groupBy(cards, (card) => card.page.split('/')[1]);
		for (const card of [...kinds.values()].flatMap((group) => group.slice(0, 2))) {
			const drawn = await renderCard(tree(card));
			expect(drawn.drawnBy, card.page).toBe('glyphs');
			const whole = await svgToPng(await cardSvg(tree(card)));
			expect(differing(drawn.png, whole), card.page).toBeLessThanOrEqual(0.001 * 1200 * 630);
		}
		expect(kinds.size).toBeGreaterThan(3);
	});

	it('are the same bytes whatever cards were drawn before', async () => {
		// With masks shared, each card's glyphs come from sheets rasterised for the cards before it.
		const masks = new GlyphMasks();
		for (const card of cards.slice(0, 12)) {
			const after = await renderCard(tree(card), { masks });
			const alone = await renderCard(tree(card), { masks: new GlyphMasks() });
			expect(after.png.equals(alone.png), card.page).toBe(true);
		}
	});

	it('leave to satori and sharp whatever the masks cannot draw exactly', async () => {
		const bordered = div({ width: 1200, height: 630, backgroundColor: cardColors.background, border: `8px solid ${cardColors.figure}` });
		expect((await renderCard(bordered)).drawnBy).toBe('svg');
		const red = div({ width: 1200, height: 630, backgroundColor: cardColors.background, color: '#d02030', fontSize: 40, fontFamily: cardFontFamily }, 'Red');
		expect((await renderCard(red)).drawnBy).toBe('svg');
		// Two inks on one pixel: a blend the palette has no entry for.
		const text = (color: string) => div({ position: 'absolute', top: 100, left: 100, color, fontSize: 80 }, 'MMM');
		const overlapping = div({ width: 1200, height: 630, backgroundColor: cardColors.background, fontFamily: cardFontFamily }, [text(cardColors.text), text(cardColors.figure)]);
		expect((await renderCard(overlapping)).drawnBy).toBe('svg');
		const apart = div({ width: 1200, height: 630, backgroundColor: cardColors.background, fontFamily: cardFontFamily, color: cardColors.text, fontSize: 80 }, 'MMM');
		expect((await renderCard(apart)).drawnBy).toBe('glyphs');
	});
});
