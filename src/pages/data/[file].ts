import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../data/archive';
import { dataFiles } from '../../data/data-files';

// The incremental build copies a file from the last build while what it holds (by default the whole
// archive as listings show it) and this code are unchanged.
export const getStaticPaths = (async () => {
	const archive = await getArchive();
	return Object.entries(dataFiles).map(([file, { key }]) => ({ params: { file }, cacheKey: key?.(archive) ?? archive.digest }));
}) satisfies GetStaticPaths;

/**
 * A file made in pieces, streamed as UTF-8 a few hundred pieces at a time (rows kept from the last
 * build come as bytes already): never joined into one string, nor one buffer the Response would copy
 * again (briefs.json is 143 MB at 50,000 briefs).
 */
function utf8(pieces: Iterable<string | Uint8Array>): ReadableStream<Uint8Array> {
	const iterator = pieces[Symbol.iterator]();
	return new ReadableStream({
		pull(controller) {
			const batch: string[] = [];
			let next = iterator.next();
			for (; !next.done; next = iterator.next()) {
				if (typeof next.value !== 'string') break;
				if (batch.push(next.value) >= 256) break;
			}
			if (batch.length) controller.enqueue(Buffer.from(batch.join('')));
			if (!next.done && typeof next.value !== 'string') controller.enqueue(next.value);
			if (next.done) controller.close();
		},
	});
}

export const GET: APIRoute = async ({ params }) => {
	const { type, body } = dataFiles[params.file!];
	const made = body(await getArchive());
	return new Response(typeof made === 'string' ? made : utf8(made), { headers: { 'Content-Type': type } });
};
