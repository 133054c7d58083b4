/**
 * The search index is split into parts, one Pagefind bundle per language and year of briefs at
 * /pagefind/<lang>/<year>/ (a large year split by months: /pagefind/<lang>/<year>-h2/), so a build
 * re-indexes only the parts whose pages changed, and the two languages' parts of an edited year are
 * indexed at once, one Pagefind process each. A language's search page merges that language's parts
 * into one search (Pagefind's mergeIndex: one list of results, filters merged across the bundles).
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
 * Where a built page is indexed: its `<html lang>` and the `data-search-part` of its
 * `data-pagefind-body` element (the brief's month, YYYY-MM; "other" when that element names none;
 * "unknown" for a page without a language, as Pagefind names it), as `<lang>/<key>`, or undefined
 * when the page has no such element (not indexed). assignParts makes parts of these.
 */
export function searchPartOf(html: string): string | undefined {
	const tag = indexedTag(html);
	if (tag === undefined) return undefined;
	const language = pageLanguage.exec(html)?.[1].toLowerCase() ?? 'unknown';
	return `${language}/${partName.exec(tag)?.[1] ?? 'other'}`;
}

/**
 * The most pages one part holds before its year is split: re-indexing 2,500 pages takes about three
 * seconds, and a search loads a few small files from every part of its language (at 50,000 briefs,
 * 22 parts a language: halves of years).
 */
export const pagesPerPart = 2500;
/** A year is one part, or halves, quarters or months, whichever first keeps every part within the limit. */
const splits = [
	{ pieces: 1, name: (year: string) => year },
	{ pieces: 2, name: (year: string, i: number) => `${year}-h${i + 1}` },
	{ pieces: 4, name: (year: string, i: number) => `${year}-q${i + 1}` },
	{ pieces: 12, name: (year: string, i: number) => `${year}-${String(i + 1).padStart(2, '0')}` },
];
const monthKey = /^(.+)\/(\d{4})-(\d{2})$/;

/**
 * The part of each page, from searchPartOf's `<lang>/<key>`: a language's year of briefs is one part,
 * split by months when it holds more than `limit` pages, so an edit re-indexes a part of bounded size
 * however large the archive grows. The same pages always give the same parts.
 */
export function assignParts(keys: readonly string[], limit = pagesPerPart): string[] {
	const parsed = keys.map((key) => monthKey.exec(key));
	const months = new Map<string, number[]>();
	for (const month of parsed) {
		if (!month) continue;
		const year = `${month[1]}/${month[2]}`;
		const counts = months.get(year) ?? months.set(year, Array<number>(12).fill(0)).get(year)!;
		counts[Number(month[3]) - 1]++;
	}
	const splitOf = new Map<string, (typeof splits)[number]>();
	for (const [year, counts] of months) {
		const fits = (pieces: number) => Array.from({ length: pieces }, (_, i) => counts.slice((i * 12) / pieces, ((i + 1) * 12) / pieces).reduce((a, b) => a + b, 0)).every((n) => n <= limit);
		splitOf.set(year, splits.find((split) => fits(split.pieces)) ?? splits.at(-1)!);
	}
	return keys.map((key, i) => {
		const month = parsed[i];
		if (!month) return key;
		const split = splitOf.get(`${month[1]}/${month[2]}`)!;
		return `${month[1]}/${split.name(month[2], Math.floor(((Number(month[3]) - 1) * split.pieces) / 12))}`;
	});
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
