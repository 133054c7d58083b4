import { sourceSchema } from '../brief.ts';
import { bidi, control, textProblem } from '../check/text.ts';
import { reportOf } from './air-force.ts';
import type { RowProblem } from './attacks.ts';
import type { DatasetRow } from './dataset.ts';

/**
 * The checker refuses text that feeds and pages cannot carry (controls, bidi overrides, invisible
 * characters) and addresses that mislead. A row holding such text is refused by the import itself,
 * with its CSV line and column, so an import never writes a brief that `npm run check` then refuses.
 */

/** The longest cell the real dataset has is under 100 characters: a longer one is a broken row. */
const maxCellLength = 500;

/** Names (a model becomes a munition type, a post a source) refuse invisible characters too; places only what pages cannot show. */
function cellProblem(value: string, name: boolean): string | undefined {
	if (value.length > maxCellLength) {
		return `the cell is ${value.length.toLocaleString('en-GB')} characters long, over the limit of ${maxCellLength} for a name, place or post: the row is likely broken (an unclosed quote?)`;
	}
	if (!name && !bidi.test(value) && !control.test(value)) return undefined;
	const text = textProblem(value);
	return text ? `the cell ${text}` : undefined;
}

const blank = /^[\s\p{Default_Ignorable_Code_Point}]+$/u;

export function rowTextProblems(row: DatasetRow): RowProblem[] {
	const problems: RowProblem[] = [];
	const say = (field: string, message: string) => problems.push({ lines: [row.line], field, severity: 'error', message });
	const cells: [string, string][] = [
		['model', row.model],
		['launch_place', row.launchPlace],
		['target', row.target],
		...row.regions.map((region): [string, string] => ['affected region', region]),
		['source', row.source],
	];
	for (const [field, value] of cells) {
		const problem = cellProblem(value, field === 'model' || field === 'source');
		if (problem) say(field, problem);
		else if (field === 'model' && blank.test(value)) say(field, 'the cell holds only invisible characters; name the weapon or leave the cell empty');
	}
	if (!problems.some((p) => p.field === 'source') && row.source) {
		const url = sourceSchema.shape.url.safeParse(reportOf(row.source).url);
		if (!url.success) say('source', `the post's address ${url.error.issues[0].message}`);
	}
	return problems;
}
