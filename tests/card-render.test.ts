import { readFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardFontFamily, cardFonts } from '../src/lib/card/fonts';
import { layoutCard } from '../src/lib/card/layout';
import { cardMeasure } from '../src/lib/card/measure';
import { cardSvg, renderCardPng } from '../src/lib/card/render';
import { goldenCards } from './fixtures/cards/cards';

const render = (name: keyof typeof goldenCards) => renderCardPng(layoutCard(goldenCards[name], cardMeasure()).tree);
const golden = (name: string) => PNG.sync.read(readFileSync(new URL(`./fixtures/cards/${name}.png`, import.meta.url)));

/** Pixels that differ beyond pixelmatch's colour threshold. */
function differing(png: Buffer, expected: PNG): number {
	const actual = PNG.sync.read(png);
	expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
	return pixelmatch(actual.data, expected.data, null, actual.width, actual.height, { threshold: 0.1 });
}

/** At most 0.1% of the card's pixels may differ from the golden: room for another build of librsvg, not for another text. */
const tolerance = 0.001 * 1200 * 630;

describe('rendered cards', () => {
	it('are 1200×630 PNGs under 60 KB', async () => {
		const png = await render('long');
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		const meta = await sharp(png).metadata();
		expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'png', width: 1200, height: 630 });
		expect(png.length).toBeLessThan(60 * 1024);
	});

	for (const name of ['latin', 'cyrillic', 'long'] as const) {
		it(`match the ${name} golden (npm run cards:goldens renders them again)`, async () => {
			expect(differing(await render(name), golden(name))).toBeLessThanOrEqual(tolerance);
		});
	}

	it('would notice another text: the goldens differ from each other far beyond the tolerance', async () => {
		expect(differing(await render('latin'), golden('long'))).toBeGreaterThan(20 * tolerance);
	});

	it('give the same bytes for the same card', async () => {
		const [a, b] = await Promise.all([render('cyrillic'), render('cyrillic')]);
		expect(a.equals(b)).toBe(true);
		expect(a.equals(await render('cyrillic'))).toBe(true);
	});

	it('draw Cyrillic letters, not missing-glyph boxes', async () => {
		const glyph = async (text: string, fonts = cardFonts()) => {
			const tree = { type: 'div', props: { style: { display: 'flex', fontFamily: cardFontFamily, fontSize: 100 }, children: text } };
			return [...(await cardSvg(tree, fonts)).matchAll(/<path[^>]* d="([^"]+)"/g)].map((m) => m[1]).join(' ');
		};
		// U+E000 is in no font: what satori draws for it is the missing-glyph box.
		const box = await glyph('\uE000');
		expect(box).not.toBe('');
		const latinOnly = cardFonts(['cyrillic']);
		for (const letter of 'Київ') {
			expect(await glyph(letter), letter).not.toBe(box);
			expect(await glyph(letter), letter).not.toBe('');
			// The control: without the Cyrillic family the same letter is the box, so the check above can fail.
			expect(await glyph(letter, latinOnly), letter).toBe(box);
		}
	});
});
