import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './build.ts';

/** Runs one of scripts/*.ts as `npm run` would, with Node 24 (which runs the TypeScript as it is), from the project root. */
export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}, input?: string) {
	const result = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
		cwd: root,
		encoding: 'utf8',
		input,
		env: { ...process.env, GITHUB_ACTIONS: '', ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
