import type { Locale } from './locales';

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
