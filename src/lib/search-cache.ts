import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The search index depends only on the built pages, so a build whose pages are byte for byte those
 * of the last one takes the index made then instead of running Pagefind again. One index is kept:
 * the folder holds `<digest>/`, the digest of every HTML page's path and bytes plus the indexer's
 * version and options.
 */

function htmlFiles(dir: string, skip: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((path) => !path.startsWith(skip))
		.sort();
}

export function pagesDigest(siteDir: string, indexDir: string, indexer: string): string {
	const hash = createHash('sha256').update(`${indexer}\n`);
	for (const path of htmlFiles(siteDir, indexDir)) hash.update(`${relative(siteDir, path)}\n`).update(readFileSync(path)).update('\n');
	return hash.digest('hex');
}

export interface SearchIndexCache {
	/** Copies the index cached under `digest` to `to`; false when there is none. */
	restore(digest: string, to: string): boolean;
	/** Keeps a copy of the index at `from` under `digest`, in place of any older one. */
	keep(digest: string, from: string): void;
}

export function openSearchIndexCache(dir: string): SearchIndexCache {
	return {
		restore(digest, to) {
			const cached = join(dir, digest);
			if (!existsSync(cached)) return false;
			rmSync(to, { recursive: true, force: true });
			cpSync(cached, to, { recursive: true });
			return true;
		},
		keep(digest, from) {
			const partial = join(dir, `${digest}.${process.pid}.partial`);
			rmSync(partial, { recursive: true, force: true });
			cpSync(from, partial, { recursive: true });
			for (const name of existsSync(dir) ? readdirSync(dir) : []) {
				if (!name.endsWith('.partial')) rmSync(join(dir, name), { recursive: true, force: true });
			}
			renameSync(partial, join(dir, digest));
		},
	};
}
