import type { CasualtyKey } from '../brief.ts';
import { locationText } from '../brief-view.ts';
import { countOf, dateText, nounFor } from '../i18n/format.ts';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { localePath, pathLocale } from '../i18n/paths.ts';
import { boundsText, type Bounds } from '../figure.ts';
import { briefCardPath, briefPath } from '../paths.ts';
import { groupings } from '../slices.ts';
import { groupBy, type Briefed, type Group } from '../stats.ts';
import type { MunitionCategory, Taxonomies } from '../taxonomy.ts';

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

/** What a page's head says of its card: where it is (og:image) and what it shows in words (og:image:alt). */
export type PageCard = Pick<Card, 'path' | 'alt'>;

/** A page's card: its own, that of the listing a numbered page continues (/regions/<id>/2/), else its language's home card. */
export function cardOfPage<T extends PageCard>(cardsByPage: Map<string, T>, pathname: string): T {
	const page = pathname.replace(/index\.html$/, '').replace(/\/?$/, '/');
	const home = localePath('/', pathLocale(page));
	return cardsByPage.get(page) ?? cardsByPage.get(page.replace(/[0-9]+\/$/, '')) ?? cardsByPage.get(home) ?? cardsByPage.get('/')!;
}

/** A date as a card gives it: ISO in English ("2025-09-07"), spelt out elsewhere ("7 вересня 2025 р."). */
export function cardDate(date: string, locale: Locale): string {
	return locale === 'en' ? date : dateText(date, locale);
}

/** The number a counted noun agrees with: the upper bound of a range ("11–20 дронів"), else the lower. */
function agreeing(bounds: Bounds): number {
	return bounds.max ?? bounds.min;
}

/** The casualty as a noun for its count: "at least 1 child killed", "щонайменше 2 загинули". */
export function casualtyLabel(key: CasualtyKey, bounds: Bounds, locale: Locale = 'en'): string {
	return nounFor(agreeing(bounds), `casualty.${key}`, locale);
}

/** The category as a noun for its count: "drones", "1 cruise missile", "805 дронів". */
function categoryNoun(category: MunitionCategory, bounds: Bounds, locale: Locale): string {
	return nounFor(agreeing(bounds), `category.${category}`, locale);
}

/** "805–810 drones launched, 747 intercepted"; `text` gives each figure's wording. */
export function munitionPhrase(
	category: MunitionCategory,
	launched: Bounds | undefined,
	intercepted: Bounds | undefined,
	text: (b: Bounds) => string = boundsText,
	locale: Locale = 'en',
): string | undefined {
	const t = useTranslations(locale);
	if (launched && intercepted) return t('card.phraseBoth', { launched: text(launched), noun: categoryNoun(category, launched, locale), intercepted: text(intercepted) });
	if (launched) return t('card.phraseLaunched', { launched: text(launched), noun: categoryNoun(category, launched, locale) });
	if (intercepted) return t('card.phraseIntercepted', { intercepted: text(intercepted), noun: categoryNoun(category, intercepted, locale) });
	return undefined;
}

/** One phrase per category group: "805–810 drones launched, 747 intercepted"; `text` gives each figure's wording. */
export function categoryPhrases(groups: Group[], text?: (b: Bounds) => string, locale: Locale = 'en'): string[] {
	const wording = text ?? ((b: Bounds) => boundsText(b, locale));
	return groups.flatMap(({ key, summary }) => munitionPhrase(key as MunitionCategory, summary.totals.launched.bounds, summary.totals.intercepted.bounds, wording, locale) ?? []);
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
export function briefCard(item: Briefed, taxonomies: Taxonomies, site: string, locale: Locale = 'en'): Card {
	const { slug, brief, view } = item;
	const t = useTranslations(locale);
	const tiles = view.casualties.map((row) => ({
		value: boundsText(row.figure, locale),
		label: `${casualtyLabel(row.key, row.figure, locale)}${row.figure.note ? ` (${row.figure.note})` : ''}`,
	}));
	const lines = categoryPhrases(groupBy([item], groupings(taxonomies).category), undefined, locale);
	const place = locationText(brief.location, taxonomies, locale);
	const sources = countOf(brief.sources.length, 'source', locale);
	const status = t(`status.${brief.status}`);
	const figures = figuresSentence({ tiles, lines });
	const date = cardDate(brief.date, locale);
	return {
		page: localePath(briefPath(slug), locale),
		path: localePath(briefCardPath(slug), locale),
		kicker: `${date} · ${place}`,
		title: brief.title,
		tiles,
		lines,
		note: figures ? undefined : brief.summary,
		site,
		footer: `${sources} · ${status}`,
		alt: sentences(brief.title, `${date}, ${place}`, capitalise(figures) || t('card.noFigures'), `${sources}, ${t('card.status', { status })}`),
	};
}

export function capitalise(text: string): string {
	return text.replace(/^./, (c) => c.toUpperCase());
}
