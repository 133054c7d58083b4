import { closeSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readBriefFile } from '../src/lib/check/file';
import { lineNesting, maxBriefBytes, maxNesting } from '../src/lib/check/limits';
import { at, bodyLine, craftedBrief, problemsOf } from './helpers/hostile';

const dir = mkdtempSync(join(tmpdir(), 'check-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a brief file', () => {
	it('does not follow a symbolic link, even to a good brief', () => {
		const target = join(dir, '2020-01-01-target.mdx');
		writeFileSync(target, craftedBrief('Body.'));
		symlinkSync(target, join(dir, '2020-01-01-link.mdx'));
		expect(readBriefFile(join(dir, '2020-01-01-link.mdx'), '2020-01-01-link.mdx')).toEqual({
			problem: { line: 1, column: 1, message: '2020-01-01-link.mdx is a symbolic link, and links are not followed; put the file itself here' },
		});
		expect(readBriefFile(target, '2020-01-01-target.mdx')).toEqual({ text: craftedBrief('Body.') });
	});

	it('keeps a byte-order mark and every character, and refuses bytes that are not UTF-8 at their line', () => {
		const path = join(dir, '2020-01-01-bytes.mdx');
		writeFileSync(path, '\uFEFFКиїв 🙂\n');
		expect(readBriefFile(path, 'bytes.mdx')).toEqual({ text: '\uFEFFКиїв 🙂\n' });
		writeFileSync(path, Buffer.concat([Buffer.from('one\ntwo\nthr'), Buffer.from([0xe9]), Buffer.from('e\n')]));
		expect(readBriefFile(path, 'bytes.mdx')).toEqual({
			problem: { line: 3, column: 1, message: 'the file is not valid UTF-8 text from this line on; save it as UTF-8 in your editor' },
		});
	});
});

describe('a brief’s size', () => {
	it('is refused over the limit, with its size and the limit, from the file’s size alone', () => {
		const path = join(dir, '2020-01-01-huge.mdx');
		// A sparse 3 GB file: reading it whole would fail; the check must not try.
		const fd = openSync(path, 'w');
		ftruncateSync(fd, 3 * 1024 ** 3);
		closeSync(fd);
		expect(readBriefFile(path, 'huge.mdx')).toEqual({
			problem: {
				line: 1,
				column: 1,
				message: 'the file is 3,145,728 KB, over the limit of 256 KB for a brief; a long brief is about 20 KB: shorten it or split it into briefs of its own',
			},
		});
	});

	it('is read when at the limit', () => {
		const path = join(dir, '2020-01-01-long.mdx');
		const text = craftedBrief('');
		writeFileSync(path, text + 'a'.repeat(maxBriefBytes - Buffer.byteLength(text)));
		expect(readBriefFile(path, 'long.mdx')).toHaveProperty('text');
	});
});

describe('nesting', () => {
	it('counts quote and list markers and indentation', () => {
		expect(lineNesting('plain text')).toBe(0);
		expect(lineNesting('- item')).toBe(1);
		expect(lineNesting('  - nested item')).toBe(2);
		expect(lineNesting('> - > 1. deep')).toBe(4);
		expect(lineNesting('-5 degrees, 2020.Note')).toBe(0);
	});

	it('is refused past the limit before the body is parsed, on the right line', () => {
		const body = `Intro.\n\n- one\n  - two\n\n${'- '.repeat(16_000)}[a link](https://example.org/)`;
		const started = performance.now();
		const problems = problemsOf(craftedBrief(body));
		expect(performance.now() - started).toBeLessThan(1000);
		expect(problems).toEqual([
			at(bodyLine() + 5, 1, `lists or quotes nested 16000 levels deep; a brief may nest them at most ${maxNesting} levels: flatten this list or quote`),
		]);
	});

	it('is refused in quotes and by indentation too, and allowed up to the limit', () => {
		expect(problemsOf(craftedBrief('>'.repeat(maxNesting + 1) + ' quoted'))[0]).toMatch(/nested 11 levels deep/);
		const indented = Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}- level ${i + 1}`).join('\n');
		expect(problemsOf(craftedBrief(indented))[0]).toMatch(new RegExp(`:${bodyLine() + maxNesting}:1 error lists or quotes nested 11 levels`));
		expect(problemsOf(craftedBrief('- '.repeat(maxNesting) + '[deep but allowed](https://example.org/)'))).toEqual([]);
	});
});

/** Pieces that make Markdown and MDX parsers slow when repeated or nested: containers, delimiters, brackets. */
const piece = fc.constantFrom(
	'- ', '> ', '1. ', '* ', '  ', '\n', '\n\n', '[', ']', '](', '![', '[^a]', '[^a]: ', '**', '_', '~', '`', '<', '{', '}',
	'<a>', '&#106;', 'text ', '[a](https://example.org/) ', '<https://example.org/>', '| a |', '|-|', '```\n', '\\',
);

/** A structure: a piece repeated many times on one line or over many lines, possibly nested in another. */
const structure = fc
	.tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 100, max: 20_000 }), fc.boolean(), fc.array(piece, { maxLength: 3 }))
	.map(([unit, times, lines, prefix]) => {
		const one = unit.join('');
		return prefix.join('') + (lines ? `${one}\n` : one).repeat(Math.ceil(times / Math.max(1, one.length)) * 4);
	});

describe('any brief, however crafted', () => {
	it('is checked in well under a second per 100 KB (deep and wide structures, fast-check)', () => {
		let slowest = 0;
		fc.assert(
			fc.property(fc.array(structure, { minLength: 1, maxLength: 4 }), (structures) => {
				const body = structures.join('\n').slice(0, 100 * 1024);
				const started = performance.now();
				const problems = problemsOf(craftedBrief(body));
				const perHundredKb = ((performance.now() - started) * (100 * 1024)) / Math.max(body.length, 10 * 1024);
				slowest = Math.max(slowest, perHundredKb);
				// Generous: the machine running the tests may be busy; the checker takes about 0.3 s at worst.
				expect(perHundredKb).toBeLessThan(2500);
				expect(problems.every((p) => !p.includes('Maximum call stack'))).toBe(true);
			}),
			{ numRuns: 40, seed: 14 },
		);
		expect(slowest).toBeGreaterThan(0);
	}, 240_000);
});
