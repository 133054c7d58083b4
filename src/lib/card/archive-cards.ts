import { addBounds } from '../brief-view';
import { formatCount, type Bounds } from '../figure';
import { munitionCategories, munitionCategoryLabels, type MunitionCategory, type Taxonomies } from '../taxonomy';
import {
	briefCard,
	capitalise,
	categoryTotals,
	figuresSentence,
	homeCardPath,
	munitionPhrase,
	plural,
	sentences,
	type Card,
	type CardBrief,
	type CardTile,
} from './card.ts';

/**
 * Cards for the pages that sum several briefs: home, /stats/, each region, munition type and
 * category. They show totals, never a brief's own words, so editing one brief's title changes
 * that brief's card alone.
 */

/** Archive totals are lower bounds, as on the home page: the smallest figure each brief allows, added. */
function atLeast(bounds: Bounds): string {
	return `at least ${formatCount(bounds.min)}`;
}

function totalTile(label: string, parts: Bounds[]): CardTile[] {
	const sum = addBounds(parts);
	return sum ? [{ value: atLeast(sum), label }] : [];
}

function casualtyParts(briefs: CardBrief[], key: 'killed' | 'injured'): Bounds[] {
	return briefs.flatMap((b) => b.view.casualties.find((c) => c.key === key)?.figure ?? []);
}

function totalsTiles(briefs: CardBrief[]): CardTile[] {
	return [
		...totalTile('killed', casualtyParts(briefs, 'killed')),
		...totalTile('injured', casualtyParts(briefs, 'injured')),
		...totalTile('munitions launched', briefs.flatMap((b) => b.view.launched ?? [])),
		...totalTile('munitions intercepted', briefs.flatMap((b) => b.view.intercepted ?? [])),
	];
}

function span(briefs: CardBrief[]): string | undefined {
	const dates = briefs.map((b) => b.brief.date).sort();
	if (!dates.length) return undefined;
	return dates[0] === dates.at(-1) ? dates[0] : `${dates[0]} to ${dates.at(-1)}`;
}

function countsFooter(briefs: CardBrief[]): string {
	const sources = briefs.reduce((n, b) => n + b.brief.sources.length, 0);
	return `${plural(briefs.length, 'brief')} · ${plural(sources, 'source')}`;
}

interface Slice {
	page: string;
	path: string;
	kicker: string;
	title: string;
	briefs: CardBrief[];
	tiles: CardTile[];
	lines: string[];
	note?: string;
	empty: string;
}

function sliceCard(slice: Slice, site: string): Card {
	const { briefs } = slice;
	const footer = countsFooter(briefs);
	const figures = figuresSentence(slice);
	return {
		page: slice.page,
		path: slice.path,
		kicker: slice.kicker,
		title: slice.title,
		tiles: slice.tiles,
		lines: slice.lines,
		note: briefs.length ? slice.note : slice.empty,
		site,
		footer,
		alt: sentences(slice.title, slice.kicker.replaceAll(' · ', ', '), capitalise(figures) || slice.empty, footer.replace(' · ', ', ')),
	};
}

function categoryLines(briefs: CardBrief[]): string[] {
	const totals = new Map<MunitionCategory, { launched: Bounds[]; intercepted: Bounds[] }>();
	for (const { view } of briefs) {
		for (const t of categoryTotals(view.munitions)) {
			const entry = totals.get(t.category) ?? { launched: [], intercepted: [] };
			if (t.launched) entry.launched.push(t.launched);
			if (t.intercepted) entry.intercepted.push(t.intercepted);
			totals.set(t.category, entry);
		}
	}
	return munitionCategories.flatMap((category) => {
		const t = totals.get(category);
		return (t && munitionPhrase(category, addBounds(t.launched), addBounds(t.intercepted), atLeast)) ?? [];
	});
}

function launchedTiles(rows: { launched?: Bounds; intercepted?: Bounds }[]): CardTile[] {
	return [
		...totalTile('launched', rows.flatMap((r) => r.launched ?? [])),
		...totalTile('intercepted', rows.flatMap((r) => r.intercepted ?? [])),
	];
}

const countryNames = new Intl.DisplayNames('en', { type: 'region' });

export interface CardArchive {
	briefs: CardBrief[];
	taxonomies: Taxonomies;
}

/** Every card of the site: home, /stats/, each brief, region, munition type and munition category. */
export function archiveCards({ briefs, taxonomies }: CardArchive, site: { name: string; description: string }): Card[] {
	const cards: Card[] = [];
	const slice = (s: Omit<Slice, 'tiles' | 'lines'> & Partial<Pick<Slice, 'tiles' | 'lines'>>) =>
		cards.push(sliceCard({ tiles: totalsTiles(s.briefs), lines: [], ...s }, site.name));
	const during = span(briefs);
	slice({
		page: '/',
		path: homeCardPath,
		kicker: during ? `Sourced incident briefs · ${during}` : 'Sourced incident briefs',
		title: site.description,
		briefs,
		empty: 'No briefs published yet',
	});
	slice({
		page: '/stats/',
		path: '/og/stats.png',
		kicker: during ? `Statistics · ${during}` : 'Statistics',
		title: `Totals across ${plural(briefs.length, 'brief')}`,
		briefs,
		lines: categoryLines(briefs),
		empty: 'No briefs published yet',
	});
	cards.push(...briefs.map((item) => briefCard(item, taxonomies, site.name)));
	for (const region of taxonomies.regions.values()) {
		const native = Object.values(region.names ?? {});
		slice({
			page: `/regions/${region.id}/`,
			path: `/og/regions/${region.id}.png`,
			kicker: ['Region', countryNames.of(region.country) ?? region.country, ...native].join(' · '),
			title: region.name,
			briefs: briefs.filter((b) => b.brief.location.region === region.id),
			empty: 'No briefs for this region yet',
		});
	}
	for (const type of taxonomies.munitions.values()) {
		const withType = briefs.filter((b) => b.view.munitions.some((r) => r.type === type.id));
		slice({
			page: `/munitions/${type.id}/`,
			path: `/og/munitions/${type.id}.png`,
			kicker: `Munition type · ${munitionCategoryLabels[type.category]}`,
			title: type.name,
			briefs: withType,
			tiles: launchedTiles(withType.flatMap((b) => b.view.munitions.filter((r) => r.type === type.id))),
			note: type.description,
			empty: 'No briefs report this munition type yet',
		});
	}
	for (const category of munitionCategories) {
		const rows = briefs.flatMap((b) => b.view.munitions.filter((r) => r.category === category && !r.includes?.length).map((row) => ({ b, row })));
		const types = [...new Set(rows.map((r) => r.row.type))];
		slice({
			page: `/munitions/category/${category}/`,
			path: `/og/munitions/category/${category}.png`,
			kicker: 'Munition category',
			title: munitionCategoryLabels[category],
			briefs: [...new Set(rows.map((r) => r.b))],
			tiles: launchedTiles(rows.map((r) => r.row)),
			lines: types.map((type) => {
				const ofType = rows.filter((r) => r.row.type === type).map((r) => r.row);
				return `${ofType[0].name}: ${launchedTiles(ofType).map((t) => `${t.value} ${t.label}`).join(', ')}`;
			}),
			empty: 'No briefs report munitions of this category yet',
		});
	}
	return cards;
}
