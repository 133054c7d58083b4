import { defaultLocale, locales, type Locale } from './locales.ts';

/**
 * Where each language's pages live: English at the root, every other locale under /<locale>/ with the
 * same path after it (/uk/briefs/<slug>/), so each page's twin is found by its path alone.
 */

/** The locale a path is in: /uk/stats/ → uk, /stats/ → en. */
export function pathLocale(path: string): Locale {
	const first = path.split('/')[1];
	return locales.find((l) => l !== defaultLocale && l === first) ?? defaultLocale;
}

/** The path without its locale prefix: /uk/stats/ → /stats/. */
export function basePath(path: string): string {
	const locale = pathLocale(path);
	return locale === defaultLocale ? path : path.slice(locale.length + 1) || '/';
}

/** A site path in a locale: localePath('/stats/', 'uk') → /uk/stats/. */
export function localePath(path: string, locale: Locale): string {
	return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** Astro writes the default locale's 404 page as /404.html (the file hosts serve for a missing address), every other one as /<locale>/404/. */
const notFound = '/404/';

/** The same page in every locale, by locale, each at the address its file is served from. */
export function alternatePaths(path: string): Record<Locale, string> {
	const base = basePath(path.replace(/^(.*\/404)(\.html)?$/, '$1/'));
	return Object.fromEntries(
		locales.map((l) => [l, base === notFound && l === defaultLocale ? '/404.html' : localePath(base, l)]),
	) as Record<Locale, string>;
}
