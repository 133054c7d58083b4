import { undrawable } from '../card/fonts.ts';
import { codePoint } from './text.ts';
import type { Finding } from './problem.ts';

/** The fields a brief's share card shows as text. */
const cardFields: PropertyKey[][] = [['title'], ['summary'], ['location', 'place'], ['location', 'detail']];

const at = (data: unknown, path: PropertyKey[]): unknown =>
	path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

/** A warning for each card field holding characters no card font draws: the card would show boxes. */
export function cardTextFindings(data: unknown): Finding[] {
	return cardFields.flatMap((path) => {
		const value = at(data, path);
		// Latin, Cyrillic and the like are always covered; only other scripts need the fonts read.
		if (typeof value !== 'string' || !/[^\u0000-\u052f\u2000-\u206f]/u.test(value)) return [];
		const missing = undrawable(value);
		if (!missing.length) return [];
		const shown = missing.slice(0, 8).map((char) => `${char} (${codePoint(char)})`).join(', ');
		const more = missing.length > 8 ? ` and ${missing.length - 8} more` : '';
		return [{ path, severity: 'warning' as const, message: `the share card has no font for ${shown}${more}; they would show as boxes on the card` }];
	});
}
