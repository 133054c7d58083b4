import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mergedSearchOptions, partLanguage, partsFile, searchRoot, type SearchParts } from '../../src/lib/search-parts.ts';

/** What a Pagefind result holds once loaded. */
export interface SearchHit {
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/**
 * Loads the Pagefind search a built site ships in Node, as the search page does in a browser: the
 * primary bundle of its language named in dist/pagefind/parts.json with the language's other parts merged into it. Its index
 * files are served from the output folder over a local HTTP server, because Node's fetch cannot read
 * file: URLs.
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
	// A search merges every part's bundle and fetches from all at once: more connections than the
	// default backlog keeps, and no socket closed under a request it has just been given.
	server.keepAliveTimeout = 60_000;
	await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve));
	const { port } = server.address() as AddressInfo;
	const parts = JSON.parse(await readFile(join(outDir, searchRoot, partsFile), 'utf8')) as SearchParts;
	const { bundlePath, baseUrl, mergeIndex } = mergedSearchOptions(parts, language, `http://127.0.0.1:${port}${searchRoot}`);
	// Each language gets a module instance of its own: Pagefind picks its index once, from <html lang>.
	const url = pathToFileURL(join(outDir, new URL(bundlePath).pathname, 'pagefind.js'));
	url.search = `?lang=${language}`;
	const pagefind = await import(url.href);
	await pagefind.options({ basePath: bundlePath, baseUrl });
	await inDocumentOfLanguage(language, async () => {
		await pagefind.init();
		for (const { bundlePath: merged, ...options } of mergeIndex) await pagefind.mergeIndex(merged, { ...options, language });
	});
	const find = async (term: string | null, filters: Record<string, string>) => (await pagefind.search(term, { filters })).results as { data(): Promise<SearchHit> }[];
	return {
		/** The parts this language's search merges. */
		parts: parts.parts.filter((part) => partLanguage(part) === language),
		/** Every result of a search, with its path on the site; `null` lists everything the filters allow. */
		async search(term: string | null, filters: Record<string, string> = {}): Promise<SearchHit[]> {
			const hits = await Promise.all((await find(term, filters)).map((r) => r.data()));
			return hits.map((hit) => ({ ...hit, url: new URL(hit.url, 'http://localhost').pathname }));
		},
		/** How many results a search has, without loading them. */
		async count(term: string | null, filters: Record<string, string> = {}): Promise<number> {
			return (await find(term, filters)).length;
		},
		/** Each filter's values and how many results each would give, over every part. */
		async filters(): Promise<Record<string, Record<string, number>>> {
			return pagefind.filters();
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
