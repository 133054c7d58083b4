import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { sourceDigest } from '../src/lib/source-digest';
import { checkContent, type ContentCheckOptions } from '../src/lib/content';
import { writeSyntheticContent } from './helpers/synthetic';

const today = '2026-01-01';
let dir: string;
let cacheFile: string;
let files: number;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'check-cache-'));
	cacheFile = join(mkdtempSync(join(tmpdir(), 'check-cache-store-')), 'brief-checks.bin');
	writeSyntheticContent(dir, { briefs: 12, translateEvery: 3 });
	files = 12 + 4;
});

/** A check with the cache, and one of the same files without it: the two must say the same. */
function check(options: ContentCheckOptions = {}) {
	const cached = checkContent(dir, { today, cacheFile, checker: 'checker-1', ...options });
	const { checks, ...result } = cached;
	const { checks: none, ...fresh } = checkContent(dir, { today });
	expect(none).toBeUndefined();
	expect(result).toEqual(fresh);
	return { ...result, checks: checks! };
}


it('a second check reuses every result and reports every problem the first reported', () => {
	const first = check();
	expect(first.checks).toEqual({ reused: 0, checked: files });
	// The synthetic translations have fewer paragraphs than their originals: warnings, each said again.
	expect(first.problems.filter((p) => p.severity === 'warning').length).toBeGreaterThan(0);
	// A check that changes nothing leaves the kept file alone (its time set back here, to see that).
	utimesSync(cacheFile, 1000, 1000);
	const second = check();
	expect(second.checks).toEqual({ reused: files, checked: 0 });
	expect(statSync(cacheFile).mtimeMs).toBe(1000 * 1000);
	expect(second.problems).toEqual(first.problems);
	expect(second.briefs.every((b) => b.brief)).toBe(true);
});

it('checks an edited brief again, with its translation, and reports its new problem', () => {
	check();
	// A brief with a translation beside it: the translation is checked against it, so again too.
	const brief = checkContent(dir, { today }).briefs.find((b) => existsSync(b.path.replace(/\.mdx$/, '.uk.mdx')))!;
	writeFileSync(brief.path, readFileSync(brief.path, 'utf8').replace(/^title: .*$/m, 'title: TODO'));
	const edited = check();
	expect(edited.checks).toEqual({ reused: files - 2, checked: 2 });
	expect(edited.problems.some((p) => p.file.endsWith(`${brief.id}.mdx`) && p.severity === 'error' && p.field === 'title')).toBe(true);
	expect(edited.briefs.find((b) => b.id === brief.id)!.brief).toBeUndefined();
});

it('checks every file again when a taxonomy changes, and reports the briefs it breaks', () => {
	check();
	const regions = join(dir, 'regions.yaml');
	const used = checkContent(dir, { today }).briefs.map((b) => b.brief!.location.region).find(Boolean)!;
	writeFileSync(regions, readFileSync(regions, 'utf8').replace(`id: ${used}`, `id: ${used}-renamed`));
	const renamed = check();
	expect(renamed.checks).toEqual({ reused: 0, checked: files });
	expect(renamed.problems.some((p) => p.severity === 'error' && p.field === 'location.region')).toBe(true);
});

it('checks every file again when the checker or the day changes', () => {
	check();
	expect(check({ checker: 'checker-2' }).checks).toEqual({ reused: 0, checked: files });
	expect(check({ checker: 'checker-2', today: '2026-01-02' }).checks).toEqual({ reused: 0, checked: files });
	expect(check({ checker: 'checker-2', today: '2026-01-02' }).checks).toEqual({ reused: files, checked: 0 });
});

it("the checker's digest changes with any module it imports, and only those", () => {
	const code = mkdtempSync(join(tmpdir(), 'check-cache-code-'));
	mkdirSync(join(code, 'check'));
	writeFileSync(join(code, 'content.ts'), "import { rule } from './check/rule.ts';\nexport const check = rule;\n");
	writeFileSync(join(code, 'check/rule.ts'), "export { other } from './other.ts';\nexport { bare } from './bare';\nexport const rule = 1;\n");
	writeFileSync(join(code, 'check/other.ts'), 'export const other = 1;\n');
	writeFileSync(join(code, 'check/bare.ts'), 'export const bare = 1;\n');
	writeFileSync(join(code, 'unrelated.ts'), 'export const unrelated = 1;\n');
	const lockfile = join(code, 'package-lock.json');
	writeFileSync(lockfile, '{"lockfileVersion": 3}');
	const digest = () => sourceDigest(join(code, 'content.ts'), lockfile);
	const before = digest();
	writeFileSync(join(code, 'unrelated.ts'), 'export const unrelated = 2;\n');
	expect(digest()).toBe(before);
	writeFileSync(join(code, 'check/other.ts'), 'export const other = 2;\n');
	const edited = digest();
	expect(edited).not.toBe(before);
	// An import that leaves out ".ts" is followed too.
	writeFileSync(join(code, 'check/bare.ts'), 'export const bare = 2;\n');
	const bare = digest();
	expect(bare).not.toBe(edited);
	writeFileSync(lockfile, '{"lockfileVersion": 3, "packages": {}}');
	expect(digest()).not.toBe(bare);
	// The same code in another folder digests the same.
	const moved = mkdtempSync(join(tmpdir(), 'check-cache-moved-'));
	cpSync(code, moved, { recursive: true });
	expect(sourceDigest(join(moved, 'content.ts'), join(moved, 'package-lock.json'))).toBe(digest());
});
