// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { site } from './src/site.ts';

export default defineConfig({
	site: site.url,
	// Tests and benchmarks build several content folders side by side, each with its own cache.
	cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
	vite: { cacheDir: process.env.ASTRO_CACHE_DIR && `${process.env.ASTRO_CACHE_DIR}/vite` },
	trailingSlash: 'always',
	integrations: [mdx()],
});
