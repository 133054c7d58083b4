import { describe, expect, it } from 'vitest';
import { checkReport, githubReport, textReport } from '../src/lib/check/report';
import { repeatedBriefs } from '../src/lib/check/rules';
import { at, craftedBrief, problemsOf } from './helpers/hostile';

/** Line of each field in craftedBrief's frontmatter. */
const line = { title: 2, summary: 4, location: 5, casualties: 6, sources: 7, targets: 8 } as const;

describe('text that looks like something else', () => {
	it.each([
		['title', 'title', '"Fake \\u202Ebrief"', 1, 'holds the bidi control U+202E (RIGHT-TO-LEFT OVERRIDE), which makes text display in another order than it is written; remove it'],
		['summary', 'summary', '"Invented \\u2066isolated\\u2069."', 1, 'holds the bidi control U+2066 (LEFT-TO-RIGHT ISOLATE), which makes text display in another order than it is written; remove it'],
		['location.place', 'location', '{ country: UA, place: "Test\\u200Bville" }', 26, 'holds the invisible character U+200B (ZERO WIDTH SPACE), which makes equal-looking names differ; remove it'],
		['sources[0].title', 'sources', '[{ id: gazette, publisher: Example Gazette, title: "Report\\u0000" }]', 54, 'holds the control character or noncharacter U+0000 (NUL), which feeds and pages cannot carry; remove it'],
		['sources[0].publisher', 'sources', '[{ id: gazette, publisher: "Bell\\a" }]', 26, 'holds the control character or noncharacter U+0007 (BEL), which feeds and pages cannot carry; remove it'],
		['casualties.killed.note', 'casualties', '{ killed: { value: 1, source: gazette, note: "x\\e[31m" } }', 52, 'holds the control character or noncharacter U+001B (ESC), which feeds and pages cannot carry; remove it'],
		['targets[0]', 'targets', '["homes\\uFFFE"]', 12, 'holds the control character or noncharacter U+FFFE, which feeds and pages cannot carry; remove it'],
		['title', 'title', '"   "', 1, 'is blank: it holds only spaces or invisible characters; write the text or leave the field out'],
		['location.place', 'location', '{ country: UA, place: "\\u200D\\u00A0" }', 26, 'is blank: it holds only spaces or invisible characters; write the text or leave the field out'],
	])('refuses %s with its field and line', (field, key, value, column, message) => {
		expect(problemsOf(craftedBrief('Body.', { [key]: value }))).toEqual([at(line[key as keyof typeof line], column, `${field}: ${message}`)]);
	});

	it('refuses bidi and control characters in the body with their line and column', () => {
		expect(problemsOf(craftedBrief('Fine.\n\nThe \u202Eattack.'))).toEqual([
			at(12, 5, 'the text holds the bidi control U+202E (RIGHT-TO-LEFT OVERRIDE), which makes text display in another order than it is written; remove it'),
		]);
	});

	it('reads a body with Windows line endings line by line: the carriage returns are not refused, a control on a later line is, once per line', () => {
		expect(problemsOf(craftedBrief('Fine.\r\n\r\nStill fine.\r\nThe \u202Eattack\u202E.\r\nA bell\u0007.\r\n'))).toEqual([
			at(13, 5, 'the text holds the bidi control U+202E (RIGHT-TO-LEFT OVERRIDE), which makes text display in another order than it is written; remove it'),
			at(14, 7, 'the text holds the control character or noncharacter U+0007 (BEL), which feeds and pages cannot carry; remove it'),
		]);
		expect(problemsOf(craftedBrief('Fine.\r\n\r\nStill fine.\r\n'))).toEqual([]);
	});

	it('accepts scripts that need joiners, and apostrophes, dashes and accents', () => {
		expect(problemsOf(craftedBrief('Body.', { title: '"Fake brief: Kyïv – l’attaque"', location: '{ country: UA, place: "می‌خواهم" }' }))).toEqual([]);
	});

	it('does not let a zero-width joiner hide a duplicate brief', () => {
		const brief = (place: string) => ({ date: '2020-01-01', location: { country: 'UA', place } });
		expect(repeatedBriefs([brief('Testville'), brief('Test\u200Dville')])).toEqual(new Map([[1, 0]]));
	});
});

