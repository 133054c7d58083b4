import { z } from 'astro/zod';
import { dateSchema, figuresOf, type Brief } from './brief.ts';
import type { Figure } from './figure.ts';
import { defaultLocale, type Locale } from './i18n/locales.ts';

/**
 * A translation of a brief: content/briefs/<slug>.<lang>.mdx beside the original. It holds only the
 * text a reader sees; every figure, date, source id and URL comes from the original, so a
 * translation cannot state another number.
 */

export const translationSchema = z.strictObject({
	title: z.string().min(1).max(140).describe("The brief's headline in this language, at most 140 characters."),
	summary: z.string().min(1).max(300).describe('The summary in this language, at most 300 characters.'),
	translated: dateSchema.describe('Date the translation was made or last brought up to date with the original, YYYY-MM-DD.'),
	targets: z.array(z.string().min(1)).optional().describe("The original's targets in this language, in the same order."),
	location: z
		.strictObject({
			place: z.string().min(1).optional().describe('The settlement, as written in this language.'),
			detail: z.string().min(1).optional().describe('The district, street or site, in this language.'),
		})
		.optional()
		.describe('Place names in this language; the country, region and coordinates come from the original.'),
	notes: z
		.record(z.string(), z.string().min(1))
		.optional()
		.describe('The notes of the original in this language, each keyed by what it is a note on: casualties.killed, munitions.<type>.launched, munitions.<type>, sources.<id>.'),
});

export interface BriefTranslation {
	lang: Locale;
	title: string;
	summary: string;
	/** YYYY-MM-DD; the translation is stale when the original was updated later. */
	translated?: string;
	targets?: string[];
	location?: { place?: string; detail?: string };
	/** Notes by note key (see noteKeys). */
	notes?: Record<string, string>;
}

/** The language a brief is written in. */
export function briefLang(brief: Pick<Brief, 'lang'>): Locale {
	return brief.lang ?? defaultLocale;
}

const translationName = /^(.+)\.([^.]+)\.mdx$/;

/** `2025-09-07-kyiv.uk.mdx` -> { slug: '2025-09-07-kyiv', lang: 'uk' }; undefined for a brief's own file name. */
export function translationFileName(name: string): { slug: string; lang: string } | undefined {
	const match = translationName.exec(name);
	return match ? { slug: match[1], lang: match[2] } : undefined;
}

/** One note a translation may give: where it is in the original, and the original's text there. */
export interface NoteTarget {
	key: string;
	/** The field path of the note in the original's frontmatter, for messages and the scaffold. */
	path: (string | number)[];
	/** The original's note; undefined when the original has none there (so a translation may give none). */
	text?: string;
}

function figureNotes(key: string, path: (string | number)[], figure: Figure): NoteTarget[] {
	if (typeof figure === 'number') return [];
	const own: NoteTarget = { key, path: [...path, 'note'], text: figure.note };
	if (!('claims' in figure)) return [own];
	return [own, ...figure.claims.map((claim, i) => ({ key: `${key}.claims[${i}]`, path: [...path, 'claims', i, 'note'], text: claim.note }))];
}

/**
 * Every place of the original that holds a note, keyed the way a translation's `notes` names it:
 * `casualties.killed`, `casualties.killed.claims[0]` (a claim of a disputed figure),
 * `munitions.<type>` (the entry's note), `munitions.<type>.launched`, `sources.<id>`, `corrections[0]`.
 * Munition entries and sources go by id, not position, so reordering the original keeps the keys.
 */
export function noteKeys(brief: Brief): NoteTarget[] {
	const found: NoteTarget[] = [];
	for (const { path, figure } of figuresOf({ casualties: brief.casualties })) found.push(...figureNotes(path.join('.'), path, figure));
	(brief.munitions ?? []).forEach((entry, i) => {
		found.push({ key: `munitions.${entry.type}`, path: ['munitions', i, 'note'], text: entry.note });
		for (const figure of ['launched', 'intercepted'] as const) {
			const value = entry[figure];
			if (value !== undefined) found.push(...figureNotes(`munitions.${entry.type}.${figure}`, ['munitions', i, figure], value));
		}
	});
	brief.sources.forEach((source, i) => found.push({ key: `sources.${source.id}`, path: ['sources', i, 'note'], text: source.note }));
	(brief.corrections ?? []).forEach((correction, i) => found.push({ key: `corrections[${i}]`, path: ['corrections', i, 'note'], text: correction.note }));
	return found;
}

