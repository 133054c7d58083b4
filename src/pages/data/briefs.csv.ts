import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive';
import { briefsCsv } from '../../lib/export';
import { site } from '../../site';

/** One row per brief, with its totals. */
export const GET: APIRoute = async () => {
	const { briefs, taxonomies } = await getArchive();
	return new Response(briefsCsv(briefs, site.url, taxonomies), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
