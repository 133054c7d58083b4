import { stringify } from 'csv-stringify/sync';
import { casualtyKeys, type CasualtyKey, type Source } from './brief';
import { isCounted, type ShownFigure } from './brief-view';
import { lastUpdated } from './cite';
import type { Bounds } from './figure';
import { briefPath, permalink } from './paths';
import type { Briefed } from './stats';
import type { Region } from './taxonomy';

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
	category: string;
	launched?: FigureRecord;
	intercepted?: FigureRecord;
	/** A source's combined count over these types, listed in other entries: not added to totals. */
	includes?: string[];
	note?: string;
}

export interface BriefRecord {
	slug: string;
	url: string;
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
}

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

export function briefRecord({ slug, brief, view }: Briefed, siteUrl: string): BriefRecord {
	const { country, region, place, detail, coordinates } = brief.location;
	return {
		slug,
		url: permalink(briefPath(slug), siteUrl),
		title: brief.title,
		date: brief.date,
		...(brief.updated ? { updated: brief.updated } : {}),
		summary: brief.summary,
		status: brief.status,
		location: { country, region, place, detail, coordinates },
		casualties: Object.fromEntries(view.casualties.map((row) => [row.key, figureRecord(row.figure)])),
		munitions: view.munitions.map((row) => ({
			type: row.type,
			name: row.name,
			category: row.category,
			...(row.launched ? { launched: figureRecord(row.launched) } : {}),
			...(row.intercepted ? { intercepted: figureRecord(row.intercepted) } : {}),
			...(row.includes?.length ? { includes: row.includes } : {}),
			...(row.note ? { note: row.note } : {}),
		})),
		totals: {
			...(view.launched ? { launched: boundsRecord(view.launched) } : {}),
			...(view.intercepted ? { intercepted: boundsRecord(view.intercepted) } : {}),
		},
		...(brief.targets ? { targets: brief.targets } : {}),
		sources: brief.sources,
		tags: brief.tags ?? [],
	};
}

/** The newest date a brief was published or revised: the archive's own date, never the build clock. */
export function generatedDate(items: Briefed[]): string | null {
	const dates = items.map(({ brief }) => lastUpdated(brief));
	return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

export function archiveRecord(items: Briefed[], regions: Region[], site: { url: string; license: { name: string; url: string } }) {
	return {
		generated: generatedDate(items),
		license: site.license,
		regions: regions.map(({ id, name, country }) => ({ id, name, country })),
		briefs: items.map((item) => briefRecord(item, site.url)),
	};
}

export function toJson(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

/** An empty cell means not reported; a min with an empty max means open-ended ("at least"). */
function boundsCells(prefix: string, bounds: Bounds | undefined): Record<string, number | string> {
	return { [`${prefix}_min`]: bounds?.min ?? '', [`${prefix}_max`]: bounds?.max ?? '' };
}

function csv(rows: Record<string, unknown>[], columns: string[]): string {
	// Cells that a spreadsheet would run as a formula get a leading apostrophe.
	return stringify(rows, { header: true, columns, escape_formulas: true, record_delimiter: '\n' });
}

const boundsColumns = (...prefixes: string[]) => prefixes.flatMap((p) => [`${p}_min`, `${p}_max`]);

export const briefsCsvColumns = [
	...['slug', 'url', 'title', 'date', 'updated', 'status', 'country', 'region', 'place', 'lat', 'lon'],
	...boundsColumns(...casualtyKeys, 'launched', 'intercepted'),
	'source_count',
	'tags',
];

export const munitionsCsvColumns = [
	...['slug', 'date', 'type', 'name', 'category'],
	...boundsColumns('launched'),
	'launched_sources',
	...boundsColumns('intercepted'),
	...['intercepted_sources', 'includes', 'counted'],
];

/** One row per brief, with its totals. */
export function briefsCsv(items: Briefed[], siteUrl: string): string {
	return csv(
		items.map(({ slug, brief, view }) => {
			const casualty = (key: CasualtyKey) => view.casualties.find((row) => row.key === key)?.figure;
			return {
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
			};
		}),
		briefsCsvColumns,
	);
}

/** One row per brief and munition entry. */
export function munitionsCsv(items: Briefed[]): string {
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
			})),
		),
		munitionsCsvColumns,
	);
}
