import type { Brief } from './brief.ts';
import { addBounds, isCounted, munitionTotal, type BriefView, type MunitionRow } from './brief-view.ts';
import { boundsText, formatCount, interceptedShare, shareText, type Bounds } from './figure.ts';
import { countOf } from './i18n/format.ts';
import { useTranslations, type Locale } from './i18n/index.ts';

/**
 * Totals over sets of briefs. A figure a brief does not report is counted as not reported,
 * never as zero; combined munition counts (`includes`) are never added again.
 */

export interface Briefed {
	slug: string;
	brief: Brief;
	view: BriefView;
}

export const measures = ['killed', 'injured', 'children_killed', 'children_injured', 'launched', 'intercepted'] as const;
export type Measure = (typeof measures)[number];

/** Which munition rows a total looks at; every row when absent. */
export type RowFilter = (row: MunitionRow) => boolean;

export interface Total {
	/** min: sum of lower bounds; max: sum of upper bounds, absent when any is open-ended. Absent when none reports it. */
	bounds?: Bounds;
	/** Briefs that report the figure, and briefs that do not. */
	reported: number;
	unreported: number;
}

export interface Share {
	/** Percent intercepted, as bounds; absent when no entry reports both figures with an upper bound on launched. */
	bounds?: Bounds;
	/** Munition entries the share is taken over, and the briefs they come from. */
	entries: number;
	briefs: number;
}

export interface Summary {
	briefs: number;
	totals: Record<Measure, Total>;
	share: Share;
}

/** One brief's figure for a measure; launched and intercepted over the rows `rows` selects. */
export function figureOf(item: Briefed, measure: Measure, rows?: RowFilter): Bounds | undefined {
	if (measure === 'launched' || measure === 'intercepted') {
		return rows ? munitionTotal(item.view.munitions.filter(rows), measure) : item.view[measure];
	}
	return item.view.casualties.find((row) => row.key === measure)?.figure;
}

export function total(items: Briefed[], measure: Measure, rows?: RowFilter): Total {
	const reported = items.flatMap((item) => figureOf(item, measure, rows) ?? []);
	return {
		...(reported.length ? { bounds: addBounds(reported) } : {}),
		reported: reported.length,
		unreported: items.length - reported.length,
	};
}

/**
 * Intercepted over launched, summed over the counted munition entries that report both. An entry whose
 * launched figure is open-ended cannot bound a share and is left out.
 */
export function shareOver(items: Briefed[], rows?: RowFilter): Share {
	let briefs = 0;
	const launched: Bounds[] = [];
	const intercepted: Bounds[] = [];
	for (const item of items) {
		const entries = item.view.munitions.filter(
			(row) => isCounted(row) && (!rows || rows(row)) && row.intercepted && row.launched?.max !== undefined,
		);
		if (entries.length) briefs++;
		for (const row of entries) {
			launched.push(row.launched!);
			intercepted.push(row.intercepted!);
		}
	}
	const bounds = launched.length ? interceptedShare(addBounds(intercepted)!, addBounds(launched)!) : undefined;
	return { ...(bounds ? { bounds } : {}), entries: launched.length, briefs };
}

export function summarize(items: Briefed[], rows?: RowFilter): Summary {
	const totals = Object.fromEntries(measures.map((m) => [m, total(items, m, rows)])) as Record<Measure, Total>;
	return { briefs: items.length, totals, share: shareOver(items, rows) };
}

export interface Group<T extends Briefed = Briefed> {
	key: string;
	label: string;
	/** The group's briefs, in the order given. */
	items: T[];
	summary: Summary;
}

export interface Grouping {
	/** The keys a brief belongs to; a brief may belong to several groups or none. */
	keysOf(item: Briefed): string[];
	label(key: string): string;
	/** For groupings by munition: which rows of a brief belong to the group. */
	rows?(key: string): RowFilter;
}

/** Groups briefs by key, in order of first appearance, each with its own summary. */
export function groupBy<T extends Briefed>(items: T[], grouping: Grouping): Group<T>[] {
	const byKey = new Map<string, T[]>();
	for (const item of items) {
		for (const key of new Set(grouping.keysOf(item))) {
			const members = byKey.get(key) ?? [];
			members.push(item);
			byKey.set(key, members);
		}
	}
	return [...byKey].map(([key, members]) => ({
		key,
		label: grouping.label(key),
		items: members,
		summary: summarize(members, grouping.rows?.(key)),
	}));
}

export interface Ranked {
	item: Briefed;
	bounds: Bounds;
}

/** The briefs with the largest lower bound of a measure; ties go to the newer brief, then by slug. */
export function largest(items: Briefed[], measure: Measure, count: number): Ranked[] {
	return items
		.flatMap((item) => {
			const bounds = figureOf(item, measure);
			return bounds ? [{ item, bounds }] : [];
		})
		.sort(
			(a, b) =>
				b.bounds.min - a.bounds.min ||
				b.item.brief.date.localeCompare(a.item.brief.date) ||
				a.item.slug.localeCompare(b.item.slug),
		)
		.slice(0, count);
}

/** "1,234–1,300", "at least 7", or "not reported". */
export function totalText(total: Total, locale: Locale = 'en'): string {
	return total.bounds ? boundsText(total.bounds, locale) : useTranslations(locale)('figure.notReported');
}

/** "83.2% over 3 entries in 2 briefs". */
export function shareSummaryText(share: Share, locale: Locale = 'en'): string {
	const t = useTranslations(locale);
	if (!share.bounds) return t('share.none');
	return t('share.over', {
		share: shareText(share.bounds, locale),
		entries: countOf(share.entries, 'entry', locale),
		briefs: countOf(share.briefs, 'brief', locale),
		entryCount: formatCount(share.entries, locale),
		briefCount: formatCount(share.briefs, locale),
	});
}
