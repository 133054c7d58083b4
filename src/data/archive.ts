import { getCollection, type CollectionEntry } from 'astro:content';
import type { Brief } from '../lib/brief';
import { viewBrief, type BriefView } from '../lib/brief-view';
import { contentDir, readTaxonomies } from '../lib/content';
import type { Taxonomies } from '../lib/taxonomy';

/** The archive as pages see it, read once per build. */
export interface ArchiveBrief {
	slug: string;
	brief: Brief;
	view: BriefView;
	entry: CollectionEntry<'briefs'>;
}

let archive: Promise<{ briefs: ArchiveBrief[]; taxonomies: Taxonomies }> | undefined;

async function readArchive() {
	const { taxonomies } = readTaxonomies(contentDir());
	const entries = await getCollection('briefs');
	const briefs = entries
		.map((entry) => ({ slug: entry.id, brief: entry.data as Brief, view: viewBrief(entry.data as Brief, taxonomies), entry }))
		.sort((a, b) => b.brief.date.localeCompare(a.brief.date) || a.slug.localeCompare(b.slug));
	return { briefs, taxonomies };
}

/** Every brief, newest first, with its figures resolved; computed once and shared by all pages. */
export function getArchive() {
	if (!archive || import.meta.env.DEV) archive = readArchive();
	return archive;
}

export { briefPath as briefUrl } from '../lib/paths';
