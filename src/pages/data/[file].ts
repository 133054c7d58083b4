import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive';
import { archiveRecord, briefsCsv, munitionsCsv, toJson } from '../../lib/export';
import { site } from '../../site';

type Archive = Awaited<ReturnType<typeof getArchive>>;

const csv = 'text/csv; charset=utf-8';

/** The archive's data files: each is made from every brief, so each is keyed on the whole archive. */
const files: Record<string, { type: string; body: (archive: Archive) => string }> = {
	/** One row per brief, with its totals. */
	'briefs.csv': { type: csv, body: ({ briefs, taxonomies }) => briefsCsv(briefs, site.url, taxonomies) },
	/** One row per brief and munition entry. */
	'munitions.csv': { type: csv, body: ({ briefs, taxonomies }) => munitionsCsv(briefs, taxonomies) },
	/** Every brief as data, figures resolved as the pages show them. */
	'briefs.json': {
		type: 'application/json; charset=utf-8',
		body: ({ briefs, taxonomies }) => toJson(archiveRecord(briefs, taxonomies, { url: site.url, license: site.contentLicense })),
	},
};

// The incremental build copies a file from the last build while the archive and this code are unchanged.
export const getStaticPaths = (async () => {
	const { digest } = await getArchive();
	return Object.keys(files).map((file) => ({ params: { file }, cacheKey: digest }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { type, body } = files[params.file!];
	return new Response(body(await getArchive()), { headers: { 'Content-Type': type } });
};
