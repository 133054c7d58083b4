import { join } from 'node:path';
import { checkBrief } from '../../src/lib/check/brief.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { readTaxonomies } from '../../src/lib/content.ts';
import { root } from './build.ts';

/** Crafted briefs for the hostile-input tests: obviously fake, checked against the bundled taxonomies. */

export const { taxonomies } = readTaxonomies(join(root, 'content'));

/** Eight lines of frontmatter (lines 1–8); the body starts on line 10. `fields` replace or add lines. */
export function craftedBrief(body = 'Body.', fields: Record<string, string> = {}): string {
	const lines: Record<string, string> = {
		title: 'Fake crafted brief',
		date: '2020-01-01',
		summary: 'Invented; nothing here happened.',
		location: '{ country: UA, place: Testville }',
		casualties: '{ killed: 1 }',
		sources: '[{ id: gazette, publisher: Example Gazette }]',
		...fields,
	};
	return `---\n${Object.entries(lines).map(([key, value]) => `${key}: ${value}`).join('\n')}\n---\n\n${body}\n`;
}

export const bodyLine = (fields: Record<string, string> = {}) => craftedBrief('', fields).split('\n').length - 1;

export function problemsOf(text: string): string[] {
	return checkBrief('2020-01-01-crafted.mdx', text, taxonomies, { today: '2021-01-01' }).problems.map(formatProblem);
}

export const at = (line: number, column: number, message: string, severity = 'error') => `2020-01-01-crafted.mdx:${line}:${column} ${severity} ${message}`;
