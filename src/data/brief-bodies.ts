import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../site';

/**
 * Rendered brief bodies, one HTML file per brief digest, kept beside Astro's data store instead of in
 * it. Astro bundles the whole store into the build as one string literal, and V8 takes time growing
 * with the square of a literal's length to compile it: 30 s for the HTML of 10,000 briefs.
 */
const folder = join(cacheDir, 'brief-bodies');
const bodyFile = (digest: string) => join(folder, `${digest}.html`);

export function hasBody(digest: string): boolean {
	return existsSync(bodyFile(digest));
}

export function writeBody(digest: string, html: string) {
	mkdirSync(folder, { recursive: true });
	writeFileSync(bodyFile(digest), html);
}

/** The body of a stored brief, by its digest. */
export function readBody(digest: string | number | undefined): string {
	if (digest === undefined) throw new Error('a brief entry without a digest has no rendered body');
	return readFileSync(bodyFile(String(digest)), 'utf8');
}

/** Removes the bodies of briefs that changed or went away. */
export function pruneBodies(keep: ReadonlySet<string>) {
	if (!existsSync(folder)) return;
	for (const name of readdirSync(folder)) {
		if (!keep.has(name.replace(/\.html$/, ''))) rmSync(join(folder, name), { force: true });
	}
}
