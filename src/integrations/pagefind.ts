import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheDir } from '../site.ts';

/**
 * Indexes the built site for search at the end of every `astro build`, so the search page works from
 * the output folder alone. `npm run build` (scripts/build.ts) sets SEARCH_INDEX=after-astro and
 * indexes once the Astro process has exited, so Pagefind's memory never adds to Astro's.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'incident-briefs:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.SEARCH_INDEX === 'after-astro') return;
				// Pagefind loads only here: `npm run build` indexes after Astro and never needs it in this process.
				const { indexSearch, searchIndexMessage } = await import('../lib/search-index.ts');
				logger.info(searchIndexMessage(await indexSearch(fileURLToPath(dir), cacheDir)));
			},
		},
	};
}
