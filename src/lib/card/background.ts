import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { openCardCache, rendererDigest } from './cache.ts';
import type { Card } from './card.ts';
import { missingCards, type CardStepOptions, type GenerateResult } from './generate.ts';
import { cardQueue, cardsLeft, type CardQueue } from './queue.ts';

/**
 * Cards rendered beside the page build. They need only the content, which the build has checked
 * before it starts on pages, so a worker thread renders them into the cache while Astro, on the
 * main thread, builds the pages; the build's end then only places them. On 2 cores this keeps the
 * second core busy through the page build (measured in BENCHMARKS.md). When the pages are done
 * first, the thread that built them only waits: more workers join then, one per core, and take
 * the cards left from the same queue.
 */

export interface BackgroundCards {
	/** Settles when every card is in the cache; keeps the process alive until then. */
	done(): Promise<GenerateResult & { renderedBy?: number[] }>;
}

export interface BackgroundOptions extends CardStepOptions {
	/** Threads rendering once the pages are built (by default one per core). */
	threads?: number;
	/** The cards' keys in order, when the caller has made them already (cardPlacements). */
	keys?: readonly string[];
}

const workerHeapMb = 1024;

/** A late worker starts with no glyphs rasterised and no fonts parsed (a few hundred ms): not worth it for a few cards. */
const cardsWorthAWorker = 64;

function startWorker(queue: CardQueue, cacheDir: string | undefined): { worker: Worker; finished: Promise<number> } {
	const worker = new Worker(new URL('./worker.ts', import.meta.url), {
		workerData: { queue, cacheDir },
		// Its live data is the cards and the glyph masks (a few hundred MB at 50,000 briefs); without a
		// limit of its own V8 lets the thread's heap grow towards the process's, beside the page build.
		resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
	});
	const finished = new Promise<number>((resolve, reject) => {
		worker.once('message', (rendered: number) => resolve(rendered));
		worker.once('error', (error) => reject(new Error(`rendering share cards failed: ${error.message}`, { cause: error })));
		worker.once('exit', (code) => reject(new Error(`the share-card worker stopped (exit code ${code}) before it finished`)));
	});
	finished.catch(() => {});
	return { worker, finished };
}

export function renderInBackground(cards: Card[], { cacheDir, digest = rendererDigest(), threads = availableParallelism(), keys }: BackgroundOptions = {}): BackgroundCards {
	const { missing, cached } = missingCards(cards, openCardCache(cacheDir), digest, keys);
	if (missing.size === 0) return { done: async () => ({ rendered: 0, cached }) };
	// The queue is in shared memory: every worker takes from the same cards, uncopied.
	const rendered = missing.size;
	const queue = cardQueue(missing);
	const first = startWorker(queue, cacheDir);
	// A build that fails on its pages must not wait for the cards to exit.
	first.worker.unref();
	return {
		done: async () => {
			first.worker.ref();
			const joining = cardsLeft(queue) >= cardsWorthAWorker ? Math.max(0, threads - 1) : 0;
			const late = Array.from({ length: joining }, () => startWorker(queue, cacheDir));
			const renderedBy = await Promise.all([first, ...late].map((w) => w.finished));
			return { rendered, cached, renderedBy };
		},
	};
}
