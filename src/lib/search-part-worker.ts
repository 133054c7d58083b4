import { parentPort, workerData } from 'node:worker_threads';
import { indexPart, type PartJob } from './search-part.ts';

/**
 * Indexes one part in a thread of its own: Pagefind's Node API keeps one Pagefind process per module
 * instance, and each thread has its own, so parts indexed in two threads run in two processes.
 */
await indexPart(workerData as PartJob);
parentPort!.postMessage('done');
