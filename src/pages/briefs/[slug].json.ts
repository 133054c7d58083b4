import type { APIRoute, GetStaticPaths } from 'astro';
import { briefPageKey, getArchive, type ArchiveBrief } from '../../data/archive';
import { briefRecord, toJson } from '../../lib/export';
import type { Taxonomies } from '../../lib/taxonomy';
import { site } from '../../site';

export const getStaticPaths = (async () => {
	const { briefs, sharedDigest, taxonomies } = await getArchive();
	return briefs.map((item) => ({ params: { slug: item.slug }, props: { item, taxonomies }, cacheKey: briefPageKey(item, sharedDigest) }));
}) satisfies GetStaticPaths;

/** One brief as data, with the license it is published under. */
export const GET: APIRoute<{ item: ArchiveBrief; taxonomies: Taxonomies }> = ({ props }) => {
	const record = { license: site.contentLicense, ...briefRecord(props.item, site.url, props.taxonomies) };
	return new Response(toJson(record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
