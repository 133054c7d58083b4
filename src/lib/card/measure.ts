import { cardFonts, parsedFont, type CardFont, type CardFontWeight } from './fonts.ts';

/**
 * Text width from the card fonts' advance widths, with the same per-character fallback as satori
 * (first family that has the glyph). Kerning is left out, which only errs wide: a line measured
 * to fit does fit.
 */
export type Measure = (text: string, size: number, weight: CardFontWeight) => number;

export function textMeasure(fonts: CardFont[]): Measure {
	const parsed = fonts.map((font) => ({ weight: font.weight, font: parsedFont(font) }));
	const ems = new Map<string, number>();
	const em = (codePoint: number, weight: CardFontWeight) => {
		const key = `${weight}:${codePoint}`;
		let width = ems.get(key);
		if (width === undefined) {
			const candidates = parsed.filter((p) => p.weight === weight);
			const font = (candidates.find((p) => p.font.hasGlyphForCodePoint(codePoint)) ?? candidates[0]).font;
			width = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
			ems.set(key, width);
		}
		return width;
	};
	return (text, size, weight) => {
		let total = 0;
		for (const char of text) total += em(char.codePointAt(0)!, weight);
		return total * size;
	};
}

let measure: Measure | undefined;

/** The measure for the card fonts, built once per process. */
export function cardMeasure(): Measure {
	measure ??= textMeasure(cardFonts());
	return measure;
}
