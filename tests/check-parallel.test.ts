import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentInParallel, minFilesForWorkers, runsOf } from '../src/lib/check/parallel';
import { checkContent } from '../src/lib/content';
import { writeSyntheticContent } from './helpers/synthetic';
import { writeSyntheticTranslations } from './helpers/synthetic-translations';

describe('runsOf', () => {
	const files = Array.from({ length: 200 }, (_, i) => `/c/briefs/2020-01-01-fake-${String(i).padStart(3, '0')}.mdx`);
	const translations = ['/c/briefs/2020-01-01-fake-000.uk.mdx', '/c/briefs/2020-01-01-fake-100.uk.mdx', '/c/briefs/2020-01-01-gone.uk.mdx'];

	it('puts every brief in one run of 64, in order, and each translation beside its original', () => {
		const runs = runsOf(files, translations);
		expect(runs.map((r) => r.files.length)).toEqual([64, 64, 64, 8]);
		expect(runs.flatMap((r) => r.files)).toEqual(files);
		expect(runs[0].translations).toEqual(['/c/briefs/2020-01-01-fake-000.uk.mdx', '/c/briefs/2020-01-01-gone.uk.mdx']);
		expect(runs[1].translations).toEqual(['/c/briefs/2020-01-01-fake-100.uk.mdx']);
	});

	it('makes one run of an empty folder, for a translation without its original', () => {
		expect(runsOf([], ['/c/briefs/2020-01-01-gone.uk.mdx'])).toEqual([{ files: [], translations: ['/c/briefs/2020-01-01-gone.uk.mdx'] }]);
	});
});

describe('checkContentInParallel', () => {
	let dir: string;
	let last: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'check-parallel-'));
		// Enough files for worker threads, with problems of every kind: in briefs, in translations, across briefs.
		const written = writeSyntheticContent(dir, { briefs: minFilesForWorkers, seed: 7, words: [20, 40] });
		writeSyntheticTranslations(dir, written);
		const path = (name: string) => join(dir, 'briefs', name);
		last = written.at(-1)!.slug;
		writeFileSync(path(`${last}.mdx`), readFileSync(path(`${last}.mdx`), 'utf8').replace(/^title: .*$/m, 'title: ""'));
		const translated = written[1500].slug;
		writeFileSync(path(`${translated}.uk.mdx`), `${readFileSync(path(`${written[1500].slug}.mdx`), 'utf8').split('---')[0]}---\ntitle: Фейк\nsummary: Вигадано 987654.\ntranslated: 2025-01-01\n---\n\nТекст.\n`);
		writeFileSync(path('2020-01-01-no-original.uk.mdx'), '---\ntitle: Фейк\nsummary: Вигадано.\ntranslated: 2020-01-02\n---\n\nТекст.\n');
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reports what checkContent reports, in the same order, and counts the same files', async () => {
		const alone = checkContent(dir, { today: '2026-12-01' });
		const parallel = await checkContentInParallel(dir, { today: '2026-12-01' }, 2);
		expect(parallel.problems).toEqual(alone.problems);
		expect(parallel.briefs).toBe(alone.briefs.length);
		expect(parallel.translations).toBe(alone.translations.length);
		const messages = parallel.problems.map((p) => p.message);
		expect(messages.some((m) => m.startsWith('possible duplicate of'))).toBe(true);
		expect(messages).toContain('the number 987654 is not in the original; a translation states only the original\'s numbers, never a new one');
		expect(messages).toContain('its original 2020-01-01-no-original.mdx is missing: a translation lives beside the brief it translates, named <slug>.<lang>.mdx');
		expect(parallel.problems.some((p) => p.file.endsWith(`${last}.mdx`) && p.field === 'title')).toBe(true);
	});
});
