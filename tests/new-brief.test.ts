import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldRows } from '../src/lib/field-reference';
import { root } from './helpers/build';
import { runScript } from './helpers/script';

/** A content folder with the real taxonomies and no briefs. */
function emptyContent() {
	const dir = mkdtempSync(join(tmpdir(), 'new-brief-'));
	for (const file of ['munitions.yaml', 'regions.yaml']) cpSync(join(root, 'content', file), join(dir, file));
	return dir;
}

/** What a contributor writes in place of each placeholder, by the field it stands in. */
const filled: Record<string, string> = {
	title: 'title: Fake test attack on Kyiv',
	summary: 'summary: Invented for a test; nothing here happened.',
	id: '  - id: gazette',
	publisher: '    publisher: Example Gazette',
	title_source: '    title: Invented headline',
	url: '    url: https://example.org/gazette/1',
	published: '    published: 2025-09-07',
	archive: '    archive: https://web.archive.org/web/2025/https://example.org/gazette/1',
};

describe('npm run new', () => {
	it('writes a brief whose placeholders, once filled in, pass the check', () => {
		const dir = emptyContent();
		const made = runScript('new.ts', ['--date', '2025-09-07', '--place', 'Kyiv'], { CONTENT_DIR: dir });
		const path = join(dir, 'briefs/2025-09-07-kyiv.mdx');
		expect(made.stdout).toContain(`Wrote ${relative(root, path)}`);
		expect(made.status).toBe(0);

		const template = readFileSync(path, 'utf8');
		expect(template).toContain('  region: kyiv-city');
		let inSources = false;
		const lines = template.split('\n').map((line) => {
			if (line === 'sources:') inSources = true;
			if (!line.includes('TODO') || line.startsWith('#')) return line;
			if (line.startsWith('TODO')) return 'Invented body text.';
			const key = /^\s*(?:- )?(\w+):/.exec(line)![1];
			return filled[inSources && key === 'title' ? 'title_source' : key];
		});
		writeFileSync(path, lines.join('\n').replace('# casualties:\n#   killed: { value: 2, source: source-id }', 'casualties:\n  killed: { value: 2, source: gazette }'));
		const checked = runScript('check.ts', [], { CONTENT_DIR: dir });
		expect(checked.stdout.trim()).toBe('OK: 1 brief checked, 0 errors, 0 warnings');
		expect(checked.status).toBe(0);
	});

	it('writes a scaffold that fails the check, pointing at every placeholder', () => {
		const dir = emptyContent();
		runScript('new.ts', ['--date', '2025-09-07', '--place', 'Kyiv'], { CONTENT_DIR: dir });
		const text = readFileSync(join(dir, 'briefs/2025-09-07-kyiv.mdx'), 'utf8').split('\n');
		const todoLines = text.flatMap((line, i) => (/^\s*(- )?(\w+: )?TODO/.test(line) ? [i + 1] : []));
		const { status, stdout } = runScript('check.ts', [], { CONTENT_DIR: dir });
		const problems = stdout.trim().split('\n').slice(0, -1);
		expect(problems.map((p) => Number(p.split(':')[1]))).toEqual(todoLines);
		expect(problems.every((p) => p.includes(' error ') && p.includes('fill in this placeholder'))).toBe(true);
		expect(problems[0]).toMatch(/2025-09-07-kyiv\.mdx:\d+:1 error title: fill in this placeholder: headline, at most 140 characters$/);
		expect(status).toBe(1);
	});

	it('holds every field of the brief format, most of them commented out', () => {
		const dir = emptyContent();
		runScript('new.ts', ['--date', '2025-09-07', '--place', 'Kyiv'], { CONTENT_DIR: dir });
		const text = readFileSync(join(dir, 'briefs/2025-09-07-kyiv.mdx'), 'utf8');
		for (const { field } of fieldRows()) {
			const key = field.split('.').pop()!.replace('[]', '');
			expect(text, field).toMatch(new RegExp(`(^|[\\s{,-])${key}:`, 'm'));
		}
	});

	it('refuses to overwrite a brief, and names a missing flag when not run on a terminal', () => {
		const dir = emptyContent();
		expect(runScript('new.ts', ['--date', '2025-09-07', '--place', 'Kyiv'], { CONTENT_DIR: dir }).status).toBe(0);
		const path = join(dir, 'briefs/2025-09-07-kyiv.mdx');
		writeFileSync(path, 'MY WORK');
		const again = runScript('new.ts', ['--date', '2025-09-07', '--place', 'Kyiv'], { CONTENT_DIR: dir });
		expect(again.stderr).toContain(`${relative(root, path)} already exists`);
		expect(again.status).toBe(1);
		expect(readFileSync(path, 'utf8')).toBe('MY WORK');

		const missing = runScript('new.ts', ['--date', '2025-09-08'], { CONTENT_DIR: dir }, '');
		expect(missing.stderr.trim()).toBe('missing --place: place, such as Kyiv');
		expect(missing.status).toBe(1);
		const badDate = runScript('new.ts', ['--date', '2025-02-30', '--place', 'Lviv'], { CONTENT_DIR: dir }, '');
		expect(badDate.stderr.trim()).toBe('--date 2025-02-30 is not a date written YYYY-MM-DD');
	});
});

