import type { PaginateFunction } from 'astro';
import { categoryPath, munitionPath, regionPath, tagPath, yearPath } from '../lib/paths';
import { archiveStats, groupsOf, monthsBetween, type SliceKind } from '../lib/slices';
import { largest, type Group } from '../lib/stats';
import type { Month } from '../lib/stats-charts';
import { countedDigest, pagesKeyedOnTheirBriefs } from '../lib/listing-key';
import { getArchive, listedBrief, type ArchiveBrief } from './archive';

/** Totals and groupings of the whole archive, computed once per build and shared by all pages. */

let stats: ReturnType<typeof readStats> | undefined;

async function readStats() {
	const { briefs, taxonomies } = await getArchive();
	const totals = archiveStats(briefs, taxonomies);
	const { groups } = totals;
	const byMonth = new Map(groups.month.map((group) => [group.key, group]));
	const keys = groups.month.map((g) => g.key);
	const months: Month[] = keys.length
		? monthsBetween(keys[0], keys.at(-1)!).map((key) => {
				const group = byMonth.get(key);
				return group ? { key, group, categories: groupsOf('category', group.items, taxonomies) } : { key };
			})
		: [];
	return {
		...totals,
		months,
		largest: { killed: largest(briefs, 'killed', 10), launched: largest(briefs, 'launched', 10) },
	};
}

export function getStats() {
	if (!stats || import.meta.env.DEV) stats = readStats();
	return stats;
}

/** The kinds of slice that have their own pages, and where each slice lives. */
export const slicePath: Record<SliceKind, (key: string) => string> = {
	year: yearPath,
	region: regionPath,
	munition: munitionPath,
	category: categoryPath,
	tag: tagPath,
};

/** Listings stay under about 200 KB of HTML however many briefs there are. */
export const listingPageSize = 100;

export interface SliceProps {
	kind: SliceKind;
	group: Group<ArchiveBrief>;
}

/**
 * The kinds whose pages count only their slice's briefs, their share card included (a region's or a
 * munition type's card, src/lib/card/archive-cards.ts). A year's or tag's page shows the home card,
 * which counts the whole archive; a category's card adds a line per munition type of the category,
 * counting briefs whose entries of that type are not counted in the category.
 */
const countsOnlyItsSlice: Record<SliceKind, boolean> = { region: true, munition: true, category: false, year: false, tag: false };

/**
 * One listing per slice of a kind, split into pages: /regions/<id>/, /regions/<id>/2/, … Each page
 * is keyed on the briefs it lists and on what it counts: its slice, or the whole archive.
 */
export async function slicePaths(kind: SliceProps['kind'], param: string, paginate: PaginateFunction) {
	const { groups } = await getStats();
	const { sharedDigest, counted } = await getArchive();
	return groups[kind].flatMap((group) => {
		const pages = paginate(group.items, { params: { [param]: group.key }, props: { kind, group } satisfies SliceProps, pageSize: listingPageSize });
		return pagesKeyedOnTheirBriefs(pages, listedBrief, countsOnlyItsSlice[kind] ? countedDigest(group.items, sharedDigest) : counted);
	});
}
