import { copyFileSync, linkSync, mkdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cardKey, openCardCache, rendererDigest, type CardCache } from './cache.ts';
import type { Card } from './card.ts';
import { cardQueue, cardsLeft, takeCard, type CardQueue } from './queue.ts';

/**
 * The build's card step in two halves: rendering every card the cache lacks into the cache, which
 * needs only the content and so can run beside the page build (see background.ts), and placing every
 * card from the cache under the output folder once the pages are built.
 *
 * Rendering keeps a few cards in flight: node:zlib deflates and sharp rasterises glyph sheets on
 * libuv's thread pool while satori lays out the next card in this thread. Worker threads rendering
 * cards side by side from the start were measured on this 2-core machine (when sharp drew every card
 * whole) and made the card step alone slower (87 cards: 16.2 / 13.8 / 8.8 s here against 22.6 / 18.5
 * / 13.3 s with two workers); background.ts adds workers only once the page build has left its core.
 */

export interface CardStepOptions {
	cacheDir?: string;
	/** The renderer digest of the cache keys; by default that of the template as it is. */
	digest?: string;
}

export interface GenerateOptions extends CardStepOptions {
	/** The built site's folder; a card at /og/x.png goes to outDir/og/x.png. */
	outDir: string;
}

export interface GenerateResult {
	rendered: number;
	cached: number;
}

/** Cards in hand at once, so one card's layout overlaps another's deflate or glyph sheet on the thread pool. */
const inFlight = 3;

/** The cards the cache lacks, one per picture: cards with the same text are rendered once. `keys`, when given, are the cards' keys (cardPlacements'), in order. */
export function missingCards(cards: Card[], cache: CardCache, digest: string, keys?: readonly string[]): { missing: Map<string, Card>; cached: number } {
	const missing = new Map<string, Card>();
	let cached = 0;
	for (const [i, card] of cards.entries()) {
		const key = keys?.[i] ?? cardKey(card, digest);
		if (cache.has(key)) cached++;
		else if (!missing.has(key)) missing.set(key, card);
	}
	return { missing, cached };
}

/**
 * A card's PNG, laid out and rendered. The renderer (satori, sharp, the fonts) is loaded here, not
 * when this module is: a build whose cards are all cached never loads it.
 */
export async function cardRenderer(): Promise<(card: Card) => Promise<Buffer>> {
	const [{ layoutCard }, { cardMeasure }, { renderCardPng }] = await Promise.all([import('./layout.ts'), import('./measure.ts'), import('./render.ts')]);
	const measure = cardMeasure();
	return (card) => renderCardPng(layoutCard(card, measure).tree);
}

/** Renders cards from the queue into the cache until none is left; each PNG is stored as soon as it is made. */
export async function renderQueue(queue: CardQueue, cacheDir?: string): Promise<number> {
	if (cardsLeft(queue) === 0) return 0;
	const render = await cardRenderer();
	const cache = openCardCache(cacheDir);
	let rendered = 0;
	const run = async () => {
		for (let taken = takeCard(queue); taken; taken = takeCard(queue)) {
			const [key, card] = taken;
			cache.put(key, await render(card));
			rendered++;
		}
	};
	await Promise.all(Array.from({ length: inFlight }, run));
	return rendered;
}

/** Where a card goes and its cache key: all that placing it needs, without the card's text. */
export interface CardPlacement {
	path: string;
	key: string;
}

export function cardPlacements(cards: Card[], digest = rendererDigest()): CardPlacement[] {
	return cards.map((card) => ({ path: card.path, key: cardKey(card, digest) }));
}

export function placeCards(cards: Card[], { digest = rendererDigest(), ...options }: GenerateOptions): void {
	placeCardsByKey(cardPlacements(cards, digest), options);
}

/**
 * Puts every card, rendered already, at its path under outDir: a hard link to the cached file where
 * the two share a file system (no copy of 30 KB a card), a copy elsewhere.
 */
export function placeCardsByKey(placements: CardPlacement[], { outDir, cacheDir }: Omit<GenerateOptions, 'digest'>): void {
	const cache = openCardCache(cacheDir);
	for (const { path, key } of placements) {
		const from = cache.touch(key);
		if (!from) throw new Error(`the card for ${path} is not in the card cache (${cache.dir}): it was never rendered`);
		const to = join(outDir, path);
		mkdirSync(dirname(to), { recursive: true });
		try {
			unlinkSync(to);
		} catch {}
		try {
			linkSync(from, to);
		} catch {
			copyFileSync(from, to);
		}
	}
	cache.prune();
}

/** The whole card step in this thread: render what the cache lacks, then place every card. */
export async function generateCards(cards: Card[], options: GenerateOptions): Promise<GenerateResult> {
	const { cacheDir, digest = rendererDigest() } = options;
	const { missing, cached } = missingCards(cards, openCardCache(cacheDir), digest);
	await renderQueue(cardQueue(missing), cacheDir);
	placeCards(cards, { ...options, digest });
	return { rendered: missing.size, cached };
}
