import type { Card } from './card.ts';

/**
 * Cards to render, which several threads take from. The cards are written once, as JSON, into shared
 * memory, which a worker is handed without a copy: no thread holds all of them as objects (the card
 * texts are slices of their briefs' files, which objects kept alive: 240 MB at 50,000 briefs, and again
 * in each worker's copy). `next` is shared too, so each card is taken once however many threads render.
 */
export interface CardQueue {
	/** Every card's key and text, one JSON array after another. */
	bytes: Uint8Array;
	/** Where each entry starts in `bytes`, and where the last ends. */
	starts: Float64Array;
	next: Int32Array;
}

const shared = (bytes: number) => new SharedArrayBuffer(bytes);

export function cardQueue(missing: Map<string, Card>): CardQueue {
	const encoded = [...missing].map((entry) => Buffer.from(JSON.stringify(entry)));
	const starts = new Float64Array(shared((encoded.length + 1) * Float64Array.BYTES_PER_ELEMENT));
	for (const [i, entry] of encoded.entries()) starts[i + 1] = starts[i] + entry.length;
	const bytes = new Uint8Array(shared(Math.max(1, starts[encoded.length])));
	for (const [i, entry] of encoded.entries()) bytes.set(entry, starts[i]);
	return { bytes, starts, next: new Int32Array(shared(Int32Array.BYTES_PER_ELEMENT)) };
}

const queueLength = (queue: CardQueue) => queue.starts.length - 1;

/** How many of the queue's cards no thread has taken yet. */
export function cardsLeft(queue: CardQueue): number {
	return Math.max(0, queueLength(queue) - Atomics.load(queue.next, 0));
}

/** Takes the next card no thread has taken, or undefined when none is left. */
export function takeCard(queue: CardQueue): [string, Card] | undefined {
	const i = Atomics.add(queue.next, 0, 1);
	if (i >= queueLength(queue)) return undefined;
	const { buffer, byteOffset } = queue.bytes;
	return JSON.parse(Buffer.from(buffer, byteOffset + queue.starts[i], queue.starts[i + 1] - queue.starts[i]).toString()) as [string, Card];
}
