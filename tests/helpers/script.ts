import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './build';

/** Runs one of scripts/*.ts as `npm run` would, with Node 24 and tsx, from the project root. */
export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}, input?: string) {
	const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts', script), ...args], {
		cwd: root,
		encoding: 'utf8',
		input,
		env: { ...process.env, GITHUB_ACTIONS: '', ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
