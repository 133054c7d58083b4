import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Each part of the search index depends only on its own pages, so a build whose pages of a part are
 * byte for byte those of the last one takes that part's bundle made then instead of running Pagefind
 * on them again. One bundle is kept per part: `<dir>/<part>/<digest>/`, the digest of the part's
 * pages (paths and bytes) plus the indexer's version and options.
 */

export interface SearchIndexCache {
	/** Places the bundle of `part` cached under `digest` at `to`; false when there is none. */
	restore(part: string, digest: string, to: string): boolean;
	/** Keeps the bundle at `from` as `part`'s, under `digest`, in place of any older one. */
	keep(part: string, digest: string, from: string): void;
	/** Drops the bundles of parts that no longer exist. */
	retain(parts: string[]): void;
}

/** Hard links the file `from` at `to`, copying it where links fail (another file system). */
export function linkOrCopy(from: string, to: string) {
	try {
		linkSync(from, to);
	} catch {
		cpSync(from, to);
	}
}

/** Hard links every file of `from` into `to` (a bundle is never written in place), copying where links fail. */
function linkTree(from: string, to: string) {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const [source, target] = [join(from, entry.name), join(to, entry.name)];
		if (entry.isDirectory()) linkTree(source, target);
		else linkOrCopy(source, target);
	}
}

export function openSearchIndexCache(dir: string): SearchIndexCache {
	return {
		restore(part, digest, to) {
			const cached = join(dir, encodeURIComponent(part), digest);
			if (!existsSync(cached)) return false;
			rmSync(to, { recursive: true, force: true });
			linkTree(cached, to);
			return true;
		},
		keep(part, digest, from) {
			const folder = join(dir, encodeURIComponent(part));
			const partial = join(folder, `${digest}.${process.pid}.partial`);
			rmSync(partial, { recursive: true, force: true });
			linkTree(from, partial);
			for (const name of existsSync(folder) ? readdirSync(folder) : []) {
				if (!name.endsWith('.partial')) rmSync(join(folder, name), { recursive: true, force: true });
			}
			renameSync(partial, join(folder, digest));
		},
		retain(parts) {
			const kept = new Set(parts.map((part) => encodeURIComponent(part)));
			for (const name of existsSync(dir) ? readdirSync(dir) : []) {
				if (!kept.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
			}
		},
	};
}
