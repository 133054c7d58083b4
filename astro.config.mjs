// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { cacheDir, site } from './src/site.ts';

export default defineConfig({
	site: site.url,
	cacheDir,
	vite: { cacheDir: `${cacheDir}/vite` },
	trailingSlash: 'always',
	integrations: [mdx()],
});
