import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkOrCopy } from './search-cache.ts';

/**
 * The last build's pages, linked into the output folder for Astro. Astro's incremental build copies
 * each unchanged page from its cache, one file after another, waiting on the disk for each (45 of a
 * 58 s page step at 50,000 briefs); a page already in the output folder it leaves as it is. So
 * `npm run build` hard-links every page of Astro's cache manifest into the emptied output folder
 * while Astro starts (scripts/last-build.ts; Astro waits for it, src/integrations/last-build.ts), and
 * Astro renders only what changed, over the linked file.
 *
 * A page Astro renders again is written through its link into the cache's copy too, which Astro then
 * writes with the same bytes. A build that fails or is killed in between would leave a cache copy
 * newer than the manifest that describes it: such copies are deleted (Astro renders a page whose copy
 * is missing), at once after a failure and at the next build after a kill. Pages gone from the site
 * (a deleted brief) are removed from the output folder once the build has written its manifest.
 */

/** Astro's incremental build keeps its manifest and the pages it describes here, under its cacheDir. */
const manifestFile = 'incremental-build.json';
const pagesDir = 'dist';
/**
 * Present while an output folder holds links into the cache, listing the pages linked, one a line;
 * written just before they were, so a linked page modified later was written by this build. A
 * build that never removed it was killed.
 */
const linkedMarker = 'pages-linked';

interface Manifest {
	routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

/** The pages the marker lists, and when they were linked; none without a marker. */
function linkedPages(marker: string): { files: string[]; linkedAt: number } | undefined {
	if (!existsSync(marker)) return undefined;
	const text = readFileSync(marker, 'utf8');
	return { files: text ? text.split('\n') : [], linkedAt: statSync(marker).mtimeMs };
}

/** Every page Astro's manifest lists, relative to the output folder; none without a manifest. */
function manifestPages(cacheDir: string): string[] {
	let manifest: Manifest;
	try {
		manifest = JSON.parse(readFileSync(join(cacheDir, manifestFile), 'utf8')) as Manifest;
	} catch {
		return [];
	}
	return Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((path) => path.outputFile));
}

function modifiedSince(path: string, time: number): boolean {
	try {
		return statSync(path).mtimeMs > time;
	} catch {
		return false;
	}
}

/** Deletes the cache's copies written since `time`: written through a link by a build that did not finish. */
function forgetCopiesWrittenSince(cacheDir: string, time: number): number {
	let forgotten = 0;
	for (const file of manifestPages(cacheDir)) {
		const copy = join(cacheDir, pagesDir, file);
		if (modifiedSince(copy, time)) {
			rmSync(copy, { force: true });
			forgotten++;
		}
	}
	return forgotten;
}

/** As Astro empties the output folder: all but a `.git` (an output folder that is a checkout of a Pages branch). */
function emptyFolder(dir: string) {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

/** Empties `outDir` and links the last build's pages into it; returns how many (none when Astro's cache has none). */
export function linkLastBuild(cacheDir: string, outDir: string): number {
	const marker = join(cacheDir, linkedMarker);
	const killed = linkedPages(marker);
	if (killed) forgetCopiesWrittenSince(cacheDir, killed.linkedAt);
	emptyFolder(outDir);
	const files = manifestPages(cacheDir).filter((file) => existsSync(join(cacheDir, pagesDir, file)));
	rmSync(marker, { force: true });
	if (!files.length) return 0;
	writeFileSync(marker, files.join('\n'));
	const made = new Set<string>();
	for (const file of files) {
		const [from, to] = [join(cacheDir, pagesDir, file), join(outDir, file)];
		const folder = dirname(to);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		// On another file system, or one without hard links, a copy: it shares nothing with the cache.
		linkOrCopy(from, to);
	}
	return files.length;
}

/**
 * The pages Astro wrote anew, each also as its cache copy, made one file with that copy: the next
 * build links the same file, which the search index then knows unread (search-pages.ts).
 */
function linkNewPages(cacheDir: string, outDir: string, pages: string[]) {
	for (const file of pages) {
		const [copy, page] = [join(cacheDir, pagesDir, file), join(outDir, file)];
		try {
			const [a, b] = [statSync(copy), statSync(page)];
			if (a.ino === b.ino || a.size !== b.size) continue;
			linkSync(copy, `${page}.linking`);
			renameSync(`${page}.linking`, page);
		} catch {
			// No copy, another file system: the page stays as written.
		}
	}
}

/**
 * After Astro: a finished build's output loses the linked pages the site no longer has; a failed
 * build's cache loses the copies it wrote through links, and its output folder goes. Returns how
 * many pages or copies went.
 */
export function settleLastBuild(cacheDir: string, outDir: string, succeeded: boolean): number {
	const marker = join(cacheDir, linkedMarker);
	const pages = succeeded ? manifestPages(cacheDir) : [];
	linkNewPages(cacheDir, outDir, pages);
	const linked = linkedPages(marker);
	if (!linked) return 0;
	let removed = 0;
	if (succeeded) {
		const kept = new Set(pages);
		for (const file of linked.files) {
			const page = join(outDir, file);
			if (kept.has(file) || modifiedSince(page, linked.linkedAt)) continue;
			unlinkSync(page);
			removed++;
			try {
				rmdirSync(dirname(page));
			} catch {
				// Not empty: the folder holds other pages.
			}
		}
	} else {
		removed = forgetCopiesWrittenSince(cacheDir, linked.linkedAt);
		// A failed build publishes nothing, not the last build's pages without the rest of the site.
		emptyFolder(outDir);
	}
	rmSync(marker);
	return removed;
}