describe('numbers', () => {
	it.each([
		['-0', 'casualties.killed: -0 is a negative zero; write 0'],
		['0x0F', 'casualties.killed: 0x0F is not a plain decimal number; YAML reads it as 15: write numbers as digits only, such as 15 or 50.45'],
		['0o17', 'casualties.killed: 0o17 is not a plain decimal number; YAML reads it as 15: write numbers as digits only, such as 15 or 50.45'],
		['+15', 'casualties.killed: +15 is not a plain decimal number; YAML reads it as 15: write numbers as digits only, such as 15 or 50.45'],
		['1e3', 'casualties.killed: 1e3 is not a plain decimal number; YAML reads it as 1000: write numbers as digits only, such as 15 or 50.45'],
		['1152921504606846976', 'casualties.killed: 1152921504606846976 is too large to be kept exactly; numbers must be at most 9,007,199,254,740,991'],
	])('refuses %s as a count, with the right message', (value, message) => {
		const problems = problemsOf(craftedBrief('Body.', { casualties: `{ killed: ${value} }` }));
		expect(problems.filter((p) => p.includes(' error '))).toEqual([at(6, 15, message)]);
	});

	it('accepts plain decimals: counts and coordinates', () => {
		expect(problemsOf(craftedBrief('Body.', { location: '{ country: UA, place: Testville, coordinates: { lat: 50.45, lon: -0.5 } }', casualties: '{ killed: 0 }' }))).toEqual([]);
	});
});

describe('source addresses', () => {
	it('refuses a URL with user info, which opens another site than the one it names', () => {
		expect(problemsOf(craftedBrief('Body.', { sources: '[{ id: gazette, publisher: Example Gazette, url: "https://www.facebook.com@evil.example/" }]' }))).toEqual([
			at(7, 54, 'sources[0].url: must not hold a user name before an @ (https://name@host/): the address opens the site after the @, not the one it seems to name'),
		]);
	});
});

describe('what the checker prints', () => {
	it('cannot add a line or send terminal escapes: a newline, ESC or bidi control in a value is shown escaped', () => {
		const problems = [
			{ file: 'b.mdx', line: 5, column: 3, severity: 'error' as const, field: 'location.region', message: 'unknown region "x\nOK: 1 brief checked\u001b[2J\u202e"' },
		];
		const report = checkReport(1, problems);
		for (const text of [textReport(report), githubReport(report)]) {
			expect(text.split('\n')).toHaveLength(2);
			expect(text).not.toMatch(/[\u001b\u202e]/);
		}
		expect(textReport(report).split('\n')[0]).toBe('b.mdx:5:3 error location.region: unknown region "x\\nOK: 1 brief checked\\u001b[2J\\u202e"');
	});

	it('escapes a region value holding a newline in a real check', () => {
		const [problem] = problemsOf(craftedBrief('Body.', { location: '{ country: UA, region: "x\\nOK: 1 brief checked" }' }));
		expect(problem).toContain('error location.region: must be lowercase letters, digits and single hyphens');
		expect(problem.split('\n')).toHaveLength(1);
	});
});

describe('characters a share card cannot draw', () => {
	it('are warned about, named, in the fields the card shows', () => {
		expect(problemsOf(craftedBrief('Body.', { title: 'Fake brief on 東京 ☃' }))).toEqual([
			at(2, 1, 'title: the share card has no font for 東 (U+6771), 京 (U+4EAC), ☃ (U+2603); they would show as boxes on the card', 'warning'),
		]);
	});

	it('are none in Latin, Cyrillic, Greek, Arabic, Hebrew, Georgian or Armenian', () => {
		const title = '"Fake brief: Київ, Ελλάδα, القصف, תקיפה, თბილისი, Երևան"';
		expect(problemsOf(craftedBrief('Body.', { title, location: '{ country: UA, place: "القدس" }' }))).toEqual([]);
	});
});
