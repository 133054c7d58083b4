import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative as relativePath } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../src/lib/check/frontmatter';
import { checkContent } from '../src/lib/content';
import { summaryLine } from '../src/lib/import/run';
import { contentCopy, editedRows, fixtureModels, fixtureRows, importInto } from './helpers/air-force';
import { runScript } from './helpers/script';

/** The import of the test rows (tests/fixtures/air-force) into a copy of content/, run again and again. */

const snapshot = (dir: string) =>
	Object.fromEntries(
		['munitions.yaml', ...readdirSync(join(dir, 'briefs')).map((f) => `briefs/${f}`)].map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
	);
const imported = (dir: string) => readdirSync(join(dir, 'briefs')).filter((f) => f.includes('-air-force-'));
const briefOn = (dir: string, date: string) => {
	const [file] = imported(dir).filter((f) => f.startsWith(date));
	return { file, path: join(dir, 'briefs', file), text: readFileSync(join(dir, 'briefs', file), 'utf8') };
};

describe('importing the test rows', () => {
	it('adds one brief per attack, refuses the impossible one, lets the Kyiv brief cover its post, and passes the check', () => {
		const dir = contentCopy();
		const result = importInto(dir);
		expect(summaryLine(result)).toBe('import: 5 added, 0 updated, 0 unchanged, 1 refused, 1 covered by existing briefs');
		expect(imported(dir).map((f) => f.slice(0, 10))).toEqual(['2023-05-16', '2023-06-01', '2024-03-07', '2025-01-11', '2025-10-01']);
		const { problems } = checkContent(dir);
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(result.messages).toContain(`${relative(fixtureRows)}:7 destroyed: 4 destroyed is more than the 2 launched`);
		expect(result.messages).toContain(`${relative(fixtureRows)}:7 source: the report https://www.facebook.com/pvkshid/posts/TEST-ROW-c-refused is refused whole (lines 7, 8); nothing of it is written`);
		expect(result.messages).toContain(`${relative(join(dir, 'briefs/2025-09-07-kyiv.mdx'))}: shahed-136-131 launched: the dataset says 810, the brief 805–810`);
		expect(result.messages.some((m) => m.includes('"Test Drone Unlisted" is not in'))).toBe(true);
	});

	it('writes a brief from the rows: Kyiv date, window, figures with the post as source, body paragraph and table', () => {
		const dir = contentCopy();
		importInto(dir);
		const { text } = briefOn(dir, '2024-03-07');
		expect(text).toContain('time: { start: 2024-03-06T21:00+02:00, end: 2024-03-07T06:00+02:00 }');
		expect(text).toContain('  - type: molniia\n    launched: { value: 6, source: air-force }\n    intercepted: { value: 5, source: air-force }');
		expect(text).toContain('url: https://www.facebook.com/kpszsu/posts/TEST-ROW-e-not-a-real-post');
		expect(text).toContain('publisher: Air Force Command');
		expect(text).toContain('| Молнія | 6 | 5 |');
		expect(text).toContain('Directions and targets named: Kharkiv oblast.');
		expect(text).toContain('location:\n  country: UA');
		const blank = briefOn(dir, '2023-06-01').text;
		expect(blank).toContain('| Lancet | 3 | not reported |');
		expect(frontmatter(blank).munitions).toEqual([
			{ type: 'lancet', launched: { value: 3, source: 'air-force' } },
			{ type: 'orlan-10', intercepted: { value: 1, source: 'air-force' } },
		]);
		const munitions = readFileSync(join(dir, 'munitions.yaml'), 'utf8');
		expect(munitions).toContain('- id: molniia\n  name: Молнія\n  category: drone');
		expect(munitions).toContain('includes: [ x-22, x-32 ]');
	});

	it('changes no file on a second run', () => {
		const dir = contentCopy();
		importInto(dir);
		const before = snapshot(dir);
		const again = importInto(dir);
		expect(summaryLine(again)).toBe('import: 0 added, 0 updated, 5 unchanged, 1 refused, 1 covered by existing briefs');
		expect(snapshot(dir)).toEqual(before);
	});

	it('updates exactly the brief of an edited row, with a correction saying what changed and from which file', () => {
		const dir = contentCopy();
		importInto(dir);
		const before = snapshot(dir);
		const release = editedRows(dir, 'Молнія,,Kharkiv oblast,,6.0,5.0', 'Молнія,,Kharkiv oblast,,7.0,5.0');
		const result = importInto(dir, release, '2026-02-01');
		expect(summaryLine(result)).toBe('import: 0 added, 1 updated, 4 unchanged, 1 refused, 1 covered by existing briefs');
		const after = snapshot(dir);
		const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
		const { file, text } = briefOn(dir, '2024-03-07');
		expect(changed).toEqual([`briefs/${file}`]);
		expect(text).toContain('launched: { value: 7, source: air-force }');
		expect(frontmatter(text)).toMatchObject({
			corrections: [{ date: '2026-02-01', note: 'Updated from missile_attacks_daily.csv: molniia launched 6 → 7.' }],
			updated: '2026-02-01',
		});
		expect(text).toContain('| Молнія | 7 | 5 |');
		expect(checkContent(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
	});

	it("keeps a contributor's paragraph, casualty figure with its own source, tag and translation through a re-import", () => {
		const dir = contentCopy();
		importInto(dir);
		const brief = briefOn(dir, '2024-03-07');
		const paragraph = 'A test paragraph a contributor added: a school was damaged, says the test source.';
		const edited = brief.text
			.replace('sources:\n', 'casualties:\n  injured: { value: 3, source: test-news }\nsources:\n')
			.replace('imported:', '  - id: test-news\n    publisher: Test News (not a real outlet)\ntags: [kharkiv]\nimported:')
			.concat(`\n${paragraph}\n`);
		writeFileSync(brief.path, edited);
		const translation = join(dir, 'briefs', brief.file.replace('.mdx', '.uk.md'));
		writeFileSync(translation, 'A translation beside the brief (test file).\n');
		expect(checkContent(dir).problems.filter((p) => p.severity === 'error' && p.file.endsWith(brief.file))).toEqual([]);

		const release = editedRows(dir, 'Iskander-M,Belgorod oblast,Kharkiv oblast,,2.0,0.0', 'Iskander-M,Belgorod oblast,Kharkiv oblast,,2.0,1.0');
		const result = importInto(dir, release);
		expect(result.updated).toBe(1);
		const after = readFileSync(brief.path, 'utf8');
		expect(after).toContain(paragraph);
		expect(frontmatter(after)).toMatchObject({
			casualties: { injured: { value: 3, source: 'test-news' } },
			sources: [{ id: 'air-force' }, { id: 'test-news', publisher: 'Test News (not a real outlet)' }],
			tags: ['kharkiv'],
		});
		expect(after).toContain('  - type: iskander-m\n    launched: { value: 2, source: air-force }\n    intercepted: { value: 1, source: air-force }');
		expect(readFileSync(translation, 'utf8')).toBe('A translation beside the brief (test file).\n');
	});

	it('keeps a paragraph the contributor rewrote, and says so', () => {
		const dir = contentCopy();
		importInto(dir);
		const brief = briefOn(dir, '2024-03-07');
		writeFileSync(brief.path, brief.text.replace('The Air Force Command reported this attack', 'Rewritten by a contributor: the Air Force Command reported this attack'));
		const release = editedRows(dir, 'Молнія,,Kharkiv oblast,,6.0,5.0', 'Молнія,,Kharkiv oblast,,6.0,4.0');
		const result = importInto(dir, release);
		const after = readFileSync(brief.path, 'utf8');
		expect(after).toContain('Rewritten by a contributor');
		expect(after).toContain('intercepted: { value: 4, source: air-force }');
		expect(result.messages).toContain(`${relative(brief.path)}: kept as a contributor wrote it: body`);
	});

	it('lists the briefs whose report is gone from a newer release and leaves them', () => {
		const dir = contentCopy();
		importInto(dir);
		const { path, text } = briefOn(dir, '2025-10-01');
		const release = editedRows(dir, 'pvkshid/posts/TEST-ROW-g-not-a-real-post\n2025-10-01', 'pvkshid/posts/TEST-ROW-g-not-a-real-post\n2025-10-02');
		writeFileSync(release, readFileSync(release, 'utf8').split('\n').filter((l) => !l.includes('TEST-ROW-g')).join('\n'));
		const result = importInto(dir, release);
		expect(result.messages).toContain(
			`${relative(path)}: its report (https://www.facebook.com/pvkshid/posts/TEST-ROW-g-not-a-real-post) is not in this release of the dataset; the brief is left as it is`,
		);
		expect(readFileSync(path, 'utf8')).toBe(text);
	});

	it('runs as npm run import: progress, problems, summary and time; exit 1 after writing the rest when a report is refused', () => {
		const dir = contentCopy();
		const run = runScript('import.ts', ['air-force', fixtureRows, fixtureModels], { CONTENT_DIR: dir });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('import: 7/7 reports');
		expect(run.stdout).toContain('import: 5 added, 0 updated, 0 unchanged, 1 refused, 1 covered by existing briefs');
		expect(run.stdout).toMatch(/^import took \d+\.\d\d s$/m);
		expect(imported(dir)).toHaveLength(5);
		expect(existsSync(join(dir, 'briefs/2025-09-07-kyiv.mdx'))).toBe(true);
		const fine = editedRows(dir, '2.0,4.0', '4.0,2.0');
		expect(runScript('import.ts', ['air-force', fine, fixtureModels], { CONTENT_DIR: dir }).status).toBe(0);
	});
});

function relative(path: string): string {
	return relativePath(process.cwd(), path);
}

function frontmatter(text: string): Record<string, any> {
	return load(splitFrontmatter(text).yaml!) as Record<string, any>;
}
