/**
 * A card's exact palette. A card is inks drawn on one flat background, so every pixel sharp
 * rasterises is the background, an ink, or an anti-aliased blend of the two: a point on the line
 * from the background to that ink. The palette holds the background and evenly spaced steps along
 * each ink's line, and each pixel takes the step nearest it. That is what a general quantiser
 * (libimagequant, behind sharp's `palette: true`) finds too, at a fraction of its cost, and the same
 * pixels always give the same indices.
 */

export type Rgb = [number, number, number];

export interface InkPalette {
	background: Rgb;
	inks: Rgb[];
	/** Steps per ink: a blend of coverage c takes step round(c * steps); step 0 is the background. */
	steps: number;
	/** Entry 0 is the background, then `steps` entries per ink, the last of them the ink itself. */
	colors: Rgb[];
}

export function hexRgb(hex: string): Rgb {
	const match = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!match) throw new Error(`a card colour must be #rrggbb, not "${hex}"`);
	const n = Number.parseInt(match[1], 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function inkPalette(background: Rgb, inks: Rgb[]): InkPalette {
	if (inks.length < 1 || inks.length > 255) throw new Error(`a card palette takes 1 to 255 inks, not ${inks.length}`);
	const steps = Math.floor(255 / inks.length);
	const colors: Rgb[] = [background];
	for (const ink of inks) {
		for (let step = 1; step <= steps; step++) {
			const c = step / steps;
			colors.push(background.map((b, i) => Math.round(b + c * (ink[i] - b))) as Rgb);
		}
	}
	return { background, inks, steps, colors };
}

/** The palette entry of ink `ink` (0-based) at blend step `step`; step 0 is the background. */
export function blendIndex(palette: InkPalette, ink: number, step: number): number {
	return step === 0 ? 0 : 1 + ink * palette.steps + step - 1;
}

/** The palette entry of an ink at each coverage from 0 to 255: the nearest step towards the ink. */
export function coverageIndices(palette: InkPalette, ink: number): Uint8Array {
	return Uint8Array.from({ length: 256 }, (_, coverage) => blendIndex(palette, ink, Math.round((coverage * palette.steps) / 255)));
}

/** The ink (0-based) a colour is, -1 for the background, or undefined for a colour not in the palette. */
export function inkOf(palette: InkPalette, color: Rgb): number | undefined {
	const same = (a: Rgb) => a.every((v, i) => v === color[i]);
	if (same(palette.background)) return -1;
	const ink = palette.inks.findIndex(same);
	return ink < 0 ? undefined : ink;
}

export interface IndexedPixels {
	indices: Uint8Array;
	/** The largest distance (in RGB units) of a pixel from the blend it was given. */
	worst: number;
}

/** Indexes packed RGB pixels (3 bytes each) against the palette. */
export function indexPixels(rgb: Uint8Array, palette: InkPalette): IndexedPixels {
	const count = rgb.length / 3;
	const indices = new Uint8Array(count);
	// A card has a few thousand distinct colours (the edges' blends): each is worked out once.
	const known = new Map<number, number>();
	let worst2 = 0;
	let previous = -1;
	let previousIndex = 0;
	for (let p = 0, o = 0; p < count; p++, o += 3) {
		const packed = (rgb[o] << 16) | (rgb[o + 1] << 8) | rgb[o + 2];
		if (packed !== previous) {
			previous = packed;
			let entry = known.get(packed);
			if (entry === undefined) {
				const { index, distance2 } = nearest(rgb[o], rgb[o + 1], rgb[o + 2], palette);
				if (distance2 > worst2) worst2 = distance2;
				entry = index;
				known.set(packed, entry);
			}
			previousIndex = entry;
		}
		indices[p] = previousIndex;
	}
	return { indices, worst: Math.sqrt(worst2) };
}

/** The palette entry nearest one colour, and its squared distance. */
function nearest(red: number, green: number, blue: number, palette: InkPalette): { index: number; distance2: number } {
	const [br, bg, bb] = palette.background;
	const { steps } = palette;
	const r = red - br;
	const g = green - bg;
	const b = blue - bb;
	let index = 0;
	let distance2 = r * r + g * g + b * b;
	palette.inks.forEach((ink, k) => {
		const dr = ink[0] - br;
		const dg = ink[1] - bg;
		const db = ink[2] - bb;
		const length2 = dr * dr + dg * dg + db * db;
		if (length2 === 0) return;
		const step = Math.min(steps, Math.max(0, Math.round(((r * dr + g * dg + b * db) / length2) * steps)));
		const c = step / steps;
		const d2 = (r - c * dr) ** 2 + (g - c * dg) ** 2 + (b - c * db) ** 2;
		if (d2 < distance2) {
			distance2 = d2;
			index = blendIndex(palette, k, step);
		}
	});
	return { index, distance2 };
}
