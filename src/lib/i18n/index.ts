import { en, enNouns, type DictionaryKey, type Noun } from './en.ts';
import { defaultLocale, type Locale } from './locales.ts';
import { uk, ukNouns } from './uk.ts';

/** The dictionaries, one per locale: every string a reader sees comes from here. */
export const dictionaries: Record<Locale, Record<DictionaryKey, string>> = { en, uk };
export const nouns: Record<Locale, Record<Noun, Partial<Record<Intl.LDMLPluralRule, string>>>> = { en: enNouns, uk: ukNouns };

/** BCP 47 tags for Intl and og:locale: Ukrainian numbers and dates as written in Ukraine. */
export const intlLocale: Record<Locale, string> = { en: 'en-GB', uk: 'uk-UA' };
export const ogLocale: Record<Locale, string> = { en: 'en_GB', uk: 'uk_UA' };

export type Vars = Record<string, string | number>;

/** Fills `{name}` in a template; a name the template asks for and `vars` lacks is an error, not a blank. */
export function fill(template: string, vars: Vars = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		if (!(name in vars)) throw new Error(`"${template}" needs {${name}}`);
		return String(vars[name]);
	});
}

export type Translate = (key: DictionaryKey, vars?: Vars) => string;

/** The translator of a locale: `t('nav.briefs')`, `t('pager.range', { from, to, total })`. */
export function useTranslations(locale: Locale = defaultLocale): Translate {
	const dictionary = dictionaries[locale];
	return (key, vars) => fill(dictionary[key], vars);
}

/** A dictionary entry with its `{placeholders}` kept, for components that put elements there (see `around`). */
export function template(locale: Locale, key: DictionaryKey): string {
	return dictionaries[locale][key];
}

/**
 * A template split around one placeholder, for components that put an element there:
 * `around(template(locale, 'footer.method'), 'link')` → ["Every figure cites its source; see ", "."].
 */
export function around(template: string, name: string): [string, string] {
	const [before, after = ''] = template.split(`{${name}}`);
	return [before, after];
}

export { defaultLocale, isLocale, locales, type Locale } from './locales.ts';
export type { DictionaryKey, Noun } from './en.ts';
