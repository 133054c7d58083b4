import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind after every `astro build`, so the search page works from the
 * output folder alone. Only elements marked data-pagefind-body (the brief article) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'incident-briefs:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const path = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path });
					if (added.errors.length) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: `${path}/pagefind` });
					if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					logger.info(`Indexed ${added.page_count} pages for search`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
