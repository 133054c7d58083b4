// @ts-check
// B0 of the benchmark: a bare Astro + MDX site over the same brief files, for comparison only.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

const cacheDir = process.env.ASTRO_CACHE_DIR;

export default defineConfig({
	cacheDir: cacheDir || './node_modules/.astro',
	vite: { cacheDir: cacheDir && `${cacheDir}/vite` },
	integrations: [mdx()],
});
