import { stringify } from 'csv-stringify/sync';
import { casualtyKeys, type CasualtyKey, type Source } from './brief.ts';
import { isCounted, type ShownFigure } from './brief-view.ts';
import { lastUpdated } from './cite.ts';
import type { Bounds } from './figure.ts';
import { briefPath, permalink } from './paths.ts';
import type { Briefed } from './stats.ts';
import type { Locale } from './i18n/locales.ts';
import type { Taxonomies } from './taxonomy.ts';
import { briefLang, type BriefTranslation } from './translation.ts';

/** The archive as data: JSON and CSV records, with figures resolved exactly as the pages show them. */

export interface BoundsRecord {
	min: number;
	/** null when open-ended ("at least"). */
	max: number | null;
}

export interface FigureRecord extends BoundsRecord {
	sources: string[];
	note?: string;
	/** Each source's claim, when sources disagree. */
	claims?: (BoundsRecord & { sources: string[]; note?: string })[];
}

export interface MunitionRecord {
	type: string;
	name: string;
	/** The type's name in other languages, by language code, as munitions.yaml gives it. */
	names?: Record<string, string>;
	category: string;
	launched?: FigureRecord;
	intercepted?: FigureRecord;
	/** A source's combined count over these types, listed in other entries: not added to totals. */
	includes?: string[];
	note?: string;
}

/** A translation's text; every figure, date and source is the brief's. */
export interface TranslationRecord {
	title: string;
	summary: string;
	translated?: string;
	/** The original was updated after the translation was made. */
	stale: boolean;
	location: { place?: string; detail?: string };
	targets?: string[];
	/** The notes in this language, by note key (casualties.killed, sources.metro…). */
	notes: Record<string, string>;
}

export interface BriefRecord {
	slug: string;
	url: string;
	/** The language the brief is written in. */
	lang: Locale;
	title: string;
	date: string;
	updated?: string;
	summary: string;
	status: string;
	location: {
		country: string;
		region?: string;
		place?: string;
		detail?: string;
		coordinates?: { lat: number; lon: number };
	};
	casualties: Partial<Record<CasualtyKey, FigureRecord>>;
	munitions: MunitionRecord[];
	/** Launched and intercepted over every entry but combined counts. */
	totals: { launched?: BoundsRecord; intercepted?: BoundsRecord };
	targets?: string[];
	sources: Source[];
	tags: string[];
	/** The brief's translations, by language. */
	translations: Partial<Record<Locale, TranslationRecord>>;
}

/** A brief as exports see it: with its translations, when the archive gives them. */
export type ExportedBrief = Briefed & {
	translations?: Partial<Record<Locale, { translation: BriefTranslation; stale: boolean }>>;
};

function boundsRecord(bounds: Bounds): BoundsRecord {
	return { min: bounds.min, max: bounds.max ?? null };
}

function figureRecord(figure: ShownFigure): FigureRecord {
	return {
		...boundsRecord(figure),
		sources: figure.sources,
		...(figure.note ? { note: figure.note } : {}),
		...(figure.disputed
			? { claims: figure.claims.map((c) => ({ ...boundsRecord(c), sources: c.sources, ...(c.note ? { note: c.note } : {}) })) }
			: {}),
	};
}

/** What the translation itself says: text the original keeps in its own language is not repeated as a translation. */
function translationRecord({ translation, stale }: { translation: BriefTranslation; stale: boolean }): TranslationRecord {
	return {
		title: translation.title,
		summary: translation.summary,
		...(translation.translated ? { translated: translation.translated } : {}),
		stale,
		location: { place: translation.location?.place, detail: translation.location?.detail },
		...(translation.targets ? { targets: translation.targets } : {}),
		notes: translation.notes ?? {},
	};
}

