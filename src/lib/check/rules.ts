import { basename } from 'node:path';
import { casualtyKeys, figuresOf, isDateTime, isRealDate, type Brief, type CasualtyKey } from '../brief.ts';
import { casualtyLabels } from '../brief-view.ts';
import { boundsText, figureBounds, figureSchema, type Figure } from '../figure.ts';
import type { Taxonomies } from '../taxonomy.ts';
import type { Finding } from './problem.ts';
import { didYouMeanText } from './suggest.ts';
import { comparable } from './text.ts';

/**
 * The rules a brief must follow beyond its types. They read the raw frontmatter and use whatever
 * parts of it are well formed, so one run reports them alongside any type errors.
 */

type Path = PropertyKey[];

export interface RuleContext {
	/** The file's path, for the file-name rule. */
	file: string;
	taxonomies: Taxonomies;
	/** The latest date that is not in the future, YYYY-MM-DD (see latestToday). */
	today: string;
	/** The frontmatter as the schema parsed it, when it passed. */
	valid?: Brief;
}

const briefFileName = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** What the new-brief template writes where a contributor must fill something in. */
export const placeholderMark = 'TODO';

const earliestDate = '1900-01-01';

/** The date that has begun furthest east (UTC+14), so a brief on today's events is never "in the future". */
export function latestToday(now = new Date()): string {
	return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function wellFormedFigure(value: unknown): Figure | undefined {
	const parsed = figureSchema.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

/** The brief's well-formed figures, shaped as in the schema; malformed ones are left out. */
function wellFormedFigures(data: unknown, valid?: Brief) {
	if (valid) return { casualties: valid.casualties ?? {}, munitions: valid.munitions ?? [] };
	const casualties = Object.fromEntries(casualtyKeys.map((key) => [key, wellFormedFigure(field(field(data, 'casualties'), key))]));
	const munitions = list(field(data, 'munitions')).map((entry) => ({
		type: '',
		launched: wellFormedFigure(field(entry, 'launched')),
		intercepted: wellFormedFigure(field(entry, 'intercepted')),
	}));
	return { casualties: casualties as Partial<Record<CasualtyKey, Figure>>, munitions };
}

type Figures = ReturnType<typeof wellFormedFigures>;

function citations(figure: Figure): { ids: string[]; path: Path }[] {
	if (typeof figure === 'number') return [];
	const ids = (source: string | string[]) => (Array.isArray(source) ? source : [source]);
	if ('claims' in figure) return figure.claims.map((claim, i) => ({ ids: ids(claim.source), path: ['claims', i, 'source'] }));
	return [{ ids: ids(figure.source), path: ['source'] }];
}

/** Figures cite the brief's own sources; each source is listed once and cited at least once. */
function citationRules(data: unknown, figures: Figures): Finding[] {
	const found: Finding[] = [];
	const sources = list(field(data, 'sources')).flatMap((source, i) => {
		const id = text(field(source, 'id'));
		return id === undefined ? [] : [{ id, path: ['sources', i, 'id'] }];
	});
	const ids = [...new Set(sources.map((s) => s.id))];
	const cited = new Set<string>();
	for (const { path, figure } of figuresOf(figures)) {
		if (typeof figure === 'number' && ids.length > 1) {
			found.push({ path, message: `a bare number needs a single-source brief; write { value: ${figure}, source: … } with one of: ${ids.join(', ')}` });
		}
		if (typeof figure === 'number' && ids.length === 1) cited.add(ids[0]);
		for (const citation of citations(figure)) {
			for (const id of citation.ids) {
				cited.add(id);
				if (ids.includes(id)) continue;
				const known = ids.length ? ` (known: ${ids.join(', ')})` : '';
				found.push({ path: [...path, ...citation.path], message: `cites "${id}", which is not in sources${didYouMeanText(id, ids)}${known}` });
			}
		}
	}
	const seen = new Set<string>();
	for (const { id, path } of sources) {
		if (seen.has(id)) found.push({ path, message: `duplicate source id "${id}"; give each source its own id` });
		else if (!cited.has(id)) found.push({ path, severity: 'warning', message: `source "${id}" is cited by no figure; cite it or remove it` });
		seen.add(id);
	}
	return found;
}

/** Counts that cannot all be true under any reading of their bounds. */
function figureRules({ munitions, casualties }: Figures): Finding[] {
	const found: Finding[] = [];
	const exceeds = (part: Figure | undefined, whole: Figure | undefined) => {
		if (part === undefined || whole === undefined) return undefined;
		const [p, w] = [figureBounds(part), figureBounds(whole)];
		return w.max !== undefined && p.min > w.max ? [boundsText(p), boundsText(w)] : undefined;
	};
	munitions.forEach((entry, i) => {
		const texts = exceeds(entry.intercepted, entry.launched);
		if (texts) found.push({ path: ['munitions', i, 'intercepted'], message: `${texts[0]} intercepted is more than the ${texts[1]} launched` });
	});
	for (const [part, whole] of [['children_killed', 'killed'], ['children_injured', 'injured']] as const) {
		const texts = exceeds(casualties[part], casualties[whole]);
		if (texts) {
			found.push({
				path: ['casualties', part],
				message: `${texts[0]} ${casualtyLabels[part].toLowerCase()} is more than the ${texts[1]} ${casualtyLabels[whole].toLowerCase()}, which includes them`,
			});
		}
	}
	return found;
}

/** Every date field that holds a real date or date-time, with its path. */
function dates(data: unknown): { path: Path; value: string }[] {
	const time = field(data, 'time');
	const candidates: [Path, unknown][] = [
		[['date'], field(data, 'date')],
		[['updated'], field(data, 'updated')],
		[['time', 'start'], field(time, 'start')],
		[['time', 'end'], field(time, 'end')],
		...list(field(data, 'sources')).map((s, i): [Path, unknown] => [['sources', i, 'published'], field(s, 'published')]),
		...list(field(data, 'corrections')).map((c, i): [Path, unknown] => [['corrections', i, 'date'], field(c, 'date')]),
	];
	return candidates.flatMap(([path, value]) =>
		typeof value === 'string' && (isRealDate(value) || isDateTime(value)) ? [{ path, value }] : [],
	);
}

/** An ISO date-time's instant; the offset may be written +0300 or +03:00. */
function instant(dateTime: string): number {
	return Date.parse(dateTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** Dates fall between 1900 and today; a time window ends after it starts. */
function dateRules(data: unknown, today: string): Finding[] {
	const found: Finding[] = [];
	for (const { path, value } of dates(data)) {
		const day = value.slice(0, 10);
		if (day < earliestDate) found.push({ path, message: `${day} is before 1900; check the year` });
		else if (day > today) found.push({ path, message: `${day} is in the future; check the year, month and day` });
	}
	const start = text(field(field(data, 'time'), 'start'));
	const end = text(field(field(data, 'time'), 'end'));
	if (start && end && isDateTime(start) && isDateTime(end) && instant(end) < instant(start)) {
		found.push({ path: ['time', 'end'], message: `ends at ${end}, before it starts at ${start}` });
	}
	return found;
}

/** Region and munition ids name entries of the taxonomies; an entry's `includes` names types listed beside it. */
function taxonomyRules(data: unknown, taxonomies: Taxonomies): Finding[] {
	const found: Finding[] = [];
	const region = text(field(field(data, 'location'), 'region'));
	if (region !== undefined && !taxonomies.regions.has(region)) {
		found.push({
			path: ['location', 'region'],
			message: `unknown region "${region}"${didYouMeanText(region, taxonomies.regions.keys())}; use an id from regions.yaml or add one there`,
		});
	}
	const unknownType = (path: Path, id: string) =>
		found.push({
			path,
			message: `unknown munition type "${id}"${didYouMeanText(id, taxonomies.munitions.keys())}; use an id from munitions.yaml or add one there`,
		});
	const entries = list(field(data, 'munitions'));
	const listed = new Set(entries.map((entry) => text(field(entry, 'type'))));
	entries.forEach((entry, i) => {
		const type = text(field(entry, 'type'));
		if (type !== undefined && !taxonomies.munitions.has(type)) unknownType(['munitions', i, 'type'], type);
		list(field(entry, 'includes')).forEach((value, j) => {
			const id = text(value);
			const path = ['munitions', i, 'includes', j];
			if (id === undefined) return;
			if (!taxonomies.munitions.has(id)) unknownType(path, id);
			else if (!listed.has(id) || id === type) {
				found.push({ path, message: `includes "${id}", which is not another entry of this brief's munitions` });
			}
		});
	});
	return found;
}

/** The file is named after the brief's date. */
function fileNameRules(file: string, data: unknown): Finding[] {
	const name = basename(file);
	const date = text(field(data, 'date'));
	const match = briefFileName.exec(name);
	if (!match) {
		const example = date && isRealDate(date) ? date : 'YYYY-MM-DD';
		return [{ path: [], message: `file name "${name}" must be YYYY-MM-DD-words.mdx in lowercase, such as ${example}-kyiv.mdx` }];
	}
	if (date !== undefined && isRealDate(date) && match[1] !== date) {
		return [{ path: ['date'], message: `the file name starts with ${match[1]} but date is ${date}; rename the file or fix the date` }];
	}
	return [];
}

/** Every string value in the frontmatter with its path, in document order (keys are not included). */
export function stringValues(data: unknown): { path: Path; value: string }[] {
	const found: { path: Path; value: string }[] = [];
	const path: Path = [];
	const visit = (value: unknown) => {
		if (typeof value === 'string') found.push({ path: [...path], value });
		else if (typeof value === 'object' && value !== null) {
			for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
				path.push(key);
				visit(item);
				path.pop();
			}
		}
	};
	visit(data);
	return found;
}

/** Every string in the frontmatter that still holds the template's placeholder. */
export function placeholders(data: unknown): Finding[] {
	return stringValues(data).flatMap(({ path, value }) => {
		if (!value.startsWith(placeholderMark)) return [];
		const what = value.slice(placeholderMark.length).replace(/^[:\s]+/, '') || 'a value';
		return [{ path, message: `fill in this placeholder: ${what}` }];
	});
}

/** Every rule above, for one brief's frontmatter. */
export function briefRules(data: unknown, { file, taxonomies, today, valid }: RuleContext): Finding[] {
	const figures = wellFormedFigures(data, valid);
	return [
		...fileNameRules(file, data),
		...dateRules(data, today),
		...taxonomyRules(data, taxonomies),
		...citationRules(data, figures),
		...figureRules(figures),
	];
}

/** Which brief each brief repeats (same date, country and place or region), by index; for a warning. */
export function repeatedBriefs(briefs: readonly ({ date: string; location: Brief['location'] } | undefined)[]): Map<number, number> {
	const first = new Map<string, number>();
	const repeats = new Map<number, number>();
	briefs.forEach((brief, i) => {
		const where = brief?.location.place ?? brief?.location.region;
		if (!brief || !where) return;
		const key = [brief.date, brief.location.country, comparable(where)].join('\n');
		const earlier = first.get(key);
		if (earlier === undefined) first.set(key, i);
		else repeats.set(i, earlier);
	});
	return repeats;
}