describe('npm run new --translate', () => {
	/** The real taxonomies and the Kyiv brief, without its translation. */
	function kyivContent() {
		const dir = emptyContent();
		mkdirSync(join(dir, 'briefs'));
		cpSync(join(root, 'content/briefs/2025-09-07-kyiv.mdx'), join(dir, 'briefs/2025-09-07-kyiv.mdx'));
		return dir;
	}

	it('writes a translation template holding the original’s text behind placeholders, and the note keys it may use', () => {
		const dir = kyivContent();
		const made = runScript('new.ts', ['--translate', '2025-09-07-kyiv', '--lang', 'uk'], { CONTENT_DIR: dir });
		const path = join(dir, 'briefs/2025-09-07-kyiv.uk.mdx');
		expect(made.stdout).toContain(`Wrote ${relative(root, path)}`);
		expect(made.status).toBe(0);
		const template = readFileSync(path, 'utf8');
		expect(template).toContain('title: "TODO Record drone and missile attack on Kyiv hits the Cabinet of Ministers building"');
		expect(template).toContain('  casualties.killed: "TODO in Kyiv"');
		expect(template).toContain('  munitions.missiles-combined: "TODO Metro gives one count for all missiles."');
		expect(template).toContain('TODO ## Kyiv');
		expect(template).not.toMatch(/^(date|casualties|sources|munitions):/m);

		const todoLines = template.split('\n').flatMap((line, i) => (/^\s*(- )?([\w.-]+: )?"?TODO/.test(line) ? [i + 1] : []));
		const before = runScript('check.ts', [], { CONTENT_DIR: dir });
		const problems = before.stdout.trim().split('\n').slice(0, -1);
		expect(problems.map((p) => Number(p.split(':')[1]))).toEqual(todoLines);
		expect(problems.every((p) => p.includes('.uk.mdx:') && p.includes(' error ') && p.includes('fill in this placeholder'))).toBe(true);
		expect(before.status).toBe(1);

		// Each placeholder replaced by a "translation" (here the original's own words), nothing else touched.
		writeFileSync(path, template.replaceAll('TODO ', ''));
		const after = runScript('check.ts', [], { CONTENT_DIR: dir });
		expect(after.stdout.trim()).toBe('OK: 1 brief and 1 translation checked, 0 errors, 0 warnings');
	});

	it('refuses a missing original, a language the site lacks, the original’s own language, and an existing translation', () => {
		const dir = kyivContent();
		const run = (...args: string[]) => runScript('new.ts', ['--translate', ...args], { CONTENT_DIR: dir }, '');
		expect(run('2025-09-08-nowhere', '--lang', 'uk').stderr).toContain('no brief');
		expect(run('2025-09-07-kyiv', '--lang', 'fr').stderr.trim()).toBe('--lang fr is not a language of the site; use one of: en, uk');
		expect(run('2025-09-07-kyiv', '--lang', 'en').stderr).toContain('is written in en; translate it into another language');
		const path = join(dir, 'briefs/2025-09-07-kyiv.uk.mdx');
		writeFileSync(path, 'MY WORK');
		const again = run('2025-09-07-kyiv', '--lang', 'uk');
		expect(again.stderr).toContain(`${relative(root, path)} already exists`);
		expect(again.status).toBe(1);
		expect(readFileSync(path, 'utf8')).toBe('MY WORK');
	});
});
