import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive';
import { munitionsCsv } from '../../lib/export';

/** One row per brief and munition entry. */
export const GET: APIRoute = async () => {
	const { briefs, taxonomies } = await getArchive();
	return new Response(munitionsCsv(briefs, taxonomies), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
