import { basePath, localePath } from './i18n/paths.ts';
import { locales } from './i18n/locales.ts';
import { withLastModified } from './last-modified.ts';

/**
 * @astrojs/sitemap's filter and serialize for the site: pages only (no data files, feeds or images,
 * no 404 page in any language), each with its <lastmod> when known and its twins in the other
 * languages as <xhtml:link rel="alternate">. The integration's own i18n option finds a page's twins by
 * comparing it with every other page (quadratic: 4 s at 22,000 pages, about 75 s at 110,000), so
 * the twins are looked up here by address among the pages the filter let through.
 */

export interface SitemapItem {
	url: string;
	lastmod?: string;
	links?: { url: string; lang: string }[];
}

const statusPages = new Set(['/404/', '/500/']);

/** A page, by its address: no file extension (data files, feeds, images), not a status page. */
function isListedPage(url: string): boolean {
	const { pathname } = new URL(url);
	return !/\.[a-z0-9]+$/i.test(pathname) && !statusPages.has(basePath(pathname.endsWith('/') ? pathname : `${pathname}/`));
}

/** The integration's order: addresses compared as it sorts them. */
const byAddress = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url, 'en', { numeric: true });

export function sitemapOptions() {
	// The integration calls filter on every address, then serialize on each kept one: a filter call
	// after serialize has begun is a new build in the same process.
	let listed = new Set<string>();
	let serializing = false;
	return {
		filter(url: string): boolean {
			if (serializing) [listed, serializing] = [new Set(), false];
			if (!isListedPage(url)) return false;
			listed.add(url);
			return true;
		},
		serialize<T extends SitemapItem>(item: T): T {
			serializing = true;
			const url = new URL(item.url);
			const base = basePath(url.pathname);
			const links = locales
				.map((lang) => ({ url: new URL(localePath(base, lang), url).href, lang }))
				.filter((link) => listed.has(link.url))
				.sort(byAddress);
			return withLastModified(links.length > 1 ? { ...item, links } : item);
		},
	};
}
