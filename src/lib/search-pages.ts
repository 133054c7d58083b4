import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { searchPartOf } from './search-parts.ts';

/**
 * What the search indexer knows of each built page: where it is indexed (searchPartOf) and the digest
 * of its bytes, kept from one build to the next by the file's identity (device, inode, size and
 * modification time). `npm run build` links the last build's unchanged pages into the output folder
 * (last-build.ts), so such a page is the same file as last time and is not read again: reading every
 * page of 50,000 briefs (3.3 GB) was most of a build's search step, and all of it when the disk cache
 * was cold. A page written anew is a new file version, and is read.
 */

export interface PageFacts {
	/** searchPartOf's `<lang>/<key>`, or none for a page not indexed. */
	key?: string;
	digest: string;
}

type Known = Record<string, PageFacts & { file: string }>;

export function openSearchPages(file: string) {
	let known: Known = {};
	try {
		known = JSON.parse(readFileSync(file, 'utf8')) as Known;
	} catch {
		// None yet, or unreadable: every page is read.
	}
	const next: Known = {};
	let read = 0;
	return {
		/** The facts of the page at `path`, known by `page` (its path in the site). */
		facts(path: string, page: string): PageFacts {
			const stat = statSync(path);
			const version = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
			const last = known[page];
			if (last?.file === version) return (next[page] = last);
			read++;
			const html = readFileSync(path);
			const key = searchPartOf(html.toString('utf8'));
			const facts: Known[string] = { file: version, ...(key === undefined ? {} : { key }), digest: createHash('sha256').update(html).digest('hex') };
			return (next[page] = facts);
		},
		/** How many pages were read, not known. */
		read: () => read,
		/** Keeps the facts of this build's pages (and no others) for the next. */
		save() {
			writeFileSync(file, JSON.stringify(next));
		},
	};
}
