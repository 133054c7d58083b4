import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, root } from './helpers/build';

/**
 * `astro sync` in a root of its own (links to this project's files), so the .astro folder it writes
 * is not shared with builds running beside it.
 */
function sync() {
	const work = mkdtempSync(join(tmpdir(), 'astro-sync-'));
	for (const name of ['astro.config.mjs', 'src', 'content', 'node_modules', 'package.json', 'tsconfig.json']) {
		symlinkSync(join(root, name), join(work, name));
	}
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', work], {
		cwd: work,
		encoding: 'utf8',
		env: astroEnv({ ASTRO_CACHE_DIR: join(work, 'cache'), CONTENT_DIR: join(work, 'content') }),
	});
	const read = (name: string) => JSON.parse(readFileSync(join(work, '.astro/collections', name), 'utf8'));
	return { work, status: result.status, output: `${result.stdout}\n${result.stderr}`, read };
}

describe('the JSON schema Astro generates for editors', () => {
	let synced: ReturnType<typeof sync>;
	beforeAll(() => {
		synced = sync();
		expect(synced.status, synced.output).toBe(0);
	});

	it('lists every brief field with its description', () => {
		const schema = synced.read('briefs.schema.json');
		expect(Object.keys(schema.properties)).toEqual([
			'title', 'lang', 'date', 'time', 'summary', 'location', 'status', 'casualties', 'munitions', 'targets', 'sources', 'tags', 'updated', 'corrections',
			'imported', '$schema',
		]);
		expect(schema.additionalProperties).toBe(false);
		expect(schema.required).toEqual(expect.arrayContaining(['title', 'date', 'summary', 'location', 'sources']));
		expect(schema.properties.title.description).toBe('Headline, at most 140 characters.');
		expect(Object.keys(schema.properties.casualties.properties)).toEqual(['killed', 'injured', 'children_killed', 'children_injured']);
		expect(Object.keys(schema.properties.sources.items.properties)).toEqual(['id', 'publisher', 'title', 'url', 'published', 'archive', 'note']);
		expect(schema.properties.status.enum).toEqual(['developing', 'confirmed', 'disputed']);
	});

	it('maps each brief file to the schema, for frontmatter completion in .mdx files', () => {
		const manifest = synced.read('collections.json');
		expect(manifest.collections).toEqual([{ hasSchema: true, name: 'briefs' }]);
		// Astro keys the map by the file's URL in lowercase.
		const kyiv = pathToFileURL(join(synced.work, 'content/briefs/2025-09-07-kyiv.mdx')).href.toLowerCase();
		expect(manifest.entries).toEqual({ [kyiv]: 'briefs' });
	});
});
