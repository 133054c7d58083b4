// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { site } from './src/site.ts';

/** Vite 8 warns that MDX modules carry module-level directives; those warnings are harmless here. */
function quietKnownNoise(/** @type {import('vite').Rollup.LogHandler} */ log) {
	return (/** @type {any} */ level, /** @type {any} */ warning) => {
		if (warning?.code === 'MODULE_LEVEL_DIRECTIVE' && /\.mdx/.test(warning.id ?? warning.message ?? '')) return;
		log(level, warning);
	};
}

export default defineConfig({
	site: site.url,
	trailingSlash: 'always',
	integrations: [mdx()],
	vite: {
		build: {
			rollupOptions: {
				onLog(level, warning, log) {
					quietKnownNoise(log)(level, warning);
				},
			},
		},
	},
});
