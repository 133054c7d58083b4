import { defaultLocale, locales } from '../i18n/locales.ts';
import type { Finding } from './problem.ts';

type Named = { id: string; names?: Record<string, string> };

const otherLocales: readonly string[] = locales.filter((locale) => locale !== defaultLocale);

/** Names keyed by a language the site is not published in besides English (`name` is the English one). */
function unknownLanguages(items: readonly Named[]): Finding[] {
	return items.flatMap((item, i) =>
		Object.keys(item.names ?? {})
			.filter((lang) => !otherLocales.includes(lang))
			.sort()
			.map((lang) => ({
				path: [i, 'names', lang],
				message: `"${lang}" is not another language of the site; give names in: ${otherLocales.join(', ')} (name is the English one)`,
			})),
	);
}

/**
 * A taxonomy names its entries in a language for all of them or for none: once any entry has a
 * name in a language, every entry needs one, so no page in that language shows an English name.
 */
export function missingNames(items: readonly Named[]): Finding[] {
	const languages = otherLocales.filter((lang) => items.some((item) => item.names?.[lang] !== undefined));
	const missing = items.flatMap((item, i) =>
		languages
			.filter((lang) => item.names?.[lang] === undefined)
			.map((lang) => {
				const named = items.find((other) => other.names?.[lang] !== undefined)!;
				return {
					path: item.names ? [i, 'names'] : [i, 'id'],
					message: `"${item.id}" has no names.${lang}, while other entries have one (such as "${named.id}"); give every entry a name in ${lang}`,
				};
			}),
	);
	return [...unknownLanguages(items), ...missing];
}
