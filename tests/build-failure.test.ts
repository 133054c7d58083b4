import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { astroEnv, root } from './helpers/build';

const work = mkdtempSync(join(tmpdir(), 'briefs-build-failure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('npm run build that fails on a brief ends with the clean list of problems, after Astro’s stack trace', () => {
	const content = join(work, 'content');
	cpSync(join(root, 'tests/fixtures/basic'), content, { recursive: true });
	writeFileSync(
		join(content, 'briefs/2020-02-01-broken.mdx'),
		'---\ntitle: Fake broken brief\ndate: 2020-02-01\nsummary: Invented.\nlocation: { country: ZZ }\ncasualties: { killed: -0 }\nsources: [{ id: gazette, publisher: Example Gazette }]\n---\n\nBody.\n',
	);
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', join(work, 'dist')], {
		cwd: root,
		encoding: 'utf8',
		env: astroEnv({ CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), CARD_CACHE_DIR: join(work, 'cards') }),
	});
	expect(result.status).not.toBe(0);
	const lines = stripVTControlCharacters(result.stderr).trimEnd().split('\n');
	const list = lines.lastIndexOf('The build stopped and published nothing. The problems in the briefs:');
	expect(list).toBeGreaterThan(-1);
	const after = lines.slice(list + 1);
	expect(after.at(-1)).toMatch(/^4 briefs checked, 1 error, \d+ warnings?$/);
	expect(after.filter((line) => / error /.test(line))).toEqual([
		expect.stringMatching(/briefs\/2020-02-01-broken\.mdx:6:15 error casualties\.killed: -0 is a negative zero; write 0$/),
	]);
	// Astro's own report came before the list, not after it.
	expect(lines.slice(0, list).join('\n')).toMatch(/Stack trace|Location/);
}, 180_000);
