import { parentPort, workerData } from 'node:worker_threads';
import { renderQueue } from './generate.ts';
import type { CardQueue } from './queue.ts';

/** Renders cards from the shared queue into the cache, in a thread beside the page build; answers with its count when none is left. */

const { queue, cacheDir } = workerData as { queue: CardQueue; cacheDir?: string };
parentPort!.postMessage(await renderQueue(queue, cacheDir));
