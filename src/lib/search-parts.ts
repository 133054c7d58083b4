/**
 * The search index is split into parts, one Pagefind bundle per language and year of briefs at
 * /pagefind/<lang>/<year>/, so a build re-indexes only the parts whose pages changed, and the two
 * languages' parts of an edited year are indexed at once, one Pagefind process each. A language's
 * search page merges that language's parts into one search (Pagefind's mergeIndex: one list of
 * results, filters merged across the bundles).
 * Pure: used by the indexer, the search page's script and the tests alike.
 */

/** Where the bundles live under the site, and the file listing them. */
export const searchRoot = '/pagefind/';
export const partsFile = 'parts.json';

export interface SearchParts {
	/** Part names (`<lang>/<year>`), newest first; each is a Pagefind bundle at `${searchRoot}${name}/`. */
	parts: string[];
}

const marker = 'data-pagefind-body';
const partName = /\bdata-search-part="([^"]+)"/;
const pageLanguage = /<html\b[^>]*\blang="([^"]+)"/;
const word = /\w/;

/** The first tag holding the data-pagefind-body attribute; found by indexOf, as a regular expression over a whole page costs more than the rest of reading it. */
function indexedTag(html: string): string | undefined {
	for (let at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + 1)) {
		const open = html.lastIndexOf('<', at);
		const close = html.indexOf('>', at);
		const bounded = !word.test(html[at - 1] ?? '') && !word.test(html[at + marker.length] ?? '');
		if (open >= 0 && close >= 0 && html.lastIndexOf('>', at) < open && bounded) return html.slice(open, close + 1);
	}
	return undefined;
}

/**
 * The part a built page is indexed in: its `<html lang>` and the `data-search-part` of its
 * `data-pagefind-body` element ("other" when that element names none, "unknown" for a page without
 * a language, as Pagefind names it), or undefined when the page has no such element (not indexed).
 */
export function searchPartOf(html: string): string | undefined {
	const tag = indexedTag(html);
	if (tag === undefined) return undefined;
	const language = pageLanguage.exec(html)?.[1].toLowerCase() ?? 'unknown';
	return `${language}/${partName.exec(tag)?.[1] ?? 'other'}`;
}

/** The language a part indexes. */
export function partLanguage(part: string): string {
	return part.slice(0, part.indexOf('/'));
}

/** Where a part's bundle is served from. */
export function partPath(part: string, root = searchRoot): string {
	return `${root}${part.split('/').map(encodeURIComponent).join('/')}/`;
}

/**
 * Pagefind's options for one search over a language's parts: the first bundle is the primary one,
 * the rest are merged into it. Results link to the site's root, not to the bundle's folder.
 */
export function mergedSearchOptions({ parts }: SearchParts, language: string, root = searchRoot) {
	const [primary, ...merged] = parts.filter((part) => partLanguage(part) === language.toLowerCase()).map((part) => partPath(part, root));
	const baseUrl = '/';
	return { bundlePath: primary, baseUrl, mergeIndex: merged.map((bundlePath) => ({ bundlePath, baseUrl })) };
}
