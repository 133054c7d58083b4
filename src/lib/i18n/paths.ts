import { defaultLocale, locales, type Locale } from './locales';

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

/** The same page in every locale, by locale. */
export function alternatePaths(path: string): Record<Locale, string> {
	const base = basePath(path);
	return Object.fromEntries(locales.map((l) => [l, localePath(base, l)])) as Record<Locale, string>;
}
