import type { Card } from './card.ts';
import { cardSize } from './size.ts';
import { cardFontFamily } from './fonts.ts';
import type { Measure } from './measure.ts';
import { fitLine, wrapText, type Width } from './wrap.ts';

/**
 * The card template: a card's data laid out as text lines and a satori tree of plain objects.
 * Pure: every line break and cut is decided here, from the fonts' advance widths, so satori never
 * wraps or clips text on its own.
 */

export interface CardNode {
	type: 'div';
	props: { style: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

export interface CardLayout {
	kicker: string;
	title: { size: number; lines: string[]; truncated: boolean };
	tiles: { value: string; label: string[] }[];
	tileValueSize: number;
	lines: string[];
	note: string[];
	site: string;
	footer: string;
	/** Height of everything laid out, which never passes the card's. */
	height: number;
	tree: CardNode;
}

const colors = { background: '#121417', text: '#e8eaed', muted: '#b3b8bf', figure: '#ffb454' };
const padding = { x: 72, top: 52, bottom: 52 };
const accent = 12;
const contentWidth = cardSize.width - 2 * padding.x;
const kicker = { size: 26, lineHeight: 1.3, gap: 14 };
const title = { sizes: [64, 58, 52, 46], lineHeight: 1.15, maxLines: 3 };
const figures = { gap: 30 };
const tile = { gap: 36, valueSizes: [52, 46, 40, 34], valueLineHeight: 1.1, labelSize: 24, labelLineHeight: 1.25, maxLabelLines: 2 };
const phrase = { size: 28, lineHeight: 1.3, gap: 16 };
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

export function layoutCard(card: Card, measure: Measure): CardLayout {
	const width = (size: number, weight: 400 | 700): Width => (text) => measure(text, size, weight);
	const kickerText = fitLine(card.kicker, contentWidth, width(kicker.size, 400));
	const footerRight = fitLine(card.footer, contentWidth / 2, width(footer.size, 400));
	const siteName = fitLine(card.site, contentWidth / 2 - footer.gap, width(footer.size, 700));

	const tileWidth = card.tiles.length ? (contentWidth - tile.gap * (card.tiles.length - 1)) / card.tiles.length : 0;
	const tileValueSize =
		tile.valueSizes.find((size) => card.tiles.every((t) => measure(t.value, size, 700) <= tileWidth)) ?? tile.valueSizes.at(-1)!;
	const tiles = card.tiles.map((t) => ({
		value: fitLine(t.value, tileWidth, width(tileValueSize, 700)),
		label: wrapText(t.label, tileWidth, width(tile.labelSize, 400), tile.maxLabelLines).lines,
	}));
	const labelLines = Math.max(0, ...tiles.map((t) => t.label.length));
	const tilesHeight = tiles.length ? px(tileValueSize, tile.valueLineHeight) + px(tile.labelSize, tile.labelLineHeight, labelLines) : 0;
	const phrases = card.lines.map((line) => fitLine(line, contentWidth, width(phrase.size, 400)));
	const wrapNote = (maxLines: number) => (card.note && maxLines ? wrapText(card.note, contentWidth, width(note.size, 400), maxLines).lines : []);
	const noteLines = wrapNote(note.maxLines);

	const available =
		cardSize.height - accent - padding.top - padding.bottom - px(kicker.size, kicker.lineHeight) - kicker.gap - footer.gap - px(footer.size, footer.lineHeight);
	const blockHeight = (blocks: number[]) => {
		const shown = blocks.filter((h) => h > 0);
		return shown.reduce((sum, h) => sum + h, 0) + phrase.gap * Math.max(0, shown.length - 1);
	};
	const figuresHeight = (phraseCount: number, noteCount: number) =>
		blockHeight([tilesHeight, px(phrase.size, phrase.lineHeight, phraseCount), px(note.size, note.lineHeight, noteCount)]);

	// The largest title size at which title and every figure fit; else the smallest, and figures cut from the end.
	const titleAt = (size: number) => ({ size, ...wrapText(card.title, contentWidth, width(size, 700), title.maxLines) });
	const full = figuresHeight(phrases.length, noteLines.length);
	let chosen = title.sizes
		.map(titleAt)
		.find((t) => !t.truncated && px(t.size, title.lineHeight, t.lines.length) + figures.gap + full <= available);
	chosen ??= titleAt(title.sizes.at(-1)!);
	const room = available - px(chosen.size, title.lineHeight, chosen.lines.length) - (tilesHeight || phrases.length || noteLines.length ? figures.gap : 0);
	let noteCount = noteLines.length;
	while (noteCount && figuresHeight(phrases.length, noteCount) > room) noteCount--;
	const shownNote = noteCount < noteLines.length ? wrapNote(noteCount) : noteLines;
	let shownPhrases = phrases;
	if (figuresHeight(phrases.length, 0) > room) {
		let keep = phrases.length - 1;
		while (keep > 0 && figuresHeight(keep + 1, 0) > room) keep--;
		shownPhrases = [...phrases.slice(0, keep), `and ${phrases.length - keep} more on the page`];
	}
	const used = px(chosen.size, title.lineHeight, chosen.lines.length) + figures.gap + figuresHeight(shownPhrases.length, shownNote.length);
	const height = cardSize.height - available + used;

	const tree = node(
		{
			width: cardSize.width,
			height: cardSize.height,
			flexDirection: 'column',
			padding: `${accent + padding.top}px ${padding.x}px ${padding.bottom}px`,
			backgroundColor: colors.background,
			color: colors.text,
			fontFamily: cardFontFamily,
		},
		[
			// A bar, not a border: satori draws borders through masks, which make rasterising several times slower.
			node({ position: 'absolute', top: 0, left: 0, width: cardSize.width, height: accent, backgroundColor: colors.figure }, []),
			textLines([kickerText], kicker.size, kicker.lineHeight, { color: colors.muted, marginBottom: kicker.gap }),
			textLines(chosen.lines, chosen.size, title.lineHeight, { fontWeight: 700 }),
			node({ flexDirection: 'column', marginTop: figures.gap, gap: phrase.gap }, [
				...(tiles.length
					? [
							node(
								{ flexDirection: 'row', gap: tile.gap },
								tiles.map((t) =>
									node({ flexDirection: 'column', width: tileWidth }, [
										textLines([t.value], tileValueSize, tile.valueLineHeight, { fontWeight: 700, color: colors.figure }),
										textLines(t.label, tile.labelSize, tile.labelLineHeight, { color: colors.muted }),
									]),
								),
							),
						]
					: []),
				...(shownPhrases.length ? [textLines(shownPhrases, phrase.size, phrase.lineHeight)] : []),
				...(shownNote.length ? [textLines(shownNote, note.size, note.lineHeight, { color: colors.muted })] : []),
			]),
			node(
				{
					marginTop: 'auto',
					flexDirection: 'row',
					justifyContent: 'space-between',
					fontSize: footer.size,
					lineHeight: `${px(footer.size, footer.lineHeight)}px`,
				},
				[node({ fontWeight: 700 }, siteName), node({ color: colors.muted }, footerRight)],
			),
		],
	);
	return {
		kicker: kickerText,
		title: { size: chosen.size, lines: chosen.lines, truncated: chosen.truncated },
		tiles,
		tileValueSize,
		lines: shownPhrases,
		note: shownNote,
		site: siteName,
		footer: footerRight,
		height,
		tree,
	};
}
