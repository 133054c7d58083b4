import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../src/lib/import/run.ts';
import { root } from './build.ts';

/** The import's test rows (tests/fixtures/air-force) run into a copy of the repository's content/. */

export const fixtureRows = join(root, 'tests/fixtures/air-force/attacks.csv');
export const fixtureModels = join(root, 'tests/fixtures/air-force/models.csv');

export function contentCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'briefs-import-'));
	cpSync(join(root, 'content'), dir, { recursive: true });
	return dir;
}

/** A copy of the test rows with some text replaced, as a newer release that edits a row would be. */
export function editedRows(dir: string, from: string, to: string): string {
	const text = readFileSync(fixtureRows, 'utf8');
	if (!text.includes(from)) throw new Error(`the test rows hold no "${from}"`);
	const path = join(dir, 'missile_attacks_daily.csv');
	writeFileSync(path, text.replace(from, to));
	return path;
}

export function importInto(contentDir: string, attacksFile = fixtureRows, today = '2026-01-15') {
	return runImport({ contentDir, attacksFile, modelsFile: fixtureModels, today });
}
