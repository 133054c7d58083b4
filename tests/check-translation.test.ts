import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { briefSchema } from '../src/lib/brief';
import { formatProblem, hasErrors } from '../src/lib/check/problem';
import { missingNames } from '../src/lib/check/taxonomy-names';
import { checkTranslation, numbersIn, type OriginalFile } from '../src/lib/check/translation';

/** An invented original in English; each case below gives a translation of it. */
const originalText = `---
title: Fake test brief for the translation checker
date: 2020-01-01
summary: Invented; nothing here happened.
location: { country: ZZ, place: Testville, detail: Example Street }
casualties:
  killed: { min: 5, source: gazette, note: in Testville }
  injured: { value: 1905, source: gazette }
munitions:
  - { type: test-drone, launched: { value: 20, source: gazette }, note: Invented note. }
targets: [Fictional water tower]
sources:
  - { id: gazette, publisher: Example Gazette, url: 'https://example.org/gazette/1', note: Invented. }
updated: 2020-01-05
---

Invented body with 20 drones and 1,905 injured. [Gazette](https://example.org/gazette/1)
`;
const brief = briefSchema.parse({
	title: 'Fake test brief for the translation checker',
	date: '2020-01-01',
	summary: 'Invented; nothing here happened.',
	location: { country: 'ZZ', place: 'Testville', detail: 'Example Street' },
	casualties: { killed: { min: 5, source: 'gazette', note: 'in Testville' }, injured: { value: 1905, source: 'gazette' } },
	munitions: [{ type: 'test-drone', launched: { value: 20, source: 'gazette' }, note: 'Invented note.' }],
	targets: ['Fictional water tower'],
	sources: [{ id: 'gazette', publisher: 'Example Gazette', url: 'https://example.org/gazette/1', note: 'Invented.' }],
	updated: '2020-01-05',
});
const original: OriginalFile = { file: 'briefs/2020-01-01-fake.mdx', text: originalText, brief };

/** A complete, valid translation, line by line; each case changes or adds lines. */
const base = [
	'---', // 1
	'title: Вигаданий тестовий бриф', // 2
	'summary: Вигадано; нічого цього не було.', // 3
	'translated: 2020-01-06', // 4
	'location: { place: Тествіль, detail: Вигадана вулиця }', // 5
	'targets: [Вигадана водонапірна вежа]', // 6
	'notes:', // 7
	'  casualties.killed: у Тествілі', // 8
	'  munitions.test-drone: Вигадана примітка.', // 9
	'  sources.gazette: Вигадано.', // 10
	'---', // 11
	'', // 12
	'Вигаданий текст: 20 дронів і 1 905 поранених. [Газета](https://example.org/gazette/1)', // 13
];

function check(lines: string[], { name = 'briefs/2020-01-01-fake.uk.mdx', lang = 'uk', orphan = false } = {}) {
	return checkTranslation(name, lines.join('\n'), lang, orphan ? undefined : original, { today: '2025-01-01' });
}
const lines = (changes: Record<number, string>) => base.map((line, i) => changes[i + 1] ?? line);
const messages = (lines: string[], options?: Parameters<typeof check>[1]) => check(lines, options).problems.map(formatProblem);

