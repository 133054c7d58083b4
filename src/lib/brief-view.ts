import type { Brief, CasualtyKey } from './brief.ts';
import { casualtyKeys } from './brief.ts';
import {
	boundsText,
	interceptedShare,
	resolveFigure,
	shareText,
	type Bounds,
	type Figure,
	type ResolvedFigure,
} from './figure.ts';
import { en } from './i18n/en.ts';
import { useTranslations, type Locale } from './i18n/index.ts';
import { regionName } from './i18n/names.ts';
import type { MunitionCategory, Taxonomies } from './taxonomy.ts';

/** A brief's figures resolved for display: what every page, card and export shows. */

export interface ShownFigure extends ResolvedFigure {
	/** "15", "at least 2", "805–810". */
	text: string;
}

export interface CasualtyRow {
	key: CasualtyKey;
	label: string;
	figure: ShownFigure;
}

export interface MunitionRow {
	type: string;
	name: string;
	category: MunitionCategory;
	launched?: ShownFigure;
	intercepted?: ShownFigure;
	share?: string;
	/** A source's count over types listed in other rows: shown, not added again in totals. */
	includes?: string[];
	note?: string;
}

export interface BriefView {
	casualties: CasualtyRow[];
	munitions: MunitionRow[];
	/** Footnote number of each source id, 1-based in the order the brief lists them. */
	sourceNumbers: Map<string, number>;
	/** Launched and intercepted over every munition row that is not a combined count. */
	launched?: Bounds;
	intercepted?: Bounds;
}

/** English labels (exports, the checker); pages take theirs from the dictionary of their locale. */
export const casualtyLabels = Object.fromEntries(casualtyKeys.map((key) => [key, en[`casualty.${key}`]])) as Record<CasualtyKey, string>;

export function showFigure(figure: Figure, brief: Pick<Brief, 'sources'>): ShownFigure {
	const soleSource = brief.sources.length === 1 ? brief.sources[0].id : undefined;
	const resolved = resolveFigure(figure, soleSource);
	return { ...resolved, text: boundsText(resolved) };
}

/** Adds bounds; the sum is open-ended when any part is. */
export function addBounds(parts: Bounds[]): Bounds | undefined {
	if (parts.length === 0) return undefined;
	const min = parts.reduce((sum, b) => sum + b.min, 0);
	const open = parts.some((b) => b.max === undefined);
	return open ? { min } : { min, max: parts.reduce((sum, b) => sum + (b.max as number), 0) };
}

export function viewBrief(brief: Brief, taxonomies: Taxonomies): BriefView {
	const casualties = casualtyKeys.flatMap((key) => {
		const figure = brief.casualties?.[key];
		return figure === undefined ? [] : [{ key, label: casualtyLabels[key], figure: showFigure(figure, brief) }];
	});
	const munitions = (brief.munitions ?? []).map((entry): MunitionRow => {
		const type = taxonomies.munitions.get(entry.type);
		const launched = entry.launched === undefined ? undefined : showFigure(entry.launched, brief);
		const intercepted = entry.intercepted === undefined ? undefined : showFigure(entry.intercepted, brief);
		const share = launched && intercepted ? interceptedShare(intercepted, launched) : undefined;
		return {
			type: entry.type,
			name: type?.name ?? entry.type,
			category: type?.category ?? 'other',
			launched,
			intercepted,
			share: share && shareText(share),
			includes: entry.includes,
			note: entry.note,
		};
	});
	return {
		casualties,
		munitions,
		sourceNumbers: new Map(brief.sources.map((s, i) => [s.id, i + 1])),
		launched: munitionTotal(munitions, 'launched'),
		intercepted: munitionTotal(munitions, 'intercepted'),
	};
}

/** A munition row that counts in totals: not a source's combined count over other rows. */
export function isCounted(row: MunitionRow): boolean {
	return !row.includes?.length;
}

/** Launched or intercepted over the rows that count in totals; undefined when none reports it. */
export function munitionTotal(rows: MunitionRow[], key: 'launched' | 'intercepted'): Bounds | undefined {
	return addBounds(rows.filter(isCounted).flatMap((row) => row[key] ?? []));
}

/** "Pecherskyi district, Kyiv" plus the region where it differs from the place. */
export function locationText(location: Brief['location'], taxonomies: Taxonomies, locale: Locale = 'en'): string {
	return locationParts(location, taxonomies, locale)
		.map((part) => part.text)
		.join(', ');
}

/** The parts of `locationText`: the brief's own words (detail, place) apart from the names the site gives (region, country). */
export function locationParts(location: Brief['location'], taxonomies: Taxonomies, locale: Locale = 'en'): LocationPart[] {
	const region = location.region ? regionName(location.region, taxonomies, locale) : undefined;
	const parts: { text?: string; own?: LocationPart['own'] }[] = [
		{ text: location.detail, own: 'detail' },
		{ text: location.place, own: 'place' },
		{ text: region !== location.place ? region : undefined },
		{ text: location.country },
	];
	return parts.filter((part): part is LocationPart => Boolean(part.text));
}

/** A part of a location's text; `own` names the brief's field it comes from, absent for the names the site gives. */
export interface LocationPart {
	text: string;
	own?: 'detail' | 'place';
}

/** "2025-09-06 17:00 to 2025-09-07 09:30 (UTC+03:00)", in the offsets the brief gives. */
export function timeWindowText(time: NonNullable<Brief['time']>, locale: Locale = 'en'): string {
	const t = useTranslations(locale);
	const part = (iso: string) => {
		const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(iso);
		return m ? { day: m[1], clock: m[2], zone: m[3] === 'Z' ? 'UTC' : `UTC${m[3]}` } : { day: iso, clock: '', zone: '' };
	};
	const start = part(time.start);
	if (!time.end) return `${t('time.from', { start: `${start.day} ${start.clock}` })} (${start.zone})`;
	const end = part(time.end);
	const endText = end.day === start.day ? end.clock : `${end.day} ${end.clock}`;
	const zone = end.zone === start.zone ? ` (${start.zone})` : ` (${t('time.zones', { start: start.zone, end: end.zone })})`;
	return `${t('time.span', { start: `${start.day} ${start.clock}`, end: endText })}${zone}`;
}
