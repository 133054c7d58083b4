import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { linkOrCopy } from './search-cache.ts';

/** One part of the search index to build: its pages (relative to the site) and where its bundle goes. */
export interface PartJob {
	siteDir: string;
	pages: string[];
	outputPath: string;
	stage: string;
}

export const pagefindOptions = {};
/** Pagefind's other user interfaces, which the site does not use: not shipped once per part. */
export const unusedFiles = /^pagefind-(component-ui|modular-ui|highlight)\./;

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

export async function indexPart({ siteDir, pages, outputPath, stage }: PartJob) {
	stagePages(siteDir, pages, stage);
	const { index, errors } = await pagefind.createIndex(pagefindOptions);
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
