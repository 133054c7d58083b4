import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A package's installed version, found where `from` would import it (also for packages that do not export package.json). */
export function installedVersion(name: string, from: string): string {
	for (const folder of createRequire(from).resolve.paths(name) ?? []) {
		const manifest = join(folder, name, 'package.json');
		if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
	}
	throw new Error(`${name} is not installed`);
}
