import sharp from 'sharp';
import type { ShapingFace } from './shaping.ts';

/**
 * Glyph coverage masks, rasterised by sharp (librsvg) and kept for the process: a card is a few
 * hundred glyphs but a few dozen distinct ones, so each is rasterised once, in a batch with the
 * others a card lacks, and a card is then drawn by copying masks. Coordinates are rounded to
 * tenths of a pixel as satori rounds them, and a glyph's origin to the nearest quarter; a mask is
 * the same whatever batch it came in, so a card's pixels never depend on the cards drawn before it.
 */

export interface GlyphMask {
	/** Offset of the mask's top-left pixel from the whole-pixel part of the glyph's origin. */
	left: number;
	top: number;
	width: number;
	height: number;
	/** Coverage, 0 to 255, a byte a pixel, row by row. */
	alpha: Uint8Array;
}

export interface GlyphRequest {
	face: ShapingFace;
	glyph: number;
	size: number;
	/** The origin's fraction of a pixel, in steps of 1 / subpixels. */
	subX: number;
	subY: number;
}

/** Positions a glyph's origin can take within a pixel, each way; more only adds masks, not visible precision. */
export const subpixels = 4;

export const maskKey = ({ face, glyph, size, subX, subY }: GlyphRequest) => `${face.id}:${glyph}:${size}:${subX}:${subY}`;

/** Rounds to tenths as satori does (half away from zero), as a whole number of tenths. */
const tenths = (v: number) => (v < 0 ? -Math.round(-v * 10) : Math.round(v * 10));

interface Cell {
	key: string;
	outline: Outline;
	/** The mask's offset from the glyph's whole-pixel origin, and its size. */
	left: number;
	top: number;
	width: number;
	height: number;
	/** Where the cell sits on its sheet. */
	x: number;
	y: number;
}

interface Outline {
	/** Path data with coordinates in tenths of a pixel from the cell's whole-pixel origin, before the cell's offset. */
	points: { type: string; xs: number[]; ys: number[] }[];
	minX: number;
	maxX: number;
	minY: number;
	maxY: number;
}

function placeOutline({ face, glyph, size, subX, subY }: GlyphRequest): Outline {
	const scale = size / face.unitsPerEm;
	const points = face.outline(glyph).map(({ type, values }) => {
		const xs: number[] = [];
		const ys: number[] = [];
		for (let i = 0; i + 1 < values.length; i += 2) {
			xs.push(tenths(subX / subpixels + values[i] * scale));
			ys.push(tenths(subY / subpixels - values[i + 1] * scale));
		}
		return { type, xs, ys };
	});
	const all = (pick: 'xs' | 'ys') => points.flatMap((p) => p[pick]);
	const xs = all('xs');
	const ys = all('ys');
	return { points, minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

/** The path data of an outline whose cell's whole-pixel origin sits at (dx, dy) on its sheet. */
function pathData(outline: Outline, dx: number, dy: number): string {
	let d = '';
	for (const { type, xs, ys } of outline.points) {
		d += type;
		for (let i = 0; i < xs.length; i++) d += `${i ? ' ' : ''}${(xs[i] + dx * 10) / 10} ${(ys[i] + dy * 10) / 10}`;
	}
	return d;
}

/**
 * Glyphs are rasterised on sheets of at most this many pixels each way, plus an empty margin right
 * and below. A mask must not depend on where on a sheet its glyph fell, and whole-pixel moves leave
 * librsvg's pixels the same, except (measured with sharp 0.35) for a glyph across x = 2000 or near
 * the canvas's right edge, drawn a level or two apart: a sheet and its margin stay short of both.
 */
const sheetSize = 1792;
const sheetMargin = 128;
/** Between cells, so that no glyph's edge pixels share a pixel with its neighbour's. */
const cellGap = 2;

export class GlyphMasks {
	private masks = new Map<string, GlyphMask>();
	/** Batches under way: cards drawn side by side wait for a glyph another started, not rasterise it again. */
	private pending = new Map<string, Promise<void>>();

	get size(): number {
		return this.masks.size;
	}

	get(request: GlyphRequest): GlyphMask | undefined {
		return this.masks.get(maskKey(request));
	}

	/** Rasterises every requested mask not yet known, on as few sheets as they fit (a sharp call each). */
	async ensure(requests: Iterable<GlyphRequest>): Promise<void> {
		const missing = new Map<string, GlyphRequest>();
		const waits = new Set<Promise<void>>();
		for (const request of requests) {
			const key = maskKey(request);
			if (this.masks.has(key)) continue;
			const pending = this.pending.get(key);
			if (pending) {
				waits.add(pending);
				continue;
			}
			// A glyph missing at one place in a pixel is soon wanted at the others: one batch draws them all.
			for (let subX = 0; subX < subpixels; subX++) {
				const variant = { ...request, subX };
				const variantKey = maskKey(variant);
				if (!this.masks.has(variantKey) && !this.pending.has(variantKey)) missing.set(variantKey, variant);
			}
		}
		if (missing.size) {
			const batch = this.rasterise(missing).finally(() => {
				for (const key of missing.keys()) this.pending.delete(key);
			});
			for (const key of missing.keys()) this.pending.set(key, batch);
			waits.add(batch);
		}
		await Promise.all(waits);
	}

	private async rasterise(missing: Map<string, GlyphRequest>): Promise<void> {
		const sheets: Cell[][] = [[]];
		let x = 0;
		let y = 0;
		let rowHeight = 0;
		for (const [key, request] of missing) {
			const outline = placeOutline(request);
			const empty = !outline.points.length;
			// A pixel of room on every side: librsvg's anti-aliasing never reaches further.
			const left = empty ? 0 : Math.floor(outline.minX / 10) - 1;
			const top = empty ? 0 : Math.floor(outline.minY / 10) - 1;
			const width = empty ? 0 : Math.ceil(outline.maxX / 10) + 1 - left;
			const height = empty ? 0 : Math.ceil(outline.maxY / 10) + 1 - top;
			if (x + width > sheetSize) {
				x = 0;
				y += rowHeight + cellGap;
				rowHeight = 0;
			}
			if (y + height > sheetSize) {
				sheets.push([]);
				x = 0;
				y = 0;
			}
			sheets.at(-1)!.push({ key, outline, left, top, width, height, x, y });
			x += width + cellGap;
			rowHeight = Math.max(rowHeight, height);
		}
		await Promise.all(sheets.map((cells) => this.rasteriseSheet(cells)));
	}

	private async rasteriseSheet(cells: Cell[]): Promise<void> {
		const height = Math.max(0, ...cells.map((c) => c.y + c.height));
		if (height === 0) {
			for (const cell of cells) this.masks.set(cell.key, { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array() });
			return;
		}
		const paths = cells
			.filter((c) => c.width)
			.map((c) => `<path d="${pathData(c.outline, c.x - c.left, c.y - c.top)}"/>`)
			.join('');
		const canvas = { width: sheetSize + sheetMargin, height: height + sheetMargin };
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${canvas.width}" height="${canvas.height}"><g fill="#fff">${paths}</g></svg>`;
		const alpha = await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
		for (const cell of cells) {
			const mask = new Uint8Array(cell.width * cell.height);
			for (let row = 0; row < cell.height; row++) {
				const from = (cell.y + row) * canvas.width + cell.x;
				mask.set(alpha.subarray(from, from + cell.width), row * cell.width);
			}
			this.masks.set(cell.key, { left: cell.left, top: cell.top, width: cell.width, height: cell.height, alpha: mask });
		}
	}
}
