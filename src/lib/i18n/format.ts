import { intlLocale, nouns, type Noun } from './index.ts';
import type { Locale } from './locales.ts';

/** Numbers, dates and counted nouns in a locale, through Intl: "1 905", "7 вересня 2025 р.", "5 довідок". */

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const percentFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();

function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
	let value = map.get(key);
	if (value === undefined) map.set(key, (value = make()));
	return value;
}

/** "1,905" in English, "1 905" (no-break space) in Ukrainian. */
export function formatCount(n: number, locale: Locale = 'en'): string {
	return cached(numberFormats, locale, () => new Intl.NumberFormat(intlLocale[locale])).format(n);
}

/** "92.2%" in English, "92,2 %" in Ukrainian; `x` is in percent already. */
export function percentText(x: number, locale: Locale = 'en'): string {
	return cached(percentFormats, locale, () => new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 1 })).format(x / 100);
}

/** The noun's form for a count: "1 brief", "3 briefs"; "1 довідка", "3 довідки", "5 довідок". */
export function nounFor(n: number, noun: Noun, locale: Locale = 'en'): string {
	const rule = cached(pluralRules, locale, () => new Intl.PluralRules(intlLocale[locale])).select(n);
	const forms = nouns[locale][noun];
	const form = forms[rule] ?? forms.other;
	if (form === undefined) throw new Error(`no ${rule} form of "${noun}" in ${locale}`);
	return form;
}

/** A count with its noun: "1,905 briefs", "1 905 довідок". */
export function countOf(n: number, noun: Noun, locale: Locale = 'en'): string {
	return `${formatCount(n, locale)} ${nounFor(n, noun, locale)}`;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}:${JSON.stringify(options)}`;
	return cached(dateFormats, key, () => new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: 'UTC' }));
}

/** "2025-09-07" → "7 September 2025", "7 вересня 2025 р.". */
export function dateText(date: string, locale: Locale = 'en'): string {
	return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
}

/** "2025-09" → "September 2025", "вересень 2025 р.". */
export function monthText(month: string, locale: Locale = 'en'): string {
	return dateFormat(locale, { month: 'long', year: 'numeric' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** "drones and decoys, missiles" joined as the language does: "a, b and c", "a, b і c". */
export function listText(items: string[], locale: Locale = 'en'): string {
	return cached(listFormats, locale, () => new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' })).format(items);
}
