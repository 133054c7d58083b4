// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { site } from './src/site.ts';

export default defineConfig({
	site: site.url,
	// Tests and benchmarks build several content folders side by side, each with its own cache.
	cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
	trailingSlash: 'always',
	integrations: [mdx()],
	security: {
		// A <meta> Content-Security-Policy on every page: Astro hashes the styles and scripts it emits,
		// so no other inline script runs and nothing loads from another origin.
		csp: {
			// data: images are the search box's icon in Pagefind's stylesheet.
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			// Search (Pagefind) compiles its index reader from WebAssembly; that allows no inline script.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
