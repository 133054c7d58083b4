import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Brief } from '../brief.ts';
import { briefId, checkShare, displayPath, duplicateWarnings, listBriefFiles, readTaxonomies, type CheckedShare } from '../content.ts';
import type { Taxonomies } from '../taxonomy.ts';
import { translationFileName } from '../translation.ts';
import type { CheckOptions } from './brief.ts';
import { readBriefFile } from './file.ts';
import { byPosition, type Problem } from './problem.ts';
import { latestToday } from './rules.ts';

/**
 * `npm run check` over every core: each file's own check (nearly all the time) is split into runs
 * of briefs, which this thread and worker threads take one after another from a shared counter (so a
 * worker still loading its modules takes fewer); the check across briefs (duplicates) then runs here
 * over all of them. Same problems, in the same order, as checkContent.
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
/** Briefs are taken in runs of this many, each thread taking the next run when done with one. */
const run = 64;

/** The listing in runs of briefs, each translation in its original's run (a translation without one in the first). */
export function runsOf(files: readonly string[], translations: readonly string[]): Share[] {
	const runs = Array.from({ length: Math.max(1, Math.ceil(files.length / run)) }, (): Share => ({ files: [], translations: [] }));
	const runOf = new Map<string, Share>();
	files.forEach((path, i) => {
		runs[Math.floor(i / run)].files.push(path);
		runOf.set(briefId(path), runs[Math.floor(i / run)]);
	});
	for (const path of translations) (runOf.get(translationFileName(basename(path))!.slug) ?? runs[0]).translations.push(path);
	return runs;
}

/** Work shared between threads: the runs, and the index of the next run not taken (in shared memory). */
export interface SharedRuns {
	runs: Share[];
	next: Int32Array;
}

/** Checks runs until none is left; a thread that starts late (a worker loading its modules) simply takes fewer. */
export function checkRuns({ runs, next }: SharedRuns, taxonomies: Taxonomies, options: CheckOptions): ShareResult[] {
	const results: ShareResult[] = [];
	for (let i = Atomics.add(next, 0, 1); i < runs.length; i = Atomics.add(next, 0, 1)) {
		results.push(shareResult(checkShare(runs[i].files, runs[i].translations, taxonomies, options)));
	}
	return results;
}

function shareResult({ briefs, problems }: CheckedShare): ShareResult {
	return { briefs: briefs.map(({ file, brief }) => ({ file, brief: brief && { date: brief.date, location: brief.location } })), problems };
}

function checkInWorker(data: { work: SharedRuns; taxonomies: Taxonomies; options: CheckOptions }): Promise<ShareResult[]> {
	// Node runs the TypeScript sources as they are (every relative import names its .ts file).
	const worker = new Worker(new URL('./share-worker.ts', import.meta.url), { workerData: data });
	return new Promise((resolve, reject) => {
		worker.once('message', (result: ShareResult[]) => {
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
	const work: SharedRuns = { runs: runsOf(listed.files, listed.translations), next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) };
	const workers = Array.from({ length: count - 1 }, () => checkInWorker({ work, taxonomies, options }));
	const results = [...checkRuns(work, taxonomies, options), ...(await Promise.all(workers)).flat()];
	// Back into the listing's order, which decides which of two duplicates is the earlier.
	const byFile = new Map(results.flatMap((result) => result.briefs.map((brief) => [brief.file, brief])));
	const briefs = listed.files.map((path) => byFile.get(displayPath(path))!);
	for (const result of results) problems.push(...result.problems);
	// Only a duplicate's text is needed again, for the place of its date: read it once more.
	problems.push(...duplicateWarnings(briefs, (i) => textOf(listed.files[i])));
	return { briefs: listed.files.length, translations: listed.translations.length, problems: problems.sort(byPosition) };
}
