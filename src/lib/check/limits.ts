import type { BodyFinding } from './body.ts';

/**
 * Limits that keep any brief, however crafted, cheap to check and build. They are checked by a
 * scan of the raw text before any parser sees it: a Markdown parser's time and stack grow with
 * nesting, so a deeply nested list must be refused before it is parsed, not by the parser.
 */

/** A long brief is about 20 KB; anything over this is not a brief. */
export const maxBriefBytes = 256 * 1024;

/** Lists and quotes nested deeper than this are refused. */
export const maxNesting = 10;

export function kilobytes(bytes: number): string {
	return `${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB`;
}

export function sizeMessage(bytes: number): string {
	return `the file is ${kilobytes(bytes)}, over the limit of ${kilobytes(maxBriefBytes)} for a brief; a long brief is about 20 KB: shorten it or split it into briefs of its own`;
}

const listMarker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** How deeply a line is nested at most (see containerPrefix). */
export function lineNesting(line: string): number {
	return containerPrefix(line).depth;
}

/**
 * How deeply a line is nested at most, counting the quote and list markers that open it and its
 * indentation (each nested list indents its items by at least two columns), and where its text
 * starts after them. It may count a level too many, never one too few.
 */
export function containerPrefix(line: string): { depth: number; end: number } {
	let i = 0;
	let column = 0;
	while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
		column = line[i] === '\t' ? column + 4 - (column % 4) : column + 1;
		i++;
	}
	let depth = Math.floor(column / 2);
	for (;;) {
		let start = i;
		while (line[start] === ' ' || line[start] === '\t') start++;
		if (line[start] === '>') {
			depth++;
			i = start + 1;
			continue;
		}
		const marker = listMarker.exec(line.slice(start, start + 11));
		if (!marker) return { depth, end: i };
		depth++;
		i = start + marker[0].length;
	}
}

/** The first line (of the body) nested deeper than the limit, if any. */
export function nestingFinding(body: string): BodyFinding | undefined {
	let start = 0;
	for (let line = 1; start <= body.length; line++) {
		const end = body.indexOf('\n', start);
		const text = body.slice(start, end === -1 ? body.length : end);
		const depth = lineNesting(text);
		if (depth > maxNesting) {
			return {
				line,
				column: 1,
				message: `lists or quotes nested ${depth} levels deep; a brief may nest them at most ${maxNesting} levels: flatten this list or quote`,
			};
		}
		if (end === -1) break;
		start = end + 1;
	}
	return undefined;
}
