import satori from 'satori';
import sharp from 'sharp';
import { cardFonts, type CardFont } from './fonts.ts';
import { cardSize } from './size.ts';

/** Rasterising: a laid-out card tree to SVG with satori, then to PNG with sharp. */

/** PNG options: a 256-colour palette keeps cards small; flat colours and anti-aliased text lose nothing visible. */
export const pngOptions = { palette: true, colours: 256, effort: 1, dither: 0 } as const;

export async function cardSvg(tree: unknown, fonts: CardFont[] = cardFonts()): Promise<string> {
	// satori's types want a React element; a tree of plain { type, props } objects is what it reads.
	return satori(tree as Parameters<typeof satori>[0], { ...cardSize, fonts });
}

export async function svgToPng(svg: string): Promise<Buffer> {
	return sharp(Buffer.from(svg)).png(pngOptions).toBuffer();
}

export async function renderCardPng(tree: unknown, fonts?: CardFont[]): Promise<Buffer> {
	return svgToPng(await cardSvg(tree, fonts));
}
