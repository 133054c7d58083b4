import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { fastYaml } from '../src/lib/check/fast-yaml';
import { parseYaml } from '../src/lib/check/frontmatter';

/** What the `yaml` package, the checker's reference reader, makes of a text; undefined if it rejects it. */
function reference(text: string): { data: unknown } | undefined {
	const doc = parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: false });
	return doc.errors.length ? undefined : { data: doc.toJS() ?? null };
}

const scalars = [
	'1_000', '0o17', '010', '+5', '-0', '1.', '.5', '-.5', '+.5', '1e3', '1E+3', '0.1e-3', '12e03', '0x1F', '0b11', '-0x1', '+0o7',
	'.Inf', '-.inf', '+.INF', '.NaN', '.nan', 'yes', 'on', 'True', 'TRUE', 'tRue', 'false', '2025-09-07', '2025-09-07T03:00:00+03:00',
	'12:30', '1:20:30', '~', 'Null', 'NULL', 'nUll', '', '0.', '00', '1e', 'e3', '"\\u00e9"', "'it''s'", '"\\N\\_\\L\\P"',
	'>-\n  folded\n  text', '|\n  lit\n', '1 # comment', '[1, 2, ]', '{a: 1, }', '0.0.1', '1,000', 'Київ', 'a: b',
	'https://example.org/a?b=1&c=2', 'x # y', '"#"', "'a\n\n  b'",
];

describe('the fast frontmatter reader', () => {
	it('reads every core-schema scalar as the yaml package does, or leaves it to yaml', () => {
		for (const scalar of scalars) {
			const text = `k: ${scalar}\n`;
			const fast = fastYaml(text);
			if (fast) expect(fast, text).toEqual(reference(text));
		}
	});

	it('reads plain briefs itself', () => {
		const text = 'title: Fake brief\ndate: 2020-01-01\ncasualties:\n  killed: { min: 2, source: a }\nsources:\n  - id: a\n    url: https://example.org/?a=1&b=2\n';
		expect(fastYaml(text)).toEqual({
			data: {
				title: 'Fake brief',
				date: '2020-01-01',
				casualties: { killed: { min: 2, source: 'a' } },
				sources: [{ id: 'a', url: 'https://example.org/?a=1&b=2' }],
			},
		});
	});

	it.each([
		['an anchor and alias', 'a: &x 1\nb: *x\n'],
		['a tag', 'a: !!float 3\n'],
		['a non-specific tag', 'a: ! 3\n'],
		['a complex key', '? a\n: 1\n'],
		['a directive', '%YAML 1.2\n---\na: 1\n'],
		['a duplicate key', 'a: 1\na: 2\n'],
		['a syntax error', 'a: [1, 2\n'],
		['a quoted value over two lines', 'a: "one\n  two"\n'],
		['a flow collection as a key', '[a]: 1\n'],
		['a key that is not text', '~: 1\n'],
		['a comment touching a quote', 'a: "x"#c\n'],
		['a comment touching a bracket', 'a: {}#c\n'],
		['a block value opening on a blank line', 'b: |-\n    \n  x\n'],
		['a lone carriage return', 'a: 1\rb: 2\n'],
		['a list at the top', '- a\n'],
	])('leaves %s to the yaml package', (_, text) => {
		expect(fastYaml(text)).toBeUndefined();
	});

	it('agrees with the yaml package on any data written as YAML', () => {
		const value = fc.letrec((tie) => ({
			node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('list'), tie('map')),
			leaf: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constantFrom(...scalars)),
			list: fc.array(tie('node'), { maxLength: 4 }),
			map: fc.dictionary(fc.string({ minLength: 1 }), tie('node'), { maxKeys: 4 }),
		}));
		fc.assert(
			fc.property(fc.dictionary(fc.string({ minLength: 1 }), value.node, { maxKeys: 6 }), fc.boolean(), (data, flow) => {
				const text = stringify(data, { collectionStyle: flow ? 'flow' : 'block' });
				const fast = fastYaml(text);
				if (fast) expect(fast).toEqual(reference(text));
			}),
			{ numRuns: 500 },
		);
	});

	it('never accepts YAML the yaml package rejects, and reads the rest the same way', () => {
		// Lines assembled from the pieces where the two readers are known to disagree at the edges.
		const piece = fc.constantFrom(
			'a', 'k', '1', '-1', '0o7', '.5', '1e3', 'true', 'null', '~', '"q"', "'s'", '"x\\n"', '[', ']', '{', '}', ',', ':', ': ', '- ',
			'#', ' #c', '|', '>', '|-', '>+', '"', "'", ' ', '?', 'x y', 'Київ', '2020-01-01', '@', '%', '<<', '...', '---', '\\', '\r', '\r\n', '\n',
		);
		const key = fc.constantFrom('a', 'b', 'title', 'x y', '"q"', "'k'", 'Київ', '- a');
		const free = fc.tuple(fc.nat(6), fc.array(piece, { maxLength: 6 })).map(([n, pieces]) => ' '.repeat(n) + pieces.join(''));
		const entry = fc.tuple(fc.nat(4), key, fc.array(piece, { maxLength: 4 })).map(([n, k, pieces]) => `${' '.repeat(n)}${k}: ${pieces.join('')}`);
		fc.assert(
			fc.property(fc.array(fc.oneof(entry, entry, free), { minLength: 1, maxLength: 7 }), (lines) => {
				const text = `top: 1\n${lines.join('\n')}\n`;
				const fast = fastYaml(text);
				if (fast) expect(fast, JSON.stringify(text)).toEqual(reference(text));
			}),
			{ numRuns: 3000 },
		);
	});
});

describe('parseYaml', () => {
	it('locates a field of fast-read YAML on its line', () => {
		const parsed = parseYaml('title: Fake\nsources:\n  - id: a\n    url: x\n', 2);
		expect(parsed.errors).toEqual([]);
		expect(parsed.locate(['sources', 0, 'url'])).toEqual({ line: 5, column: 5 });
	});
});
