/** One thing wrong (or suspicious) in a content file, with where it is. */
export interface Problem {
	/** Path as given to the checker, usually relative to the working directory. */
	file: string;
	line: number;
	column: number;
	severity: 'error' | 'warning';
	/** Dotted field path such as munitions[0].intercepted; absent for body and file problems. */
	field?: string;
	message: string;
}

/** A problem not yet placed in its file: the path of the field it is about. */
export interface Finding {
	path: PropertyKey[];
	message: string;
	severity?: Problem['severity'];
}

export function fieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
		.join('');
}

/** `file:line:col severity field: message`, the form editors and CI understand. */
export function formatProblem(p: Problem): string {
	const where = `${p.file}:${p.line}:${p.column}`;
	return `${where} ${p.severity} ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export function byPosition(a: Problem, b: Problem): number {
	return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

export function hasErrors(problems: readonly Problem[]): boolean {
	return problems.some((p) => p.severity === 'error');
}
