import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { viewBrief } from '../src/lib/brief-view';
import { checkBrief } from '../src/lib/check/brief';
import { formatProblem } from '../src/lib/check/problem';
import { readTaxonomies } from '../src/lib/content';
import { root } from './helpers/build';

const content = join(root, 'content');
const { taxonomies, problems: taxonomyProblems } = readTaxonomies(content);
const kyivPath = 'content/briefs/2025-09-07-kyiv.mdx';
const kyiv = readFileSync(join(root, kyivPath), 'utf8');

/** Checks a brief file made of this frontmatter and a one-line body; `problems` holds its errors. */
function brief(frontmatter: string, name = '2020-01-01-test.mdx') {
	const checked = checkBrief(name, `---\n${frontmatter}\n---\nBody.\n`, taxonomies);
	return { ...checked, problems: checked.problems.filter((p) => p.severity === 'error'), all: checked.problems };
}
const minimal = `title: Fake test brief
date: 2020-01-01
summary: Invented.
location: { country: UA }
sources:
  - { id: s, publisher: Example Gazette }`;

describe('the bundled taxonomies', () => {
	it('are valid and hold Ukraine’s 27 first-level regions', () => {
		expect(taxonomyProblems).toEqual([]);
		expect([...taxonomies.regions.values()].filter((r) => r.country === 'UA')).toHaveLength(27);
		expect(taxonomies.munitions.get('iskander-k')?.category).toBe('cruise-missile');
	});
});

describe('the real brief', () => {
	const checked = checkBrief(kyivPath, kyiv, taxonomies);
	it('passes the schema with no problems', () => {
		expect(checked.problems.map(formatProblem)).toEqual([]);
	});
	it('records each source’s drone count as its own claim', () => {
		const view = viewBrief(checked.brief!, taxonomies);
		const drones = view.munitions.find((m) => m.type === 'shahed-136-131')!;
		expect(drones.launched?.text).toBe('805–810');
		expect(drones.launched?.claims.map((c) => [c.min, c.sources])).toEqual([
			[805, ['metro']],
			[810, ['air-force']],
		]);
		expect(drones.intercepted?.text).toBe('747');
		expect(view.casualties.find((c) => c.key === 'killed')?.figure.text).toBe('at least 2');
		expect(view.casualties.find((c) => c.key === 'injured')?.figure.text).toBe('15');
	});
	it('does not add the combined missile count on top of the per-model counts', () => {
		const view = viewBrief(checked.brief!, taxonomies);
		expect(view.launched).toEqual({ min: 805 + 4 + 9, max: 810 + 4 + 9 });
		expect(view.intercepted).toEqual({ min: 747 + 0 + 4, max: 747 + 0 + 4 });
	});
});

describe('briefSchema through checkBrief', () => {
	it('accepts a minimal brief and defaults status to developing', () => {
		const checked = brief(minimal);
		expect(checked.problems).toEqual([]);
		expect(checked.all.map((p) => p.message)).toEqual(['source "s" is cited by no figure; cite it or remove it']);
		expect(checked.brief?.status).toBe('developing');
	});
	// File lines: 1 is the opening ---, so frontmatter line n is file line n + 1.
	it.each([
		['a title of the wrong type', minimal.replace('title: Fake test brief', 'title: 12'), 'title', 2, 'Invalid input: expected string, received number'],
		['a missing summary', minimal.replace('summary: Invented.\n', ''), 'summary', 1, 'is required'],
		['a date that does not exist', minimal.replace('2020-01-01', '2020-02-30'), 'date', 3, 'must be a real date written YYYY-MM-DD'],
		['a negative count', `${minimal}\ncasualties: { killed: -1 }`, 'casualties.killed', 8, 'must not be negative'],
		['an unknown status', `${minimal}\nstatus: over`, 'status', 8, 'Invalid option: expected one of "developing"|"confirmed"|"disputed"'],
		['a non-http url', minimal.replace('publisher: Example Gazette', 'publisher: P, url: "javascript:alert(1)"'), 'sources[0].url', 7, 'must be an http:// or https:// address'],
		['an unknown field', `${minimal}\ncasualites: { killed: 1 }`, 'casualites', 8, 'unknown field "casualites"; did you mean "casualties"?'],
	])('rejects %s, naming the field, its line and the reason', (_, yaml, field, line, message) => {
		const { problems } = brief(yaml);
		expect(problems.map((p) => [p.field, p.line, p.message])).toContainEqual([field, line, message]);
		expect(problems.map(formatProblem)).toContain(
			`2020-01-01-test.mdx:${line}:${problems.find((p) => p.field === field)!.column} error ${field}: ${message}`,
		);
	});
	it('requires a source for every figure when a brief has several sources', () => {
		const { problems } = brief(
			minimal.replace('sources:', 'casualties: { killed: 3 }\nsources:') + '\n  - { id: t, publisher: Other }',
		);
		expect(problems.map((p) => [p.field, p.message])).toContainEqual([
			'casualties.killed',
			'a bare number needs a single-source brief; write { value: 3, source: … } with one of: s, t',
		]);
	});
	it('rejects a figure that cites a source the brief does not list', () => {
		const { problems } = brief(`${minimal}\ncasualties: { killed: { value: 1, source: nope } }`);
		expect(problems[0]).toMatchObject({ field: 'casualties.killed.source', line: 8 });
		expect(problems[0].message).toMatch(/"nope", which is not in sources/);
	});
	it('rejects a file name that does not start with the date', () => {
		const { problems } = brief(minimal, '2020-01-02-test.mdx');
		expect(problems).toMatchObject([{ field: 'date', line: 3 }]);
	});
	it('rejects unknown regions and munition types', () => {
		const { problems } = brief(
			`${minimal.replace('{ country: UA }', '{ country: UA, region: atlantis }')}\nmunitions: [{ type: photon-torpedo, launched: 1 }]`,
		);
		expect(problems.map((p) => p.field)).toEqual(['location.region', 'munitions[0].type']);
	});
	it('reports YAML syntax errors with their line', () => {
		const { problems } = brief(`${minimal}\ntags: [unclosed`);
		expect(problems[0].message).toMatch(/^YAML syntax/);
		expect(problems[0].line).toBeGreaterThanOrEqual(8);
	});
});
