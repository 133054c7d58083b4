import type { Card } from './card.ts';
import { layoutCard } from './layout.ts';
import { cardMeasure } from './measure.ts';
import { cardSvg, svgToPng } from './render.ts';

/** Card timings, one card at a time in this thread: layout, SVG (satori), PNG (sharp), and the PNG's size. */

export interface CardTiming {
	layout: number;
	svg: number;
	png: number;
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
	for (const card of cards.slice(0, warmup)) await svgToPng(await cardSvg(layoutCard(card, measure).tree));
	const timings: CardTiming[] = [];
	for (const card of cards) {
		const cpu = process.cpuUsage();
		const t0 = performance.now();
		const { tree } = layoutCard(card, measure);
		const t1 = performance.now();
		const svg = await cardSvg(tree);
		const t2 = performance.now();
		const png = await svgToPng(svg);
		const t3 = performance.now();
		timings.push({ layout: t1 - t0, svg: t2 - t1, png: t3 - t2, total: t3 - t0, cpu: cpuMs(cpu), bytes: png.length });
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
		row('rasterise: sharp + PNG', (t) => t.png),
		row('rasterise: both', (t) => t.svg + t.png),
		row('total', (t) => t.total),
		row('total, CPU time', (t) => t.cpu),
		row('PNG size', (t) => t.bytes / 1024, 'KB'),
		'',
		`${timings.length} cards in ${seconds.toFixed(2)} s, one at a time: ${(timings.length / seconds).toFixed(1)} cards/s`,
	].join('\n');
}
