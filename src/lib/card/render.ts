import satori from 'satori';
import sharp from 'sharp';
import { composeRows } from './compose.ts';
import { readDrawing, type DrawnShape } from './drawing.ts';
import { cardFonts, type CardFont } from './fonts.ts';
import { GlyphMasks } from './glyph-masks.ts';
import { cardColors } from './layout.ts';
import { hexRgb, indexPixels, inkPalette } from './palette.ts';
import { indexedPng, indexedPngFromRows } from './png.ts';
import { cardShaper } from './shaping.ts';
import { cardSize } from './size.ts';

/**
 * Rasterising a laid-out card tree. satori lays it out; what it draws (rectangles and text) is
 * then drawn from glyph masks straight into palette indices (compose.ts), which gives librsvg's
 * pixels for a fraction of its cost. A card that draws anything else goes the whole way through
 * satori's SVG and sharp.
 */

const palette = inkPalette(hexRgb(cardColors.background), [cardColors.text, cardColors.muted, cardColors.figure].map(hexRgb));

/**
 * How far (in RGB units) a pixel may lie from its palette entry. Anti-aliased edges land within
 * about 2; a colour the template draws that the palette lacks would land far off, and such a card
 * goes through sharp's general quantiser instead of losing its colour.
 */
const paletteTolerance = 8;

/** sharp's palette PNG, for a card the ink palette does not fit. */
export const pngOptions = { palette: true, colours: 256, effort: 1, dither: 0 } as const;

/** Glyph masks for each font list: a glyph's identity is its place in the list. */
const masksByFonts = new WeakMap<CardFont[], GlyphMasks>();

export interface RenderOptions {
	fonts?: CardFont[];
	/** The glyph masks to draw with and add to; by default the process's, for the font list. */
	masks?: GlyphMasks;
}

export type CardRendering = { png: Buffer; drawnBy: 'glyphs' | 'svg' };

/** satori's SVG of a tree: text as glyph outlines, or (`text: 'elements'`) as text elements to draw from. */
export async function cardSvg(tree: unknown, fonts: CardFont[] = cardFonts(), { text = 'outlines' }: { text?: 'outlines' | 'elements' } = {}): Promise<string> {
	// satori's types want a React element; a tree of plain { type, props } objects is what it reads.
	const svg = await satori(tree as Parameters<typeof satori>[0], { ...cardSize, fonts, embedFont: text === 'outlines' });
	return withoutUnusedMasks(svg);
}

/** satori defines a mask for every box, used or not; librsvg parses each one. */
export function withoutUnusedMasks(svg: string): string {
	return svg.replace(/<mask id="([^"]+)">(?:(?!<\/mask>).)*<\/mask>/g, (mask, id: string) => (svg.includes(`url(#${id})`) ? mask : ''));
}

/** The whole way: librsvg rasterises satori's SVG, and the pixels are indexed against the ink palette. */
export async function svgToPng(svg: string): Promise<Buffer> {
	const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	const { indices, worst } = indexPixels(data, palette);
	if (worst > paletteTolerance) {
		return sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).png(pngOptions).toBuffer();
	}
	return indexedPng(info.width, info.height, indices, palette.colors);
}

/** A drawing as a PNG from glyph masks, or undefined when it is not one compose.ts draws exactly. */
export async function drawingToPng(shapes: DrawnShape[], { fonts = cardFonts(), masks }: RenderOptions = {}): Promise<Buffer | undefined> {
	if (!masks) {
		masks = masksByFonts.get(fonts) ?? new GlyphMasks();
		masksByFonts.set(fonts, masks);
	}
	const shaper = await cardShaper(fonts);
	const rows = await composeRows(shapes, { ...cardSize, palette, shaper, masks });
	return rows && indexedPngFromRows(cardSize.width, cardSize.height, rows, palette.colors);
}

export async function renderCard(tree: unknown, options: RenderOptions = {}): Promise<CardRendering> {
	const fonts = options.fonts ?? cardFonts();
	const shapes = readDrawing(await cardSvg(tree, fonts, { text: 'elements' }));
	const png = shapes && (await drawingToPng(shapes, { ...options, fonts }));
	if (png) return { png, drawnBy: 'glyphs' };
	return { png: await svgToPng(await cardSvg(tree, fonts)), drawnBy: 'svg' };
}

export async function renderCardPng(tree: unknown, fonts?: CardFont[]): Promise<Buffer> {
	return (await renderCard(tree, { fonts })).png;
}
