import { parentPort, workerData } from 'node:worker_threads';
import { checkShare } from '../content';
import type { Taxonomies } from '../taxonomy';
import type { CheckOptions } from './brief';
import { shareResult, type Share } from './parallel';

/** Checks one share of the briefs for checkContentInParallel and sends back what it found. */

const { share, taxonomies, options } = workerData as { share: Share; taxonomies: Taxonomies; options: CheckOptions };
parentPort!.postMessage(shareResult(checkShare(share.files, share.translations, taxonomies, options)));
