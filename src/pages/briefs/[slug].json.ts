import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type ArchiveBrief } from '../../data/archive';
import { briefRecord, toJson } from '../../lib/export';
import { site } from '../../site';

export const getStaticPaths = (async () => {
	const { briefs } = await getArchive();
	return briefs.map((item) => ({ params: { slug: item.slug }, props: { item } }));
}) satisfies GetStaticPaths;

/** One brief as data, with the license it is published under. */
export const GET: APIRoute<{ item: ArchiveBrief }> = ({ props }) => {
	const record = { license: site.contentLicense, ...briefRecord(props.item, site.url) };
	return new Response(toJson(record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
