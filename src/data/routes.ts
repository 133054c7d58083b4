import type { PaginateFunction } from 'astro';
import type { Locale } from '../lib/i18n/locales';
import { briefPageKey, getArchive } from './archive';
import { getStats, listingPageSize } from './stats';

/**
 * The paths of each page kind, for the route files of both languages (src/pages/ and src/pages/uk/):
 * one function per kind, so a route file is only its locale and its page component.
 */

export async function briefPaths(locale: Locale) {
	const { briefs, sharedDigest } = await getArchive();
	return briefs.map((item) => ({ params: { slug: item.slug }, props: { item }, cacheKey: briefPageKey(item, sharedDigest, locale) }));
}

export async function listingPaths(paginate: PaginateFunction) {
	const { briefs } = await getStats();
	return paginate(briefs, { pageSize: listingPageSize });
}