export function briefRecord({ slug, brief, view, translations = {} }: ExportedBrief, siteUrl: string, taxonomies?: Taxonomies): BriefRecord {
	const { country, region, place, detail, coordinates } = brief.location;
	return {
		slug,
		url: permalink(briefPath(slug), siteUrl),
		lang: briefLang(brief),
		title: brief.title,
		date: brief.date,
		...(brief.updated ? { updated: brief.updated } : {}),
		summary: brief.summary,
		status: brief.status,
		location: { country, region, place, detail, coordinates },
		casualties: Object.fromEntries(view.casualties.map((row) => [row.key, figureRecord(row.figure)])),
		munitions: view.munitions.map((row) => {
			const names = taxonomies?.munitions.get(row.type)?.names;
			return {
				type: row.type,
				name: row.name,
				...(names ? { names } : {}),
				category: row.category,
				...(row.launched ? { launched: figureRecord(row.launched) } : {}),
				...(row.intercepted ? { intercepted: figureRecord(row.intercepted) } : {}),
				...(row.includes?.length ? { includes: row.includes } : {}),
				...(row.note ? { note: row.note } : {}),
			};
		}),
		totals: {
			...(view.launched ? { launched: boundsRecord(view.launched) } : {}),
			...(view.intercepted ? { intercepted: boundsRecord(view.intercepted) } : {}),
		},
		...(brief.targets ? { targets: brief.targets } : {}),
		sources: brief.sources,
		tags: brief.tags ?? [],
		translations: Object.fromEntries(Object.entries(translations).map(([lang, t]) => [lang, translationRecord(t)])),
	};
}

