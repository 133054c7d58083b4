import { formatProblem, type Problem } from './problem.ts';

/** How a check run is shown: lines for people and editors, JSON for tools, annotations for GitHub. */

export interface CheckReport {
	briefs: number;
	translations: number;
	errors: number;
	warnings: number;
	problems: Problem[];
}

export function checkReport(briefs: number, problems: Problem[], translations = 0): CheckReport {
	const errors = problems.filter((p) => p.severity === 'error').length;
	return { briefs, translations, errors, warnings: problems.length - errors, problems };
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `12 briefs checked, 2 errors, 1 warning` (`12 briefs and 3 translations checked, …`), led by OK when there is no error. */
export function summaryLine({ briefs, translations, errors, warnings }: CheckReport): string {
	const checked = translations ? `${count(briefs, 'brief')} and ${count(translations, 'translation')}` : count(briefs, 'brief');
	const summary = `${checked} checked, ${count(errors, 'error')}, ${count(warnings, 'warning')}`;
	return errors ? summary : `OK: ${summary}`;
}

export function textReport(report: CheckReport): string {
	return [...report.problems.map(formatProblem), summaryLine(report)].join('\n');
}

export function jsonReport(report: CheckReport): string {
	return JSON.stringify(report, null, 2);
}

/** Escapes as GitHub's workflow commands require (see @actions/core). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::…`, which GitHub shows on the pull request's line. */
export function githubAnnotation(p: Problem): string {
	const properties = { file: p.file, line: p.line, col: p.column, ...(p.field ? { title: p.field } : {}) };
	const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
	return `::${p.severity} ${list.join(',')}::${escapeData(formatProblem(p))}`;
}

export function githubReport(report: CheckReport): string {
	return [...report.problems.map(githubAnnotation), summaryLine(report)].join('\n');
}
