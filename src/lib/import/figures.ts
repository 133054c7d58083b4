import type { MunitionEntry } from '../brief.ts';
import type { Figure } from '../figure.ts';
import type { MunitionCategory } from '../taxonomy.ts';
import { reportSourceId } from './air-force.ts';
import type { Attack, RowProblem } from './attacks.ts';
import { countCell } from './dataset.ts';
import type { ModelTypes } from './munition-types.ts';

/**
 * An attack's rows as munition entries: one per type, same-type rows added together, a blank count
 * left out (never 0). An impossible sum refuses the attack.
 */

export interface ModelFigures {
	type: string;
	category: MunitionCategory;
	/** The models as written in the rows, in order. */
	models: string[];
	lines: number[];
	/** Sum of the rows that give a count; absent when none does. */
	launched?: number;
	destroyed?: number;
	/** Some rows give a count and some leave it blank: the sum is a lower bound. */
	launchedPartial: boolean;
	destroyedPartial: boolean;
}

export interface AttackFigures {
	entries: ModelFigures[];
	/** Same-type rows added together, to be said. */
	notices: RowProblem[];
	/** Errors that refuse the attack. */
	problems: RowProblem[];
}

export function attackFigures(attack: Attack, types: ModelTypes): AttackFigures {
	const byType = new Map<string, ModelFigures & { launchedRows: number; destroyedRows: number }>();
	const problems: RowProblem[] = [];
	for (const row of attack.rows) {
		const type = types.typeOf(row.model || 'Unknown');
		const entry = byType.get(type) ?? {
			type,
			category: types.categoryOfType(type),
			models: [],
			lines: [],
			launchedPartial: false,
			destroyedPartial: false,
			launchedRows: 0,
			destroyedRows: 0,
		};
		byType.set(type, entry);
		if (!entry.models.includes(row.model)) entry.models.push(row.model);
		entry.lines.push(row.line);
		for (const [field, key, rowsKey] of [['launched', 'launched', 'launchedRows'], ['destroyed', 'destroyed', 'destroyedRows']] as const) {
			const { count, problem } = countCell(row[field]);
			if (problem) problems.push({ lines: [row.line], field, severity: 'error', message: problem });
			if (count === undefined) continue;
			entry[key] = (entry[key] ?? 0) + count;
			entry[rowsKey]++;
		}
	}
	const notices: RowProblem[] = [];
	const entries = [...byType.values()].map(({ launchedRows, destroyedRows, ...entry }) => {
		entry.launchedPartial = launchedRows > 0 && launchedRows < entry.lines.length;
		entry.destroyedPartial = destroyedRows > 0 && destroyedRows < entry.lines.length;
		if (entry.lines.length > 1) {
			notices.push({
				lines: entry.lines,
				field: 'model',
				severity: 'warning',
				message: `${entry.models.join(', ')}: ${entry.lines.length} rows of one report (lines ${entry.lines.join(', ')}) are added together`,
			});
		}
		for (const field of ['launched', 'destroyed'] as const) {
			const sum = entry[field];
			if (sum !== undefined && !Number.isSafeInteger(sum)) {
				problems.push({ lines: entry.lines, field, severity: 'error', message: `${entry.models.join(', ')}: the rows add up to more than can be kept exactly (lines ${entry.lines.join(', ')})` });
			}
		}
		if (entry.launched !== undefined && entry.destroyed !== undefined && entry.destroyed > entry.launched && !entry.launchedPartial) {
			const added = entry.lines.length > 1 ? ` (${entry.models.join(', ')}, lines ${entry.lines.join(', ')} added together)` : '';
			problems.push({
				lines: entry.lines,
				field: 'destroyed',
				severity: 'error',
				message: `${entry.destroyed} destroyed is more than the ${entry.launched} launched${added}`,
			});
		}
		return entry;
	});
	return { entries, notices, problems };
}

function figure(count: number | undefined, partial: boolean): Figure | undefined {
	if (count === undefined) return undefined;
	return partial
		? { min: count, source: reportSourceId, note: 'at least: some of the rows added here leave the count blank' }
		: { value: count, source: reportSourceId };
}

/** The brief's munitions entries for the figures. */
export function munitionEntries(entries: ModelFigures[]): MunitionEntry[] {
	return entries.map((entry) => {
		const launched = figure(entry.launched, entry.launchedPartial);
		const intercepted = figure(entry.destroyed, entry.destroyedPartial);
		const added = entry.lines.length > 1 ? `The report's ${entry.lines.length} rows for this weapon are added together.` : undefined;
		return {
			type: entry.type,
			...(launched !== undefined ? { launched } : {}),
			...(intercepted !== undefined ? { intercepted } : {}),
			...(added ? { note: added } : {}),
		};
	});
}
