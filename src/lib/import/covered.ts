import type { Brief, MunitionEntry } from '../brief.ts';
import { boundsText, figureBounds } from '../figure.ts';

/**
 * A brief that already cites an attack's post covers it: the import writes no second brief and
 * lists each figure where the dataset and the brief differ.
 */

const keys = ['launched', 'intercepted'] as const;

/** "shahed-136-131 launched: the dataset says 810, the brief 805–810", one line per difference. */
export function coveredDifferences(brief: Pick<Brief, 'munitions'>, dataset: MunitionEntry[]): string[] {
	const listed = brief.munitions ?? [];
	return dataset.flatMap((entry) => {
		const own = listed.filter((e) => e.type === entry.type && !e.includes?.length);
		if (!own.length) {
			const given = keys.flatMap((key) => (entry[key] === undefined ? [] : [`${key} ${boundsText(figureBounds(entry[key]!))}`]));
			return [`${entry.type}: the dataset lists it${given.length ? ` (${given.join(', ')})` : ''}, the brief does not`];
		}
		return keys.flatMap((key) => {
			const theirs = entry[key];
			if (theirs === undefined) return [];
			const said = boundsText(figureBounds(theirs));
			const ours = own.flatMap((e) => (e[key] === undefined ? [] : [boundsText(figureBounds(e[key]!))]));
			if (ours.length === 1 && ours[0] === said) return [];
			return [`${entry.type} ${key}: the dataset says ${said}, the brief ${ours.length ? ours.join(' and ') : 'does not report it'}`];
		});
	});
}
