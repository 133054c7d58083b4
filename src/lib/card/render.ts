import satori from 'satori';
import sharp from 'sharp';
import { cardFonts, type CardFont } from './fonts.ts';
import { cardColors } from './layout.ts';
import { hexRgb, indexPixels, inkPalette } from './palette.ts';
import { indexedPng } from './png.ts';
import { cardSize } from './size.ts';

/** Rasterising: a laid-out card tree to SVG with satori, then to pixels with sharp, then an indexed PNG. */

const palette = inkPalette(hexRgb(cardColors.background), [cardColors.text, cardColors.muted, cardColors.figure].map(hexRgb));

/**
 * How far (in RGB units) a pixel may lie from its palette entry. Anti-aliased edges land within
 * about 2; a colour the template draws that the palette lacks would land far off, and such a card
 * goes through sharp's general quantiser instead of losing its colour.
 */
const paletteTolerance = 8;

/** sharp's palette PNG, for a card the ink palette does not fit. */
export const pngOptions = { palette: true, colours: 256, effort: 1, dither: 0 } as const;

export async function cardSvg(tree: unknown, fonts: CardFont[] = cardFonts()): Promise<string> {
	// satori's types want a React element; a tree of plain { type, props } objects is what it reads.
	const svg = await satori(tree as Parameters<typeof satori>[0], { ...cardSize, fonts });
	return withoutUnusedMasks(svg);
}

/** satori defines a mask for every box, used or not; librsvg parses each one. */
export function withoutUnusedMasks(svg: string): string {
	return svg.replace(/<mask id="([^"]+)">(?:(?!<\/mask>).)*<\/mask>/g, (mask, id: string) => (svg.includes(`url(#${id})`) ? mask : ''));
}

export async function svgToPng(svg: string): Promise<Buffer> {
	const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	const { indices, worst } = indexPixels(data, palette);
	if (worst > paletteTolerance) {
		return sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).png(pngOptions).toBuffer();
	}
	return indexedPng(info.width, info.height, indices, palette.colors);
}

export async function renderCardPng(tree: unknown, fonts?: CardFont[]): Promise<Buffer> {
	return svgToPng(await cardSvg(tree, fonts));
}
