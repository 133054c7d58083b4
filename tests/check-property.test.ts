import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lintBody, needsParsing } from '../src/lib/check/body';
import { checkBrief } from '../src/lib/check/brief';
import { hasErrors } from '../src/lib/check/problem';
import { readTaxonomies } from '../src/lib/content';
import { root } from './helpers/build';

const { taxonomies } = readTaxonomies(join(root, 'content'));

/** Every input ends in a result: errors, or a brief; each problem placed inside the file. */
function expectResult(text: string) {
	const { brief, problems } = checkBrief('2020-01-01-random.mdx', text, taxonomies, { today: '2025-01-01' });
	expect(hasErrors(problems) || brief !== undefined).toBe(true);
	const lines = text.split('\n').length;
	for (const p of problems) {
		expect(p.line).toBeGreaterThanOrEqual(1);
		expect(p.line).toBeLessThanOrEqual(lines + 1);
		expect(p.column).toBeGreaterThanOrEqual(1);
		expect(p.message.length).toBeGreaterThan(0);
	}
}

const mdxCharacters = fc.constantFrom(
	...'<>{}[]()!&#;:/\\*_`-|^~=."\' \n\tabcxyz019',
	'import ',
	'export ',
	'javascript:',
	'data:',
	'<script>',
	'</div>',
	'&#106;',
	'[^1]:',
	'{/* */}',
	'```\n',
	'    ',
	'---\n',
	'TODO',
);
const body = fc.array(mdxCharacters, { maxLength: 80 }).map((parts) => parts.join(''));

/** Values of every kind, as a contributor might mistype them into any field. */
const value = fc.letrec((tie) => ({
	any: fc.oneof(
		{ depthSize: 'small' },
		fc.integer({ min: -5, max: 1000 }),
		fc.double({ noNaN: false }),
		fc.boolean(),
		fc.constant(null),
		fc.constantFrom('2025-09-07', '2025-02-30', '1899-01-01', '2099-01-01', 'metro', 'kyiv-city', 'TODO x', 'javascript:x', 'https://example.org'),
		fc.string({ maxLength: 12 }),
		fc.array(tie('any'), { maxLength: 3 }),
		fc.dictionary(fc.constantFrom('value', 'min', 'max', 'source', 'claims', 'id', 'type', 'note', 'start', 'end', 'x'), tie('any'), { maxKeys: 4 }),
	),
})).any;
const briefKeys = ['title', 'date', 'time', 'summary', 'location', 'status', 'casualties', 'munitions', 'targets', 'sources', 'tags', 'updated', 'corrections', 'casualites'];
const frontmatter = fc.dictionary(fc.constantFrom(...briefKeys), value, { maxKeys: 8 });

describe('the checker on random input', () => {
	it('never throws on random frontmatter fields', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(frontmatter, body, (data, text) => {
				expectResult(`---\n${stringify(data)}---\n${text}\n`);
			}),
			{ numRuns: 400 },
		);
	});

	it('never throws on random text, with or without frontmatter fences', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), fc.boolean(), (text, fenced) => {
				expectResult(fenced ? `---\n${text}\n---\n${text}` : text);
			}),
			{ numRuns: 400 },
		);
	});

	it('never throws on random MDX bodies, and skips the MDX parser only where it would find nothing', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(body, (text) => {
				const parsed = lintBody(text, { always: true });
				if (!needsParsing(text)) expect(lintBody(text)).toEqual(parsed);
			}),
			{ numRuns: 1500 },
		);
	});
});
