import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { astroEnv, root } from './helpers/build';

// Astro imports its config with Node when it can, and only otherwise starts a Vite server to load it
// (about a second of every build). Every module the config imports must therefore be loadable by
// Node as it is: relative imports name their .ts files, and no module needs Vite.
it('the Astro config and its integrations load in plain Node, without Vite', () => {
	const script = "const config = (await import('./astro.config.mjs')).default; console.log(config.integrations.map((i) => i.name).join(' '))";
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: astroEnv({}) });
	expect(result.stderr).toBe('');
	expect(result.stdout).toContain('incident-briefs:pagefind');
	expect(result.stdout).toContain('share-cards');
});
