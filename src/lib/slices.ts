import { isCounted } from './brief-view.ts';
import { groupBy, summarize, type Briefed, type Group, type Grouping } from './stats.ts';
import { monthText } from './i18n/format.ts';
import { useTranslations, type Locale } from './i18n/index.ts';
import { groupLabel } from './i18n/names.ts';
import { munitionCategories, munitionCategoryLabels, type MunitionCategory, type Taxonomies } from './taxonomy.ts';

/** The ways the archive is cut: by time, place, weapon and tag. Each kind but month has its own pages. */

export const groupingKinds = ['month', 'year', 'region', 'munition', 'category', 'tag'] as const;
export type GroupingKind = (typeof groupingKinds)[number];

/** Every month from `first` to `last` inclusive, as YYYY-MM. */
export function monthsBetween(first: string, last: string): string[] {
	const months: string[] = [];
	let [year, month] = first.split('-').map(Number);
	for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
		months.push(key);
		[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
	}
	return months;
}

/** A brief belongs to a munition type when it lists it, and to a category when a counted entry has it. */
export function groupings(taxonomies: Taxonomies): Record<GroupingKind, Grouping> {
	return {
		month: { keysOf: (item) => [item.brief.date.slice(0, 7)], label: (key) => monthText(key) },
		year: { keysOf: (item) => [item.brief.date.slice(0, 4)], label: (key) => key },
		region: {
			keysOf: (item) => (item.brief.location.region ? [item.brief.location.region] : []),
			label: (key) => taxonomies.regions.get(key)?.name ?? key,
		},
		munition: {
			keysOf: (item) => item.view.munitions.map((row) => row.type),
			label: (key) => taxonomies.munitions.get(key)?.name ?? key,
			rows: (key) => (row) => row.type === key,
		},
		category: {
			keysOf: (item) => categoriesOf(item),
			label: (key) => munitionCategoryLabels[key as MunitionCategory] ?? key,
			rows: (key) => (row) => row.category === key,
		},
		tag: { keysOf: (item) => item.brief.tags ?? [], label: (key) => key },
	};
}

/** The categories of a brief's counted munition entries, in the order listed. */
export function categoriesOf(item: Briefed): MunitionCategory[] {
	return [...new Set(item.view.munitions.filter(isCounted).map((row) => row.category))];
}

/** How each kind's groups are ordered: time ascending, taxonomies in file order, tags alphabetically. */
function order(kind: GroupingKind, taxonomies: Taxonomies): (a: Group, b: Group) => number {
	const rank = (keys: string[]) => (a: Group, b: Group) => keys.indexOf(a.key) - keys.indexOf(b.key);
	switch (kind) {
		case 'region':
			return rank([...taxonomies.regions.keys()]);
		case 'munition':
			return rank([...taxonomies.munitions.keys()]);
		case 'category':
			return rank([...munitionCategories]);
		default:
			return (a, b) => a.key.localeCompare(b.key);
	}
}

/** The groups of one kind over a set of briefs, in the kind's order. */
export function groupsOf<T extends Briefed>(kind: GroupingKind, items: T[], taxonomies: Taxonomies): Group<T>[] {
	return groupBy(items, groupings(taxonomies)[kind]).sort(order(kind, taxonomies));
}

/** The archive's totals and every kind's groups: what the pages and the share cards show. */
export function archiveStats<T extends Briefed>(briefs: T[], taxonomies: Taxonomies) {
	const groups = Object.fromEntries(groupingKinds.map((kind) => [kind, groupsOf(kind, briefs, taxonomies)])) as Record<GroupingKind, Group<T>[]>;
	return { briefs, taxonomies, summary: summarize(briefs), groups };
}

export type ArchiveStats<T extends Briefed = Briefed> = ReturnType<typeof archiveStats<T>>;

export type SliceKind = Exclude<GroupingKind, 'month'>;

/** How a slice's page introduces itself, in a locale. */
export function sliceText(kind: SliceKind, group: Group, taxonomies: Taxonomies, locale: Locale = 'en'): { title: string; description: string; note?: string } {
	const t = useTranslations(locale);
	const name = groupLabel(kind, group.key, taxonomies, locale);
	const munitionNote = t('slice.munitionNote', { name });
	switch (kind) {
		case 'year':
			return { title: t('slice.yearTitle', { year: group.key }), description: t('slice.yearDescription', { year: group.key }) };
		case 'region':
			return { title: name, description: t('slice.regionDescription', { name }) };
		case 'munition': {
			const description = locale === 'en' ? taxonomies.munitions.get(group.key)?.description : undefined;
			return { title: name, description: description ?? t('slice.munitionDescription', { name }), note: munitionNote };
		}
		case 'category':
			return { title: name, description: t('slice.categoryDescription', { name: locale === 'en' ? name.toLowerCase() : name }), note: munitionNote };
		case 'tag':
			return { title: t('slice.tagTitle', { tag: group.key }), description: t('slice.tagDescription', { tag: group.key }) };
	}
}
