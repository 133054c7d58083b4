import type { PaginateFunction } from 'astro';
import type { Locale } from '../lib/i18n/locales';
import { pagesKeyedOnTheirBriefs } from '../lib/listing-key';
import { briefPageKey, getArchive, listedBrief } from './archive';
import { getStats, listingPageSize } from './stats';

/**
 * The paths of each page kind, for the route files of both languages (src/pages/ and src/pages/uk/):
 * one function per kind, so a route file is only its locale and its page component.
 */

export async function briefPaths(locale: Locale) {
	const { briefs, sharedDigest } = await getArchive();
	return briefs.map((item) => ({ params: { slug: item.slug }, props: { item }, cacheKey: briefPageKey(item, sharedDigest, locale) }));
}

/** All briefs, a hundred a page; each page counts the whole archive, and lists its hundred. */
export async function listingPaths(paginate: PaginateFunction) {
	const { briefs } = await getStats();
	const { counted } = await getArchive();
	return pagesKeyedOnTheirBriefs(paginate(briefs, { pageSize: listingPageSize }), listedBrief, counted);
}