/** The newest date a brief was published or revised: the archive's own date, never the build clock. */
export function generatedDate(items: Briefed[]): string | null {
	const dates = items.map(({ brief }) => lastUpdated(brief));
	return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

export function archiveRecord(items: ExportedBrief[], taxonomies: Taxonomies, site: { url: string; license: { name: string; url: string } }) {
	return {
		generated: generatedDate(items),
		license: site.license,
		regions: [...taxonomies.regions.values()].map(({ id, name, country, names }) => ({ id, name, country, ...(names ? { names } : {}) })),
		briefs: items.map((item) => briefRecord(item, site.url, taxonomies)),
	};
}

export function toJson(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

/** briefs.json around its records: the head up to the list's opening bracket, and what follows the list. */
function archiveJsonFrame(items: Briefed[], taxonomies: Taxonomies, site: { url: string; license: { name: string; url: string } }) {
	const head = JSON.stringify({ ...archiveRecord([], taxonomies, site), generated: generatedDate(items) }, null, '\t');
	// The head ends with the empty list of briefs: `"briefs": []` and the closing brace.
	const open = head.lastIndexOf('[]');
	return items.length ? { head: head.slice(0, open + 1), tail: `\n\t]${head.slice(open + 2)}\n` } : { head: `${head}\n`, tail: '' };
}

/** A brief's record as briefs.json holds it, led by the comma that follows the record before it (the first drops it). */
export function briefJsonRow(item: ExportedBrief, siteUrl: string, taxonomies: Taxonomies): string {
	return `,\n\t\t${JSON.stringify(briefRecord(item, siteUrl, taxonomies), null, '\t').replaceAll('\n', '\n\t\t')}`;
}

/**
 * toJson(archiveRecord(…)) in pieces, byte for byte: each brief's record is made and written out on
 * its own, so the archive is never held whole as objects and as one string (at 50,000 briefs those
 * are a 143 MB file, held as text twice that size). `rows` gives the records' text in order
 * (data-rows.ts keeps them between builds).
 */
export function* archiveJson(
	items: ExportedBrief[],
	taxonomies: Taxonomies,
	site: { url: string; license: { name: string; url: string } },
	rows: Iterable<string | Uint8Array> = items.map((item) => briefJsonRow(item, site.url, taxonomies)),
): Generator<string | Uint8Array> {
	const { head, tail } = archiveJsonFrame(items, taxonomies, site);
	yield head;
	if (!items.length) return;
	let first = true;
	for (const row of rows) {
		yield !first ? row : typeof row === 'string' ? row.slice(1) : row.subarray(1);
		first = false;
	}
	yield tail;
}

/** An empty cell means not reported; a min with an empty max means open-ended ("at least"). */
function boundsCells(prefix: string, bounds: Bounds | undefined): Record<string, number | string> {
	return { [`${prefix}_min`]: bounds?.min ?? '', [`${prefix}_max`]: bounds?.max ?? '' };
}

function csv(rows: Record<string, unknown>[], columns: string[], { header = true } = {}): string {
	// Cells that a spreadsheet would run as a formula get a leading apostrophe.
	return stringify(rows, { header, columns, escape_formulas: true, record_delimiter: '\n' });
}

const boundsColumns = (...prefixes: string[]) => prefixes.flatMap((p) => [`${p}_min`, `${p}_max`]);

export const briefsCsvColumns = [
	...['slug', 'url', 'title', 'date', 'updated', 'status', 'country', 'region', 'place', 'lat', 'lon'],
	...boundsColumns(...casualtyKeys, 'launched', 'intercepted'),
	'source_count',
	'tags',
	// Added after the first columns, so readers that go by position keep working.
	...['region_name', 'region_name_uk'],
];

export const munitionsCsvColumns = [
	...['slug', 'date', 'type', 'name', 'category'],
	...boundsColumns('launched'),
	'launched_sources',
	...boundsColumns('intercepted'),
	...['intercepted_sources', 'includes', 'counted'],
	'munition_name_uk',
];

/** briefs.csv's header line. */
export function briefsCsvHeader(): string {
	return csv([], briefsCsvColumns);
}

/** A brief's line of briefs.csv, with its totals. */
export function briefsCsvRow({ slug, brief, view }: Briefed, siteUrl: string, taxonomies: Taxonomies): string {
	const casualty = (key: CasualtyKey) => view.casualties.find((row) => row.key === key)?.figure;
	const region = brief.location.region === undefined ? undefined : taxonomies.regions.get(brief.location.region);
	const row = {
		slug,
		url: permalink(briefPath(slug), siteUrl),
		title: brief.title,
		date: brief.date,
		updated: brief.updated ?? '',
		status: brief.status,
		country: brief.location.country,
		region: brief.location.region ?? '',
		place: brief.location.place ?? '',
		lat: brief.location.coordinates?.lat ?? '',
		lon: brief.location.coordinates?.lon ?? '',
		...Object.assign({}, ...casualtyKeys.map((key) => boundsCells(key, casualty(key)))),
		...boundsCells('launched', view.launched),
		...boundsCells('intercepted', view.intercepted),
		source_count: brief.sources.length,
		tags: (brief.tags ?? []).join(';'),
		region_name: region?.name ?? '',
		region_name_uk: region?.names?.uk ?? '',
	};
	return csv([row], briefsCsvColumns, { header: false });
}

/** briefs.csv in pieces: its header, then `rows`, each brief's line in order (data-rows.ts keeps them between builds). */
export function* briefsCsvPieces(
	items: Briefed[],
	siteUrl: string,
	taxonomies: Taxonomies,
	rows: Iterable<string | Uint8Array> = items.map((item) => briefsCsvRow(item, siteUrl, taxonomies)),
): Generator<string | Uint8Array> {
	yield briefsCsvHeader();
	yield* rows;
}

/** One row per brief, with its totals. */
export function briefsCsv(items: Briefed[], siteUrl: string, taxonomies: Taxonomies): string {
	return [...briefsCsvPieces(items, siteUrl, taxonomies)].join('');
}

/** One row per brief and munition entry. */
export function munitionsCsv(items: Briefed[], taxonomies: Taxonomies): string {
	return csv(
		items.flatMap(({ slug, brief, view }) =>
			view.munitions.map((row) => ({
				slug,
				date: brief.date,
				type: row.type,
				name: row.name,
				category: row.category,
				...boundsCells('launched', row.launched),
				launched_sources: row.launched?.sources.join(';') ?? '',
				...boundsCells('intercepted', row.intercepted),
				intercepted_sources: row.intercepted?.sources.join(';') ?? '',
				includes: row.includes?.join(';') ?? '',
				counted: isCounted(row) ? 'yes' : 'no',
				munition_name_uk: taxonomies.munitions.get(row.type)?.names?.uk ?? '',
			})),
		),
		munitionsCsvColumns,
	);
}
