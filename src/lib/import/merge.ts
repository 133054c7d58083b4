import { parseDocument } from 'yaml';
import type { MunitionEntry } from '../brief.ts';
import { splitFrontmatter } from '../check/frontmatter.ts';
import { boundsText, figureBounds, type Figure } from '../figure.ts';
import { reportSourceId } from './air-force.ts';
import { digest, type Draft } from './draft.ts';
import { briefText, editedYaml, setField } from './writer.ts';

/**
 * A re-import of a brief the import wrote before. It owns the time window and the munitions entries
 * whose figures cite only its source; the title, summary and opening paragraph and table are its own
 * only while they are as it wrote them (their digests in `imported.written` say so). All else is kept.
 */

export interface Merged {
	text: string;
	changed: boolean;
	/** What changed in the figures or the window, as said in the correction; empty when none did. */
	changes: string[];
	/** Text the import would have rewritten but a contributor has changed, kept as it is. */
	kept: string[];
}

const cites = (figure: Figure | undefined, source: string) => {
	if (figure === undefined || typeof figure === 'number') return figure === undefined;
	const claims = 'claims' in figure ? figure.claims : [figure];
	return claims.every((c) => (Array.isArray(c.source) ? c.source.every((s) => s === source) : c.source === source));
};

/** An entry the import owns: each of its figures cites the import's source alone. */
export function isOwnedEntry(entry: MunitionEntry): boolean {
	return !entry.includes && cites(entry.launched, reportSourceId) && cites(entry.intercepted, reportSourceId);
}

/** Key order and figure forms aside, whether two values are the same. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_, v) =>
		v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
	);
}

const figureText = (figure: Figure | undefined) => (figure === undefined ? 'not reported' : boundsText(figureBounds(figure)));

function figureChanges(before: MunitionEntry[], after: MunitionEntry[]): string[] {
	const types = [...new Set([...before, ...after].map((e) => e.type))];
	return types.flatMap((type) => {
		const [old, now] = [before.find((e) => e.type === type), after.find((e) => e.type === type)];
		if (!old) return [`${type} added`];
		if (!now) return [`${type} removed`];
		return (['launched', 'intercepted'] as const).flatMap((key) => {
			const [a, b] = [figureText(old[key]), figureText(now[key])];
			return a === b ? [] : [`${type} ${key} ${a} → ${b}`];
		});
	});
}

/** The munitions list with the owned entries replaced by the draft's, where the first of them stood. */
function replaceOwned(entries: MunitionEntry[], owned: MunitionEntry[]): MunitionEntry[] {
	const first = entries.findIndex(isOwnedEntry);
	const others = entries.filter((e) => !isOwnedEntry(e));
	const at = first === -1 ? 0 : entries.slice(0, first).filter((e) => !isOwnedEntry(e)).length;
	return [...others.slice(0, at), ...owned, ...others.slice(at)];
}

/** The body with the import's opening replaced, when the opening is still as the import wrote it. */
function replaceOpening(body: string, writtenDigest: string | undefined, opening: string): string | undefined {
	if (!writtenDigest) return undefined;
	const boundaries = [...body.matchAll(/\n\n+/g)].map((m) => m.index!).concat(body.length);
	for (const end of boundaries) {
		if (digest(body.slice(0, end)) !== writtenDigest) continue;
		const rest = body.slice(end).replace(/^\n+/, '');
		return rest ? `${opening.trimEnd()}\n\n${rest}` : opening;
	}
	return undefined;
}

export function mergeBrief(text: string, draft: Draft, { today, file }: { today: string; file: string }): Merged {
	const split = splitFrontmatter(text);
	// Edited in place: a contributor's comments and layout stay.
	const doc = parseDocument(split.yaml ?? '');
	const data = (doc.toJS() ?? {}) as Record<string, any>;
	const written: Record<string, string> = { ...(data.imported?.written ?? {}) };
	const entries: MunitionEntry[] = data.munitions ?? [];
	const owned = entries.filter(isOwnedEntry);
	const changes = figureChanges(owned, draft.munitions);
	if (canonical(data.time) !== canonical(draft.time)) {
		changes.push(`time ${data.time?.start ?? '?'} to ${data.time?.end ?? '?'} → ${draft.time.start} to ${draft.time.end}`);
	}
	const kept: string[] = [];
	let edited = false;
	if (changes.length || canonical(owned) !== canonical(draft.munitions)) {
		setField(doc, 'munitions', replaceOwned(entries, draft.munitions));
		setField(doc, 'time', draft.time);
		edited = true;
	}
	for (const key of ['title', 'summary'] as const) {
		if (data[key] === draft[key]) continue;
		if (digest(String(data[key] ?? '')) === written[key]) {
			doc.set(key, draft[key]);
			written[key] = draft.imported.written![key];
			edited = true;
		} else kept.push(key);
	}
	let body = split.body.replace(/^\n+/, '');
	if (!body.startsWith(draft.body.trimEnd())) {
		const replaced = replaceOpening(body, written.body, draft.body);
		if (replaced === undefined) kept.push('body');
		else {
			body = replaced;
			written.body = draft.imported.written!.body;
			edited = true;
		}
	}
	if (!edited) return { text, changed: false, changes: [], kept };
	if (changes.length) {
		setField(doc, 'corrections', [...(data.corrections ?? []), { date: today, note: `Updated from ${file}: ${changes.join('; ')}.` }]);
		doc.set('updated', today);
	}
	setField(doc, 'imported', { ...draft.imported, written });
	return { text: briefText(editedYaml(doc), body), changed: true, changes, kept };
}
