/**
 * The search index is split into parts, one Pagefind bundle per year of briefs at /pagefind/<year>/,
 * so a build re-indexes only the years whose pages changed. The search page merges them into one
 * search (Pagefind's mergeIndex: one list of results, filters merged across the bundles). A bundle
 * holds every language's pages of its year; Pagefind picks the page's language in each.
 * Pure: used by the indexer, the search page's script and the tests alike.
 */

/** Where the bundles live under the site, and the file listing them. */
export const searchRoot = '/pagefind/';
export const partsFile = 'parts.json';

export interface SearchParts {
	/** Part names, newest first; each is a Pagefind bundle at `${searchRoot}${name}/`. */
	parts: string[];
}

const partAttribute = /<[^>]*\bdata-pagefind-body\b[^>]*>/;
const partName = /\bdata-search-part="([^"]+)"/;

/**
 * The part a built page is indexed in: the `data-search-part` of its `data-pagefind-body` element,
 * "other" when that element names none, undefined when the page has no such element (not indexed).
 */
export function searchPartOf(html: string): string | undefined {
	const body = partAttribute.exec(html);
	if (!body) return undefined;
	return partName.exec(body[0])?.[1] ?? 'other';
}

/** Where a part's bundle is served from. */
function partPath(part: string, root = searchRoot): string {
	return `${root}${encodeURIComponent(part)}/`;
}

/**
 * Pagefind's options for one search over every part: the first bundle is the primary one, the rest
 * are merged into it. Results link to the site's root, not to the bundle's folder.
 */
export function mergedSearchOptions({ parts }: SearchParts, root = searchRoot) {
	const [primary, ...merged] = parts.map((part) => partPath(part, root));
	const baseUrl = '/';
	return { bundlePath: primary, baseUrl, mergeIndex: merged.map((bundlePath) => ({ bundlePath, baseUrl })) };
}
