import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { installedVersion, openSearchIndexCache, pagesDigest } from '../lib/search-cache';
import { cacheDir } from '../site';

/**
 * Indexes the built site with Pagefind after every `astro build`, so the search page works from the
 * output folder alone. Only elements marked data-pagefind-body (the brief article) are indexed.
 * When no page changed since the last build, the index made then is copied instead.
 */

const pagefindVersion = installedVersion('pagefind', import.meta.url);
const options = {};

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'incident-briefs:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const path = fileURLToPath(dir);
				const outputPath = join(path, 'pagefind');
				const cache = openSearchIndexCache(join(cacheDir, 'search-index'));
				const digest = pagesDigest(path, outputPath, `pagefind ${pagefindVersion} ${JSON.stringify(options)}`);
				if (cache.restore(digest, outputPath)) {
					logger.info('Search index unchanged: no page changed since the last build');
					return;
				}
				const { index, errors } = await pagefind.createIndex(options);
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path });
					if (added.errors.length) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					logger.info(`Indexed ${added.page_count} pages for search`);
				} finally {
					await pagefind.close();
				}
				cache.keep(digest, outputPath);
			},
		},
	};
}
