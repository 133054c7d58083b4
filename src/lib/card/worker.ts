import { parentPort, workerData } from 'node:worker_threads';
import type { Card } from './card.ts';
import { renderIntoCache, type CardStepOptions } from './generate.ts';

/** Renders the cards the cache lacks, in a thread beside the page build; answers with the counts. */

const { cards, options } = workerData as { cards: Card[]; options: CardStepOptions };
parentPort!.postMessage(await renderIntoCache(cards, options));
