import { load } from 'cheerio';
import { en } from '../../src/lib/i18n/en.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { uk } from '../../src/lib/i18n/uk.ts';

/** What the bilingual tests read from built pages: text by language, and the words each dictionary owns. */

const dictionaries = { en, uk } as Record<Locale, Record<string, string>>;

/**
 * The phrases only one language's dictionary has: each value cut at its placeholders, trimmed of
 * punctuation, kept when it has a word of three letters or more and the other language lacks it.
 */
export function ownPhrases(locale: Locale): string[] {
	const other = locale === 'en' ? 'uk' : 'en';
	const otherText = Object.values(dictionaries[other]).join('\n');
	const phrases = Object.values(dictionaries[locale]).flatMap((value) =>
		value
			.split(/\{\w+\}/)
			.map((part) => part.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
			.filter((part) => /\p{L}{3}/u.test(part) && !otherText.includes(part)),
	);
	return [...new Set(phrases)];
}

/** The text a reader sees in the page's own language: title, body text and aria-labels outside elements marked with another `lang`. */
export function textInPageLanguage(html: string): { lang: string; text: string } {
	const $ = load(html);
	const lang = $('html').attr('lang') ?? '';
	$('script, style, [hidden]').remove();
	$('title[lang], body [lang]').filter((_, el) => $(el).attr('lang') !== lang).remove();
	const labels = $('body [aria-label]').map((_, el) => $(el).attr('aria-label')).get();
	return { lang, text: [$('title').text(), $('body').text(), ...labels].join(' ').replace(/\s+/g, ' ') };
}

/** Where `phrase` stands in `text` as whole words (not inside a longer word). */
export function containsPhrase(text: string, phrase: string): boolean {
	const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The numbers in a text as figures say them, whatever the language's separators: "1,905" and "1 905" → 1905, "92,2" → 92.2. */
export function numbersIn(text: string, locale: Locale): number[] {
	const plain = locale === 'en' ? text.replace(/(\d),(?=\d{3}\b)/g, '$1') : text.replace(/(\d)[\u00a0\u202f ](?=\d{3}\b)/g, '$1').replace(/(\d),(\d)/g, '$1.$2');
	return [...plain.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}
