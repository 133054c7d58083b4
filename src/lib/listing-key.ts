import { createHash } from 'node:crypto';

/** What a listing shows of one brief: its address, and what its file and its translations say (their digests). */
export interface ListedBrief {
	slug: string;
	digest: string;
	translations: string;
}

/**
 * The digest of briefs as they are shown, in order, for Astro's incremental build: the briefs a page
 * lists (pagesKeyedOnTheirBriefs), or every brief for a file made of all of them (the data files),
 * with what every page shares (taxonomies, site settings, or countedDigest). A page is copied from
 * the last build only while this and its code are unchanged.
 */
export function listingDigest(briefs: readonly ListedBrief[], shared: string): string {
	const hash = createHash('sha256').update(shared);
	for (const { slug, digest, translations } of briefs) hash.update(`\n${slug}=${digest}/${translations}`);
	return hash.digest('hex');
}

/**
 * The digest of what a page counts across the archive (its totals, its pager, the share card it shows):
 * every brief's data but the title and summary, which a listing shows only on the page that lists the
 * brief, and what every page shares. A title corrected changes the page listing the brief, not this.
 */
export function countedDigest(briefs: readonly { slug: string; brief: Counted }[], shared: string): string {
	const hash = createHash('sha256').update(shared);
	for (const { slug, brief } of briefs) hash.update(`\n${slug}=${countedOf(brief)}`);
	return hash.digest('hex');
}

type Counted = { title: string; summary: string };

/** A brief is counted by many listings (its region's, each munition type's, the archive's): its part is made once. */
const countedParts = new WeakMap<Counted, string>();

function countedOf(brief: Counted): string {
	let found = countedParts.get(brief);
	if (found === undefined) {
		const { title, summary, ...rest } = brief;
		countedParts.set(brief, (found = createHash('sha256').update(JSON.stringify(rest)).digest('hex')));
	}
	return found;
}

/**
 * The pages of a listing, each keyed on the briefs it lists itself and on what it counts (a slice's
 * or the whole archive's countedDigest): a brief's text edited renders again only the page listing it.
 */
export function pagesKeyedOnTheirBriefs<B, T extends { props: { page: { currentPage: number; data: B[] } } }>(
	pages: readonly T[],
	listed: (item: B) => ListedBrief,
	counted: string,
): (T & { cacheKey: string })[] {
	return pages.map((path) => ({ ...path, cacheKey: `${listingDigest(path.props.page.data.map(listed), counted)}:${path.props.page.currentPage}` }));
}
