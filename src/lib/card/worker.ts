import { parentPort } from 'node:worker_threads';
import { renderCardPng } from './render.ts';

/** A card renderer in a worker thread: receives laid-out trees, answers with PNG bytes. Fonts load once per thread. */
export interface RenderRequest {
	id: number;
	tree: unknown;
}

export type RenderReply = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', async ({ id, tree }: RenderRequest) => {
	try {
		const png = await renderCardPng(tree);
		parentPort!.postMessage({ id, png } satisfies RenderReply);
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply);
	}
});
