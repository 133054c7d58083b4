import { archiveIn, localeCards } from '../lib/card/archive-cards';
import { cardOfPage, type Card } from '../lib/card/card';
import type { Locale } from '../lib/i18n/locales';
import { site } from '../site';
import { briefIn } from './archive';
import { getStats } from './stats';

/** The share cards of the built archive, by page: what each page's og:image shows and its alt says. */
let cards: Promise<Map<string, Card>> | undefined;

async function readCards() {
	const stats = await getStats();
	const statsIn = (locale: Locale) =>
		archiveIn(stats, (item) => {
			const shown = briefIn(item, locale);
			return shown.translated ? { slug: item.slug, brief: shown.brief, view: shown.view } : item;
		});
	return new Map(localeCards(statsIn, site).map((card) => [card.page, card]));
}

/** The card for a page: its own where it has one (briefs, /stats/, regions, munitions), else its language's home card. */
export async function pageCard(pathname: string): Promise<Card> {
	if (!cards || import.meta.env.DEV) cards = readCards();
	return cardOfPage(await cards, pathname);
}
