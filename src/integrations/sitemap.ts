import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { savedLastModified } from '../lib/last-modified.ts';
import { handedConfig, handedRoutes, writeHandover, type SitemapHandover } from '../lib/sitemap-handover.ts';
import { sitemapOptions } from '../lib/sitemap.ts';

/**
 * @astrojs/sitemap for the site. `npm run build` names a file in SITEMAP_HANDOVER: then the end of the
 * build only writes down what the integration would read, and the sitemap is made from it once Astro
 * has exited (src/lib/sitemap-handover.ts). In Astro's process, after the pages, the integration
 * grew glibc's heap by 100 MB at 10,000 briefs, kept to the end of the build: where the peak of an
 * edit's build at 50,000 was.
 */
export function siteSitemap(handover = process.env.SITEMAP_HANDOVER): AstroIntegration {
	const inner = sitemap(sitemapOptions());
	if (!handover) return inner;
	let config: SitemapHandover['config'] | undefined;
	let routes: SitemapHandover['routes'] = [];
	return {
		name: inner.name,
		hooks: {
			'astro:routes:resolved': (options) => {
				routes = handedRoutes(options.routes);
			},
			'astro:config:done': (options) => {
				config = handedConfig(options.config);
			},
			'astro:build:done': ({ pages }) => {
				writeHandover(handover, { config: config!, routes, pages: pages.map((page) => page.pathname), lastModified: savedLastModified() });
			},
		},
	};
}
