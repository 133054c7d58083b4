// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { shareCards } from './src/integrations/share-cards.ts';
import { site } from './src/site.ts';

export default defineConfig({
	site: site.url,
	// Tests and benchmarks build several content folders side by side, each with its own cache.
	cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
	trailingSlash: 'always',
	integrations: [mdx(), shareCards()],
});
