import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive';
import { archiveRecord, toJson } from '../../lib/export';
import { site } from '../../site';

/** Every brief as data, figures resolved as the pages show them. */
export const GET: APIRoute = async () => {
	const { briefs, taxonomies } = await getArchive();
	const record = archiveRecord(briefs, taxonomies, { url: site.url, license: site.contentLicense });
	return new Response(toJson(record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
