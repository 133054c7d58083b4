import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Brief } from '../lib/brief';
import { viewBrief, type BriefView } from '../lib/brief-view';
import { contentDir, readTaxonomies } from '../lib/content';
import type { Locale } from '../lib/i18n/locales';
import type { Taxonomies } from '../lib/taxonomy';
import { site } from '../site';

/** The archive as pages see it, read once per build. */
export interface ArchiveBrief {
	slug: string;
	brief: Brief;
	view: BriefView;
	entry: CollectionEntry<'briefs'>;
}

/** What a page in one language shows of a brief: its translation into that language, or else the original. */
export interface BriefInLocale {
	brief: Brief;
	view: BriefView;
	bodyDigest: string;
	/** The language the text is written in: the locale's when translated, else the original's. */
	lang: Locale;
	translated: boolean;
	stale: boolean;
}

/** Until translations are read (i18n-content's data layer), every page shows the original, in English. */
export function briefIn(item: ArchiveBrief, _locale: Locale): BriefInLocale {
	return { brief: item.brief, view: item.view, bodyDigest: String(item.entry.digest), lang: 'en', translated: false, stale: false };
}

interface Archive {
	briefs: ArchiveBrief[];
	taxonomies: Taxonomies;
	/** Digest of what every brief page shows besides its own brief: the taxonomies and the site settings. */
	sharedDigest: string;
}

let archive: Promise<Archive> | undefined;

async function readArchive(): Promise<Archive> {
	const { taxonomies } = readTaxonomies(contentDir());
	const sharedDigest = createHash('sha256')
		.update(JSON.stringify({ regions: [...taxonomies.regions], munitions: [...taxonomies.munitions], site }))
		.digest('hex');
	const entries = await getCollection('briefs');
	const briefs = entries
		.map((entry) => ({ slug: entry.id, brief: entry.data as Brief, view: viewBrief(entry.data as Brief, taxonomies), entry }))
		.sort((a, b) => b.brief.date.localeCompare(a.brief.date) || a.slug.localeCompare(b.slug));
	return { briefs, taxonomies, sharedDigest };
}

/** Every brief, newest first, with its figures resolved; computed once and shared by all pages. */
export function getArchive() {
	if (!archive || import.meta.env.DEV) archive = readArchive();
	return archive;
}

/**
 * What a brief's page is made from, for Astro's incremental build: its file (the entry digest covers
 * the text), where it lives (edit links), and the shared digest. A page whose key and code are as in
 * the last build is copied from it instead of rendered; nothing else on the page may vary.
 */
export function briefPageKey({ entry }: ArchiveBrief, sharedDigest: string, locale: Locale = 'en'): string {
	return `${locale}:${entry.digest}:${entry.filePath}:${sharedDigest}`;
}

export { briefPath as briefUrl } from '../lib/paths';
