import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardKey, openCardCache, rendererDigest } from './cache.ts';
import type { Card } from './card.ts';
import { layoutCard } from './layout.ts';
import { cardMeasure } from './measure.ts';
import { renderCardPng } from './render.ts';
import type { RenderReply } from './worker.ts';

/**
 * The build's card step: lays out every card, takes unchanged ones from the cache, renders the
 * rest (in worker threads when asked) and writes them all under the output folder.
 */

export interface GenerateOptions {
	/** The built site's folder; a card at /og/x.png goes to outDir/og/x.png. */
	outDir: string;
	cacheDir?: string;
	/** Worker threads to render in; 0 renders in this thread. */
	workers?: number;
	/** The renderer digest of the cache keys; by default that of the template as it is. */
	digest?: string;
}

export interface GenerateResult {
	rendered: number;
	cached: number;
}

/** Cards each renderer has in hand at once, so satori's layout of one overlaps sharp's encoding of another. */
const inFlight = 2;

async function renderHere(trees: unknown[]): Promise<Buffer[]> {
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

async function renderInWorkers(trees: unknown[], count: number): Promise<Buffer[]> {
	const pngs: Buffer[] = new Array(trees.length);
	const workers = Array.from({ length: count }, () => new Worker(new URL('./worker.ts', import.meta.url)));
	let next = 0;
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						let busy = 0;
						const send = () => {
							if (next >= trees.length) return busy === 0 && resolve();
							const id = next++;
							busy++;
							worker.postMessage({ id, tree: trees[id] });
						};
						worker.on('message', (reply: RenderReply) => {
							busy--;
							if ('error' in reply) return reject(new Error(`rendering a card failed in a worker: ${reply.error}`));
							pngs[reply.id] = Buffer.from(reply.png);
							send();
						});
						worker.on('error', reject);
						for (let i = 0; i < inFlight; i++) send();
					}),
			),
		);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	return pngs;
}

export async function generateCards(
	cards: Card[],
	{ outDir, cacheDir, workers = 0, digest = rendererDigest() }: GenerateOptions,
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
	const pngs = workers > 0 && trees.length > 1 ? await renderInWorkers(trees, Math.min(workers, trees.length)) : await renderHere(trees);
	const byKey = new Map(unique.map(([key], i) => [key, pngs[i]]));
	for (const [key, png] of byKey) cache.put(key, png);
	for (const { card, key } of missing) write(card, byKey.get(key)!);
	cache.prune();
	return { rendered: byKey.size, cached: cards.length - missing.length };
}
