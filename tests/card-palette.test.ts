import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardColors } from '../src/lib/card/layout';
import { coverageIndices, hexRgb, indexPixels, inkOf, inkPalette, type Rgb } from '../src/lib/card/palette';
import { indexedPng } from '../src/lib/card/png';
import { renderCardPng, withoutUnusedMasks } from '../src/lib/card/render';

const palette = inkPalette(hexRgb(cardColors.background), [cardColors.text, cardColors.muted, cardColors.figure].map(hexRgb));
const blend = (from: Rgb, to: Rgb, c: number) => from.map((x, i) => Math.round(x + c * (to[i] - x))) as Rgb;
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

async function pixels(png: Buffer): Promise<Uint8Array> {
	return new Uint8Array(await sharp(png).removeAlpha().raw().toBuffer());
}

describe('the ink palette', () => {
	it('holds the background, then steps to each ink ending on the ink itself', () => {
		expect(palette.colors).toHaveLength(256);
		expect(palette.colors[0]).toEqual(palette.background);
		palette.inks.forEach((ink, k) => expect(palette.colors[(k + 1) * palette.steps]).toEqual(ink));
	});

	it('gives every anti-aliased blend of background and ink an entry within 2 of it', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: palette.inks.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (k, c) => {
				const pixel = blend(palette.background, palette.inks[k], c);
				const { indices, worst } = indexPixels(Uint8Array.from(pixel), palette);
				expect(worst).toBeLessThanOrEqual(2);
				expect(distance(palette.colors[indices[0]], pixel)).toBeLessThanOrEqual(2);
			}),
		);
	});

	it('gives each coverage of an ink the entry of that blend, from the background to the ink', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: palette.inks.length - 1 }), fc.integer({ min: 0, max: 255 }), (k, coverage) => {
				const pixel = blend(palette.background, palette.inks[k], coverage / 255);
				expect(distance(palette.colors[coverageIndices(palette, k)[coverage]], pixel)).toBeLessThanOrEqual(2);
			}),
		);
		expect(coverageIndices(palette, 1)[0]).toBe(0);
	});

	it('names a colour as an ink, the background, or none of them', () => {
		expect(inkOf(palette, hexRgb(cardColors.figure))).toBe(2);
		expect(inkOf(palette, hexRgb(cardColors.background))).toBe(-1);
		expect(inkOf(palette, [200, 30, 40])).toBeUndefined();
	});

	it('reports how far a colour outside the palette lies, so the card can take another route', () => {
		const { worst } = indexPixels(Uint8Array.from([200, 30, 40]), palette);
		expect(worst).toBeGreaterThan(50);
	});
});

describe('indexed PNGs', () => {
	it('decode to the palette colours of their indices', async () => {
		const indices = Uint8Array.from({ length: 7 * 3 }, (_, i) => (i * 37) % 256);
		const decoded = await pixels(await indexedPng(7, 3, indices, palette.colors));
		expect([...decoded]).toEqual([...indices].flatMap((i) => palette.colors[i]));
	});

	it('refuse indices that do not fill the image', async () => {
		await expect(indexedPng(7, 3, new Uint8Array(20), palette.colors)).rejects.toThrow('20 indices for a 7x3 image');
	});
});

describe('rasterising', () => {
	it('keeps the masks an SVG uses and drops the rest', () => {
		const svg = '<svg><mask id="a"><rect/></mask><mask id="b"><rect/></mask><g mask="url(#b)"/></svg>';
		expect(withoutUnusedMasks(svg)).toBe('<svg><mask id="b"><rect/></mask><g mask="url(#b)"/></svg>');
	});

	it('keeps a colour the ink palette lacks', async () => {
		const box = (color: string) => ({ type: 'div', props: { style: { display: 'flex', width: 600, height: 630, backgroundColor: color } } });
		const tree = { type: 'div', props: { style: { display: 'flex', width: 1200, height: 630 }, children: [box(cardColors.background), box('#d02030')] } };
		const decoded = await pixels(await renderCardPng(tree));
		const at = (x: number, y: number) => [...decoded.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3)] as Rgb;
		expect(distance(at(900, 300), [0xd0, 0x20, 0x30])).toBeLessThanOrEqual(4);
		expect(distance(at(300, 300), palette.background)).toBeLessThanOrEqual(2);
	});
});
