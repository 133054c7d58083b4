import type { APIRoute, GetStaticPaths } from 'astro';
import { briefPageKey, getArchive, type ArchiveBrief } from '../../data/archive';
import { briefRecord, toJson } from '../../lib/export';
import { site } from '../../site';

export const getStaticPaths = (async () => {
	const { briefs, sharedDigest } = await getArchive();
	return briefs.map((item) => ({ params: { slug: item.slug }, props: { item }, cacheKey: briefPageKey(item, sharedDigest) }));
}) satisfies GetStaticPaths;

/** One brief as data, with the license it is published under. */
export const GET: APIRoute<{ item: ArchiveBrief }> = ({ props }) => {
	const record = { license: site.contentLicense, ...briefRecord(props.item, site.url) };
	return new Response(toJson(record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
