import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { keptRows, type RowSource } from '../lib/data-rows';
import { sourceDigest } from '../lib/source-digest';
import { archiveJson, briefJsonRow, briefsCsvPieces, briefsCsvRow, munitionsCsv } from '../lib/export';
import { briefPageKey, getArchive } from './archive';
import { cacheDir, site } from '../site';

type Archive = Awaited<ReturnType<typeof getArchive>>;
type Piece = string | Uint8Array;

const csv = 'text/csv; charset=utf-8';
const rowsDir = join(cacheDir, 'data-rows');

/**
 * What else a kept row is made from: this module's code and all it imports (the sources, from the
 * project root as the build runs there), and the installed packages. The dev server keeps no store.
 */
const codeVersion = (() => {
	const entry = resolve('src/data/data-files.ts');
	return import.meta.env.DEV || !existsSync(entry) ? undefined : sourceDigest(entry, resolve('package-lock.json'));
})();

/** A file's rows, one a brief in the archive's order: kept from the last build where the brief is unchanged. */
function* rows(name: string, archive: Archive, row: (item: Archive['briefs'][number]) => string): Generator<Piece> {
	const sources: RowSource[] = archive.briefs.map((item) => ({ key: briefPageKey(item, archive.sharedDigest), row: () => row(item) }));
	if (codeVersion === undefined) return yield* sources.map((source) => source.row());
	yield* keptRows(rowsDir, name, codeVersion, sources);
}

/** The archive's data files, each made from every brief. */
export const dataFiles: Record<string, { type: string; body: (archive: Archive) => string | Iterable<Piece>; key?: (archive: Archive) => string }> = {
	/** One row per brief, with its totals. */
	'briefs.csv': {
		type: csv,
		body: (archive) => {
			const { briefs, taxonomies } = archive;
			return briefsCsvPieces(briefs, site.url, taxonomies, rows('briefs.csv', archive, (item) => briefsCsvRow(item, site.url, taxonomies)));
		},
	},
	/** One row per brief and munition entry: no title or summary, so a corrected title leaves it as it is. */
	'munitions.csv': { type: csv, body: ({ briefs, taxonomies }) => munitionsCsv(briefs, taxonomies), key: ({ counted }) => counted },
	/** Every brief as data, figures resolved as the pages show them. */
	'briefs.json': {
		type: 'application/json; charset=utf-8',
		body: (archive) => {
			const { briefs, taxonomies } = archive;
			const siteInfo = { url: site.url, license: site.contentLicense };
			return archiveJson(briefs, taxonomies, siteInfo, rows('briefs.json', archive, (item) => briefJsonRow(item, site.url, taxonomies)));
		},
	},
};
