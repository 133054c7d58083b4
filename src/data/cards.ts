import { archiveCards } from '../lib/card/archive-cards';
import { cardPathFor, homeCardPath, type Card } from '../lib/card/card';
import { site } from '../site';
import { getArchive } from './archive';

/** The share cards of the built archive, by card path: what each page's og:image shows and its alt says. */
let cards: Promise<Map<string, Card>> | undefined;

async function readCards() {
	return new Map(archiveCards(await getArchive(), site).map((card) => [card.path, card]));
}

/** The card for a page: its own where it has one (briefs, /stats/, regions, munitions), else the home card. */
export async function pageCard(pathname: string): Promise<Card> {
	if (!cards || import.meta.env.DEV) cards = readCards();
	const all = await cards;
	return all.get(cardPathFor(pathname)) ?? all.get(homeCardPath)!;
}
