import { createRequire } from 'node:module';
import { parsedFont, type CardFont, type CardFontWeight } from './fonts.ts';

/**
 * Text to positioned glyphs the way satori draws it: each grapheme takes the first font of the
 * family list that has it (a space stays with the font before it), else the list's last font;
 * each run of one font is shaped by HarfBuzz, the engine satori itself uses, so kerning and
 * advances come out the same.
 */

interface HarfBuzzFont {
	setScale(x: number, y: number): void;
	glyphToJson(glyph: number): { type: 'M' | 'L' | 'Q' | 'C' | 'Z'; values: number[] }[];
}
interface HarfBuzzBuffer {
	addText(text: string): void;
	guessSegmentProperties(): void;
	json(): { g: number; cl: number; ax: number; dx: number; dy: number }[];
	destroy(): void;
}
interface HarfBuzz {
	createBlob(data: Uint8Array): { destroy(): void };
	createFace(blob: unknown, index: number): { destroy(): void };
	createFont(face: unknown): HarfBuzzFont;
	createBuffer(): HarfBuzzBuffer;
	shape(font: HarfBuzzFont, buffer: HarfBuzzBuffer): void;
}

export interface ShapingFace {
	/** Index in the font list: part of a glyph's identity. */
	id: number;
	name: string;
	weight: CardFontWeight;
	unitsPerEm: number;
	has(codePoint: number): boolean;
	/** The glyph's outline in font units, y up: satori draws the same outline. */
	outline(glyph: number): { type: 'M' | 'L' | 'Q' | 'C' | 'Z'; values: number[] }[];
	hb: HarfBuzzFont;
}

export interface PlacedGlyph {
	face: ShapingFace;
	glyph: number;
	/** Glyph origin, in pixels from the run's origin (x right, y down). */
	x: number;
	y: number;
}

export interface Shaper {
	faces: ShapingFace[];
	/** Glyphs of one run of text set in `families` (names as in the fonts, any case) at `size` pixels. */
	shape(text: string, families: string[], weight: CardFontWeight, size: number): PlacedGlyph[];
}

let harfBuzz: Promise<HarfBuzz> | undefined;
const shapers = new WeakMap<CardFont[], Promise<Shaper>>();

/** The shaper for a font list, made once per list (HarfBuzz loads once per process). */
export function cardShaper(fonts: CardFont[]): Promise<Shaper> {
	let shaper = shapers.get(fonts);
	if (!shaper) {
		harfBuzz ??= createRequire(import.meta.url)('harfbuzzjs') as Promise<HarfBuzz>;
		shaper = harfBuzz.then((hb) => makeShaper(hb, fonts));
		shapers.set(fonts, shaper);
	}
	return shaper;
}

function makeShaper(hb: HarfBuzz, fonts: CardFont[]): Shaper {
	const faces: ShapingFace[] = fonts.map((font, id) => {
		const parsed = parsedFont(font);
		const blob = hb.createBlob(font.data);
		const face = hb.createFace(blob, 0);
		const hbFont = hb.createFont(face);
		hbFont.setScale(parsed.unitsPerEm, parsed.unitsPerEm);
		const outlines = new Map<number, ReturnType<HarfBuzzFont['glyphToJson']>>();
		return {
			id,
			name: font.name.toLowerCase(),
			weight: font.weight,
			unitsPerEm: parsed.unitsPerEm,
			has: (codePoint) => parsed.hasGlyphForCodePoint(codePoint),
			outline: (glyph) => {
				let outline = outlines.get(glyph);
				if (!outline) outlines.set(glyph, (outline = hbFont.glyphToJson(glyph)));
				return outline;
			},
			hb: hbFont,
		};
	});
	const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

	const shapeRun = (text: string, face: ShapingFace, size: number, origin: number, out: PlacedGlyph[]) => {
		const buffer = hb.createBuffer();
		try {
			buffer.addText(text);
			buffer.guessSegmentProperties();
			hb.shape(face.hb, buffer);
			const scale = size / face.unitsPerEm;
			let x = origin;
			for (const g of buffer.json()) {
				out.push({ face, glyph: g.g, x: x + g.dx * scale, y: -g.dy * scale });
				x += g.ax * scale;
			}
			return x;
		} finally {
			buffer.destroy();
		}
	};

	return {
		faces,
		shape(text, families, weight, size) {
			const wanted = families.map((f) => f.toLowerCase());
			const list = wanted.flatMap((name) => faces.filter((f) => f.name === name && f.weight === weight));
			if (!list.length) throw new Error(`no card font of weight ${weight} in the families ${families.join(', ')}`);
			const pick = (grapheme: string, previous: ShapingFace | undefined) => {
				const codePoint = grapheme.codePointAt(0)!;
				if (previous && /^\s$/.test(grapheme) && previous.has(codePoint)) return previous;
				return list.find((face) => face.has(codePoint)) ?? list.at(-1)!;
			};
			const glyphs: PlacedGlyph[] = [];
			let x = 0;
			let segment = '';
			let face: ShapingFace | undefined;
			for (const { segment: grapheme } of graphemes.segment(text)) {
				const chosen = pick(grapheme, face);
				if (face && chosen !== face) {
					x = shapeRun(segment, face, size, x, glyphs);
					segment = '';
				}
				face = chosen;
				segment += grapheme;
			}
			if (face && segment) shapeRun(segment, face, size, x, glyphs);
			return glyphs;
		},
	};
}
