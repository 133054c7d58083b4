import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** What a cache keeps is made by code: its digest tells a cache whether the code changed since. */

/** Relative imports of a module's source: `from './x.ts'`, `import('./x.ts')`, `export … from`. */
function relativeImports(source: string): string[] {
	return [...source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
}

/** The file an import names: as written, or with .ts or /index.ts added (imports inside Vite may leave them out). */
function importedFile(from: string, spec: string): string | undefined {
	const target = resolve(dirname(from), spec);
	return [target, `${target}.ts`, join(target, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
}

/**
 * The digest of a module's code and of every module it imports by relative path, transitively,
 * with the installed packages' versions (the lockfile): a change to any of them changes it. Paths
 * are hashed relative to the entry's folder, so the same code checked out elsewhere digests the same.
 */
export function sourceDigest(entry: string, lockfile?: string): string {
	const root = dirname(resolve(entry));
	const seen = new Set<string>();
	const queue = [resolve(entry)];
	const hash = createHash('sha256');
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const source = readFileSync(path, 'utf8');
		hash.update(`${relative(root, path)}\n${source}\n`);
		for (const spec of relativeImports(source)) {
			const target = importedFile(path, spec);
			if (target) queue.push(target);
		}
	}
	hash.update(lockfile && existsSync(lockfile) ? readFileSync(lockfile) : 'no lockfile');
	return hash.digest('hex');
}
