import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What a Pagefind result holds once loaded. */
export interface SearchHit {
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/**
 * Loads the Pagefind search a built site ships (dist/pagefind/pagefind.js) in Node, as the search page
 * does in a browser. Its index files are served from the output folder over a local HTTP server,
 * because Node's fetch cannot read file: URLs.
 */
/** Searches the index of one language (English unless told): Pagefind keeps one per <html lang>. */
export async function openSearch(outDir: string, language = 'en') {
	const server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
		try {
			response.end(await readFile(join(outDir, path)));
		} catch {
			response.statusCode = 404;
			response.end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	// Each language gets a module instance of its own: Pagefind picks its index once, from <html lang>.
	const url = pathToFileURL(join(outDir, 'pagefind/pagefind.js'));
	url.search = `?lang=${language}`;
	const pagefind = await import(url.href);
	await pagefind.options({ basePath: `http://127.0.0.1:${port}/pagefind/` });
	await inDocumentOfLanguage(language, () => pagefind.init());
	return {
		/** Every result of a search, with its path on the site; `null` lists everything the filters allow. */
		async search(term: string | null, filters: Record<string, string> = {}): Promise<SearchHit[]> {
			const { results } = await pagefind.search(term, { filters });
			const hits: SearchHit[] = await Promise.all(results.map((r: { data(): Promise<SearchHit> }) => r.data()));
			return hits.map((hit) => ({ ...hit, url: new URL(hit.url).pathname }));
		},
		async close() {
			await pagefind.destroy?.();
			server.close();
		},
	};
}

/** Runs `step` as if in a page whose <html lang> is `language`: how Pagefind, outside a browser, is told which index to load. */
async function inDocumentOfLanguage(language: string, step: () => Promise<void>) {
	const global = globalThis as { document?: unknown };
	const before = global.document;
	global.document = { querySelector: () => ({ getAttribute: () => language }) };
	try {
		await step();
	} finally {
		global.document = before;
	}
}
