import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cardKey, openCardCache, rendererDigest } from './cache.ts';
import type { Card } from './card.ts';
import { layoutCard } from './layout.ts';
import { cardMeasure } from './measure.ts';
import { renderCardPng } from './render.ts';

/**
 * The build's card step: lays out every card, takes unchanged ones from the cache, renders the
 * rest and writes them all under the output folder.
 *
 * Rendering stays in this thread, a few cards in flight: sharp rasterises and encodes (about three
 * quarters of the work) on libuv's thread pool while satori lays out the next card here, so both
 * cores are busy already. Worker threads were measured on this 2-core machine and made the cold
 * card step slower (87 cards: 16.2 / 13.8 / 8.8 s in this thread against 22.6 / 18.5 / 13.3 s with
 * two workers, runs interleaved), so they are not used.
 */

export interface GenerateOptions {
	/** The built site's folder; a card at /og/x.png goes to outDir/og/x.png. */
	outDir: string;
	cacheDir?: string;
	/** The renderer digest of the cache keys; by default that of the template as it is. */
	digest?: string;
}

export interface GenerateResult {
	rendered: number;
	cached: number;
}

/** Cards in hand at once, so satori's layout of one overlaps sharp's work on the others. */
const inFlight = 3;

async function render(trees: unknown[]): Promise<Buffer[]> {
	const pngs: Buffer[] = new Array(trees.length);
	let next = 0;
	const run = async () => {
		while (next < trees.length) {
			const i = next++;
			pngs[i] = await renderCardPng(trees[i]);
		}
	};
	await Promise.all(Array.from({ length: inFlight }, run));
	return pngs;
}

export async function generateCards(
	cards: Card[],
	{ outDir, cacheDir, digest = rendererDigest() }: GenerateOptions,
): Promise<GenerateResult> {
	const cache = openCardCache(cacheDir);
	const measure = cardMeasure();
	const write = (card: Card, png: Buffer) => {
		const path = join(outDir, card.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, png);
	};
	const missing: { card: Card; key: string }[] = [];
	for (const card of cards) {
		const key = cardKey(card, digest);
		const png = cache.get(key);
		if (png) write(card, png);
		else missing.push({ card, key });
	}
	// Cards with the same text are one picture: render it once.
	const unique = [...new Map(missing.map((m) => [m.key, m.card])).entries()];
	const trees = unique.map(([, card]) => layoutCard(card, measure).tree);
	const pngs = await render(trees);
	const byKey = new Map(unique.map(([key], i) => [key, pngs[i]]));
	for (const [key, png] of byKey) cache.put(key, png);
	for (const { card, key } of missing) write(card, byKey.get(key)!);
	cache.prune();
	return { rendered: byKey.size, cached: cards.length - missing.length };
}
