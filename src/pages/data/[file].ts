import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive';
import { archiveJson, briefsCsv, munitionsCsv } from '../../lib/export';
import { site } from '../../site';

type Archive = Awaited<ReturnType<typeof getArchive>>;

const csv = 'text/csv; charset=utf-8';

/** The archive's data files, each made from every brief. */
const files: Record<string, { type: string; body: (archive: Archive) => string | Iterable<string>; key?: (archive: Archive) => string }> = {
	/** One row per brief, with its totals. */
	'briefs.csv': { type: csv, body: ({ briefs, taxonomies }) => briefsCsv(briefs, site.url, taxonomies) },
	/** One row per brief and munition entry: no title or summary, so a corrected title leaves it as it is. */
	'munitions.csv': { type: csv, body: ({ briefs, taxonomies }) => munitionsCsv(briefs, taxonomies), key: ({ counted }) => counted },
	/** Every brief as data, figures resolved as the pages show them. */
	'briefs.json': {
		type: 'application/json; charset=utf-8',
		body: ({ briefs, taxonomies }) => archiveJson(briefs, taxonomies, { url: site.url, license: site.contentLicense }),
	},
};

// The incremental build copies a file from the last build while what it holds (by default the whole
// archive as listings show it) and this code are unchanged.
export const getStaticPaths = (async () => {
	const archive = await getArchive();
	return Object.entries(files).map(([file, { key }]) => ({ params: { file }, cacheKey: key?.(archive) ?? archive.digest }));
}) satisfies GetStaticPaths;

/**
 * A file made in pieces, streamed as UTF-8 a few hundred pieces at a time: never joined into one
 * string, nor one buffer the Response would copy again (briefs.json is 143 MB at 50,000 briefs).
 */
function utf8(pieces: Iterable<string>): ReadableStream<Uint8Array> {
	const iterator = pieces[Symbol.iterator]();
	return new ReadableStream({
		pull(controller) {
			const batch: string[] = [];
			let next = iterator.next();
			for (; !next.done; next = iterator.next()) if (batch.push(next.value) >= 256) break;
			if (batch.length) controller.enqueue(Buffer.from(batch.join('')));
			if (next.done) controller.close();
		},
	});
}

export const GET: APIRoute = async ({ params }) => {
	const { type, body } = files[params.file!];
	const made = body(await getArchive());
	return new Response(typeof made === 'string' ? made : utf8(made), { headers: { 'Content-Type': type } });
};
