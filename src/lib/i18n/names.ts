import type { CasualtyKey } from '../brief.ts';
import type { Measure } from '../stats.ts';
import type { MunitionCategory, MunitionType, Region, Taxonomies } from '../taxonomy.ts';
import { useTranslations } from './index.ts';
import { monthText } from './format.ts';
import type { Locale } from './locales.ts';

/** Names of the archive's things in a locale: taxonomy entries by their `names`, labels from the dictionary. */

type Named = Pick<Region, 'name'> & { names?: Partial<Record<string, string>> };

/** `names[locale]`, else the entry's own (English) name. */
export function localName(entry: Named, locale: Locale): string {
	return (locale === 'en' ? undefined : entry.names?.[locale]) ?? entry.name;
}

/** Whether `localName` had a name in `locale`, so a page can mark an English fallback with lang="en". */
export function hasLocalName(entry: Named, locale: Locale): boolean {
	return locale === 'en' || Boolean(entry.names?.[locale]);
}

export function regionName(id: string, taxonomies: Taxonomies, locale: Locale): string {
	const region = taxonomies.regions.get(id);
	return region ? localName(region, locale) : id;
}

export function munitionName(id: string, taxonomies: Taxonomies, locale: Locale): string {
	const type: (MunitionType & { names?: Record<string, string> }) | undefined = taxonomies.munitions.get(id);
	return type ? localName(type, locale) : id;
}

export function categoryLabel(category: MunitionCategory, locale: Locale): string {
	return useTranslations(locale)(`category.${category}`);
}

export function casualtyLabel(key: CasualtyKey, locale: Locale): string {
	return useTranslations(locale)(`casualty.${key}`);
}

export function measureLabel(measure: Measure, locale: Locale): string {
	return measure === 'launched' || measure === 'intercepted' ? useTranslations(locale)(`measure.${measure}`) : casualtyLabel(measure, locale);
}

/** A group's label in a locale: a month, a region, a munition type or category; years and tags are their own keys. */
export function groupLabel(kind: string, key: string, taxonomies: Taxonomies, locale: Locale): string {
	switch (kind) {
		case 'month':
			return monthText(key, locale);
		case 'region':
			return regionName(key, taxonomies, locale);
		case 'munition':
			return munitionName(key, taxonomies, locale);
		case 'category':
			return categoryLabel(key as MunitionCategory, locale);
		default:
			return key;
	}
}
