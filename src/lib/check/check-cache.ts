import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { sourceDigest } from '../source-digest.ts';
import { latestToday } from './rules.ts';

/**
 * The checker's results of the last build, per file, so a build checks again only what changed.
 * A result is reused only under the same key: the file's text and name, the original's text (for a
 * translation), both taxonomy files, the day (the check knows the future from it), the options and
 * the checker's own code. Results keep every problem, so a reused check reports all it reported.
 */

export interface CheckCache {
	/** The stored result under the key made of `parts` (a file's name and text, say), or `check()`'s, stored under it. */
	result<T>(parts: string[], check: () => T): T;
	/** Writes the results used since opening (only those: results of changed or removed files go), unless they are the stored ones. */
	save(): void;
	/** How many results were reused and how many checked, since opening. */
	readonly counts: { reused: number; checked: number };
}

/** The parts of a key that are the same for every file of one check. */
export interface CheckContext {
	/** The checker's code: `checkerDigest()`, or any string a test sets. */
	checker: string;
	/** The taxonomy files' texts. */
	taxonomies: string[];
	options: { today?: string; alwaysParseBody?: boolean };
}

const cacheVersion = '1';

/** Opens the results kept in `file` (none when it is missing, unreadable or of another version). */
export function openCheckCache(file: string, context: CheckContext): CheckCache {
	const shared = createHash('sha256').update(
		JSON.stringify([cacheVersion, context.checker, context.taxonomies, context.options.today ?? latestToday(), Boolean(context.options.alwaysParseBody)]),
	);
	let stored = new Map<string, unknown>();
	try {
		if (existsSync(file)) stored = deserialize(readFileSync(file)) as Map<string, unknown>;
	} catch {
		// A cache that cannot be read is no cache: everything is checked again.
	}
	const used = new Map<string, unknown>();
	const counts = { reused: 0, checked: 0 };
	return {
		counts,
		result<T>(parts: string[], check: () => T): T {
			const full = shared.copy().update(JSON.stringify(parts)).digest('hex');
			if (stored.has(full)) {
				counts.reused++;
				const value = stored.get(full) as T;
				used.set(full, value);
				return value;
			}
			counts.checked++;
			const value = check();
			used.set(full, value);
			return value;
		},
		save() {
			// Nothing checked and every result used: the file holds what it would be written with.
			if (counts.checked === 0 && used.size === stored.size) return;
			mkdirSync(dirname(file), { recursive: true });
			const temporary = `${file}.${process.pid}.tmp`;
			writeFileSync(temporary, serialize(used));
			renameSync(temporary, file);
		},
	};
}

/**
 * The digest of the checker as it is: content.ts and every module it imports, and the lockfile.
 * Undefined where the sources are not at hand (bundled code), and then nothing is reused.
 */
export function checkerDigest(): string | undefined {
	const entry = new URL('../content.ts', import.meta.url);
	if (entry.protocol !== 'file:') return undefined;
	const path = decodeURIComponent(entry.pathname);
	if (!existsSync(path)) return undefined;
	return sourceDigest(path, join(dirname(path), '../../package-lock.json'));
}
