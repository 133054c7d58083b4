import { formatCount, type Bounds } from '../figure.ts';
import { cardPath, categoryPath, munitionPath, regionPath, statsPath } from '../paths.ts';
import type { ArchiveStats } from '../slices.ts';
import type { Briefed, Group, Measure, Summary } from '../stats.ts';
import { countOf } from '../i18n/format.ts';
import { intlLocale, locales, useTranslations, type Locale, type Translate } from '../i18n/index.ts';
import { categoryLabel, groupLabel } from '../i18n/names.ts';
import { localePath } from '../i18n/paths.ts';
import type { MunitionCategory } from '../taxonomy.ts';
import { briefCard, capitalise, cardDate, categoryPhrases, figuresSentence, sentences, type Card, type CardTile } from './card.ts';

/**
 * Cards for the pages that sum several briefs: home, /stats/, each region, munition type and
 * category. Their totals are the pages' own (stats.ts, slices.ts), so a card never says other than
 * its page; they show totals, never a brief's own words, so editing one brief's title changes
 * that brief's card alone.
 */

/** Archive totals are lower bounds, as on the home page: the smallest figure each brief allows, added. */
function atLeast(bounds: Bounds, locale: Locale): string {
	return useTranslations(locale)('figure.atLeast', { n: formatCount(bounds.min, locale) });
}

type Labels = Partial<Record<Measure, string>>;

function tiles(summary: Summary, labels: Labels, locale: Locale): CardTile[] {
	return Object.entries(labels).flatMap(([measure, label]) => {
		const bounds = summary.totals[measure as Measure].bounds;
		return bounds ? [{ value: atLeast(bounds, locale), label }] : [];
	});
}

function allLabels(t: Translate): Labels {
	return { killed: t('home.killed'), injured: t('home.injured'), launched: t('home.launched'), intercepted: t('home.intercepted') };
}
function munitionLabels(t: Translate): Labels {
	return { launched: t('card.launched'), intercepted: t('card.intercepted') };
}

function span(briefs: Briefed[], locale: Locale): string | undefined {
	const dates = briefs.map((b) => b.brief.date).sort();
	if (!dates.length) return undefined;
	const day = (date: string) => cardDate(date, locale);
	return dates[0] === dates.at(-1) ? day(dates[0]) : useTranslations(locale)('card.span', { first: day(dates[0]), last: day(dates.at(-1)!) });
}

interface Slice {
	page: string;
	kicker: string;
	title: string;
	briefs: Briefed[];
	tiles: CardTile[];
	lines?: string[];
	note?: string;
}

function sliceCard(slice: Slice, site: string, locale: Locale): Card {
	const t = useTranslations(locale);
	const { briefs, tiles, lines = [] } = slice;
	const sources = briefs.reduce((n, b) => n + b.brief.sources.length, 0);
	const footer = `${countOf(briefs.length, 'brief', locale)} · ${countOf(sources, 'source', locale)}`;
	const empty = briefs.length ? t('card.noFigures') : t('card.noBriefs');
	return {
		page: localePath(slice.page, locale),
		path: localePath(cardPath(slice.page), locale),
		kicker: slice.kicker,
		title: slice.title,
		tiles,
		lines,
		note: briefs.length ? slice.note : empty,
		site,
		footer,
		alt: sentences(slice.title, slice.kicker.replaceAll(' · ', ', '), capitalise(figuresSentence({ tiles, lines })) || empty, footer.replace(' · ', ', ')),
	};
}

/** "Shahed-136/131: at least 805 launched, at least 747 intercepted": a munition type's totals, on its category's card. */
function typeLine(name: string, group: Group, locale: Locale): string[] {
	const figures = tiles(group.summary, munitionLabels(useTranslations(locale)), locale);
	return figures.length ? [`${name}: ${figures.map((t) => `${t.value} ${t.label}`).join(', ')}`] : [];
}

/** Every card of the site in one locale: home, /stats/, each brief, and each region, munition type and category that has a page. */
function archiveCards({ briefs, taxonomies, summary, groups }: ArchiveStats, site: { name: string; description: string }, locale: Locale = 'en'): Card[] {
	const t = useTranslations(locale);
	const siteName = locale === 'en' ? site.name : t('site.name');
	const during = span(briefs, locale);
	const card = (slice: Slice) => sliceCard(slice, siteName, locale);
	const countryNames = new Intl.DisplayNames(intlLocale[locale], { type: 'region' });
	const name = (kind: string, key: string) => groupLabel(kind, key, taxonomies, locale);
	return [
		card({
			page: '/',
			kicker: during ? `${t('card.kickerHome')} · ${during}` : t('card.kickerHome'),
			title: locale === 'en' ? site.description : t('site.description'),
			briefs,
			tiles: tiles(summary, allLabels(t), locale),
		}),
		card({
			page: statsPath,
			kicker: during ? `${t('card.kickerStats')} · ${during}` : t('card.kickerStats'),
			title: t('card.statsTitle', { briefs: countOf(briefs.length, 'brief', locale) }),
			briefs,
			tiles: tiles(summary, allLabels(t), locale),
			lines: categoryPhrases(groups.category, (b) => atLeast(b, locale), locale),
		}),
		...briefs.map((item) => briefCard(item, taxonomies, siteName, locale)),
		...groups.region.map((group) => {
			const region = taxonomies.regions.get(group.key);
			const country = region && (countryNames.of(region.country) ?? region.country);
			const otherNames = locale === 'en' ? Object.values(region?.names ?? {}) : [region?.name];
			return card({
				page: regionPath(group.key),
				kicker: [t('card.kickerRegion'), country, ...otherNames].filter(Boolean).join(' · '),
				title: name('region', group.key),
				briefs: group.items,
				tiles: tiles(group.summary, allLabels(t), locale),
			});
		}),
		...groups.munition.map((group) => {
			const type = taxonomies.munitions.get(group.key);
			return card({
				page: munitionPath(group.key),
				kicker: type ? `${t('card.kickerMunition')} · ${categoryLabel(type.category, locale)}` : t('card.kickerMunition'),
				title: name('munition', group.key),
				briefs: group.items,
				tiles: tiles(group.summary, munitionLabels(t), locale),
				note: locale === 'en' ? type?.description : undefined,
			});
		}),
		...groups.category.map((group) =>
			card({
				page: categoryPath(group.key),
				kicker: t('card.kickerCategory'),
				title: name('category', group.key),
				briefs: group.items,
				tiles: tiles(group.summary, munitionLabels(t), locale),
				lines: groups.munition
					.filter((m) => taxonomies.munitions.get(m.key)?.category === (group.key as MunitionCategory))
					.flatMap((m) => typeLine(name('munition', m.key), m, locale)),
			}),
		),
	];
}

/**
 * The archive as a locale's cards show it: each brief as `inLocale` gives it (translated where it
 * can be). Totals, groups and spans come from figures, dates and sources, which a translation never
 * holds, so they are the original's and are not summed again; only the briefs, whose own cards show
 * their text, are swapped.
 */
export function archiveIn<T extends Briefed>(stats: ArchiveStats<T>, inLocale: (item: T) => Briefed): ArchiveStats {
	const briefs = stats.briefs.map(inLocale);
	return briefs.some((item, i) => item !== stats.briefs[i]) ? { ...stats, briefs } : stats;
}

/** The cards of every locale: `statsIn(locale)` gives the archive with each brief's text in that locale where translated. */
export function localeCards(statsIn: (locale: Locale) => ArchiveStats, site: { name: string; description: string }): Card[] {
	return locales.flatMap((locale) => archiveCards(statsIn(locale), site, locale));
}