describe('the translation checker', () => {
	it('accepts a complete translation that keeps to the original', () => {
		const { translation, problems } = check(base);
		expect(problems).toEqual([]);
		expect(translation).toMatchObject({ lang: 'uk', title: 'Вигаданий тестовий бриф', translated: '2020-01-06', notes: { 'sources.gazette': 'Вигадано.' } });
	});

	it.each([
		['a figure', { 5: 'casualties: { killed: 6 }' }, 'briefs/2020-01-01-fake.uk.mdx:5:1 error casualties: figures come from the original (briefs/2020-01-01-fake.mdx); a translation holds only text: translate their notes as notes["casualties.killed"] and the like'],
		['a date', { 5: 'date: 2020-01-02' }, 'briefs/2020-01-01-fake.uk.mdx:5:1 error date: dates come from the original (briefs/2020-01-01-fake.mdx); a translation holds only text'],
		['a source', { 5: 'sources: [{ id: other, publisher: Other }]' }, 'briefs/2020-01-01-fake.uk.mdx:5:1 error sources: source ids, publishers and URLs come from the original (briefs/2020-01-01-fake.mdx); a translation holds only text: translate a source\'s note as notes["sources.<id>"]'],
		['coordinates', { 5: 'location: { place: Тествіль, detail: Вигадана вулиця, coordinates: { lat: 1, lon: 2 } }' }, 'briefs/2020-01-01-fake.uk.mdx:5:55 error location.coordinates: the coordinates come from the original (briefs/2020-01-01-fake.mdx); a translation holds only text: translate location.place and location.detail only'],
		['a URL in a note', { 10: '  sources.gazette: див. https://example.org/other' }, 'briefs/2020-01-01-fake.uk.mdx:10:3 error notes.sources.gazette: holds a web address; a translation holds no URL: links come from the original'],
		['a note keyed to a figure the original lacks', { 8: '  casualties.children_killed: у Тествілі' }, 'briefs/2020-01-01-fake.uk.mdx:8:3 error notes.casualties.children_killed: "casualties.children_killed" names no figure, munition entry, source or correction of the original; did you mean "casualties.killed"?'],
		['a note keyed to a source the original lacks', { 10: '  sources.metro: Вигадано.' }, 'briefs/2020-01-01-fake.uk.mdx:10:3 error notes.sources.metro: "sources.metro" names no figure, munition entry, source or correction of the original; did you mean "sources.gazette"?'],
		['a note the original does not have', { 10: '  casualties.injured: нова примітка' }, 'briefs/2020-01-01-fake.uk.mdx:10:3 error notes.casualties.injured: the original has no note on casualties.injured; a translation gives only the notes the original has'],
		['a new number in the body', { 13: 'Вигаданий текст: 21 дрон.' }, 'briefs/2020-01-01-fake.uk.mdx:13:18 error the number 21 is not in the original; a translation states only the original\'s numbers, never a new one'],
		['a new number in the title', { 2: 'title: Вигаданий бриф про 7 дронів' }, 'briefs/2020-01-01-fake.uk.mdx:2:1 error title: the number 7 is not in the original; a translation states only the original\'s numbers, never a new one'],
		['a link the original does not have', { 13: 'Текст. [Інше](https://example.org/other)' }, 'briefs/2020-01-01-fake.uk.mdx:13:15 error links to an address the original does not; links come from the original'],
		['a target more than the original', { 6: 'targets: [Вежа, Міст]' }, 'briefs/2020-01-01-fake.uk.mdx:6:17 error targets[1]: the original lists 1 target(s); a translation translates those, in the same order, and adds none'],
		['HTML in the body, as in a brief', { 13: '<script>alert(1)</script>' }, 'briefs/2020-01-01-fake.uk.mdx:13:1 error <script> is an HTML or JSX element, which a brief may not hold; briefs are plain Markdown: use **bold**, [text](https://…) and the like, or write \\< to show a <'],
	])('refuses %s, naming the file, line and field', (_, changes, expected) => {
		const found = check(lines(changes));
		expect(found.problems.map(formatProblem), found.problems.map(formatProblem).join('\n')).toContain(expected);
		expect(found.translation).toBeUndefined();
	});

	it('refuses a translation whose original is missing', () => {
		expect(messages(base, { name: 'briefs/2020-01-09-gone.uk.mdx', orphan: true })).toEqual([
			'briefs/2020-01-09-gone.uk.mdx:1:1 error its original 2020-01-09-gone.mdx is missing: a translation lives beside the brief it translates, named <slug>.<lang>.mdx',
		]);
	});

	it('refuses a translation into the original\'s own language, or into a language the site does not have', () => {
		expect(messages(base, { name: 'briefs/2020-01-01-fake.en.mdx', lang: 'en' })).toEqual([
			'briefs/2020-01-01-fake.en.mdx:1:1 error the original is written in en (its lang), so it has no en translation; name the file after the language it is translated into',
		]);
		expect(messages(base, { name: 'briefs/2020-01-01-fake.fr.mdx', lang: 'fr' })[0]).toBe(
			'briefs/2020-01-01-fake.fr.mdx:1:1 error "fr" in the file name is not a language of the site; use one of: en, uk',
		);
	});

	it('warns that a translation made before the original was updated may be stale', () => {
		const found = check(lines({ 4: 'translated: 2020-01-02' }));
		expect(found.problems.map(formatProblem)).toEqual([
			'briefs/2020-01-01-fake.uk.mdx:4:1 warning translated: the original was updated on 2020-01-05, after this translation (2020-01-02): it may be stale; bring it up to date with the original and set translated',
		]);
		expect(found.translation).toBeDefined();
	});

	it('warns of the original\'s text left untranslated, and reports every problem at once', () => {
		const found = messages([...base.slice(0, 4), ...base.slice(6, 8), ...base.slice(9)]);
		expect(found).toEqual([
			'briefs/2020-01-01-fake.uk.mdx:1:1 warning the original lists 1 target(s) and this translation 0; the rest are shown in the original\'s language',
			'briefs/2020-01-01-fake.uk.mdx:1:1 warning location.place ("Testville") is not translated',
			'briefs/2020-01-01-fake.uk.mdx:1:1 warning location.detail ("Example Street") is not translated',
			'briefs/2020-01-01-fake.uk.mdx:5:1 warning notes: the original\'s note on munitions.test-drone ("Invented note.") is not translated; its page shows it in the original\'s language',
		]);
	});

	it('warns when the body does not keep the original\'s paragraphs and sections', () => {
		expect(messages([...base, '', 'Ще один абзац.'])).toEqual([
			'briefs/2020-01-01-fake.uk.mdx:12:1 warning the original\'s body has 1 paragraph(s) and blocks, this translation 2; a translation keeps the original\'s paragraphs, one for one',
		]);
		expect(messages([...base, '', '## Розділ'])[0]).toContain('the original\'s body has 0 heading(s) and this translation 1');
	});

	it('requires title, summary and translated', () => {
		expect(messages(['---', 'title: Лише заголовок', '---', 'Текст.']).filter((m) => m.includes(' error '))).toEqual([
			'briefs/2020-01-01-fake.uk.mdx:1:1 error summary: is required',
			'briefs/2020-01-01-fake.uk.mdx:1:1 error translated: is required',
		]);
	});
});

