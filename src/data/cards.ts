import { localeCards } from '../lib/card/archive-cards';
import { cardOfPage, type Card } from '../lib/card/card';
import { site } from '../site';
import { getStats } from './stats';

/** The share cards of the built archive, by page: what each page's og:image shows and its alt says. */
let cards: Promise<Map<string, Card>> | undefined;

async function readCards() {
	const stats = await getStats();
	return new Map(localeCards(() => stats, site).map((card) => [card.page, card]));
}

/** The card for a page: its own where it has one (briefs, /stats/, regions, munitions), else the home card. */
export async function pageCard(pathname: string): Promise<Card> {
	if (!cards || import.meta.env.DEV) cards = readCards();
	return cardOfPage(await cards, pathname);
}
