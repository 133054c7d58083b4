import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger, IntegrationResolvedRoute } from 'astro';
import { restoreLastModified, type SavedLastModified } from './last-modified.ts';
import { sitemapOptions } from './sitemap.ts';

/**
 * The sitemap made once Astro has exited (`npm run build`, src/integrations/sitemap.ts): Astro's process
 * writes down what @astrojs/sitemap reads (the config's addresses, the static page routes, the pages,
 * each page's last change) and `npm run build` runs the same integration on it once that process has exited.
 */

/** What @astrojs/sitemap reads of Astro's config. */
type SitemapConfig = Pick<AstroConfig, 'site' | 'base' | 'trailingSlash'> & { build: Pick<AstroConfig['build'], 'format'> };

/** A static page route as the integration uses it: its address, as Astro generates it. */
interface HandedRoute {
	pathname: string;
	address: string;
	fallbacks: HandedRoute[];
}

export interface SitemapHandover {
	config: SitemapConfig;
	routes: HandedRoute[];
	pages: string[];
	lastModified?: SavedLastModified;
}

function handedRoute(route: IntegrationResolvedRoute): HandedRoute[] {
	if (!route.pathname) return [];
	return [{ pathname: route.pathname, address: route.generate(route.pathname), fallbacks: route.fallbackRoutes.flatMap(handedRoute) }];
}

/** The static page routes, as the integration takes them from `astro:routes:resolved`. */
export function handedRoutes(routes: IntegrationResolvedRoute[]): HandedRoute[] {
	return routes.filter((route) => route.type === 'page').flatMap(handedRoute);
}

export function handedConfig({ site, base, trailingSlash, build }: AstroConfig): SitemapConfig {
	return { site, base, trailingSlash, build: { format: build.format } };
}

export function writeHandover(file: string, handover: SitemapHandover): void {
	writeFileSync(file, JSON.stringify(handover));
}

function resolvedRoute({ pathname, address, fallbacks }: HandedRoute): IntegrationResolvedRoute {
	const route: Partial<IntegrationResolvedRoute> = { type: 'page', pathname, generate: () => address, fallbackRoutes: fallbacks.map(resolvedRoute) };
	return route as IntegrationResolvedRoute;
}

type HookName = 'astro:routes:resolved' | 'astro:config:done' | 'astro:build:done';
type Hook<K extends HookName> = NonNullable<AstroIntegration['hooks'][K]>;

/**
 * The sitemap of the built site in `outDir`, from the file siteSitemap wrote: the integration's own
 * output, its messages printed as Astro would. Resolves to false when it was not made: the
 * integration logs its errors and goes on, and a build must not.
 */
export async function writeHandedSitemap(handover: string, outDir: string): Promise<boolean> {
	let made = true;
	const say = (write: (line: string) => void) => (message: string) => write(`[@astrojs/sitemap] ${message}`);
	const failed = (message: string) => {
		say(console.error)(message);
		made = false;
	};
	const logger = { info: say(console.log), warn: say(console.warn), error: failed } as AstroIntegrationLogger;
	try {
		const handed: SitemapHandover = JSON.parse(readFileSync(handover, 'utf8'));
		if (handed.lastModified) restoreLastModified(handed.lastModified);
		// The integration's three hooks, given what it reads of their options.
		const { hooks } = sitemap(sitemapOptions());
		const call = <K extends HookName>(hook: K, options: Partial<Parameters<Hook<K>>[0]>) => (hooks[hook] as (options: unknown) => unknown)(options);
		await call('astro:routes:resolved', { routes: handed.routes.map(resolvedRoute) });
		await call('astro:config:done', { config: handed.config as AstroConfig });
		const dir = pathToFileURL(outDir.endsWith('/') ? outDir : `${outDir}/`);
		await call('astro:build:done', { dir, pages: handed.pages.map((pathname) => ({ pathname })), logger });
	} catch (error) {
		failed(`the sitemap was not made: ${error instanceof Error ? error.stack : error}`);
	} finally {
		rmSync(handover, { force: true });
	}
	return made;
}
