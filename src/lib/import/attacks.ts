import { reportOf, sameReportUrl, type Report } from './air-force.ts';
import type { DatasetRow } from './dataset.ts';
import { rowTextProblems } from './row-text.ts';
import { parseMoment, span, touches, type Window } from './window.ts';

/**
 * One attack is the rows of one post whose windows overlap or touch. A post whose rows fall into
 * windows that do not touch gives one attack per group, numbered by `part`.
 */

export interface TimedRow extends DatasetRow {
	window: Window;
}

export interface Attack {
	report: Report;
	/** 1, 2, … when the post's rows fall into windows that do not touch; absent for a post of one attack. */
	part?: number;
	/** The key the import finds the attack's brief by in a later release. */
	key: string;
	window: Window;
	rows: TimedRow[];
}

export interface RowProblem {
	lines: number[];
	field: string;
	message: string;
	severity: 'error' | 'warning';
}

export function attackKey(url: string, part?: number): string {
	return part === undefined ? url : `${url}#${part}`;
}

/** A row's window, or the problem with its time cells. */
function rowWindow(row: DatasetRow): { window?: Window; problem?: RowProblem } {
	const start = parseMoment(row.timeStart, 'start');
	const end = parseMoment(row.timeEnd || row.timeStart, 'end');
	const bad = (field: string, cell: string): RowProblem => ({
		lines: [row.line],
		field,
		severity: 'error',
		message: `"${cell}" is not a time the dataset writes (YYYY-MM-DD HH:MM, YYYY-MM-DD H:MM or YYYY-MM-DD)`,
	});
	if (!start) return { problem: bad('time_start', row.timeStart) };
	if (!end) return { problem: bad('time_end', row.timeEnd) };
	if (end.at < start.at) {
		return { problem: { lines: [row.line], field: 'time_end', severity: 'error', message: `ends at ${row.timeEnd}, before it starts at ${row.timeStart}` } };
	}
	return { window: { start, end } };
}

/** A post whose rows cannot all be timed, or hold text a brief may not, is refused whole, so no attack is written with rows missing. */
export interface RefusedPost {
	report?: Report;
	problems: RowProblem[];
}

/** Groups rows into attacks, in the order their posts first appear. */
export function groupAttacks(rows: DatasetRow[]): { attacks: Attack[]; refused: RefusedPost[]; warnings: RowProblem[] } {
	const refused: RefusedPost[] = [];
	const warnings: RowProblem[] = [];
	const byPost = new Map<string, DatasetRow[]>();
	for (const row of rows) {
		if (!row.source) {
			refused.push({ problems: [{ lines: [row.line], field: 'source', severity: 'error', message: 'no post is named; the row cannot be cited' }] });
			continue;
		}
		const url = sameReportUrl(reportOf(row.source).url);
		const posted = byPost.get(url);
		if (posted) posted.push(row);
		else byPost.set(url, [row]);
	}
	const attacks: Attack[] = [];
	for (const [url, posted] of byPost) {
		const report = reportOf(posted[0].source);
		const timed = posted.map((row) => ({ row, ...rowWindow(row) }));
		const problems = timed.flatMap((t) => [...(t.problem ? [t.problem] : []), ...rowTextProblems(t.row)]);
		if (problems.length) {
			refused.push({ report, problems });
			continue;
		}
		const groups: { window: Window; rows: TimedRow[] }[] = [];
		const sorted = timed.map((t) => ({ ...t.row, window: t.window! })).sort((a, b) => a.window.start.at - b.window.start.at || a.line - b.line);
		for (const row of sorted) {
			const last = groups.at(-1);
			if (last && touches(last.window, row.window)) {
				last.window = span(last.window, row.window);
				last.rows.push(row);
			} else groups.push({ window: row.window, rows: [row] });
		}
		if (groups.length > 1) {
			warnings.push({
				lines: posted.map((r) => r.line).sort((a, b) => a - b),
				field: 'source',
				severity: 'warning',
				message: `one post gives ${groups.length} windows that do not touch; each becomes its own brief (likely an error in the dataset)`,
			});
		}
		groups.forEach((group, i) => {
			const part = groups.length > 1 ? i + 1 : undefined;
			const ordered = group.rows.sort((a, b) => a.line - b.line);
			attacks.push({ report, part, key: attackKey(url, part), window: group.window, rows: ordered });
		});
	}
	return { attacks, refused, warnings };
}
