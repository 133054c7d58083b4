import type { Locale } from './locales.ts';

/**
 * The language of a text the site did not write (a source's title, its publisher), told by its script:
 * Cyrillic is Ukrainian, anything else English. Pages mark such text with `lang` where it differs from the page's.
 */
export function scriptLang(text: string): Locale {
	return /\p{Script=Cyrillic}/u.test(text) ? 'uk' : 'en';
}

/** The `lang` attribute a piece of text needs inside a page in `pageLocale`: none when they agree. */
export function langAttr(textLang: Locale, pageLocale: Locale): Locale | undefined {
	return textLang === pageLocale ? undefined : textLang;
}

/** The `lang` a brief's text needs on a page, by the key of the place it stands in (a note key, `targets[0]`, `location.place`). */
export type NoteLang = (key: string) => Locale | undefined;

/**
 * On a page in `pageLocale` showing text in `textLang`: the `lang` of each part, where the parts named
 * in `leftover` are still the original's (in `originalLang`), as a translation that lacks them shows them.
 */
export function partLang(pageLocale: Locale, textLang: Locale, originalLang: Locale, leftover: readonly string[] = []): NoteLang {
	const left = new Set(leftover);
	return (key) => langAttr(left.has(key) ? originalLang : textLang, pageLocale);
}
