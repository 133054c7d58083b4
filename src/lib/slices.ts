import { isCounted } from './brief-view';
import { groupBy, summarize, type Briefed, type Group, type Grouping } from './stats';
import { munitionCategories, munitionCategoryLabels, type MunitionCategory, type Taxonomies } from './taxonomy';

/** The ways the archive is cut: by time, place, weapon and tag. Each kind but month has its own pages. */

export const groupingKinds = ['month', 'year', 'region', 'munition', 'category', 'tag'] as const;
export type GroupingKind = (typeof groupingKinds)[number];

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-09" → "September 2025". */
export function monthLabel(month: string): string {
	return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

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
		month: { keysOf: (item) => [item.brief.date.slice(0, 7)], label: monthLabel },
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

/** How a slice's page introduces itself. */
export function sliceText(kind: SliceKind, group: Group, taxonomies: Taxonomies): { title: string; description: string; note?: string } {
	const munitionNote = `Launched and intercepted count ${group.label} only; casualties are those of the briefs that list it, whatever weapon caused them.`;
	switch (kind) {
		case 'year':
			return { title: `Briefs of ${group.key}`, description: `Incidents in ${group.key}, newest first, with their totals.` };
		case 'region':
			return { title: group.label, description: `Incidents in ${group.label}, newest first, with their totals.` };
		case 'munition':
			return {
				title: group.label,
				description: taxonomies.munitions.get(group.key)?.description ?? `Incidents in which ${group.label} were used.`,
				note: munitionNote,
			};
		case 'category':
			return { title: group.label, description: `Incidents in which ${group.label.toLowerCase()} were used, newest first.`, note: munitionNote };
		case 'tag':
			return { title: `Tagged “${group.key}”`, description: `Briefs tagged “${group.key}”, newest first, with their totals.` };
	}
}
