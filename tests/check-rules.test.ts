import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBrief } from '../src/lib/check/brief';
import { formatProblem } from '../src/lib/check/problem';
import { readTaxonomies } from '../src/lib/content';
import { root } from './helpers/build';

const { taxonomies } = readTaxonomies(join(root, 'content'));

/** A valid brief; each case below changes one line of it to break exactly one rule. */
const base = [
	'---', // 1
	'title: Fake test brief for the checker', // 2
	'date: 2020-01-01', // 3
	'time: { start: 2020-01-01T01:00+02:00, end: 2020-01-01T05:00+02:00 }', // 4
	'summary: Invented for the checker’s tests; nothing here happened.', // 5
	'location:', // 6
	'  country: UA', // 7
	'  region: kyiv-city', // 8
	'  place: Testville', // 9
	'casualties:', // 10
	'  killed: { value: 5, source: gazette }', // 11
	'  injured: { min: 10, source: bulletin }', // 12
	'  children_killed: { value: 1, source: gazette }', // 13
	'  children_injured: { min: 2, max: 4, source: gazette }', // 14
	'munitions:', // 15
	'  - type: shahed-136-131', // 16
	'    launched: { value: 20, source: gazette }', // 17
	'    intercepted: { value: 15, source: bulletin }', // 18
	'sources:', // 19
	'  - id: gazette', // 20
	'    publisher: Example Gazette', // 21
	'    url: https://example.org/gazette/1', // 22
	'    archive: https://web.archive.org/web/2020/https://example.org/gazette/1', // 23
	'  - id: bulletin', // 24
	'    publisher: Example Bulletin', // 25
	'---', // 26
	'', // 27
	'Invented body text.', // 28
];

const today = '2020-06-01';
const file = '2020-01-01-test.mdx';

/** The base brief with some lines replaced (a replacement may hold several lines). */
function edited(lines: Record<number, string>): string {
	return base.map((line, i) => lines[i + 1] ?? line).join('\n') + '\n';
}

function check(text: string, name = file) {
	return checkBrief(name, text, taxonomies, { today }).problems;
}

describe('the base brief', () => {
	it('has no problem', () => {
		expect(check(edited({})).map(formatProblem)).toEqual([]);
	});
});

type Case = [rule: string, lines: Record<number, string>, line: number, column: number, field: string | undefined, message: string];

const errors: Case[] = [
	['an unknown key, with the near miss', { 10: 'casualites:' }, 10, 1, 'casualites', 'unknown field "casualites"; did you mean "casualties"?'],
	['a missing required key, at the frontmatter’s first line', { 5: '# no summary' }, 1, 1, 'summary', 'is required'],
	['an unknown region, with the near miss', { 8: '  region: kyiv-cty' }, 8, 3, 'location.region', 'unknown region "kyiv-cty"; did you mean "kyiv-city"?; use an id from regions.yaml or add one there'],
	['an unknown munition type, with the near miss', { 16: '  - type: shahed-136' }, 16, 5, 'munitions[0].type', 'unknown munition type "shahed-136"; did you mean "shahed-136-131"?; use an id from munitions.yaml or add one there'],
	['a date that does not exist', { 3: 'date: 2020-02-30' }, 3, 1, 'date', 'must be a real date written YYYY-MM-DD'],
	['a date in the future', { 22: '    published: 2020-06-02' }, 22, 5, 'sources[0].published', '2020-06-02 is in the future; check the year, month and day'],
	['time.end before time.start', { 4: 'time: { start: 2020-01-01T05:00+02:00, end: 2020-01-01T01:00+02:00 }' }, 4, 40, 'time.end', 'ends at 2020-01-01T01:00+02:00, before it starts at 2020-01-01T05:00+02:00'],
	['min above max', { 14: '  children_injured: { min: 4, max: 2, source: gazette }' }, 14, 23, 'casualties.children_injured.min', 'min is above max'],
	['a negative count', { 11: '  killed: { value: -5, source: gazette }' }, 11, 13, 'casualties.killed.value', 'must not be negative'],
	['a fractional count', { 12: '  injured: { min: 10.5, source: bulletin }' }, 12, 14, 'casualties.injured.min', 'must be a whole number'],
	['more intercepted than launched', { 18: '    intercepted: { value: 25, source: bulletin }' }, 18, 5, 'munitions[0].intercepted', '25 intercepted is more than the 20 launched'],
	['more children killed than killed', { 13: '  children_killed: { min: 6, source: gazette }' }, 13, 3, 'casualties.children_killed', 'at least 6 children killed is more than the 5 killed, which includes them'],
	['more children injured than injured', { 12: '  injured: { min: 1, max: 1, source: bulletin }' }, 14, 3, 'casualties.children_injured', '2–4 children injured is more than the 1 injured, which includes them'],
	['a figure citing an undefined source id', { 17: '    launched: { value: 20, source: gazete }' }, 17, 28, 'munitions[0].launched.source', 'cites "gazete", which is not in sources; did you mean "gazette"? (known: gazette, bulletin)'],
	['a bare number in a brief with several sources', { 11: '  killed: 5' }, 11, 3, 'casualties.killed', 'a bare number needs a single-source brief; write { value: 5, source: … } with one of: gazette, bulletin'],
	['a duplicate source id', { 25: '    publisher: Example Bulletin\n  - { id: gazette, publisher: Copy }' }, 26, 7, 'sources[2].id', 'duplicate source id "gazette"; give each source its own id'],
	['a url that is not http(s)', { 22: '    url: javascript:alert(1)' }, 22, 5, 'sources[0].url', 'must be an http:// or https:// address'],
	['an archive that is not http(s)', { 23: '    archive: ftp://example.org/gazette/1' }, 23, 5, 'sources[0].archive', 'must be an http:// or https:// address'],
	['a YAML syntax error', { 12: '  injured: { min: 10, source: bulletin' }, 13, 3, undefined, 'YAML syntax: deficient indentation (is a line indented too little, or a { or [ above it left unclosed?)'],
	['an includes naming a type not listed in the brief', { 18: '    intercepted: { value: 15, source: bulletin }\n  - type: missiles-combined\n    includes: [iskander-k]\n    launched: { value: 2, source: gazette }' }, 20, 16, 'munitions[1].includes[0]', 'includes "iskander-k", which is not another entry of this brief\'s munitions'],
	['a placeholder left from the template', { 2: 'title: TODO headline' }, 2, 1, 'title', 'fill in this placeholder: headline'],
];

