import { archiveIn, localeCards } from '../lib/card/archive-cards';
import { cardOfPage, type PageCard } from '../lib/card/card';
import type { Locale } from '../lib/i18n/locales';
import { site } from '../site';
import { briefIn } from './archive';
import { getStats } from './stats';

/**
 * The share cards of the built archive, by page: where each page's og:image is and what its alt says.
 * Only those two are kept through the page build: the whole cards of 50,000 briefs held 170 MB.
 */
let cards: Promise<Map<string, PageCard>> | undefined;

async function readCards() {
	const stats = await getStats();
	const statsIn = (locale: Locale) =>
		archiveIn(stats, (item) => {
			const shown = briefIn(item, locale);
			return shown.translated ? { slug: item.slug, brief: shown.brief, view: shown.view } : item;
		});
	return new Map(localeCards(statsIn, site).map(({ page, path, alt }) => [page, { path, alt }]));
}

/** The card for a page: its own where it has one (briefs, /stats/, regions, munitions), else its language's home card. */
export async function pageCard(pathname: string): Promise<PageCard> {
	if (!cards || import.meta.env.DEV) cards = readCards();
	return cardOfPage(await cards, pathname);
}
