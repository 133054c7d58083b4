import { createHash, type Hash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { installedVersion } from './installed.ts';
import { linkOrCopy, openSearchIndexCache } from './search-cache.ts';
import { partsFile, searchPartOf, searchRoot, type SearchParts } from './search-parts.ts';

/**
 * The site's search index: Pagefind over the built pages, one bundle per part (year) under
 * <site>/pagefind/<part>/, listed in <site>/pagefind/parts.json. Only elements marked
 * data-pagefind-body (the brief article) are indexed. A part whose pages are byte for byte the last
 * build's takes the bundle made then; the others are indexed one at a time, Pagefind restarted for
 * each, so its memory is that of the largest year, not of the archive.
 */

const options = {};
/** The files of a bundle the search page loads from the root: the UI (the same in every bundle). */
const uiFiles = ['pagefind-ui.js', 'pagefind-ui.css'];
/** Pagefind's other user interfaces, which the site does not use: not shipped once per part. */
const unusedFiles = /^pagefind-(component-ui|modular-ui|highlight)\./;

export interface PartResult {
	part: string;
	pages: number;
	cached: boolean;
}

export type SearchIndexResult = { parts: PartResult[] };

interface Part {
	pages: string[];
	hash: Hash;
}

function htmlFiles(dir: string, skip: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((path) => !path.startsWith(skip))
		.sort();
}

/** Every indexed page by part, with the digest of the part's pages (paths and bytes) and the indexer. */
function readParts(siteDir: string, outputPath: string): Map<string, Part> {
	const indexer = `pagefind ${installedVersion('pagefind', import.meta.url)} ${JSON.stringify(options)} without ${unusedFiles.source}`;
	const parts = new Map<string, Part>();
	for (const path of htmlFiles(siteDir, outputPath)) {
		const html = readFileSync(path);
		const name = searchPartOf(html.toString('utf8'));
		if (name === undefined) continue;
		let part = parts.get(name);
		if (!part) parts.set(name, (part = { pages: [], hash: createHash('sha256').update(`${indexer}\n${name}\n`) }));
		const page = relative(siteDir, path);
		part.pages.push(page);
		part.hash.update(`${page}\n`).update(html).update('\n');
	}
	return parts;
}

/**
 * Pagefind reads a folder fastest itself (about twice as fast as pages sent to it one by one), so a
 * part's pages are hard-linked into a folder of their own, under the same paths, and indexed from there.
 */
function stagePages(siteDir: string, pages: string[], stage: string) {
	rmSync(stage, { recursive: true, force: true });
	for (const page of pages) {
		const [from, to] = [join(siteDir, page), join(stage, page)];
		mkdirSync(dirname(to), { recursive: true });
		linkOrCopy(from, to);
	}
}

async function indexPart(siteDir: string, pages: string[], outputPath: string, stage: string) {
	stagePages(siteDir, pages, stage);
	const { index, errors } = await pagefind.createIndex(options);
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: stage });
		if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
		if (added.page_count !== pages.length) throw new Error(`Pagefind indexed ${added.page_count} of the ${pages.length} pages in ${stage}`);
		rmSync(outputPath, { recursive: true, force: true });
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		for (const name of readdirSync(outputPath)) if (unusedFiles.test(name)) rmSync(join(outputPath, name));
	} finally {
		// A new Pagefind process for each part: it gives back the memory of the part before.
		await pagefind.close();
		rmSync(stage, { recursive: true, force: true });
	}
}

export async function indexSearch(siteDir: string, cacheDir: string): Promise<SearchIndexResult> {
	const outputPath = join(siteDir, searchRoot);
	const cache = openSearchIndexCache(join(cacheDir, 'search-index'));
	const parts = readParts(siteDir, outputPath);
	// Newest first: the primary bundle of the search page is the year most searched and most edited.
	const names = [...parts.keys()].sort((a, b) => b.localeCompare(a));
	const results: PartResult[] = [];
	rmSync(outputPath, { recursive: true, force: true });
	mkdirSync(outputPath, { recursive: true });
	for (const name of names) {
		const { pages, hash } = parts.get(name)!;
		const digest = hash.digest('hex');
		const bundle = join(outputPath, encodeURIComponent(name));
		const cached = cache.restore(name, digest, bundle);
		if (!cached) {
			await indexPart(siteDir, pages, bundle, join(cacheDir, 'search-index-stage'));
			cache.keep(name, digest, bundle);
		}
		results.push({ part: name, pages: pages.length, cached });
	}
	cache.retain(names);
	if (names.length) for (const file of uiFiles) cpSync(join(outputPath, encodeURIComponent(names[0]), file), join(outputPath, file));
	writeFileSync(join(outputPath, partsFile), `${JSON.stringify({ parts: names } satisfies SearchParts)}\n`);
	return { parts: results };
}

export function searchIndexMessage({ parts }: SearchIndexResult): string {
	const indexed = parts.filter((p) => !p.cached);
	const pages = (list: PartResult[]) => list.reduce((sum, p) => sum + p.pages, 0);
	if (!indexed.length) return `Search index unchanged: no page of its ${parts.length} parts changed since the last build`;
	const reused = parts.length - indexed.length;
	return `Indexed ${pages(indexed)} pages for search in ${indexed.length} of ${parts.length} parts (${indexed.map((p) => p.part).join(', ')})${reused ? `; ${reused} unchanged, reused` : ''}`;
}
