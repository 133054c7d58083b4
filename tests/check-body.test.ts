import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageMessage } from '../src/lib/check/body-messages';
import { checkBrief } from '../src/lib/check/brief';
import { formatProblem } from '../src/lib/check/problem';
import { readTaxonomies } from '../src/lib/content';
import { root } from './helpers/build';

const { taxonomies } = readTaxonomies(join(root, 'content'));

/** Ten lines of frontmatter (lines 1–10), a blank line, then the body from line 12. */
const frontmatter = `---
title: Fake brief for the body checks
date: 2020-01-01
summary: Invented; nothing here happened.
location:
  country: UA
  place: Testville
casualties: { killed: 1 }
sources: [{ id: gazette, publisher: Example Gazette }]
---
`;
const bodyLine = 12;

function bodyProblems(body: string) {
	return checkBrief('2020-01-01-test.mdx', `${frontmatter}\n${body}\n`, taxonomies, { today: '2020-06-01' }).problems.map(formatProblem);
}

const at = (line: number, column: number, message: string) => `2020-01-01-test.mdx:${line}:${column} error ${message}`;
const element = (name: string, why = '') =>
	`<${name}> is an HTML or JSX element, which a brief may not hold${why}; briefs are plain Markdown: use **bold**, [text](https://…) and the like, or write \\< to show a <`;

describe('a brief body', () => {
	it('may hold GFM Markdown: emphasis, links, tables, footnotes, escaped braces and angle brackets', () => {
		const body = [
			'**Bold**, _italic_, ~~struck~~ and [a link](https://example.org/report) or <https://example.org> is not needed: https://example.org.',
			'',
			'| a | b |',
			'| - | - |',
			'| 1 | 2 |',
			'',
			'A note.[^1] Braces \\{like this\\} and 5 \\< 6, mail [us](mailto:desk@example.org), [up](#top).',
			'',
			'[^1]: An invented footnote.',
		].join('\n');
		expect(bodyProblems(body.replace(' or <https://example.org> is not needed:', ' and'))).toEqual([]);
	});

	it.each([
		['an import', "import fs from 'node:fs'", 1, 'import and export statements are not allowed in a brief; remove the line (a brief cannot load code)'],
		['an export', 'export const killed = 1000', 1, 'import and export statements are not allowed in a brief; remove the line (a brief cannot load code)'],
		['an expression', 'Killed: {1 + 1}.', 9, '{…} is an MDX expression, which would run as code; write \\{ to show a brace'],
		['a script', '<script>alert(1)</script>', 1, element('script')],
		['an iframe', '<iframe src="https://example.org"></iframe>', 1, element('iframe')],
		['a style', '<style>@import url(https://example.org/x.css);</style>', 1, element('style')],
		['an object', '<object data="https://example.org/x.swf"></object>', 1, element('object')],
		['an event handler', 'Press <b onclick="alert(1)">here</b>.', 7, element('b', ' (its onclick attribute would run code)')],
		['a component', '<FiguresPanel />', 1, element('FiguresPanel')],
		['a javascript: link', '[read more](javascript:alert(1))', 1, 'a link to a javascript: address is not allowed; use an http:// or https:// address'],
		['a javascript: link hidden by a character reference', '[read](&#106;avascript:alert(1))', 1, 'a link to a javascript: address is not allowed; use an http:// or https:// address'],
		['a data: image', '![map](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', 1, imageMessage],
		['a data: link definition', '[map][m]\n\n[m]: data:text/html,hi', 1, 'a link to a data: address is not allowed; use an http:// or https:// address'],
		['a link definition whose label looks like a footnote', '[a\\[^x]\n\n[a\\[^x]: javascript:alert(1)', 1, 'a link to a javascript: address is not allowed; use an http:// or https:// address'],
	])('refuses %s, naming its file line and column', (_, body, column, message) => {
		const line = bodyLine + (body.includes('\n\n[') ? 2 : 0);
		expect(bodyProblems(body)).toEqual([at(line, column, message)]);
	});

	it('reports MDX syntax errors with their place in the file', () => {
		expect(bodyProblems('First line.\n\nUnclosed {brace')).toEqual([
			at(bodyLine + 2, 16, 'MDX syntax: Unexpected end of file in expression, expected a corresponding closing brace for `{`; write \\< or \\{ to show those characters as text'),
		]);
		expect(bodyProblems('Text\n\n<div>\nunclosed')).toEqual([
			at(bodyLine + 2, 1, 'MDX syntax: Expected a closing tag for `<div>`; write \\< or \\{ to show those characters as text'),
		]);
	});

	it('reports every problem in a body, each on its own line', () => {
		const body = ['<script>alert(1)</script>', '', 'Fine text.', '', 'Total {killed}.', '', '[x](javascript:void(0))'].join('\n');
		expect(bodyProblems(body).map((p) => p.split(' error ')[0])).toEqual([
			`2020-01-01-test.mdx:${bodyLine}:1`,
			`2020-01-01-test.mdx:${bodyLine + 4}:7`,
			`2020-01-01-test.mdx:${bodyLine + 6}:1`,
		]);
	});

	it('counts lines from the top of the file, also after a long frontmatter with a folded summary', () => {
		const text = `---
title: Fake brief
date: 2020-01-01
summary: >-
  Invented,
  folded over
  three lines.
location: { country: UA }
casualties: { killed: 1 }
sources: [{ id: gazette, publisher: Example Gazette }]
---

Line 13.

<script>alert(1)</script>
`;
		const problems = checkBrief('2020-01-01-test.mdx', text, taxonomies, { today: '2020-06-01' }).problems;
		expect(problems.map((p) => [p.line, p.column])).toEqual([[15, 1]]);
	});
});
