import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/check/problem';
import { checkContent } from '../src/lib/content';
import { root } from './helpers/build';
import { craftedBrief } from './helpers/hostile';

/** A content folder with one crafted file beside the fixtures; the problems of that file only. */
describe('files that are not what they seem', () => {
	let dir: string;
	const outside = mkdtempSync(join(tmpdir(), 'check-files-outside-'));
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'check-files-'));
		cpSync(join(root, 'tests/fixtures/basic'), dir, { recursive: true });
	});
	afterAll(() => {
		rmSync(dir, { recursive: true, force: true });
		rmSync(outside, { recursive: true, force: true });
	});
	const problemsAbout = (name: string) =>
		checkContent(dir, { today: '2021-01-01' })
			.problems.filter((p) => p.file.endsWith(name))
			.map((p) => formatProblem({ ...p, file: relative(dir, join(root, p.file)) }));

	it('reports a file that is not valid UTF-8 once, at its line, with no MDX error after it', () => {
		writeFileSync(join(dir, 'briefs/2020-01-01-latin1.mdx'), Buffer.concat([Buffer.from(craftedBrief('Fine.\n\nThen {')), Buffer.from([0xe9, 0x0a])]));
		expect(problemsAbout('latin1.mdx')).toEqual([
			'briefs/2020-01-01-latin1.mdx:13:1 error the file is not valid UTF-8 text from this line on; save it as UTF-8 in your editor',
		]);
	});

	it('reports a binary file once', () => {
		writeFileSync(join(dir, 'briefs/2020-01-01-binary.mdx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x7b]));
		expect(problemsAbout('binary.mdx')).toEqual([
			'briefs/2020-01-01-binary.mdx:3:1 error this is a binary file (it holds a NUL byte), not a text brief; a brief is a UTF-8 text file',
		]);
	});

	it('reports frontmatter with no closing --- once, with no MDX error in its text', () => {
		writeFileSync(join(dir, 'briefs/2020-01-01-unclosed.mdx'), '---\ntitle: Fake unclosed brief\ndate: 2020-01-01\n\nBody with {braces} and <b>tags</b>.\n');
		expect(problemsAbout('unclosed.mdx')).toEqual([
			'briefs/2020-01-01-unclosed.mdx:1:1 error the frontmatter that opens on line 1 is never closed; add a --- line after its last field',
		]);
	});

	it('says a symbolic link is not followed', () => {
		writeFileSync(join(outside, 'real.mdx'), craftedBrief());
		symlinkSync(join(outside, 'real.mdx'), join(dir, 'briefs/2020-01-01-link.mdx'));
		expect(problemsAbout('link.mdx')).toEqual([
			'briefs/2020-01-01-link.mdx:1:1 error 2020-01-01-link.mdx is a symbolic link, and links are not followed; put the file itself here',
		]);
	});

	it('says a brief in a folder below briefs/ is not read', () => {
		mkdirSync(join(dir, 'briefs/sub'));
		writeFileSync(join(dir, 'briefs/sub/2020-01-01-nested.mdx'), craftedBrief());
		expect(problemsAbout('briefs/sub')).toEqual([
			'briefs/sub:1:1 error folders inside the briefs folder are not read; move each brief file directly into the briefs folder',
		]);
	});

	it('refuses a taxonomy file that links out of the content folder, without reading it', () => {
		const regions = join(dir, 'regions.yaml');
		writeFileSync(join(outside, 'regions.yaml'), readFileSync(regions));
		rmSync(regions);
		symlinkSync(join(outside, 'regions.yaml'), regions);
		const [problem] = problemsAbout('regions.yaml');
		expect(problem).toMatch(/^regions\.yaml:1:1 error is a link to .*regions\.yaml, outside the content folder; links out of it are not followed: put the file itself here$/);
	});
});
