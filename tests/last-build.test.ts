import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastBuildPages } from '../src/integrations/last-build';
import { linkLastBuild, settleLastBuild } from '../src/lib/last-build';

/** A cache as Astro's incremental build leaves it: a manifest and the pages it lists. */
function lastBuild(pages: Record<string, string>) {
	const work = mkdtempSync(join(tmpdir(), 'briefs-last-build-'));
	const cache = join(work, 'cache');
	const out = join(work, 'dist');
	writeManifest(cache, Object.keys(pages));
	for (const [file, text] of Object.entries(pages)) write(join(cache, 'dist', file), text);
	mkdirSync(join(out, 'old'), { recursive: true });
	writeFileSync(join(out, 'old/leftover.html'), 'from a build before');
	return { cache, out };
}

function write(path: string, text: string) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
}

function writeManifest(cache: string, files: string[]) {
	const paths = Object.fromEntries(files.map((file) => [`/${file}`, { cacheKey: 'k', outputFile: file }]));
	write(join(cache, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { 'src/pages/x.astro': { dependencyHash: 'd', paths } } }));
}

const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();

describe("the last build's pages, linked into the output folder", () => {
	it('are the only files of the emptied output folder, each the cache’s copy itself', () => {
		const { cache, out } = lastBuild({ 'briefs/a/index.html': 'A', 'briefs/b/index.html': 'B' });
		expect(linkLastBuild(cache, out)).toBe(2);
		expect(files(out)).toEqual(['briefs/a/index.html', 'briefs/b/index.html']);
		expect(statSync(join(out, 'briefs/a/index.html')).ino).toBe(statSync(join(cache, 'dist/briefs/a/index.html')).ino);
	});

	it('lose, once the build has finished, the pages the site no longer has, and keep those it wrote', async () => {
		const { cache, out } = lastBuild({ 'briefs/a/index.html': 'A', 'briefs/b/index.html': 'B', 'about/index.html': 'About' });
		linkLastBuild(cache, out);
		await new Promise((r) => setTimeout(r, 20));
		// As Astro does: brief b is gone from the manifest, a is rendered again over its link, about was never cached this time.
		writeFileSync(join(out, 'briefs/a/index.html'), 'A, corrected');
		writeFileSync(join(out, 'about/index.html'), 'About, rendered');
		writeManifest(cache, ['briefs/a/index.html']);
		expect(settleLastBuild(cache, out, true)).toBe(1);
		expect(files(out)).toEqual(['about/index.html', 'briefs/a/index.html']);
		expect(existsSync(join(out, 'briefs/b'))).toBe(false);
		expect(readFileSync(join(out, 'briefs/a/index.html'), 'utf8')).toBe('A, corrected');
	});

	it('leave after a failed build no cache copy written through a link, and no output', async () => {
		const { cache, out } = lastBuild({ 'briefs/a/index.html': 'A', 'briefs/b/index.html': 'B' });
		linkLastBuild(cache, out);
		await new Promise((r) => setTimeout(r, 20));
		writeFileSync(join(out, 'briefs/a/index.html'), 'A, half rendered');
		expect(settleLastBuild(cache, out, false)).toBe(1);
		// The manifest still describes a as it was: its copy is gone, so Astro renders it again.
		expect(existsSync(join(cache, 'dist/briefs/a/index.html'))).toBe(false);
		expect(readFileSync(join(cache, 'dist/briefs/b/index.html'), 'utf8')).toBe('B');
		expect(files(out)).toEqual([]);
	});

	it('after a build killed while they were linked, are linked again without the copies it wrote', async () => {
		const { cache, out } = lastBuild({ 'briefs/a/index.html': 'A', 'briefs/b/index.html': 'B' });
		linkLastBuild(cache, out);
		await new Promise((r) => setTimeout(r, 20));
		writeFileSync(join(out, 'briefs/a/index.html'), 'A, half rendered');
		// No settling: the build was killed.
		linkLastBuild(cache, out);
		expect(files(out)).toEqual(['briefs/b/index.html']);
		expect(existsSync(join(cache, 'dist/briefs/a/index.html'))).toBe(false);
	});

	it('are none without a manifest, the output folder emptied all the same but for a .git', () => {
		const work = mkdtempSync(join(tmpdir(), 'briefs-last-build-'));
		write(join(work, 'dist/stale.html'), 'x');
		write(join(work, 'dist/.git/HEAD'), 'ref: refs/heads/gh-pages');
		expect(linkLastBuild(join(work, 'cache'), join(work, 'dist'))).toBe(0);
		expect(files(join(work, 'dist'))).toEqual(['.git/HEAD']);
	});


	it('keep Astro waiting at the start of its build until npm run build has linked them', async () => {
		const signal = join(mkdtempSync(join(tmpdir(), 'briefs-last-build-')), 'pages-linked.signal');
		const start = lastBuildPages().hooks['astro:build:start']!;
		const logged: string[] = [];
		process.env.OUT_DIR_LINKED = signal;
		try {
			let started = false;
			const waiting = Promise.resolve(start({ logger: { info: (line: string) => logged.push(line) } } as never)).then(() => (started = true));
			await new Promise((r) => setTimeout(r, 150));
			expect(started).toBe(false);
			writeFileSync(signal, '2');
			await waiting;
			expect(logged).toEqual([expect.stringMatching(/^waited 0\.\d s for the last build's pages to be linked$/)]);
		} finally {
			delete process.env.OUT_DIR_LINKED;
		}
	});
});
