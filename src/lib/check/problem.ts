import { bidi, control } from './text.ts';

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

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');

/** Whether a path lies at or under one of `paths`: a lookup per prefix, as a brief may hold thousands. */
export function under(paths: readonly { path: PropertyKey[] }[]): (path: PropertyKey[]) => boolean {
	const keys = new Set(paths.map((p) => pathKey(p.path)));
	return (path: PropertyKey[]) => path.some((_, i) => keys.has(pathKey(path.slice(0, i + 1))));
}

export function fieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
		.join('');
}

const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const unprintable = new RegExp(`[\\n\\r\\t]|${bidi.source}|${control.source}`, 'gu');

/**
 * Text from a brief, printed so that it cannot pass for another line or for terminal commands:
 * newlines, controls (ANSI escapes start with one), bidi controls and noncharacters are written as escapes.
 */
export function printable(text: string): string {
	return text.replace(unprintable, (c) => {
		const code = c.codePointAt(0)!;
		return escapes[c] ?? (code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`);
	});
}

/** `file:line:col severity field: message`, the form editors and CI understand, one line whatever it quotes. */
export function formatProblem(p: Problem): string {
	const where = `${printable(p.file)}:${p.line}:${p.column}`;
	return `${where} ${p.severity} ${p.field ? `${printable(p.field)}: ` : ''}${printable(p.message)}`;
}

export function byPosition(a: Problem, b: Problem): number {
	return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

export function hasErrors(problems: readonly Problem[]): boolean {
	return problems.some((p) => p.severity === 'error');
}
