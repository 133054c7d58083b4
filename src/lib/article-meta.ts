import type { Brief } from './brief.ts';
import { lastUpdated } from './cite.ts';

/**
 * The <meta> tags that describe a brief page as an article to other software: Open Graph's
 * article times (link unfurlers), Highwire's citation_* and Dublin Core (reference managers such
 * as Zotero take title, date, publisher and address from them in one click).
 */

export interface ArticleMetaContext {
	/** The brief page's absolute address. */
	url: string;
	publisher: string;
	language: string;
	license: string;
	/** When the page last changed, when not when the brief did (a translation brought up to date since). */
	modified?: string;
}

export interface MetaTag {
	/** `property` for Open Graph, `name` for the rest, as each vocabulary asks. */
	attribute: 'name' | 'property';
	key: string;
	content: string;
}

/** The Dublin Core elements' namespace, linked as schema.DC so DC.* names are read as Dublin Core. */
export const dublinCoreSchema = 'http://purl.org/dc/elements/1.1/';

export function articleMeta(brief: Pick<Brief, 'title' | 'date' | 'updated' | 'summary' | 'tags'>, context: ArticleMetaContext): MetaTag[] {
	const modified = context.modified ?? lastUpdated(brief);
	const tags: [MetaTag['attribute'], string, string | undefined][] = [
		['property', 'article:published_time', brief.date],
		['property', 'article:modified_time', modified],
		['name', 'citation_title', brief.title],
		['name', 'citation_author', context.publisher],
		['name', 'citation_publisher', context.publisher],
		['name', 'citation_publication_date', brief.date.replaceAll('-', '/')],
		['name', 'citation_online_date', modified.replaceAll('-', '/')],
		['name', 'citation_language', context.language],
		['name', 'citation_abstract_html_url', context.url],
		['name', 'citation_fulltext_html_url', context.url],
		['name', 'DC.title', brief.title],
		['name', 'DC.creator', context.publisher],
		['name', 'DC.publisher', context.publisher],
		['name', 'DC.date', brief.date],
		['name', 'DC.description', brief.summary],
		['name', 'DC.identifier', context.url],
		['name', 'DC.type', 'Text'],
		['name', 'DC.format', 'text/html'],
		['name', 'DC.language', context.language],
		['name', 'DC.rights', context.license],
		...(brief.tags ?? []).map((tag): [MetaTag['attribute'], string, string] => ['name', 'DC.subject', tag]),
	];
	return tags.flatMap(([attribute, key, content]) => (content ? [{ attribute, key, content }] : []));
}
