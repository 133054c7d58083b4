import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentCards } from '../src/integrations/share-cards';
import { renderInBackground } from '../src/lib/card/background';
import type { Card } from '../src/lib/card/card';
import { cardKey } from '../src/lib/card/cache';
import { renderQueue } from '../src/lib/card/generate';
import { cardQueue, cardsLeft, takeCard } from '../src/lib/card/queue';
import { writeSyntheticContent } from './helpers/synthetic';
import { root } from './helpers/build';

/** The card step's queue, which the worker beside the page build and the workers joining after it share. */
describe('the queue of cards to render', () => {
	const work = mkdtempSync(join(tmpdir(), 'card-queue-'));
	let cards: Card[];
	beforeAll(async () => {
		cards = await contentCards(join(root, 'tests/fixtures/basic'));
	});
	const keyed = () => new Map(cards.map((card) => [cardKey(card), card]));
	const pngs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.png')).sort();

	it('gives each card to one renderer however many take from it', async () => {
		const queue = cardQueue(keyed());
		const cacheDir = join(work, 'shared');
		const counts = await Promise.all([renderQueue(queue, cacheDir), renderQueue(queue, cacheDir)]);
		expect(counts[0] + counts[1]).toBe(cards.length);
		expect(counts.every((n) => n > 0)).toBe(true);
		expect(pngs(cacheDir)).toEqual([...keyed().keys()].map((key) => `${key}.png`).sort());
		expect(cardsLeft(queue)).toBe(0);
	});

	it('gives a renderer that joins late only the cards not taken yet', async () => {
		const queue = cardQueue(keyed());
		Atomics.store(queue.next, 0, 3);
		expect(cardsLeft(queue)).toBe(cards.length - 3);
		const cacheDir = join(work, 'late');
		expect(await renderQueue(queue, cacheDir)).toBe(cards.length - 3);
		expect(pngs(cacheDir)).toEqual([...keyed().keys()].slice(3).map((key) => `${key}.png`).sort());
		expect(cardsLeft(queue)).toBe(0);
		expect(await renderQueue(queue, cacheDir)).toBe(0);
	});

	it('holds each card as it was given, in shared memory, taken in order', () => {
		const queue = cardQueue(keyed());
		expect(queue.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
		const taken = Array.from({ length: cards.length }, () => takeCard(queue));
		expect(taken).toEqual([...keyed()]);
		expect(takeCard(queue)).toBeUndefined();
		expect(cardsLeft(queue)).toBe(0);
	});

	it('renders a large card step in workers joining once the pages are done, each card once', async () => {
		const content = join(work, 'content');
		writeSyntheticContent(content, { briefs: 30, seed: 3 });
		const many = await contentCards(content);
		expect(many.length).toBeGreaterThan(64);
		const cacheDir = join(work, 'joined');
		const distinct = new Set(many.map((card) => cardKey(card)));
		const { rendered, renderedBy = [] } = await renderInBackground(many, { cacheDir, threads: 2 }).done();
		expect(rendered).toBe(distinct.size);
		expect(renderedBy).toHaveLength(2);
		expect(renderedBy[0] + renderedBy[1]).toBe(distinct.size);
		expect(pngs(cacheDir)).toHaveLength(distinct.size);
	}, 60_000);
});
