import type { Finding } from './problem';

/**
 * A taxonomy names its entries in a language for all of them or for none: once any entry has a
 * name in a language, every entry needs one, so no page in that language shows an English name.
 */
export function missingNames(items: readonly { id: string; names?: Record<string, string> }[]): Finding[] {
	const languages = [...new Set(items.flatMap((item) => Object.keys(item.names ?? {})))].sort();
	return items.flatMap((item, i) =>
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
}
