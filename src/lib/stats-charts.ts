import type { BarRow, ColumnInput } from './chart.ts';
import { boundsText } from './figure.ts';
import type { Group, Measure } from './stats.ts';
import { countOf, monthText } from './i18n/format.ts';
import { useTranslations, type Locale } from './i18n/index.ts';
import { casualtyLabel, categoryLabel } from './i18n/names.ts';
import { munitionCategories } from './taxonomy.ts';

/** What the charts on /stats/ plot: lower bounds, per month and per region. */

export interface Month {
	key: string;
	/** The month's briefs by munition category; absent for a month without briefs. */
	categories?: Group[];
	group?: Group;
}

/** One column per month; the first month of each year carries the year as its tick. */
function monthColumns(months: Month[], locale: Locale) {
	return months.map(({ key }, i) => ({
		key,
		label: monthText(key, locale),
		...(key.endsWith('-01') || i === 0 ? { tick: key.slice(0, 4) } : {}),
	}));
}

const lower = (group: Group | undefined, measure: Measure) => group?.summary.totals[measure].bounds?.min;

/** The categories that appear in any month, in category order. */
export function categoriesIn(months: Month[], locale: Locale = 'en') {
	const present = new Set(months.flatMap((m) => m.categories?.map((g) => g.key) ?? []));
	return munitionCategories.filter((c) => present.has(c)).map((key) => ({ key, label: categoryLabel(key, locale) }));
}

/** Launched or intercepted per month, stacked by munition category. */
export function munitionsByMonth(months: Month[], measure: 'launched' | 'intercepted', locale: Locale = 'en'): ColumnInput {
	const series = categoriesIn(months, locale);
	return {
		columns: monthColumns(months, locale),
		series,
		values: months.map((m) => series.map((s) => lower(m.categories?.find((g) => g.key === s.key), measure))),
		mode: 'stacked',
	};
}

/** Whether a chart has anything to draw: some month with a value. */
export function hasValues(input: ColumnInput): boolean {
	return input.values.some((column) => column.some((value) => value !== undefined));
}

/** Killed and injured per month, side by side. */
export function casualtiesByMonth(months: Month[], locale: Locale = 'en'): ColumnInput {
	return {
		columns: monthColumns(months, locale),
		series: [
			{ key: 'killed', label: casualtyLabel('killed', locale) },
			{ key: 'injured', label: casualtyLabel('injured', locale) },
		],
		values: months.map((m) => [lower(m.group, 'killed'), lower(m.group, 'injured')]),
		mode: 'grouped',
	};
}

/** The regions with the most people killed (lower bound), then the most briefs. */
export function topRegions(regions: Group[], count: number, href: (key: string) => string, locale: Locale = 'en', label: (key: string) => string = (key) => key): BarRow[] {
	const t = useTranslations(locale);
	return regions
		.map((group) => ({ group, killed: lower(group, 'killed') ?? 0 }))
		.sort((a, b) => b.killed - a.killed || b.group.items.length - a.group.items.length || a.group.label.localeCompare(b.group.label))
		.slice(0, count)
		.map(({ group, killed }) => {
			const bounds = group.summary.totals.killed.bounds;
			return {
				label: locale === 'en' ? group.label : label(group.key),
				value: killed,
				text: t('stats.regionRow', { killed: bounds ? boundsText(bounds, locale) : t('figure.notReported'), briefs: countOf(group.items.length, 'brief', locale) }),
				href: href(group.key),
			};
		});
}
