import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';
import { woffToSfnt } from './sfnt.ts';

/**
 * Card fonts: Noto Sans from @fontsource, read from node_modules once per process, never fetched.
 * satori keeps only the first font registered under a family name, so each unicode subset gets a
 * family of its own and the card's font-family lists them in fallback order. Scripts beyond Latin,
 * Cyrillic and Greek come from Noto Sans's sister packages (Arabic, Hebrew, Georgian, Armenian);
 * CJK fonts are megabytes each and are left out: the checker warns of characters no font draws.
 */

export type CardFontWeight = 400 | 700;

export interface CardFont {
	name: string;
	weight: CardFontWeight;
	style: 'normal';
	data: Buffer;
}

export const fontSubsets = [
	{ subset: 'latin', family: 'Noto Sans', file: 'noto-sans/files/noto-sans-latin' },
	{ subset: 'latin-ext', family: 'Noto Sans Latin Ext', file: 'noto-sans/files/noto-sans-latin-ext' },
	{ subset: 'cyrillic', family: 'Noto Sans Cyrillic', file: 'noto-sans/files/noto-sans-cyrillic' },
	{ subset: 'greek', family: 'Noto Sans Greek', file: 'noto-sans/files/noto-sans-greek' },
	{ subset: 'arabic', family: 'Noto Sans Arabic', file: 'noto-sans-arabic/files/noto-sans-arabic-arabic' },
	{ subset: 'hebrew', family: 'Noto Sans Hebrew', file: 'noto-sans-hebrew/files/noto-sans-hebrew-hebrew' },
	{ subset: 'georgian', family: 'Noto Sans Georgian', file: 'noto-sans-georgian/files/noto-sans-georgian-georgian' },
	{ subset: 'armenian', family: 'Noto Sans Armenian', file: 'noto-sans-armenian/files/noto-sans-armenian-armenian' },
] as const;

export type FontSubset = (typeof fontSubsets)[number]['subset'];

/** The card's font-family: every subset's family, in fallback order. */
export const cardFontFamily = fontSubsets.map((s) => `'${s.family}'`).join(', ');

const weights: CardFontWeight[] = [400, 700];
const require = createRequire(import.meta.url);
let loaded: CardFont[] | undefined;

/** Where @fontsource keeps a subset's WOFF file. */
export function woffFile(file: (typeof fontSubsets)[number]['file'], weight: CardFontWeight): string {
	return require.resolve(`@fontsource/${file}-${weight}-normal.woff`);
}

function readFonts(): CardFont[] {
	return fontSubsets.flatMap(({ file, family }) =>
		weights.map((weight) => ({
			name: family,
			weight,
			style: 'normal' as const,
			// WOFF (satori reads TTF, OTF and WOFF, not WOFF2), unwrapped to sfnt once here: satori,
			// fontkitten and HarfBuzz would each inflate it again in every thread that draws cards.
			data: woffToSfnt(readFileSync(woffFile(file, weight))),
		})),
	);
}

const chosen = new Map<string, CardFont[]>();

/**
 * Every card font, read once per process; `without` leaves subsets out (for tests that need a
 * glyph missing). The same list object comes back each time, so satori's font cache keeps hitting.
 */
export function cardFonts(without: FontSubset[] = []): CardFont[] {
	loaded ??= readFonts();
	const key = without.join(',');
	let fonts = chosen.get(key);
	if (!fonts) {
		const skipped = new Set<string>(fontSubsets.filter((s) => without.includes(s.subset)).map((s) => s.family));
		fonts = loaded.filter((font) => !skipped.has(font.name));
		chosen.set(key, fonts);
	}
	return fonts;
}

const parsed = new WeakMap<CardFont, Font>();

/** A card font parsed by fontkitten (metrics, character set, outlines), once per process. */
export function parsedFont(font: CardFont): Font {
	let found = parsed.get(font);
	if (!found) parsed.set(font, (found = create(font.data) as Font));
	return found;
}

/** A digest of the font bytes, for the card cache key. */
export function fontsDigest(fonts: CardFont[] = cardFonts()): string {
	const hash = createHash('sha256');
	for (const font of fonts) hash.update(`${font.name}:${font.weight}:${font.data.length}\n`).update(font.data);
	return hash.digest('hex');
}

/** The characters of `text` that no card font draws (they would show as boxes), each once, in order. */
export function undrawable(text: string, fonts: CardFont[] = cardFonts()): string[] {
	const missing = new Set<string>();
	for (const char of text) {
		const code = char.codePointAt(0)!;
		// Spaces, joiners and marks of direction draw nothing in any font.
		if (/[\s\p{Default_Ignorable_Code_Point}]/u.test(char)) continue;
		if (!fonts.some((font) => font.weight === 400 && parsedFont(font).hasGlyphForCodePoint(code))) missing.add(char);
	}
	return [...missing];
}
