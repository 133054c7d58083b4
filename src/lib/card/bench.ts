import type { Card } from './card.ts';
import { layoutCard } from './layout.ts';
import { cardMeasure } from './measure.ts';
import { readDrawing } from './drawing.ts';
import { cardSvg, drawingToPng, renderCard, svgToPng } from './render.ts';

/**
 * Card timings, one card at a time in this thread, as the build renders them: layout, satori's SVG,
 * then pixels and PNG (from glyph masks, or through sharp for a card that draws more than text and
 * rectangles), and the PNG's size.
 */

export interface CardTiming {
	layout: number;
	svg: number;
	png: number;
	drawnBy: 'glyphs' | 'svg';
	total: number;
	/** CPU time of the whole process over the card (sharp's threads included): what load on the machine does not inflate much. */
	cpu: number;
	bytes: number;
}

/** CPU milliseconds since `since`, over every thread of this process. */
export function cpuMs(since: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1000;
}

export async function benchCards(cards: Card[], warmup = 3): Promise<CardTiming[]> {
	const measure = cardMeasure();
	// Warming up: satori's and HarfBuzz's first calls load their WebAssembly.
	for (const card of cards.slice(0, warmup)) await renderCard(layoutCard(card, measure).tree);
	// The steps of renderCard, timed one by one.
	const timings: CardTiming[] = [];
	for (const card of cards) {
		const cpu = process.cpuUsage();
		const t0 = performance.now();
		const { tree } = layoutCard(card, measure);
		const t1 = performance.now();
		let svg = await cardSvg(tree, undefined, { text: 'elements' });
		const shapes = readDrawing(svg);
		let t2 = performance.now();
		let png = shapes && (await drawingToPng(shapes));
		let drawnBy: CardTiming['drawnBy'] = 'glyphs';
		if (!png) {
			drawnBy = 'svg';
			svg = await cardSvg(tree);
			t2 = performance.now();
			png = await svgToPng(svg);
		}
		const t3 = performance.now();
		timings.push({ layout: t1 - t0, svg: t2 - t1, png: t3 - t2, drawnBy, total: t3 - t0, cpu: cpuMs(cpu), bytes: png.length });
	}
	return timings;
}

/** The value below which `p` of the sorted values fall (nearest rank). */
export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function formatCardBench(timings: CardTiming[]): string {
	const row = (name: string, pick: (t: CardTiming) => number, unit = 'ms', digits = 1) => {
		const values = timings.map(pick);
		const f = (x: number) => `${x.toFixed(digits)} ${unit}`.padStart(11);
		return `${name.padEnd(28)}${f(percentile(values, 0.5))}${f(percentile(values, 0.95))}${f(Math.max(...values))}`;
	};
	const seconds = timings.reduce((sum, t) => sum + t.total, 0) / 1000;
	return [
		`${'per card'.padEnd(28)}${'median'.padStart(11)}${'p95'.padStart(11)}${'max'.padStart(11)}`,
		row('layout', (t) => t.layout),
		row('rasterise: satori (SVG)', (t) => t.svg),
		row('rasterise: pixels + PNG', (t) => t.png),
		row('rasterise: both', (t) => t.svg + t.png),
		row('total', (t) => t.total),
		row('total, CPU time', (t) => t.cpu),
		row('PNG size', (t) => t.bytes / 1024, 'KB'),
		'',
		`${timings.length} cards in ${seconds.toFixed(2)} s, one at a time: ${(timings.length / seconds).toFixed(1)} cards/s`,
		`drawn from glyph masks: ${timings.filter((t) => t.drawnBy === 'glyphs').length}; through satori's SVG and sharp: ${timings.filter((t) => t.drawnBy === 'svg').length}`,
	].join('\n');
}
