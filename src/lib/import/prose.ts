import { formatCount } from '../figure.ts';
import type { MunitionCategory } from '../taxonomy.ts';
import { dataset } from './air-force.ts';
import type { Attack } from './attacks.ts';
import type { ModelFigures } from './figures.ts';
import { dateText, listText } from '../i18n/format.ts';
import { kyivDay, windowText } from './window.ts';

/** The text an imported brief starts with: title, summary, and a paragraph and table made from the rows. */

const kinds: Record<MunitionCategory, [string, string]> = {
	drone: ['drone', 'drones'],
	'cruise-missile': ['missile', 'missiles'],
	'ballistic-missile': ['missile', 'missiles'],
	'other-missile': ['missile', 'missiles'],
	'guided-bomb': ['guided bomb', 'guided bombs'],
	other: ['other weapon', 'other weapons'],
};

/** "810 drones and 13 missiles", over the entries that give a launched count; undefined when none does. */
function launchedText(entries: ModelFigures[]): string | undefined {
	const byKind = new Map<string, { count: number; words: [string, string] }>();
	for (const entry of entries) {
		if (entry.launched === undefined) continue;
		const words = kinds[entry.category];
		const kind = byKind.get(words[1]) ?? { count: 0, words };
		kind.count += entry.launched;
		byKind.set(words[1], kind);
	}
	const parts = [...byKind.values()].map(({ count, words }) => `${formatCount(count)} ${count === 1 ? words[0] : words[1]}`);
	return parts.length ? listText(parts) : undefined;
}

function destroyedTotal(entries: ModelFigures[]): number | undefined {
	const given = entries.filter((e) => e.destroyed !== undefined);
	return given.length ? given.reduce((sum, e) => sum + e.destroyed!, 0) : undefined;
}

export function titleOf(attack: Attack, entries: ModelFigures[]): string {
	const day = dateText(kyivDay(attack.window.end.at));
	const launched = launchedText(entries);
	return launched ? `${attack.report.publisher}: ${launched} launched, ${day}` : `${attack.report.publisher}: report of ${day}`;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function summaryOf(attack: Attack, entries: ModelFigures[]): string {
	const launched = launchedText(entries);
	const destroyed = destroyedTotal(entries);
	const what = launched ? `${launched} launched` : `attacks by ${entries.length === 1 ? 'one weapon' : `${entries.length} weapons`}, without counts,`;
	const shot = destroyed === undefined ? '' : ` and ${formatCount(destroyed)} destroyed`;
	return `${sentence(attack.report.subject)} reported ${what}${shot} ${windowText(attack.window)}.`;
}

/** Dataset text shown as Markdown text, never as markup. */
function plainText(text: string): string {
	return text.replace(/[\\`*_{}[\]<>|#~!&]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

const listed = (items: string[]) => [...new Set(items.map((i) => i.trim()).filter((i) => i && i !== '{}' && i !== '[]'))];

export function bodyOf(attack: Attack, entries: ModelFigures[]): string {
	const rows = attack.rows;
	const count = (n: number | undefined, partial: boolean) => (n === undefined ? 'not reported' : partial ? `at least ${formatCount(n)}` : formatCount(n));
	const table = [
		'| Weapon | Launched | Destroyed |',
		'| --- | ---: | ---: |',
		...entries.map((e) => `| ${plainText(e.models.join(', '))} | ${count(e.launched, e.launchedPartial)} | ${count(e.destroyed, e.destroyedPartial)} |`),
	];
	const places = listed(rows.map((r) => r.launchPlace));
	const targets = listed(rows.map((r) => r.target));
	const regions = listed(rows.flatMap((r) => r.regions));
	const facts = [
		places.length ? `Launched from: ${places.map(plainText).join(', ')}.` : undefined,
		targets.length ? `Directions and targets named: ${targets.map(plainText).join(', ')}.` : undefined,
		regions.length ? `Regions affected: ${regions.map(plainText).join(', ')}.` : undefined,
	].filter(Boolean);
	const opening =
		`${sentence(attack.report.subject)} reported this attack ${windowText(attack.window)}. ` +
		`The figures below are its report's, one row per weapon, as compiled in the "${dataset.name}" dataset.`;
	return [opening, table.join('\n'), ...(facts.length ? [facts.join(' ')] : [])].join('\n\n') + '\n';
}
