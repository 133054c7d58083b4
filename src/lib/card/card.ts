import type { CasualtyKey } from '../brief';
import { casualtyLabels, locationText } from '../brief-view';
import { boundsText, type Bounds } from '../figure';
import { briefCardPath, briefPath } from '../paths';
import { groupings } from '../slices';
import { groupBy, type Briefed, type Group } from '../stats';
import { munitionCategoryLabels, type MunitionCategory, type Taxonomies } from '../taxonomy';

/**
 * What a share card says, as plain data: the same figures, with the same qualifiers, as the page
 * the card is for. Layout turns it into a picture; the alt text states it in words.
 */

export interface CardTile {
	/** "at least 2", "805–810": a figure's text exactly as the page shows it. */
	value: string;
	/** "killed", "children killed (a baby)". */
	label: string;
}

export interface Card {
	/** The page the card is for: "/briefs/2025-09-07-kyiv/". */
	page: string;
	/** Where the card is published: "/og/2025-09-07-kyiv.png". */
	path: string;
	/** The line above the title: date and place, or what kind of page it is. */
	kicker: string;
	title: string;
	tiles: CardTile[];
	/** Figures told as phrases: "805–810 drones launched, 747 intercepted". */
	lines: string[];
	/** Shown under the figures, or instead of them when there are none. */
	note?: string;
	site: string;
	/** Right of the site name: "2 sources · developing". */
	footer: string;
	/** The card in words, for og:image:alt: states every figure the card shows. */
	alt: string;
}

/** A page's card: its own, that of the listing a numbered page continues (/regions/<id>/2/), else the home card. */
export function cardOfPage(cardsByPage: Map<string, Card>, pathname: string): Card {
	const page = pathname.replace(/index\.html$/, '').replace(/\/?$/, '/');
	return cardsByPage.get(page) ?? cardsByPage.get(page.replace(/[0-9]+\/$/, '')) ?? cardsByPage.get('/')!;
}

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** Whether a count reads as one ("1", "at least 1"): "child", not "children". */
function isOne(bounds: Bounds): boolean {
	return bounds.min === 1 && (bounds.max === undefined || bounds.max === 1);
}

/** The page's label in lowercase, "child" where the count reads as one: "at least 1 child killed". */
export function casualtyLabel(key: CasualtyKey, bounds: Bounds): string {
	const label = casualtyLabels[key].toLowerCase();
	return isOne(bounds) ? label.replace(/^children\b/, 'child') : label;
}

/** The category's label as a noun: "drones", "1 cruise missile", "other munitions". */
function categoryNoun(category: MunitionCategory, bounds: Bounds): string {
	const many = category === 'other' ? 'other munitions' : munitionCategoryLabels[category].toLowerCase();
	return isOne(bounds) ? many.replace(/s$/, '') : many;
}

/** "805–810 drones launched, 747 intercepted"; `text` gives each figure's wording. */
export function munitionPhrase(
	category: MunitionCategory,
	launched: Bounds | undefined,
	intercepted: Bounds | undefined,
	text: (b: Bounds) => string = boundsText,
): string | undefined {
	const noun = (b: Bounds) => categoryNoun(category, b);
	if (launched && intercepted) return `${text(launched)} ${noun(launched)} launched, ${text(intercepted)} intercepted`;
	if (launched) return `${text(launched)} ${noun(launched)} launched`;
	if (intercepted) return `${text(intercepted)} ${noun(intercepted)} intercepted`;
	return undefined;
}

/** One phrase per category group: "805–810 drones launched, 747 intercepted"; `text` gives each figure's wording. */
export function categoryPhrases(groups: Group[], text?: (b: Bounds) => string): string[] {
	return groups.flatMap(({ key, summary }) => munitionPhrase(key as MunitionCategory, summary.totals.launched.bounds, summary.totals.intercepted.bounds, text) ?? []);
}

/** Tiles and phrases in one sentence list: "at least 2 killed (in Kyiv); 15 injured; …". */
export function figuresSentence(card: Pick<Card, 'tiles' | 'lines'>): string {
	return [...card.tiles.map((t) => `${t.value} ${t.label}`), ...card.lines].join('; ');
}

export function sentences(...parts: (string | undefined)[]): string {
	return parts
		.filter((p): p is string => Boolean(p))
		.map((p) => (/[.!?…]$/.test(p) ? p : `${p}.`))
		.join(' ');
}

/** A brief's card; its munitions summed per category in the order the brief lists them, combined counts not added again. */
export function briefCard(item: Briefed, taxonomies: Taxonomies, site: string): Card {
	const { slug, brief, view } = item;
	const tiles = view.casualties.map((row) => ({
		value: row.figure.text,
		label: `${casualtyLabel(row.key, row.figure)}${row.figure.note ? ` (${row.figure.note})` : ''}`,
	}));
	const lines = categoryPhrases(groupBy([item], groupings(taxonomies).category));
	const place = locationText(brief.location, taxonomies);
	const sources = plural(brief.sources.length, 'source');
	const figures = figuresSentence({ tiles, lines });
	return {
		page: briefPath(slug),
		path: briefCardPath(slug),
		kicker: `${brief.date} · ${place}`,
		title: brief.title,
		tiles,
		lines,
		note: figures ? undefined : brief.summary,
		site,
		footer: `${sources} · ${brief.status}`,
		alt: sentences(brief.title, `${brief.date}, ${place}`, capitalise(figures) || 'No figures reported', `${sources}, status ${brief.status}`),
	};
}

export function capitalise(text: string): string {
	return text.replace(/^./, (c) => c.toUpperCase());
}
