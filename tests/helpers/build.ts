import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { load } from 'cheerio';

export const root = resolve(import.meta.dirname, '../..');

export interface Build {
	status: number | null;
	output: string;
	outDir: string;
	/** The text of a built file, by its path under the output folder. */
	read(path: string): string;
	list(folder: string): string[];
}

/**
 * The environment for a child Astro process: this one's, without vitest's own variables
 * (with VITEST set, `astro dev` serves 404 for content routes).
 */
export function astroEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	// Vitest sets import.meta.env's names in process.env too (DEV=1, MODE=test, …), and Astro gives page
	// code process.env as import.meta.env: a build would take itself for the dev server.
	const vitestOnly = new Set(['NODE_ENV', 'TEST', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']);
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !vitestOnly.has(key)));
	return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs the real `astro build` on a content folder into a temporary output folder, with caches of its own unless `env` names them. */
export function buildSite(contentDir: string, env: Record<string, string> = {}): Build {
	const work = mkdtempSync(join(tmpdir(), 'briefs-build-'));
	const outDir = join(work, 'dist');
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: root,
		encoding: 'utf8',
		env: astroEnv({ CONTENT_DIR: resolve(contentDir), ASTRO_CACHE_DIR: join(work, 'cache'), CARD_CACHE_DIR: join(work, 'cards'), ...env }),
	});
	return {
		status: result.status,
		// Astro colours its log when CI is set, even into a pipe: tests read the text.
		output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
		outDir,
		read: (path) => readFileSync(join(outDir, path), 'utf8'),
		list: (folder) => readdirSync(join(outDir, folder)),
	};
}

/** A built page, parsed, with the text a reader sees (spaces folded). */
export function page(html: string) {
	const $ = load(html);
	const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
	return {
		$,
		text: fold($('body').text()),
		/** Scripts a browser would run: JSON-LD is data, not code. */
		scripts: () => $('script:not([type="application/ld+json"])'),
		/** Each casualty row as "label: figure", as the figures panel shows it. */
		casualties: () => $('.casualties > div').map((_, row) => `${fold($(row).find('dt').text())}: ${fold($(row).find('dd').text())}`).get(),
		/** Each munitions table row's cells. */
		munitions: () => $('table.munitions tbody tr').map((_, row) => [$(row).children().map((_, cell) => fold($(cell).text())).get()]).get() as string[][],
	};
}
