import { parentPort, workerData } from 'node:worker_threads';
import type { Card } from './card.ts';
import { renderKeyed } from './generate.ts';

/** Renders the cards the cache lacks, keyed already, in a thread beside the page build; answers when done. */

const { missing, cacheDir } = workerData as { missing: Map<string, Card>; cacheDir?: string };
await renderKeyed(missing, cacheDir);
parentPort!.postMessage('done');
