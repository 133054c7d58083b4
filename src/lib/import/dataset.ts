import { parse } from 'csv-parse/sync';

/**
 * Reads the dataset's CSV files. Columns are found by name (releases reorder and rename a few),
 * and every row keeps the line it starts on, for messages.
 */

export interface DatasetRow {
	/** 1-based line of the CSV file on which the row starts. */
	line: number;
	timeStart: string;
	timeEnd: string;
	model: string;
	launchPlace: string;
	target: string;
	launched: string;
	destroyed: string;
	/** The `affected region` cell's list, as plain names. */
	regions: string[];
	/** The post the row comes from: a facebook.com path or a full address. */
	source: string;
}

export class DatasetError extends Error {}

/** `affected region` and `affected_region` are one column. */
function columnKey(name: string): string {
	return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const required = ['time_start', 'time_end', 'model', 'launched', 'destroyed', 'source'];

interface ParsedRecord {
	record: Record<string, string>;
	info: { lines: number };
}

function readTable(text: string, file: string): { line: number; cells: Record<string, string> }[] {
	let records: ParsedRecord[];
	try {
		records = parse(text.replace(/^\uFEFF/, ''), {
			columns: (header: string[]) => header.map(columnKey),
			info: true,
			skip_empty_lines: true,
			relax_column_count: true,
		}) as ParsedRecord[];
	} catch (error) {
		const { lines } = error as { lines?: number };
		throw new DatasetError(`${file}:${lines ?? 1}: CSV syntax: ${(error as Error).message}`);
	}
	return records.map(({ record, info }) => {
		const newlines = Object.values(record).reduce((n, value) => n + (value.match(/\n/g)?.length ?? 0), 0);
		return { line: info.lines - newlines, cells: record };
	});
}

/** The names in a Python-style list cell (`['Kyiv oblast', 'Odesa oblast']`), or the cell itself. */
export function listCell(cell: string): string[] {
	const text = cell.trim();
	if (!text || text === '[]' || text === '{}') return [];
	if (!text.startsWith('[')) return [text];
	return [...text.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => (m[1] ?? m[2]).trim()).filter(Boolean);
}

/** The rows of `missile_attacks_daily.csv`. */
export function readAttackRows(text: string, file: string): DatasetRow[] {
	const table = readTable(text, file);
	const columns = new Set(Object.keys(table[0]?.cells ?? {}));
	const missing = table.length ? required.filter((c) => !columns.has(c)) : [];
	if (missing.length) throw new DatasetError(`${file}:1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
	return table.map(({ line, cells }) => {
		const cell = (key: string) => (cells[key] ?? '').trim();
		return {
			line,
			timeStart: cell('time_start'),
			timeEnd: cell('time_end'),
			model: cell('model').replace(/\s+/g, ' '),
			launchPlace: cell('launch_place'),
			target: cell('target'),
			launched: cell('launched'),
			destroyed: cell('destroyed'),
			regions: listCell(cell('affected_region')),
			source: cell('source'),
		};
	});
}

/** `missiles_and_uavs.csv`: each model's category as the dataset names it ("UAV", "cruise missile"). */
export function readModelCategories(text: string, file: string): Map<string, string> {
	const table = readTable(text, file);
	if (table.length && !('model' in table[0].cells && 'category' in table[0].cells)) {
		throw new DatasetError(`${file}:1: expected the columns model and category`);
	}
	return new Map(table.map(({ cells }) => [cells.model.trim().replace(/\s+/g, ' '), cells.category.trim()]));
}

export type CountCell = { count?: number; problem?: string };

/** "810.0" is 810; blank is not reported; a fraction, a negative, a word or a count past 2^53 is a problem. */
export function countCell(cell: string): CountCell {
	if (cell === '') return {};
	const value = Number(cell);
	if (!Number.isFinite(value) || !/^-?\d+(\.\d+)?$/.test(cell)) return { problem: `"${cell}" is not a count` };
	if (value < 0) return { problem: `${cell} is negative` };
	if (!Number.isInteger(value)) return { problem: `${cell} is not a whole number` };
	if (!Number.isSafeInteger(value)) return { problem: `${cell} is too large to be a count kept exactly (at most ${Number.MAX_SAFE_INTEGER.toLocaleString('en-GB')})` };
	return { count: value };
}
