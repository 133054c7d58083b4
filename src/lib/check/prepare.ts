import { commentMessage, imageMessage, linkFinding } from './body-messages.ts';
import type { BodyFinding } from './body.ts';
import { lineIndex, lineStarts } from './frontmatter.ts';
import { containerPrefix } from './limits.ts';

/**
 * The MDX parser takes time that grows faster than the text (a flat list of 25,000 items takes
 * seconds; runs of emphasis marks or ~ minutes), so a body is made cheap to parse before it is
 * parsed, keeping every line and column, and losing nothing the check looks for:
 * - what MDX cannot read but Markdown can is found first and blanked: HTML comments (refused with a
 *   message of their own) and autolinks such as <https://example.org/> (checked as links are);
 * - fenced code is blanked (its text is shown as it is, never read as markup);
 * - the quote and list markers that open a line are blanked: nesting holds nothing to find;
 * - in a part dense with emphasis marks (* _ ~) or code spans, they become letters;
 * - in a part dense with brackets, links are found by pattern instead, and brackets become letters;
 * - the body is parsed in parts of about `maxPart`, ending at blank lines where they can.
 */

export interface BodyPart {
	text: string;
	/** 1-based line of the body on which the part starts. */
	line: number;
	/** Columns before the part on its first line: a long line is parsed in pieces. */
	column: number;
	/** A piece of a longer line. */
	cut?: boolean;
}

const maxPart = 2048;
/** Emphasis marks a part may hold before they are read as letters; prose has a handful. */
const maxMarks = 32;

const blankOut = (text: string) => text.replace(/[^\n]/g, ' ');

const fence = /^[ \t]*(`{3,}|~{3,})/;
const uriAutolink = /<[a-z][a-z0-9+.-]{1,31}:[^\s<>\u0000-\u001f]*>/gi;
const emailAutolink = /<[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*>/gi;
const htmlComment = /<!--[\s\S]*?(?:-->|$)/g;

/** Lines with their container markers and fenced code blanked; which lines were fenced. */
function blankBlocks(body: string): { lines: string[]; fenced: Set<number> } {
	const fenced = new Set<number>();
	let open: string | undefined;
	const lines = body.split('\n').map((raw, i) => {
		const prefix = containerPrefix(raw).end;
		const line = ' '.repeat(prefix) + raw.slice(prefix);
		const marker = fence.exec(line)?.[1];
		if (open) {
			fenced.add(i);
			if (marker?.[0] === open[0] && marker.length >= open.length && !line.slice(fence.exec(line)![0].length).trim()) open = undefined;
			return blankOut(line);
		}
		if (marker) {
			open = marker;
			fenced.add(i);
			return blankOut(line);
		}
		return line;
	});
	return { lines, fenced };
}

/** The body ready to parse in parts, and what was found on the way. */
export function prepareBody(body: string): { parts: BodyPart[]; found: BodyFinding[] } {
	const { lines, fenced } = blankBlocks(body);
	let text = lines.join('\n');
	const starts = lineStarts(text);
	const found: BodyFinding[] = [];
	const each = (pattern: RegExp, finding: (match: string) => string | undefined) => {
		const before = text;
		text = before.replace(pattern, (match: string, index: number) => {
			const line = lineIndex(starts, index);
			if (fenced.has(line) || before[index - 1] === '\\') return match;
			const message = finding(match);
			if (message) found.push({ line: line + 1, column: index - starts[line] + 1, message });
			return blankOut(match);
		});
	};
	each(htmlComment, () => commentMessage);
	each(uriAutolink, (link) => linkFinding(link.slice(1, -1)));
	each(emailAutolink, () => undefined);
	return { parts: split(text.split('\n')).map((part) => calm(part, found)), found };
}

function split(lines: string[]): BodyPart[] {
	const parts: BodyPart[] = [];
	let current: string[] = [];
	let size = 0;
	let first = 1;
	const flush = (next: number) => {
		if (current.some((line) => line.trim())) parts.push({ text: current.join('\n'), line: first, column: 0 });
		current = [];
		size = 0;
		first = next;
	};
	lines.forEach((line, i) => {
		if (line.length > 2 * maxPart) {
			flush(i + 2);
			parts.push(...pieces(line, i + 1));
			return;
		}
		// A part ends at a blank line once it is long enough, or wherever it would grow too long.
		if ((!line.trim() && size >= maxPart) || size + line.length > 2 * maxPart) flush(i + 1);
		current.push(line);
		size += line.length + 1;
	});
	flush(lines.length + 1);
	return parts;
}

/**
 * A line too long to parse whole, in pieces cut at spaces. A link cut in two would go unseen, so
 * the line's links are also found by pattern; markup cut in two is still refused as a syntax error.
 */
function pieces(line: string, number: number): BodyPart[] {
	const found: BodyPart[] = [];
	for (let start = 0; start < line.length; ) {
		let end = Math.min(line.length, start + maxPart);
		const space = line.lastIndexOf(' ', end);
		if (end < line.length && space > start + maxPart / 2) end = space;
		found.push({ text: line.slice(start, end), line: number, column: start, cut: true });
		start = end;
	}
	return found;
}

const count = (text: string, chars: string) => {
	let n = 0;
	for (let i = 0; i < text.length; i++) if (chars.includes(text[i])) n++;
	return n;
};

/** The character references a browser would decode in an address (`&#106;avascript&colon;`). */
const decodeReferences = (text: string) =>
	text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(colon|tab|newline|sol|amp));/gi, (_, decimal, hex, name) =>
		name ? { colon: ':', tab: '\t', newline: '\n', sol: '/', amp: '&' }[name.toLowerCase() as 'colon'] : String.fromCodePoint(Math.min(0x10ffff, parseInt(decimal ?? hex, decimal ? 10 : 16))),
	);

const linkDestination = /(!\[)|\]\([ \t]*<?([^\s)>]*)|^[ \t]*\[[^\]\n]{0,999}\]:[ \t]*<?([^\s>]*)/gm;

/** The links and images of a part, found by pattern: for parts too dense with brackets to parse. */
function linksByPattern(part: BodyPart): BodyFinding[] {
	const starts = lineStarts(part.text);
	const found: BodyFinding[] = [];
	for (const match of part.text.matchAll(linkDestination)) {
		const line = lineIndex(starts, match.index);
		const place = { line: part.line + line, column: match.index - starts[line] + 1 + (line ? 0 : part.column) };
		const message = match[1] ? imageMessage : linkFinding(decodeReferences(match[2] ?? match[3] ?? ''));
		if (message) found.push({ ...place, message });
	}
	return found;
}

/** A part dense with marks that make the parser slow, with those read as letters: they cannot make markup. */
function calm(part: BodyPart, found: BodyFinding[]): BodyPart {
	let { text } = part;
	if (count(text, '*_~') > maxMarks) text = text.replace(/[*_~]/g, 'x');
	if (count(text, '`') > maxMarks) text = text.replace(/`/g, "'");
	if (part.cut || count(text, '[]') > maxMarks) {
		found.push(...linksByPattern(part));
		text = text.replace(/[[\]]/g, 'x');
	}
	return { ...part, text };
}
