import { Worker } from 'node:worker_threads';
import { openCardCache, rendererDigest } from './cache.ts';
import type { Card } from './card.ts';
import { missingCards, type CardStepOptions, type GenerateResult } from './generate.ts';

/**
 * Cards rendered beside the page build. They need only the content, which the build has checked
 * before it starts on pages, so a worker thread renders them into the cache while Astro, on the
 * main thread, builds the pages; the build's end then only places them. On 2 cores this keeps the
 * second core busy through the page build (measured in BENCHMARKS.md).
 */

export interface BackgroundCards {
	/** Settles when every card is in the cache; keeps the process alive until then. */
	done(): Promise<GenerateResult>;
}

const workerHeapMb = 1024;

export function renderInBackground(cards: Card[], { cacheDir, digest = rendererDigest() }: CardStepOptions = {}): BackgroundCards {
	const { missing, cached } = missingCards(cards, openCardCache(cacheDir), digest);
	if (missing.size === 0) return { done: async () => ({ rendered: 0, cached }) };
	const worker = new Worker(new URL('./worker.ts', import.meta.url), {
		workerData: { missing, cacheDir },
		// Its live data is the cards and the glyph masks (a few hundred MB at 50,000 briefs); without a
		// limit of its own V8 lets the thread's heap grow towards the process's, beside the page build.
		resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
	});
	// The worker has its own copy of the cards; this thread keeps only their count.
	const rendered = missing.size;
	const result = new Promise<GenerateResult>((resolve, reject) => {
		worker.once('message', () => resolve({ rendered, cached }));
		worker.once('error', (error) => reject(new Error(`rendering share cards failed: ${error.message}`, { cause: error })));
		worker.once('exit', (code) => reject(new Error(`the share-card worker stopped (exit code ${code}) before it finished`)));
	});
	// A build that fails on its pages must not wait for the cards to exit.
	worker.unref();
	result.catch(() => {});
	return {
		done: () => {
			worker.ref();
			return result;
		},
	};
}
