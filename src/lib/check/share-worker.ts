import { parentPort, workerData } from 'node:worker_threads';
import type { Taxonomies } from '../taxonomy.ts';
import type { CheckOptions } from './brief.ts';
import { checkRuns, type SharedRuns } from './parallel.ts';

/** Checks runs of briefs for checkContentInParallel, taking them from the shared counter, and sends back what it found. */

const { work, taxonomies, options } = workerData as { work: SharedRuns; taxonomies: Taxonomies; options: CheckOptions };
parentPort!.postMessage(checkRuns(work, taxonomies, options));
