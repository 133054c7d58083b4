import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Brief } from '../brief';
import { briefId, checkShare, displayPath, duplicateWarnings, listBriefFiles, readTaxonomies, type CheckedShare } from '../content';
import { translationFileName } from '../translation';
import type { CheckOptions } from './brief';
import { readBriefFile } from './file';
import { byPosition, type Problem } from './problem';
import { latestToday } from './rules';

/**
 * `npm run check` over every core: each file's own check (nearly all the time) is split into shares,
 * one checked on this thread and the others in worker threads; the check across briefs (duplicates)
 * then runs here over all of them. Same problems, in the same order, as checkContent.
 */

export interface ContentCheck {
	briefs: number;
	translations: number;
	problems: Problem[];
}

export interface Share {
	files: string[];
	translations: string[];
}

/** What a share's check sends back: its problems, and what the duplicate check needs of each brief. */
export interface ShareResult {
	briefs: { file: string; brief?: Pick<Brief, 'date' | 'location'> }[];
	problems: Problem[];
}

/** Fewer files than this are checked on one thread: starting a worker costs more than it saves. */
export const minFilesForWorkers = 2000;
/** Briefs are dealt out in runs of this many, so a slow stretch of the folder is shared too. */
const run = 64;

/**
 * The listing dealt out into `count` shares: runs of briefs in turn, each translation in its
 * original's share (a translation without one in the first).
 */
export function shareOut(files: readonly string[], translations: readonly string[], count: number): Share[] {
	const shares = Array.from({ length: count }, (): Share => ({ files: [], translations: [] }));
	const shareOf = new Map<string, Share>();
	files.forEach((path, i) => {
		const share = shares[Math.floor(i / run) % count];
		share.files.push(path);
		shareOf.set(briefId(path), share);
	});
	for (const path of translations) (shareOf.get(translationFileName(basename(path))!.slug) ?? shares[0]).translations.push(path);
	return shares;
}

export function shareResult({ briefs, problems }: CheckedShare): ShareResult {
	return { briefs: briefs.map(({ file, brief }) => ({ file, brief: brief && { date: brief.date, location: brief.location } })), problems };
}

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function checkInWorker(data: { share: Share; taxonomies: unknown; options: CheckOptions }): Promise<ShareResult> {
	// The worker runs the TypeScript sources as this process does, through tsx.
	const worker = new Worker(new URL('./share-worker.ts', import.meta.url), { workerData: data, execArgv: ['--import', tsx] });
	return new Promise((resolve, reject) => {
		worker.once('message', (result: ShareResult) => {
			resolve(result);
			void worker.terminate();
		});
		worker.once('error', (error) => reject(new Error(`checking briefs in a worker thread failed: ${error.message}`, { cause: error })));
		worker.once('exit', (code) => reject(new Error(`a check worker stopped (exit code ${code}) before it finished`)));
	});
}

function textOf(path: string): string {
	const read = readBriefFile(path, basename(path));
	return 'text' in read ? read.text : '';
}

/** Checks CONTENT_DIR as checkContent does, in `threads` threads (this one included). */
export async function checkContentInParallel(dir: string, given: CheckOptions = {}, threads = availableParallelism()): Promise<ContentCheck> {
	const options = { ...given, today: given.today ?? latestToday() };
	const { taxonomies, problems } = readTaxonomies(dir);
	const listed = listBriefFiles(dir);
	problems.push(...listed.problems);
	const files = listed.files.length + listed.translations.length;
	const count = files < minFilesForWorkers ? 1 : Math.max(1, threads);
	const [own, ...others] = shareOut(listed.files, listed.translations, count);
	const workers = others.map((share) => checkInWorker({ share, taxonomies, options }));
	const results = [shareResult(checkShare(own.files, own.translations, taxonomies, options)), ...(await Promise.all(workers))];
	// Back into the listing's order, which decides which of two duplicates is the earlier.
	const byFile = new Map(results.flatMap((result) => result.briefs.map((brief) => [brief.file, brief])));
	const briefs = listed.files.map((path) => byFile.get(displayPath(path))!);
	for (const result of results) problems.push(...result.problems);
	// Only a duplicate's text is needed again, for the place of its date: read it once more.
	problems.push(...duplicateWarnings(briefs, (i) => textOf(listed.files[i])));
	return { briefs: listed.files.length, translations: listed.translations.length, problems: problems.sort(byPosition) };
}
