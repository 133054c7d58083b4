import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Brief } from '../lib/brief';
import { briefData } from '../lib/brief-data';
import { viewBrief, type BriefView } from '../lib/brief-view';
import { contentDir, readTaxonomies } from '../lib/content';
import { countedDigest, listingDigest, type ListedBrief } from '../lib/listing-key';
import type { Locale } from '../lib/i18n/locales';
import type { Taxonomies } from '../lib/taxonomy';
import { briefLang, isStale, textIn, translateBrief, untranslated, type BriefText, type BriefTranslation, type StoredTranslation } from '../lib/translation';
import { site } from '../site';

/** A brief's translation into one language, as pages see it. */
export interface ArchiveTranslation {
	lang: Locale;
	/** The original with the translation's text: figures, dates, ids and URLs are the original's. */
	brief: Brief;
	view: BriefView;
	/** readBody(bodyDigest) gives the translation's rendered body. */
	bodyDigest: string;
	/** The original was updated after the translation was made. */
	stale: boolean;
	/** When the translation was made, YYYY-MM-DD. */
	translated?: string;
	/** The translation's own text, as its file gives it (brief holds the original's text where it gives none). */
	translation: BriefTranslation;
	/** Where `brief` still holds the original's words (see untranslated()): mark them with the original's lang. */
	untranslated: string[];
	/** Relative to the project root, for edit links. */
	filePath: string;
	/** Changes whenever the translation's file does: for page cacheKeys. */
	digest: string;
}

/** The archive as pages see it, read once per build. */
export interface ArchiveBrief {
	slug: string;
	brief: Brief;
	view: BriefView;
	entry: CollectionEntry<'briefs'>;
	/** The language the brief is written in. */
	lang: Locale;
	translations: Partial<Record<Locale, ArchiveTranslation>>;
}

/** What a page in one language shows of a brief: its translation into that language, or else the original. */
export type BriefInLocale = BriefText<BriefView>;

export function briefIn(item: ArchiveBrief, locale: Locale): BriefInLocale {
	const original = { brief: item.brief, view: item.view, bodyDigest: String(item.entry.digest), lang: item.lang };
	return textIn(original, item.translations, locale);
}

interface Archive {
	briefs: ArchiveBrief[];
	taxonomies: Taxonomies;
	/** Digest of what every brief page shows besides its own brief: the taxonomies and the site settings. */
	sharedDigest: string;
	/** Digest of the whole archive as listings show it: for the keys of pages that show every brief. */
	digest: string;
	/** Digest of what pages count across the archive, without the briefs' titles and summaries (listing-key.ts). */
	counted: string;
}

let archive: Promise<Archive> | undefined;

function textOf({ filePath: _, digest: __, ...translation }: StoredTranslation): BriefTranslation {
	return translation;
}

/** A brief of the archive: its entry in Astro's store (id, file, digest) with its data, which the loader keeps beside the store. */
function archiveBrief(entry: CollectionEntry<'briefs'>, taxonomies: Taxonomies): ArchiveBrief {
	const { brief, translations: kept } = briefData(entry.id);
	const translations: ArchiveBrief['translations'] = {};
	for (const stored of kept) {
		const translated = translateBrief(brief, stored);
		translations[stored.lang] = {
			lang: stored.lang,
			brief: translated,
			view: viewBrief(translated, taxonomies),
			bodyDigest: stored.digest,
			stale: isStale(brief, stored),
			translated: stored.translated,
			translation: textOf(stored),
			untranslated: untranslated(brief, stored),
			filePath: stored.filePath,
			digest: stored.digest,
		};
	}
	return { slug: entry.id, brief, view: viewBrief(brief, taxonomies), entry, lang: briefLang(brief), translations };
}

async function readArchive(): Promise<Archive> {
	const { taxonomies } = readTaxonomies(contentDir());
	const sharedDigest = createHash('sha256')
		.update(JSON.stringify({ regions: [...taxonomies.regions], munitions: [...taxonomies.munitions], site }))
		.digest('hex');
	const entries = await getCollection('briefs');
	const briefs = entries
		.map((entry) => archiveBrief(entry, taxonomies))
		.sort((a, b) => b.brief.date.localeCompare(a.brief.date) || a.slug.localeCompare(b.slug));
	return { briefs, taxonomies, sharedDigest, digest: listingDigest(briefs.map(listedBrief), sharedDigest), counted: countedDigest(briefs, sharedDigest) };
}

/** Every brief, newest first, with its figures resolved; computed once and shared by all pages. */
export function getArchive() {
	if (!archive || import.meta.env.DEV) archive = readArchive();
	return archive;
}

/** What a listing shows of a brief, for listing page keys (src/lib/listing-key.ts). */
export function listedBrief(item: ArchiveBrief): ListedBrief {
	return { slug: item.slug, digest: String(item.entry.digest), translations: translationsDigest(item) };
}

/** Changes when any translation of the brief is added, changed or removed. */
export function translationsDigest(item: ArchiveBrief): string {
	return Object.values(item.translations)
		.map((t) => `${t.lang}=${t.digest}`)
		.sort()
		.join(',');
}

/**
 * What a brief's page is made from, for Astro's incremental build: its file (the entry digest covers
 * the text), its translations (each page links to the others, and a translated page shows its text),
 * where it lives (edit links), and the shared digest. A page whose key and code are as in the last
 * build is copied from it instead of rendered; nothing else on the page may vary. `locale` keeps the
 * keys of one brief's pages in different languages apart.
 */
export function briefPageKey(item: ArchiveBrief, sharedDigest: string, locale?: Locale): string {
	const { entry } = item;
	return [entry.digest, entry.filePath, translationsDigest(item), sharedDigest, ...(locale ? [locale] : [])].join(':');
}

export { briefPath as briefUrl } from '../lib/paths';
