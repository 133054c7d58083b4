import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content';
import { summaryLine } from '../src/lib/import/run';
import { contentCopy, fixtureRows, importInto } from './helpers/air-force';

/**
 * Rows whose cells a brief may not hold (the checker's rules for hostile briefs): the import refuses
 * each such report itself, naming the CSV line and column, writes every other brief, and
 * `npm run check` passes on the result. Test rows, not real data: their posts are TEST-ROW-h….
 */

const header = readFileSync(fixtureRows, 'utf8').split('\n')[0];

function row(day: number, cells: { model?: string; place?: string; target?: string; launched?: string; destroyed?: string; region?: string; source?: string }): string {
	const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	const at = `2023-07-${String(day).padStart(2, '0')}`;
	return [
		`${at} 01:00`, `${at} 05:00`, cells.model ?? 'Shahed-136/131', cells.place ?? '', cells.target ?? 'Ukraine', '',
		cells.launched ?? '3.0', cells.destroyed ?? '1.0', '', '', '{}', '', '', '', '', '', '', cells.region ?? '', '', '', '',
		cells.source ?? `kpszsu/posts/TEST-ROW-h${day}-not-a-real-post`,
	].map(quote).join(',');
}

/** Each hostile row, the field the import must name, and a piece of its message. */
const hostile: [string, string, string][] = [
	[row(1, { model: 'Shahed\u202e-136' }), 'model', 'bidi control U+202E'],
	[row(2, { region: "['Kyiv\u001b[31m oblast']" }), 'affected region', 'U+001B (ESC)'],
	[row(3, { target: 'Uk\ufffeaine' }), 'target', 'U+FFFE'],
	[row(4, { model: 'Bad\u0000Model' }), 'model', 'U+0000 (NUL)'],
	[row(5, { model: '\u200b' }), 'model', 'U+200B (ZERO WIDTH SPACE)'],
	[row(6, { place: 'x'.repeat(300_000) }), 'launch_place', 'the cell is 300,000 characters long, over the limit of 500'],
	[row(7, { source: 'https://www.facebook.com@evil.example/TEST-ROW-h7' }), 'source', 'must not hold a user name before an @'],
	[row(8, { source: 'kpszsu/posts/TEST-ROW-h8\u0007' }), 'source', 'U+0007 (BEL)'],
	[row(9, { launched: '99999999999999999999' }), 'launched', 'is too large to be a count kept exactly'],
	[row(10, { launched: '1e3' }), 'launched', '"1e3" is not a count'],
];
const fine = row(20, { model: 'Lancet', place: 'Kursk oblast', region: "['Odesa oblast']" });

function release(rows: string[]): string {
	const path = join(mkdtempSync(join(tmpdir(), 'briefs-hostile-')), 'missile_attacks_daily.csv');
	writeFileSync(path, [header, ...rows].join('\n') + '\n');
	return path;
}

describe('importing rows that hold what a brief may not', () => {
	it('refuses each such report with its CSV line and column, writes the others, and the check passes', () => {
		const dir = contentCopy();
		const file = release([...hostile.map(([r]) => r), fine]);
		const result = importInto(dir, file);
		expect(summaryLine(result)).toBe(`import: 1 added, 0 updated, 0 unchanged, ${hostile.length} refused, 0 covered by existing briefs`);
		hostile.forEach(([, field, message], i) => {
			const line = i + 2;
			const said = result.messages.filter((m) => m.startsWith(`${relative(process.cwd(), file)}:${line} ${field}: `));
			expect(said.join('\n'), `line ${line}`).toContain(message);
		});
		const written = readdirSync(join(dir, 'briefs')).filter((f) => f.includes('-air-force-'));
		expect(written).toHaveLength(1);
		expect(readFileSync(join(dir, 'briefs', written[0]), 'utf8')).toContain('| Lancet | 3 | 1 |');
		expect(readFileSync(join(dir, 'munitions.yaml'), 'utf8')).not.toMatch(/\u202e|\u200b|\u0000/u);
		expect(checkContent(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
	});

	it('keeps a place with a zero-width space, which pages can show, and the check passes', () => {
		const dir = contentCopy();
		const result = importInto(dir, release([row(21, { target: 'Kyiv\u200b oblast' })]));
		expect(result.added).toBe(1);
		expect(checkContent(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
	});

	it('refuses rows of one weapon that add up past what a count can keep', () => {
		const dir = contentCopy();
		const big = String(Number.MAX_SAFE_INTEGER);
		const result = importInto(dir, release([row(22, { launched: big, destroyed: '' }), row(22, { launched: big, destroyed: '' })]));
		expect(result.refused).toBe(1);
		expect(result.messages.some((m) => m.includes(':2 launched: Shahed-136/131: the rows add up to more than can be kept exactly (lines 2, 3)'))).toBe(true);
		expect(checkContent(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
	});

	it('refuses a report whose brief would be over the checker\'s size limit, naming its lines', () => {
		const dir = contentCopy();
		const rows = Array.from({ length: 600 }, (_, i) => row(23, { place: `${String(i).padStart(3, '0')} ${'p'.repeat(480)}` }));
		const result = importInto(dir, release(rows));
		expect(result.refused).toBe(1);
		expect(result.messages.some((m) => /:2 source: the brief of the report \S+TEST-ROW-h23\S+ would be \d+ KB, over the limit of 256 KB for a brief; nothing of it is written \(lines 2, 3, /.test(m))).toBe(true);
		expect(checkContent(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
	});
});
