import type { DrawnShape } from './drawing.ts';
import { GlyphMasks, subpixels, type GlyphRequest } from './glyph-masks.ts';
import { coverageIndices, hexRgb, inkOf, type InkPalette } from './palette.ts';
import type { Shaper } from './shaping.ts';

/**
 * A card's pixels straight as palette indices: rectangles filled, glyph masks laid over them. Each
 * pixel is the background or a blend of it with one ink, as in palette.ts; a drawing that would
 * break that (a colour not in the palette, two inks on one pixel, a rectangle off the pixel grid)
 * gives undefined, and the card is rasterised whole instead.
 */

export interface ComposeOptions {
	width: number;
	height: number;
	palette: InkPalette;
	shaper: Shaper;
	masks: GlyphMasks;
}

interface Placed extends GlyphRequest {
	/** Whole-pixel part of the origin. */
	x: number;
	y: number;
	ink: number;
}

/** Each text's glyphs, with whole-pixel origins and their fractions; an empty list for a rectangle. */
function placeGlyphs(shapes: DrawnShape[], inkFor: (fill: string) => number | undefined, shaper: Shaper): Placed[][] | undefined {
	const all: Placed[][] = [];
	for (const shape of shapes) {
		const placed: Placed[] = [];
		all.push(placed);
		if (shape.kind !== 'text') continue;
		const ink = inkFor(shape.fill);
		if (ink === undefined || ink < 0) return undefined;
		for (const g of shaper.shape(shape.text, shape.families, shape.weight, shape.size)) {
			const ox = Math.round((shape.x + g.x) * subpixels);
			const oy = Math.round((shape.y + g.y) * subpixels);
			const x = Math.floor(ox / subpixels);
			const y = Math.floor(oy / subpixels);
			placed.push({ face: g.face, glyph: g.glyph, size: shape.size, subX: ox - x * subpixels, subY: oy - y * subpixels, x, y, ink });
		}
	}
	return all;
}

/** Coverage and ink (plus one; 0 is none) of each pixel, where glyphs meet: reused, as drawing is synchronous. */
let scratch: { coverage: Uint8Array; ink: Uint8Array } | undefined;

/**
 * The card as PNG scanlines: each row a filter byte (0, none) and a palette index a pixel; or
 * undefined when the drawing is not one this can draw exactly.
 */
export async function composeRows(shapes: DrawnShape[], options: ComposeOptions): Promise<Buffer | undefined> {
	const { width, height, palette, shaper, masks } = options;
	// satori writes colours as given in the template, #rrggbb; any other form is not a colour this draws.
	const inkFor = (fill: string) => (/^#[0-9a-f]{6}$/i.test(fill) ? inkOf(palette, hexRgb(fill)) : undefined);
	const glyphs = placeGlyphs(shapes, inkFor, shaper);
	if (!glyphs) return undefined;
	await masks.ensure(glyphs.flat());

	const stride = width + 1;
	const rows = Buffer.alloc(stride * height);
	if (scratch?.coverage.length !== stride * height) scratch = { coverage: new Uint8Array(stride * height), ink: new Uint8Array(stride * height) };
	const { coverage, ink: inkAt } = scratch;
	coverage.fill(0);
	inkAt.fill(0);
	const indexOf = palette.inks.map((_, ink) => coverageIndices(palette, ink));
	let painted = false;
	for (const [i, shape] of shapes.entries()) {
		if (shape.kind === 'rect') {
			const ink = inkFor(shape.fill);
			const { x, y } = shape;
			const right = Math.min(width, x + shape.width);
			const bottom = Math.min(height, y + shape.height);
			if (ink === undefined || ![x, y, right, bottom].every(Number.isInteger)) return undefined;
			if (ink < 0 && !painted) continue;
			painted = true;
			for (let row = Math.max(0, y); row < bottom; row++) {
				const from = row * stride + 1 + Math.max(0, x);
				const to = row * stride + 1 + right;
				rows.fill(ink < 0 ? 0 : indexOf[ink][255], from, to);
				coverage.fill(ink < 0 ? 0 : 255, from, to);
				inkAt.fill(ink + 1, from, to);
			}
			continue;
		}
		for (const g of glyphs[i]) {
			const mask = masks.get(g)!;
			const left = g.x + mask.left;
			const top = g.y + mask.top;
			const ink = g.ink + 1;
			const index = indexOf[g.ink];
			const colFrom = Math.max(0, -left);
			const colTo = Math.min(mask.width, width - left);
			for (let row = Math.max(0, -top); row < Math.min(mask.height, height - top); row++) {
				const m = row * mask.width;
				const p0 = (top + row) * stride + 1 + left;
				for (let col = colFrom; col < colTo; col++) {
					const a = mask.alpha[m + col];
					if (a === 0) continue;
					const p = p0 + col;
					const under = coverage[p];
					let c = a;
					if (under) {
						if (inkAt[p] !== ink) return undefined;
						c = under + Math.round((a * (255 - under)) / 255);
					}
					coverage[p] = c;
					inkAt[p] = ink;
					rows[p] = index[c];
				}
			}
			painted = true;
		}
	}
	return rows;
}
