import type { Card } from './card.ts';
import { cardSize } from './size.ts';
import { cardFontFamily } from './fonts.ts';
import type { Measure } from './measure.ts';
import { breakLines, fitLine, wrapText, type Width } from './wrap.ts';

/**
 * The card template: a card's data laid out as text lines and a satori tree of plain objects.
 * Pure: every line break and cut is decided here, from the fonts' advance widths, so satori never
 * wraps or clips text on its own.
 */

export interface CardNode {
	type: 'div';
	props: { style: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

export interface CardTileLayout {
	/** The figure, whole: a figure is never cut, only broken at a space if it cannot fit a line. */
	value: string;
	valueLines: string[];
	label: string[];
}

export interface CardLayout {
	kicker: string;
	title: { size: number; lines: string[]; truncated: boolean };
	tiles: CardTileLayout[];
	tileColumns: number;
	tileValueSize: number;
	/** The phrases shown, each whole; the last says how many more when not all fit. */
	lines: string[];
	note: string[];
	site: string;
	footer: string;
	/** Height of everything laid out, which never passes the card's. */
	height: number;
	tree: CardNode;
}

export const cardColors = { background: '#121417', text: '#e8eaed', muted: '#b3b8bf', figure: '#ffb454' };
const padding = { x: 72, top: 52, bottom: 52 };
const accent = 12;
const contentWidth = cardSize.width - 2 * padding.x;
const kicker = { size: 26, lineHeight: 1.3, gap: 14 };
const title = { sizes: [64, 58, 52, 46], lineHeight: 1.15, maxLines: 3 };
const figures = { gap: 30, blockGap: 16 };
const tile = { gap: 36, rowGap: 12, valueSizes: [52, 46, 40, 34], valueLineHeight: 1.1, labelSize: 24, labelLineHeight: 1.25, maxLabelLines: 2 };
const phrase = { size: 28, lineHeight: 1.3 };
const note = { size: 28, lineHeight: 1.35, maxLines: 3 };
const footer = { size: 24, lineHeight: 1.3, gap: 24 };

const px = (size: number, lineHeight: number, count = 1) => Math.ceil(size * lineHeight) * count;

function node(style: Record<string, string | number>, children: (CardNode | string)[] | string): CardNode {
	return { type: 'div', props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children } };
}

function textLines(lines: string[], size: number, lineHeight: number, style: Record<string, string | number> = {}): CardNode {
	return node(
		{ flexDirection: 'column', fontSize: size, lineHeight: `${px(size, lineHeight)}px`, ...style },
		lines.map((line) => node({ whiteSpace: 'pre' }, line)),
	);
}

const columnWidth = (columns: number) => (contentWidth - tile.gap * (columns - 1)) / columns;

/** Tiles in one row, or two columns when the figures are too wide; values keep every digit. */
function tileGrid(tiles: Card['tiles'], measure: Measure) {
	const fit = (columns: number) => {
		const size = tile.valueSizes.find((s) => tiles.every((t) => measure(t.value, s, 700) <= columnWidth(columns)));
		return size === undefined ? undefined : { columns, size };
	};
	if (!tiles.length) return { tiles: [], rows: [], columns: 0, size: tile.valueSizes[0], width: 0, height: 0 };
	const narrow = Math.min(2, tiles.length);
	const { columns, size } = fit(tiles.length) ?? fit(narrow) ?? { columns: narrow, size: tile.valueSizes.at(-1)! };
	const width = columnWidth(columns);
	const laid = tiles.map((t) => ({
		value: t.value,
		valueLines: breakLines(t.value, width, (text) => measure(text, size, 700)),
		label: wrapText(t.label, width, (text) => measure(text, tile.labelSize, 400), tile.maxLabelLines).lines,
	}));
	const rows = Array.from({ length: Math.ceil(laid.length / columns) }, (_, i) => laid.slice(i * columns, (i + 1) * columns));
	const rowHeight = (row: CardTileLayout[]) =>
		px(size, tile.valueLineHeight, Math.max(...row.map((t) => t.valueLines.length))) +
		px(tile.labelSize, tile.labelLineHeight, Math.max(...row.map((t) => t.label.length)));
	const height = rows.reduce((sum, row) => sum + rowHeight(row), 0) + tile.rowGap * Math.max(0, rows.length - 1);
	return { tiles: laid, rows, columns, size, width, height };
}

export function layoutCard(card: Card, measure: Measure): CardLayout {
	const width = (size: number, weight: 400 | 700): Width => (text) => measure(text, size, weight);
	const kickerText = fitLine(card.kicker, contentWidth, width(kicker.size, 400));
	const footerRight = fitLine(card.footer, contentWidth / 2, width(footer.size, 400));
	const siteName = fitLine(card.site, contentWidth / 2 - footer.gap, width(footer.size, 700));
	const grid = tileGrid(card.tiles, measure);
	const phraseLines = (text: string) => breakLines(text, contentWidth, width(phrase.size, 400));
	const phrases = card.lines.map((text) => ({ text, lines: phraseLines(text) }));
	const wrapNote = (maxLines: number) => (card.note && maxLines ? wrapText(card.note, contentWidth, width(note.size, 400), maxLines).lines : []);
	const noteLines = wrapNote(note.maxLines);

	const available =
		cardSize.height - accent - padding.top - padding.bottom - px(kicker.size, kicker.lineHeight) - kicker.gap - footer.gap - px(footer.size, footer.lineHeight);
	const figuresHeight = (phraseLineCount: number, noteCount: number) => {
		const blocks = [grid.height, px(phrase.size, phrase.lineHeight, phraseLineCount), px(note.size, note.lineHeight, noteCount)].filter((h) => h > 0);
		return blocks.length ? figures.gap + blocks.reduce((sum, h) => sum + h, 0) + figures.blockGap * (blocks.length - 1) : 0;
	};
	const lineCount = (list: { lines: string[] }[]) => list.reduce((n, p) => n + p.lines.length, 0);

	// The largest title size at which title and every figure fit; else the smallest, cut to the lines
	// that leave room for the tiles and one line of phrases, and phrases dropped from the end.
	const titleAt = (size: number, maxLines = title.maxLines) => ({ size, ...wrapText(card.title, contentWidth, width(size, 700), maxLines) });
	const titleHeight = (t: { size: number; lines: string[] }) => px(t.size, title.lineHeight, t.lines.length);
	const full = figuresHeight(lineCount(phrases), noteLines.length);
	const smallest = title.sizes.at(-1)!;
	const titleRoom = Math.floor((available - figuresHeight(phrases.length ? 1 : 0, 0)) / px(smallest, title.lineHeight));
	const chosen =
		title.sizes.map((size) => titleAt(size)).find((t) => !t.truncated && titleHeight(t) + full <= available) ??
		titleAt(smallest, Math.max(1, Math.min(title.maxLines, titleRoom)));
	const room = available - titleHeight(chosen);
	let shown = phrases;
	if (figuresHeight(lineCount(phrases), 0) > room) {
		let kept = phrases.length - 1;
		while (kept > 0 && figuresHeight(lineCount(phrases.slice(0, kept)) + 1, 0) > room) kept--;
		const more = `and ${phrases.length - kept} more on the page`;
		shown = figuresHeight(lineCount(phrases.slice(0, kept)) + 1, 0) > room ? [] : [...phrases.slice(0, kept), { text: more, lines: [more] }];
	}
	let noteCount = noteLines.length;
	while (noteCount && figuresHeight(lineCount(shown), noteCount) > room) noteCount--;
	const shownNote = noteCount < noteLines.length ? wrapNote(noteCount) : noteLines;
	const height = cardSize.height - available + titleHeight(chosen) + figuresHeight(lineCount(shown), shownNote.length);

	const tileNode = (t: CardTileLayout) =>
		node({ flexDirection: 'column', width: grid.width }, [
			textLines(t.valueLines, grid.size, tile.valueLineHeight, { fontWeight: 700, color: cardColors.figure }),
			textLines(t.label, tile.labelSize, tile.labelLineHeight, { color: cardColors.muted }),
		]);
	const blocks = [
		...(grid.tiles.length
			? [node({ flexDirection: 'column', gap: tile.rowGap }, grid.rows.map((row) => node({ flexDirection: 'row', gap: tile.gap }, row.map(tileNode))))]
			: []),
		...(shown.length ? [textLines(shown.flatMap((p) => p.lines), phrase.size, phrase.lineHeight)] : []),
		...(shownNote.length ? [textLines(shownNote, note.size, note.lineHeight, { color: cardColors.muted })] : []),
	];
	const tree = node(
		{
			width: cardSize.width,
			height: cardSize.height,
			flexDirection: 'column',
			padding: `${accent + padding.top}px ${padding.x}px ${padding.bottom}px`,
			backgroundColor: cardColors.background,
			color: cardColors.text,
			fontFamily: cardFontFamily,
		},
		[
			// A bar, not a border: satori draws borders through masks, which make rasterising several times slower.
			node({ position: 'absolute', top: 0, left: 0, width: cardSize.width, height: accent, backgroundColor: cardColors.figure }, []),
			textLines([kickerText], kicker.size, kicker.lineHeight, { color: cardColors.muted, marginBottom: kicker.gap }),
			textLines(chosen.lines, chosen.size, title.lineHeight, { fontWeight: 700 }),
			...(blocks.length ? [node({ flexDirection: 'column', marginTop: figures.gap, gap: figures.blockGap }, blocks)] : []),
			node(
				{
					marginTop: 'auto',
					flexDirection: 'row',
					justifyContent: 'space-between',
					fontSize: footer.size,
					lineHeight: `${px(footer.size, footer.lineHeight)}px`,
				},
				[node({ fontWeight: 700 }, siteName), node({ color: cardColors.muted }, footerRight)],
			),
		],
	);
	return {
		kicker: kickerText,
		title: { size: chosen.size, lines: chosen.lines, truncated: chosen.truncated },
		tiles: grid.tiles,
		tileColumns: grid.columns,
		tileValueSize: grid.size,
		lines: shown.map((p) => p.text),
		note: shownNote,
		site: siteName,
		footer: footerRight,
		height,
		tree,
	};
}
