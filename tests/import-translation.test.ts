import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content';
import { contentCopy, editedRows, importInto } from './helpers/air-force';

/**
 * A maintainer's Ukrainian translation beside an imported brief (English): a re-import that changes
 * a figure keeps the translation byte for byte, names it as one to bring up to date, and the check
 * still passes, calling it stale rather than refusing it (the old figure stays in the correction).
 */

const translationText = `---
title: "Командування Повітряних сил: запущено 6 дронів, 2 ракети та 1 інший засіб, 7 березня 2024"
summary: "Командування Повітряних сил повідомило про 6 дронів, 2 ракети та 1 інший засіб, запущені з 6 березня 2024, 21:00 до 7 березня 2024, 06:00 за київським часом; 6 знищено."
translated: 2026-01-20
---

Тестовий переклад (не справжній): із 6 дронів «Молнія» знищено 5.
`;

function importedWithTranslation() {
	const dir = contentCopy();
	importInto(dir);
	const [brief] = readdirSync(join(dir, 'briefs')).filter((f) => f.startsWith('2024-03-07-air-force-'));
	const path = join(dir, 'briefs', brief.replace('.mdx', '.uk.mdx'));
	writeFileSync(path, translationText);
	return { dir, path };
}

const errors = (dir: string) => checkContent(dir).problems.filter((p) => p.severity === 'error');

describe('a translation beside an imported brief', () => {
	it('passes the check as written', () => {
		const { dir } = importedWithTranslation();
		expect(errors(dir)).toEqual([]);
	});

	it('survives a re-import that changes a figure, is named by the import, and is stale, not invalid, in the check', () => {
		const { dir, path } = importedWithTranslation();
		const release = editedRows(dir, 'Молнія,,Kharkiv oblast,,6.0,5.0', 'Молнія,,Kharkiv oblast,,6.0,4.0');
		const result = importInto(dir, release, '2026-02-01');
		expect(result.updated).toBe(1);
		expect(readFileSync(path, 'utf8')).toBe(translationText);
		expect(result.messages).toContain(
			`${relative(process.cwd(), path)}: its brief's figures changed (molniia intercepted 5 → 4); the translation is kept as it is and may now say the old figures: bring it up to date and set translated`,
		);
		const { problems } = checkContent(dir);
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(problems.some((p) => p.file.endsWith('.uk.mdx') && p.message.includes('it may be stale'))).toBe(true);
	});

	it('is not named when a re-import changes nothing', () => {
		const { dir } = importedWithTranslation();
		const result = importInto(dir);
		expect(result.messages.filter((m) => m.includes('.uk.mdx'))).toEqual([]);
	});
});
