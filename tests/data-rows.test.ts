import { mkdtempSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptRows, type RowSource } from '../src/lib/data-rows';

/** Rows named by key, each made from its key and a counter of how often any row was made. */
function sourcesOf(keys: string[], made: string[], text = (key: string) => `row ${key}\n`): RowSource[] {
	return keys.map((key) => ({ key, row: () => (made.push(key), text(key)) }));
}

function build(dir: string, keys: string[], { version = 'v1', text }: { version?: string; text?: (key: string) => string } = {}) {
	const made: string[] = [];
	const rows = keptRows(dir, 'briefs.json', version, sourcesOf(keys, made, text));
	const pieces: Buffer[] = [];
	let next = rows.next();
	for (; !next.done; next = rows.next()) pieces.push(next.value);
	expect(next.value).toEqual({ made: made.length, kept: keys.length - made.length });
	return { out: Buffer.concat(pieces).toString(), made, pieces };
}

const expected = (keys: string[], text = (key: string) => `row ${key}\n`) => keys.map(text).join('');

describe('rows kept between builds', () => {
	it('are made once: a second build with the same keys makes none and gives the same bytes', () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-rows-'));
		const keys = ['a', 'b', 'c', 'д'];
		expect(build(dir, keys)).toMatchObject({ out: expected(keys), made: keys });
		expect(build(dir, keys)).toMatchObject({ out: expected(keys), made: [] });
	});

	it('make only the rows whose key changed, and follow the new order, with rows gone or added', () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-rows-'));
		build(dir, ['a', 'b', 'c', 'd']);
		const keys = ['d', 'b2', 'a', 'e'];
		expect(build(dir, keys)).toMatchObject({ out: expected(keys), made: ['b2', 'e'] });
		expect(build(dir, keys).made).toEqual([]);
	});

	it('are all made again for another version of the code', () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-rows-'));
		build(dir, ['a', 'b']);
		const text = (key: string) => `new ${key}\n`;
		expect(build(dir, ['a', 'b'], { version: 'v2', text })).toMatchObject({ out: expected(['a', 'b'], text), made: ['a', 'b'] });
	});

	it('are not read from a store cut short, nor from one whose index is unreadable', () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-rows-'));
		build(dir, ['a', 'b']);
		truncateSync(join(dir, 'briefs.json.rows'), 3);
		expect(build(dir, ['a', 'b'])).toMatchObject({ out: expected(['a', 'b']), made: ['a', 'b'] });
		writeFileSync(join(dir, 'briefs.json.index.json'), '{"version":');
		expect(build(dir, ['a', 'b'])).toMatchObject({ out: expected(['a', 'b']), made: ['a', 'b'] });
	});

	it('keep the last build’s store when a build stops before its last row', () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-rows-'));
		build(dir, ['a', 'b', 'c']);
		const before = readFileSync(join(dir, 'briefs.json.rows'));
		const made: string[] = [];
		const big = (key: string) => `${key.repeat(700_000)}\n`;
		const rows = keptRows(dir, 'briefs.json', 'v1', sourcesOf(['x', 'y', 'z'], made, big));
		rows.next();
		expect(() => rows.throw(new Error('the build stopped'))).toThrow('the build stopped');
		expect(readFileSync(join(dir, 'briefs.json.rows'))).toEqual(before);
		expect(readdirSync(dir).sort()).toEqual(['briefs.json.index.json', 'briefs.json.rows']);
		expect(build(dir, ['a', 'b', 'c'])).toMatchObject({ out: expected(['a', 'b', 'c']), made: [] });
	});

	it('come in pieces of about a megabyte, kept and made rows alike', () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-rows-'));
		const keys = Array.from({ length: 3000 }, (_, i) => `brief-${i}`);
		const text = (key: string) => `${key} ${'x'.repeat(1000)}\n`;
		const first = build(dir, keys, { text });
		const again = build(dir, [...keys.slice(0, 1500), 'changed', ...keys.slice(1500)], { text });
		for (const { pieces } of [first, again]) {
			expect(pieces.length).toBeGreaterThan(2);
			expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan((1 << 20) + 2000);
		}
		expect(again).toMatchObject({ out: expected([...keys.slice(0, 1500), 'changed', ...keys.slice(1500)], text), made: ['changed'] });
	});
});
