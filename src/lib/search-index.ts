import { createHash, type Hash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { installedVersion } from './installed.ts';
import { openSearchIndexCache } from './search-cache.ts';
import { pagefindOptions, unusedFiles, type PartJob } from './search-part.ts';
import { openSearchPages } from './search-pages.ts';
import { assignParts, partPath, partsFile, searchRoot, type SearchParts } from './search-parts.ts';

/**
 * The site's search index: Pagefind over the built pages, one bundle per part (language and year)
 * under <site>/pagefind/<lang>/<year>/, listed in <site>/pagefind/parts.json. Only elements marked
 * data-pagefind-body (the brief article) are indexed. A part whose pages are byte for byte the last
 * build's takes the bundle made then; the others are indexed one per core at a time, each in a
 * Pagefind process of its own, so its memory is that of the largest parts, not of the archive.
 */

/** The files of a bundle the search page loads from the root: the UI (the same in every bundle). */
const uiFiles = ['pagefind-ui.js', 'pagefind-ui.css'];

export interface PartResult {
	part: string;
	pages: number;
	cached: boolean;
}

/** The parts, and how many built pages were read (the others known from the last build, search-pages.ts). */
export type SearchIndexResult = { parts: PartResult[]; read: number };

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
function readParts(siteDir: string, outputPath: string, known: ReturnType<typeof openSearchPages>): Map<string, Part> {
	const indexer = `pagefind ${installedVersion('pagefind', import.meta.url)} ${JSON.stringify(pagefindOptions)} without ${unusedFiles.source}`;
	const pages: { page: string; key: string; digest: string }[] = [];
	for (const path of htmlFiles(siteDir, outputPath)) {
		const page = relative(siteDir, path);
		const { key, digest } = known.facts(path, page);
		if (key !== undefined) pages.push({ page, key, digest });
	}
	const names = assignParts(pages.map((p) => p.key));
	const parts = new Map<string, Part>();
	for (const [i, { page, digest }] of pages.entries()) {
		const name = names[i];
		let part = parts.get(name);
		if (!part) parts.set(name, (part = { pages: [], hash: createHash('sha256').update(`${indexer}\n${name}\n`) }));
		part.pages.push(page);
		part.hash.update(`${page}\n${digest}\n`);
	}
	return parts;
}

/** Indexes one part in a thread, and so a Pagefind process, of its own. */
function indexInThread(job: PartJob): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./search-part-worker.ts', import.meta.url), { workerData: job });
		worker.once('message', () => resolve());
		worker.once('error', (error) => reject(new Error(`indexing ${job.outputPath} for search failed: ${error.message}`, { cause: error })));
		worker.once('exit', (code) => reject(new Error(`the search indexer of ${job.outputPath} stopped (exit code ${code}) before it finished`)));
	});
}

/** Runs the jobs `threads` at a time, each as soon as one before it ends; rejects with the first failure once all have settled. */
async function inParallel(jobs: (() => Promise<void>)[], threads: number) {
	let next = 0;
	const failures: unknown[] = [];
	const run = async () => {
		while (next < jobs.length) await jobs[next++]().catch((error: unknown) => failures.push(error));
	};
	await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, run));
	if (failures.length) throw failures[0];
}

export async function indexSearch(siteDir: string, cacheDir: string, { threads = availableParallelism() } = {}): Promise<SearchIndexResult> {
	const outputPath = join(siteDir, searchRoot);
	const cache = openSearchIndexCache(join(cacheDir, 'search-index'));
	const known = openSearchPages(join(cacheDir, 'search-pages.json'));
	const parts = readParts(siteDir, outputPath, known);
	// Newest first: the primary bundle of a search page is its language's year most searched and most edited.
	const names = [...parts.keys()].sort((a, b) => b.localeCompare(a));
	const results: PartResult[] = [];
	const jobs: (() => Promise<void>)[] = [];
	rmSync(outputPath, { recursive: true, force: true });
	mkdirSync(outputPath, { recursive: true });
	for (const name of names) {
		const { pages, hash } = parts.get(name)!;
		const digest = hash.digest('hex');
		const bundle = join(siteDir, partPath(name));
		const cached = cache.restore(name, digest, bundle);
		if (!cached) {
			const stage = join(cacheDir, 'search-index-stage', encodeURIComponent(name));
			jobs.push(async () => {
				await indexInThread({ siteDir, pages, outputPath: bundle, stage });
				cache.keep(name, digest, bundle);
			});
		}
		results.push({ part: name, pages: pages.length, cached });
	}
	await inParallel(jobs, threads);
	rmSync(join(cacheDir, 'search-index-stage'), { recursive: true, force: true });
	cache.retain(names);
	known.save();
	if (names.length) for (const file of uiFiles) cpSync(join(siteDir, partPath(names[0]), file), join(outputPath, file));
	writeFileSync(join(outputPath, partsFile), `${JSON.stringify({ parts: names } satisfies SearchParts)}\n`);
	return { parts: results, read: known.read() };
}

export function searchIndexMessage({ parts }: SearchIndexResult): string {
	const indexed = parts.filter((p) => !p.cached);
	const pages = (list: PartResult[]) => list.reduce((sum, p) => sum + p.pages, 0);
	if (!indexed.length) return `Search index unchanged: no page of its ${parts.length} parts changed since the last build`;
	const reused = parts.length - indexed.length;
	return `Indexed ${pages(indexed)} pages for search in ${indexed.length} of ${parts.length} parts (${indexed.map((p) => p.part).join(', ')})${reused ? `; ${reused} unchanged, reused` : ''}`;
}
