import { scaleBand, scaleLinear } from 'd3-scale';
import { formatCount } from './figure.ts';
import { listText } from './i18n/format.ts';
import { useTranslations, type Locale } from './i18n/index.ts';

/** Chart geometry computed at build time; components only draw it as SVG. */

export interface Series {
	key: string;
	label: string;
}

export interface Bar {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Index of the series, for its colour. */
	series: number;
}

export interface Tick {
	at: number;
	label: string;
}

export interface ColumnChart {
	width: number;
	height: number;
	plot: { left: number; top: number; right: number; bottom: number };
	bars: Bar[];
	yTicks: Tick[];
	xTicks: Tick[];
	series: Series[];
}

export interface ColumnInput {
	columns: { key: string; label: string; tick?: string }[];
	series: Series[];
	/** values[column][series]; undefined means nothing reported, drawn as no bar. */
	values: (number | undefined)[][];
	mode: 'stacked' | 'grouped';
	width?: number;
	height?: number;
}

const margin = { top: 12, right: 12, bottom: 28, left: 56 };

/** Tenths of a pixel are enough, and keep the SVG small. */
const px = (n: number) => Math.round(n * 10) / 10;

/** Columns along x (months), one bar per series, stacked or side by side. */
export function columnChart({ columns, series, values, mode, width = 720, height = 260 }: ColumnInput, locale: Locale = 'en'): ColumnChart {
	const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
	const heightOf = (row: (number | undefined)[]) =>
		mode === 'stacked' ? row.reduce<number>((sum, v) => sum + (v ?? 0), 0) : Math.max(0, ...row.map((v) => v ?? 0));
	const top = Math.max(1, ...values.map(heightOf));
	const y = scaleLinear().domain([0, top]).nice().range([plot.bottom, plot.top]);
	// A few columns keep a readable width instead of filling the plot.
	const span = Math.min(plot.right - plot.left, columns.length * 48);
	const x = scaleBand()
		.domain(columns.map((c) => c.key))
		.range([plot.left, plot.left + span])
		.paddingInner(columns.length > 40 ? 0.1 : 0.25);
	const bars: Bar[] = [];
	columns.forEach((column, i) => {
		const left = x(column.key)!;
		let base = 0;
		series.forEach((_, k) => {
			const value = values[i]?.[k];
			if (value === undefined || value === 0) return;
			if (mode === 'stacked') {
				bars.push({ x: px(left), y: px(y(base + value)), width: px(x.bandwidth()), height: px(y(base) - y(base + value)), series: k });
				base += value;
			} else {
				const width = x.bandwidth() / series.length;
				bars.push({ x: px(left + k * width), y: px(y(value)), width: px(width), height: px(y(0) - y(value)), series: k });
			}
		});
	});
	return {
		width,
		height,
		plot,
		bars,
		yTicks: y.ticks(5).map((t) => ({ at: px(y(t)), label: formatCount(t, locale) })),
		xTicks: columns.flatMap((c) => (c.tick ? [{ at: px(x(c.key)! + x.bandwidth() / 2), label: c.tick }] : [])),
		series,
	};
}

/** Bars of one series as a single SVG path: far smaller than a rect per bar. */
export function barsPath(bars: Bar[]): string {
	return bars.map((b) => `M${b.x} ${b.y}h${b.width}v${b.height}h${-b.width}z`).join('');
}

export interface BarRow {
	label: string;
	value: number;
	/** The value as shown beside the bar: "at least 12". */
	text: string;
	href?: string;
}

export interface BarList {
	width: number;
	height: number;
	rows: (BarRow & { y: number; barWidth: number })[];
	rowHeight: number;
}

/** Horizontal bars, one per row, each with its label and value above it. */
export function barList(rows: BarRow[], width = 720): BarList {
	const rowHeight = 40;
	const x = scaleLinear()
		.domain([0, Math.max(1, ...rows.map((r) => r.value))])
		.range([0, width]);
	return {
		width,
		height: rows.length * rowHeight,
		rowHeight,
		rows: rows.map((row, i) => ({ ...row, y: i * rowHeight, barWidth: px(Math.max(row.value > 0 ? 2 : 0, x(row.value))) })),
	};
}


/** A sentence for screen readers: the span of a column chart and its largest column. */
export function describeColumns({ columns, series, values, mode }: ColumnInput, unit: string, locale: Locale = 'en'): string {
	const t = useTranslations(locale);
	if (columns.length === 0) return t('chart.none', { unit });
	const sums = values.map((row) => row.reduce<number>((sum, v) => sum + (v ?? 0), 0));
	const peak = sums.indexOf(Math.max(...sums));
	const span = columns.length === 1 ? columns[0].label : t('chart.spanTo', { first: columns[0].label, last: columns.at(-1)!.label });
	const names = listText(series.map((s) => s.label.toLowerCase()), locale);
	const how = mode === 'stacked' ? t('chart.stacked', { names }) : t('chart.grouped', { names });
	const capitalised = `${unit[0].toUpperCase()}${unit.slice(1)}`;
	return t('chart.describe', { unit: capitalised, span, how, peak: columns[peak].label, total: formatCount(sums[peak], locale) });
}
