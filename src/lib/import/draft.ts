import { createHash } from 'node:crypto';
import type { Brief, MunitionEntry } from '../brief.ts';
import { dataset, reportSourceId } from './air-force.ts';
import type { Attack } from './attacks.ts';
import { munitionEntries, type ModelFigures } from './figures.ts';
import { bodyOf, summaryOf, titleOf } from './prose.ts';
import { kyivDateTime, kyivDay } from './window.ts';

/** What the import writes for one attack: the parts it owns and the text it starts the brief with. */
export interface Draft {
	key: string;
	/** The file name, YYYY-MM-DD-air-force-<digest>.mdx: stable for the attack's post. */
	fileName: string;
	date: string;
	time: NonNullable<Brief['time']>;
	munitions: MunitionEntry[];
	title: string;
	summary: string;
	body: string;
	imported: NonNullable<Brief['imported']>;
	source: Brief['sources'][number];
}

/** A short digest of text the import wrote, kept in `imported.written`. */
export function digest(text: string): string {
	return createHash('sha256').update(text.trim()).digest('hex').slice(0, 12);
}

export function draftOf(attack: Attack, entries: ModelFigures[]): Draft {
	const date = kyivDay(attack.window.end.at);
	const title = titleOf(attack, entries);
	const summary = summaryOf(attack, entries);
	const body = bodyOf(attack, entries);
	return {
		key: attack.key,
		fileName: `${date}-air-force-${digest(attack.key).slice(0, 8)}.mdx`,
		date,
		time: { start: kyivDateTime(attack.window.start.at), end: kyivDateTime(attack.window.end.at) },
		munitions: munitionEntries(entries),
		title,
		summary,
		body,
		imported: {
			from: dataset.id,
			report: attack.report.url,
			...(attack.part !== undefined ? { part: attack.part } : {}),
			written: { title: digest(title), summary: digest(summary), body: digest(body) },
		},
		source: {
			id: reportSourceId,
			publisher: attack.report.publisher,
			url: attack.report.url,
			note: `As compiled in the public "${dataset.name}" dataset (${dataset.file}).`,
		},
	};
}

/** A new brief's frontmatter, fields in the order the guide writes them. */
export function newBrief(draft: Draft): Record<string, unknown> {
	return {
		title: draft.title,
		date: draft.date,
		time: draft.time,
		summary: draft.summary,
		location: { country: 'UA' },
		munitions: draft.munitions,
		sources: [draft.source],
		imported: draft.imported,
	};
}
