import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, page, root } from './helpers/build';

it('a rebuild with the cache kept shows an edited body, and keeps one rendered body per brief', () => {
	const dir = mkdtempSync(join(tmpdir(), 'briefs-rebuild-'));
	cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
	const cache = mkdtempSync(join(tmpdir(), 'briefs-rebuild-cache-'));
	const first = buildSite(dir, { ASTRO_CACHE_DIR: cache });
	expect(first.status, first.output).toBe(0);

	const file = join(dir, 'briefs/2020-01-03-single-source.mdx');
	writeFileSync(file, `${readFileSync(file, 'utf8')}\nEDITED-BODY-TEXT appears after the rebuild.\n`);
	const second = buildSite(dir, { ASTRO_CACHE_DIR: cache });
	expect(second.status, second.output).toBe(0);

	expect(page(second.read('briefs/2020-01-03-single-source/index.html')).text).toContain('EDITED-BODY-TEXT appears after the rebuild.');
	expect(page(second.read('briefs/2020-01-01-testville/index.html')).text).toContain('TABLE-CELL-ONE');
	expect(readdirSync(join(cache, 'brief-bodies'))).toHaveLength(readdirSync(join(dir, 'briefs')).length);
});