describe('each rule, broken alone', () => {
	it.each(errors)('reports %s with its line, column, field and message', (_, lines, line, column, field, message) => {
		const problems = check(edited(lines));
		expect(problems).toEqual([{ file, line, column, severity: 'error', field, message }]);
	});

	it('warns about a source that no figure cites', () => {
		const problems = check(edited({ 25: '    publisher: Example Bulletin\n  - { id: unused, publisher: Nobody }' }));
		expect(problems.map(formatProblem)).toEqual([`${file}:26:7 warning sources[2].id: source "unused" is cited by no figure; cite it or remove it`]);
	});

	it('reports a date before 1900', () => {
		const problems = check(edited({ 3: 'date: 1899-12-31' }), '1899-12-31-test.mdx');
		expect(problems.map(formatProblem)).toEqual(['1899-12-31-test.mdx:3:1 error date: 1899-12-31 is before 1900; check the year']);
	});

	it('reports a file name that does not start with the date', () => {
		expect(check(edited({}), '2020-01-02-test.mdx').map(formatProblem)).toEqual([
			'2020-01-02-test.mdx:3:1 error date: the file name starts with 2020-01-02 but date is 2020-01-01; rename the file or fix the date',
		]);
		expect(check(edited({}), 'Test Brief.mdx').map(formatProblem)).toEqual([
			'Test Brief.mdx:1:1 error file name "Test Brief.mdx" must be YYYY-MM-DD-words.mdx in lowercase, such as 2020-01-01-kyiv.mdx',
		]);
	});

	it('reports type errors and rule breaks of one brief together', () => {
		const problems = check(edited({ 2: 'title: 12', 8: '  region: atlantis', 18: '    intercepted: { value: 25, source: bulletin }' }));
		expect(problems.map((p) => [p.line, p.field])).toEqual([
			[2, 'title'],
			[8, 'location.region'],
			[18, 'munitions[0].intercepted'],
		]);
	});

	it('explains a figure of the wrong form by the form that was meant', () => {
		const problems = check(edited({ 11: '  killed: { value: 5, sourc: gazette }' }));
		expect(problems.map((p) => `${p.line}:${p.column} ${p.field}: ${p.message}`)).toEqual([
			'11:3 casualties.killed.source: is required',
			'11:23 casualties.killed.sourc: unknown field "sourc"; did you mean "source"?',
		]);
	});
});
