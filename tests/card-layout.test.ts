import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Card } from '../src/lib/card/card';
import { cardFonts } from '../src/lib/card/fonts';
import { layoutCard, type CardNode } from '../src/lib/card/layout';
import { cardMeasure, textMeasure } from '../src/lib/card/measure';
import { cardSize } from '../src/lib/card/size';
import { goldenCards } from './fixtures/cards/cards';

const measure = cardMeasure();
/** The card's text column: 1200 px less 72 px of margin on each side. */
const column = 1200 - 2 * 72;

function texts(node: CardNode | string): string[] {
	if (typeof node === 'string') return [node];
	const children = node.props.children;
	if (children === undefined) return [];
	return typeof children === 'string' ? [children] : children.flatMap(texts);
}

const card = (fields: Partial<Card>): Card => ({ ...goldenCards.latin, ...fields });

describe('card layout', () => {
	it('wraps a long title to three lines that fit, the last ending in an ellipsis', () => {
		const { title, tree } = layoutCard(goldenCards.long, measure);
		expect(title.lines).toHaveLength(3);
		expect(title.truncated).toBe(true);
		expect(title.lines[2].endsWith('…')).toBe(true);
		for (const line of title.lines) expect(measure(line, title.size, 700)).toBeLessThanOrEqual(column);
		// What is shown is the start of the title, word for word.
		const shown = title.lines.join(' ').replace(/…$/, '');
		expect(goldenCards.long.title.startsWith(shown)).toBe(true);
		expect(texts(tree)).toEqual(expect.arrayContaining(title.lines));
	});

	it('keeps a short title on one line at the largest size', () => {
		const { title } = layoutCard(card({ title: 'Short fictional title' }), measure);
		expect(title).toEqual({ size: 64, lines: ['Short fictional title'], truncated: false });
	});

	it('lays out a Cyrillic title whole, measured with the Cyrillic font', () => {
		const { title, kicker } = layoutCard(goldenCards.cyrillic, measure);
		expect(title.truncated).toBe(false);
		expect(title.lines.join(' ')).toBe(goldenCards.cyrillic.title);
		expect(kicker).toBe('2020-01-02 · Київ, Фіктонія');
		// Without the Cyrillic subset every letter would measure as the same missing-glyph box.
		const latinOnly = textMeasure(cardFonts(['cyrillic']));
		expect(measure('ї', 100, 400)).not.toBe(measure('Ж', 100, 400));
		expect(latinOnly('ї', 100, 400)).toBe(latinOnly('Ж', 100, 400));
	});

	it('shows the summary instead of figures for a brief with none', () => {
		const summary = 'An invented brief that reports no casualties and no munitions.';
		const layout = layoutCard(card({ tiles: [], lines: [], note: summary }), measure);
		expect(layout.tiles).toEqual([]);
		expect(layout.lines).toEqual([]);
		expect(layout.note.join(' ')).toBe(summary);
		expect(texts(layout.tree)).not.toContain('at least 3');
	});

	it('shows every figure with its qualifier, word for word', () => {
		const layout = layoutCard(goldenCards.latin, measure);
		expect(layout.tiles).toEqual([
			{ value: 'at least 3', valueLines: ['at least 3'], label: ['killed'] },
			{ value: '11–20', valueLines: ['11–20'], label: ['injured'] },
			{ value: '1', valueLines: ['1'], label: ['child killed'] },
		]);
		expect(layout.lines).toEqual(['101–107 drones launched, 90 intercepted', 'at least 4 cruise missiles launched']);
		expect(texts(layout.tree)).toEqual(expect.arrayContaining(['at least 3', '11–20', '101–107 drones launched, 90 intercepted', 'Incident Briefs']));
	});

	it('puts wide figures in two columns rather than cut a digit', () => {
		const values = ['at least 1,234,567', '2,000,000–2,500,000', 'at least 1,000,001', '999,999–1,000,000'];
		const tiles = values.map((value) => ({ value, label: 'children killed (a fictional note long enough to take two lines)' }));
		const layout = layoutCard(card({ tiles, lines: [], title: goldenCards.long.title }), measure);
		expect(layout.tileColumns).toBe(2);
		expect(layout.tiles.map((t) => t.valueLines)).toEqual(values.map((v) => [v]));
		// Two rows of tiles leave room for two lines of title, the second ending in an ellipsis.
		expect(layout.height).toBeLessThanOrEqual(cardSize.height);
		expect(layout.title.lines).toHaveLength(2);
		expect(layout.title.lines[1].endsWith('…')).toBe(true);
	});

	it('never lays out past the card, wider than its column, or cuts a figure, whatever the text', () => {
		const text = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ0123456789–,.'), minLength: 1, maxLength: 160 });
		const count = fc.nat({ max: 10_000_000 }).map((n) => n.toLocaleString('en-GB'));
		const value = fc.oneof(count, count.map((n) => `at least ${n}`), fc.tuple(count, count).map(([a, b]) => `${a}–${b}`));
		const phrase = fc.tuple(value, value).map(([a, b]) => `${a} ballistic missiles launched, ${b} intercepted`);
		fc.assert(
			fc.property(
				text,
				text,
				fc.array(fc.record({ value, label: text }), { minLength: 0, maxLength: 4 }),
				fc.array(phrase, { maxLength: 8 }),
				fc.option(text, { nil: undefined }),
				(title, kicker, tiles, lines, note) => {
					const layout = layoutCard(card({ title, kicker, tiles, lines, note }), measure);
					expect(layout.height).toBeLessThanOrEqual(cardSize.height);
					expect(layout.title.lines.length).toBeLessThanOrEqual(3);
					for (const line of layout.title.lines) expect(measure(line, layout.title.size, 700)).toBeLessThanOrEqual(column);
					for (const line of layout.note) expect(measure(line, 28, 400)).toBeLessThanOrEqual(column);
					// Every figure shown is whole: tile values and phrases appear as given, never cut.
					expect(layout.tiles.map((t) => t.valueLines.join(' '))).toEqual(tiles.map((t) => t.value));
					const shownPhrases = layout.lines.filter((l) => !/^and \d+ more on the page$/.test(l));
					expect(shownPhrases).toEqual(lines.slice(0, shownPhrases.length));
					for (const t of layout.tiles) for (const l of t.valueLines) expect(measure(l, layout.tileValueSize, 700)).toBeLessThanOrEqual(column);
				},
			),
			{ numRuns: 500 },
		);
	});
});
