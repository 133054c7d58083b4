import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { installedVersion } from './installed.ts';
import { openSearchIndexCache, pagesDigest } from './search-cache.ts';

/**
 * The site's search index: Pagefind over the built pages, written to <site>/pagefind. Only
 * elements marked data-pagefind-body (the brief article) are indexed. When every page is byte for
 * byte the last build's, the index made then is copied from the cache instead.
 */

const options = {};

export type SearchIndexResult = { cached: true } | { cached: false; pages: number };

export async function indexSearch(siteDir: string, cacheDir: string): Promise<SearchIndexResult> {
	const outputPath = join(siteDir, 'pagefind');
	const cache = openSearchIndexCache(join(cacheDir, 'search-index'));
	const digest = pagesDigest(siteDir, outputPath, `pagefind ${installedVersion('pagefind', import.meta.url)} ${JSON.stringify(options)}`);
	if (cache.restore(digest, outputPath)) return { cached: true };
	const { index, errors } = await pagefind.createIndex(options);
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: siteDir });
		if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		cache.keep(digest, outputPath);
		return { cached: false, pages: added.page_count };
	} finally {
		await pagefind.close();
	}
}

export function searchIndexMessage(result: SearchIndexResult): string {
	return result.cached ? 'Search index unchanged: no page changed since the last build' : `Indexed ${result.pages} pages for search`;
}
