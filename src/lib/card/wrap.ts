/** Line breaking for cards: greedy at spaces, an ellipsis where text is cut. Pure, given a width function. */

export type Width = (text: string) => number;

export const ellipsis = '…';

/** Splits a word wider than the line into pieces that fit. */
function splitWord(word: string, maxWidth: number, width: Width): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const char of word) {
		if (piece && width(piece + char) > maxWidth) {
			pieces.push(piece);
			piece = '';
		}
		piece += char;
	}
	return piece ? [...pieces, piece] : pieces;
}

/** Every line the text needs at this width, breaking at spaces (and inside a word only if it cannot fit). */
export function breakLines(text: string, maxWidth: number, width: Width): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const joined = line ? `${line} ${word}` : word;
		if (width(joined) <= maxWidth) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		const pieces = width(word) <= maxWidth ? [word] : splitWord(word, maxWidth, width);
		lines.push(...pieces.slice(0, -1));
		line = pieces.at(-1)!;
	}
	return line ? [...lines, line] : lines;
}

/** The longest start of `text` that fits with an ellipsis after it, cut at a space where it can be. */
export function withEllipsis(text: string, maxWidth: number, width: Width): string {
	let kept = text.trimEnd();
	while (kept && width(kept.replace(/[\s,;:.\-–—]+$/, '') + ellipsis) > maxWidth) {
		const space = kept.lastIndexOf(' ');
		kept = space > 0 ? kept.slice(0, space) : [...kept].slice(0, -1).join('');
	}
	return kept.replace(/[\s,;:.\-–—]+$/, '') + ellipsis;
}

/** Text wrapped to at most `maxLines`; when it needs more, the last line ends with an ellipsis. */
export function wrapText(text: string, maxWidth: number, width: Width, maxLines: number): { lines: string[]; truncated: boolean } {
	const lines = breakLines(text, maxWidth, width);
	if (lines.length <= maxLines) return { lines, truncated: false };
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = withEllipsis(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, width);
	return { lines: kept, truncated: true };
}

/** One line: the text, or its longest start that fits with an ellipsis. */
export function fitLine(text: string, maxWidth: number, width: Width): string {
	return width(text) <= maxWidth ? text : withEllipsis(text, maxWidth, width);
}