/** The value with its note in the translation's words, where both the original and the translation give one. */
function withNote<T extends { note?: string }>(value: T, note: string | undefined): T {
	return value.note === undefined || note === undefined ? value : { ...value, note };
}

function translateFigure(figure: Figure, key: string, notes: Record<string, string>): Figure {
	if (typeof figure === 'number') return figure;
	const own = withNote(figure, notes[key]);
	if (!('claims' in own)) return own;
	return { ...own, claims: own.claims.map((claim, i) => withNote(claim, notes[`${key}.claims[${i}]`])) };
}

/**
 * The original as its translation reads: every text a reader sees replaced by the translation's where
 * it gives one. Figures, dates, ids and URLs are the original's, untouched.
 */
export function translateBrief(original: Brief, translation: BriefTranslation): Brief {
	const notes = translation.notes ?? {};
	const casualties = original.casualties && Object.fromEntries(
		Object.entries(original.casualties).map(([key, figure]) => [key, figure === undefined ? figure : translateFigure(figure, `casualties.${key}`, notes)]),
	);
	return {
		...original,
		lang: translation.lang,
		title: translation.title,
		summary: translation.summary,
		location: {
			...original.location,
			...(original.location.place !== undefined && translation.location?.place ? { place: translation.location.place } : {}),
			...(original.location.detail !== undefined && translation.location?.detail ? { detail: translation.location.detail } : {}),
		},
		...(casualties ? { casualties } : {}),
		...(original.munitions
			? {
					munitions: original.munitions.map((entry) => {
						const key = `munitions.${entry.type}`;
						const translated = withNote(entry, notes[key]);
						for (const figure of ['launched', 'intercepted'] as const) {
							const value = entry[figure];
							if (value !== undefined) translated[figure] = translateFigure(value, `${key}.${figure}`, notes);
						}
						return translated;
					}),
				}
			: {}),
		...(original.targets ? { targets: original.targets.map((target, i) => translation.targets?.[i] ?? target) } : {}),
		sources: original.sources.map((source) => withNote(source, notes[`sources.${source.id}`])),
		...(original.corrections
			? { corrections: original.corrections.map((correction, i) => withNote(correction, notes[`corrections[${i}]`])) }
			: {}),
	};
}

/**
 * Where the translated brief still shows the original's words, because the translation gives none:
 * note keys, `targets[1]`, `location.place`, `location.detail`. A page marks those with the original's lang.
 */
export function untranslated(original: Brief, translation: Pick<BriefTranslation, 'notes' | 'targets' | 'location'>): string[] {
	const notes = noteKeys(original).filter((note) => note.text !== undefined && translation.notes?.[note.key] === undefined).map((note) => note.key);
	const targets = (original.targets ?? []).flatMap((_, i) => (translation.targets?.[i] === undefined ? [`targets[${i}]`] : []));
	const location = (['place', 'detail'] as const).filter((key) => original.location[key] !== undefined && !translation.location?.[key]).map((key) => `location.${key}`);
	return [...location, ...targets, ...notes];
}

/** The original was updated after the translation was made, so the translation may no longer say what it says. */
export function isStale(original: Pick<Brief, 'updated'>, translation: Pick<BriefTranslation, 'translated'>): boolean {
	if (original.updated === undefined) return false;
	return translation.translated === undefined || original.updated > translation.translated;
}

/** A translation as the loader stores it on its brief's entry. */
export interface StoredTranslation extends BriefTranslation {
	/** Relative to the project root, for edit links. */
	filePath: string;
	/** Digest of the file's text; its rendered body is stored under it. */
	digest: string;
}

/** A brief's text in one language, with what the page needs to say about it. */
export interface BriefText<View> {
	brief: Brief;
	view: View;
	bodyDigest: string;
	/** The language the text is written in. */
	lang: Locale;
	/** The text is a translation (false for the original, in the original's language or not). */
	translated: boolean;
	stale: boolean;
}

/** What a page in `locale` shows: the translation into it if there is one, else the original in its own language. */
export function textIn<View>(
	original: Omit<BriefText<View>, 'translated' | 'stale'>,
	translations: Partial<Record<Locale, Omit<BriefText<View>, 'translated'>>>,
	locale: Locale,
): BriefText<View> {
	const translation = original.lang === locale ? undefined : translations[locale];
	if (!translation) return { ...original, translated: false, stale: false };
	const { brief, view, bodyDigest, lang, stale } = translation;
	return { brief, view, bodyDigest, lang, translated: true, stale };
}