describe('numbersIn', () => {
	it('reads numbers as written in either language, thousands separated or not', () => {
		expect(numbersIn('1,905 and 1 905 and 1\u00a0905, 805–810, 09')).toEqual(['1905', '1905', '1905', '805', '810', '9']);
		expect(numbersIn('see https://example.org/2020/1')).toEqual([]);
	});
});

describe('taxonomy names', () => {
	it('once one entry has a name in a language, requires one of every entry', () => {
		const findings = missingNames([{ id: 'a', names: { uk: 'А' } }, { id: 'b' }, { id: 'c', names: {} }]);
		expect(findings.map((f) => [f.path, f.message])).toEqual([
			[[1, 'id'], '"b" has no names.uk, while other entries have one (such as "a"); give every entry a name in uk'],
			[[2, 'names'], '"c" has no names.uk, while other entries have one (such as "a"); give every entry a name in uk'],
		]);
		expect(missingNames([{ id: 'a' }, { id: 'b' }])).toEqual([]);
		expect(missingNames([{ id: 'a', names: { ua: 'А', en: 'A' } }]).map((f) => [f.path, f.message])).toEqual([
			[[0, 'names', 'en'], '"en" is not another language of the site; give names in: uk (name is the English one)'],
			[[0, 'names', 'ua'], '"ua" is not another language of the site; give names in: uk (name is the English one)'],
		]);
	});
});

describe('the translation checker on any input', () => {
	const value = fc.letrec((tie) => ({
		any: fc.oneof(
			{ depthSize: 'small' },
			fc.integer({ min: -5, max: 2000 }),
			fc.boolean(),
			fc.constant(null),
			fc.constantFrom('2020-01-06', '2099-01-01', 'in Testville', 'https://example.org', 'TODO x', '1 905', '21'),
			fc.string({ maxLength: 10 }),
			fc.array(tie('any'), { maxLength: 3 }),
			fc.dictionary(fc.constantFrom('place', 'detail', 'casualties.killed', 'sources.gazette', 'value', 'x'), tie('any'), { maxKeys: 3 }),
		),
	})).any;
	const keys = ['title', 'summary', 'translated', 'location', 'targets', 'notes', 'date', 'casualties', 'sources', 'lang', 'titel'];
	const frontmatter = fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 7 });

	it('ends in errors or a translation, each problem placed inside the file, and never passes a figure, date or source', () => {
		fc.assert(
			fc.property(frontmatter, fc.string({ maxLength: 30 }), (data, body) => {
				const text = `---\n${stringify(data)}---\n${body}\n`;
				const { translation, problems } = checkTranslation('briefs/2020-01-01-fake.uk.mdx', text, 'uk', original, { today: '2025-01-01' });
				expect(hasErrors(problems) || translation !== undefined).toBe(true);
				const lines = text.split('\n').length;
				for (const p of problems) {
					expect(p.line).toBeGreaterThanOrEqual(1);
					expect(p.line).toBeLessThanOrEqual(lines);
					expect(p.column).toBeGreaterThanOrEqual(1);
				}
				if (translation) {
					expect(Object.keys(translation).filter((key) => ['date', 'casualties', 'sources', 'munitions'].includes(key))).toEqual([]);
				}
			}),
			{ numRuns: 300 },
		);
	});
});
