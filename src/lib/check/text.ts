import type { Finding } from './problem.ts';

/**
 * Text that looks like something else. Every string in a brief's frontmatter (titles, summaries,
 * places, sources, notes, targets, tags…) and its body is read by people, feeds and card
 * renderers that disagree on invisible characters, so those that change what a reader sees are
 * refused with the field and the character's code.
 */

const names: Record<number, string> = {
	0x061c: 'ARABIC LETTER MARK',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0x200b: 'ZERO WIDTH SPACE',
	0x2060: 'WORD JOINER',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
	0x00ad: 'SOFT HYPHEN',
	0x0000: 'NUL',
	0x0007: 'BEL',
	0x001b: 'ESC',
};

/** U+202E and its kin: they make text display in another order than it is stored. */
export const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Invisible characters with no use in a brief's text (ZWJ and ZWNJ are kept: scripts and emoji need them). */
const invisible = /[\u200b\u2060\ufeff\u00ad]/u;
/** C0 and C1 controls but tab and newline, lone surrogates, and the noncharacters: invalid in XML or HTML. */
export const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Cs}\ufdd0-\ufdef\ufffe\uffff]|[\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}-\u{10ffff}]/u;
const blank = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

export function codePoint(char: string): string {
	const code = char.codePointAt(0)!;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	return names[code] ? `${hex} (${names[code]})` : hex;
}

/** Every code unit that bidi, control or invisible can start with, in one class without the u flag (quick on any script). */
const suspicious = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufeff\ufffe\uffff]/;

/** What is wrong with one piece of text, if anything. */
export function textProblem(value: string): string | undefined {
	if (!suspicious.test(value)) return undefined;
	const bidiChar = bidi.exec(value)?.[0];
	if (bidiChar) return `holds the bidi control ${codePoint(bidiChar)}, which makes text display in another order than it is written; remove it`;
	const controlChar = control.exec(value)?.[0];
	if (controlChar) return `holds the control character or noncharacter ${codePoint(controlChar)}, which feeds and pages cannot carry; remove it`;
	const invisibleChar = invisible.exec(value)?.[0];
	if (invisibleChar) return `holds the invisible character ${codePoint(invisibleChar)}, which makes equal-looking names differ; remove it`;
	return undefined;
}

/** Every string in the frontmatter, keys included, that holds a character it may not, or nothing visible. */
export function textFindings(data: unknown): Finding[] {
	const found: Finding[] = [];
	const path: PropertyKey[] = [];
	const visit = (value: unknown) => {
		if (typeof value === 'string') {
			const problem = textProblem(value);
			if (problem) found.push({ path: [...path], message: problem });
			else if (blank.test(value) && value.length) found.push({ path: [...path], message: 'is blank: it holds only spaces or invisible characters; write the text or leave the field out' });
		} else if (typeof value === 'object' && value !== null) {
			for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
				path.push(key);
				if (typeof key === 'string') {
					const problem = textProblem(key);
					if (problem) found.push({ path: [...path], message: `the field name ${problem}` });
				}
				visit(item);
				path.pop();
			}
		}
	};
	visit(data);
	return found;
}

const bodyForbidden = new RegExp(`${bidi.source}|${control.source}`, 'u');

/** The body's lines that hold a bidi control or a control character, with their place. */
export function bodyTextFindings(body: string): { line: number; column: number; message: string }[] {
	// Most bodies hold none: one scan of the whole body says so (a line's match is also the body's).
	if (!suspicious.test(body) || !bodyForbidden.test(body)) return [];
	const found: { line: number; column: number; message: string }[] = [];
	body.split('\n').forEach((text, i) => {
		const line = text.endsWith('\r') ? text.slice(0, -1) : text;
		const match = bodyForbidden.exec(line);
		if (match) found.push({ line: i + 1, column: match.index + 1, message: `the text ${textProblem(match[0])}` });
	});
	return found;
}

/** A name as it compares for duplicates: zero-width joiners and case do not make two places differ. */
export function comparable(name: string): string {
	return name.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '').normalize('NFC').trim().toLowerCase();
}
