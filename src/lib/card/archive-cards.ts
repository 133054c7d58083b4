import { formatCount, type Bounds } from '../figure';
import { cardPath, categoryPath, munitionPath, regionPath, statsPath } from '../paths';
import type { ArchiveStats } from '../slices';
import type { Briefed, Group, Measure, Summary } from '../stats';
import { munitionCategoryLabels, type MunitionCategory } from '../taxonomy';
import { briefCard, capitalise, categoryPhrases, figuresSentence, plural, sentences, type Card, type CardTile } from './card.ts';

/**
 * Cards for the pages that sum several briefs: home, /stats/, each region, munition type and
 * category. Their totals are the pages' own (stats.ts, slices.ts), so a card never says other than
 * its page; they show totals, never a brief's own words, so editing one brief's title changes
 * that brief's card alone.
 */

/** Archive totals are lower bounds, as on the home page: the smallest figure each brief allows, added. */
function atLeast(bounds: Bounds): string {
	return `at least ${formatCount(bounds.min)}`;
}

function tiles(summary: Summary, labels: Partial<Record<Measure, string>>): CardTile[] {
	return Object.entries(labels).flatMap(([measure, label]) => {
		const bounds = summary.totals[measure as Measure].bounds;
		return bounds ? [{ value: atLeast(bounds), label }] : [];
	});
}

const allLabels = { killed: 'killed', injured: 'injured', launched: 'munitions launched', intercepted: 'munitions intercepted' };
const munitionLabels = { launched: 'launched', intercepted: 'intercepted' };

function span(briefs: Briefed[]): string | undefined {
	const dates = briefs.map((b) => b.brief.date).sort();
	if (!dates.length) return undefined;
	return dates[0] === dates.at(-1) ? dates[0] : `${dates[0]} to ${dates.at(-1)}`;
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

function sliceCard(slice: Slice, site: string): Card {
	const { briefs, tiles, lines = [] } = slice;
	const sources = briefs.reduce((n, b) => n + b.brief.sources.length, 0);
	const footer = `${plural(briefs.length, 'brief')} · ${plural(sources, 'source')}`;
	const empty = briefs.length ? 'No figures reported' : 'No briefs published yet';
	return {
		page: slice.page,
		path: cardPath(slice.page),
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
function typeLine(group: Group): string[] {
	const figures = tiles(group.summary, munitionLabels);
	return figures.length ? [`${group.label}: ${figures.map((t) => `${t.value} ${t.label}`).join(', ')}`] : [];
}

const countryNames = new Intl.DisplayNames('en', { type: 'region' });

/** Every card of the site: home, /stats/, each brief, and each region, munition type and category that has a page. */
export function archiveCards({ briefs, taxonomies, summary, groups }: ArchiveStats, site: { name: string; description: string }): Card[] {
	const during = span(briefs);
	const card = (slice: Slice) => sliceCard(slice, site.name);
	return [
		card({
			page: '/',
			kicker: during ? `Sourced incident briefs · ${during}` : 'Sourced incident briefs',
			title: site.description,
			briefs,
			tiles: tiles(summary, allLabels),
		}),
		card({
			page: statsPath,
			kicker: during ? `Statistics · ${during}` : 'Statistics',
			title: `Totals across ${plural(briefs.length, 'brief')}`,
			briefs,
			tiles: tiles(summary, allLabels),
			lines: categoryPhrases(groups.category, atLeast),
		}),
		...briefs.map((item) => briefCard(item, taxonomies, site.name)),
		...groups.region.map((group) => {
			const region = taxonomies.regions.get(group.key);
			const country = region && (countryNames.of(region.country) ?? region.country);
			return card({
				page: regionPath(group.key),
				kicker: ['Region', country, ...Object.values(region?.names ?? {})].filter(Boolean).join(' · '),
				title: group.label,
				briefs: group.items,
				tiles: tiles(group.summary, allLabels),
			});
		}),
		...groups.munition.map((group) => {
			const type = taxonomies.munitions.get(group.key);
			return card({
				page: munitionPath(group.key),
				kicker: type ? `Munition type · ${munitionCategoryLabels[type.category]}` : 'Munition type',
				title: group.label,
				briefs: group.items,
				tiles: tiles(group.summary, munitionLabels),
				note: type?.description,
			});
		}),
		...groups.category.map((group) =>
			card({
				page: categoryPath(group.key),
				kicker: 'Munition category',
				title: group.label,
				briefs: group.items,
				tiles: tiles(group.summary, munitionLabels),
				lines: groups.munition.filter((m) => taxonomies.munitions.get(m.key)?.category === (group.key as MunitionCategory)).flatMap(typeLine),
			}),
		),
	];
}
