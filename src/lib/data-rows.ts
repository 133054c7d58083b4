import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A data file's rows (a brief's record in briefs.json, its line in briefs.csv), kept between builds
 * as the bytes last written. A build makes only the rows whose key changed and copies the rest from
 * the last build's store, so correcting one brief at 50,000 makes one record, not 50,000 (143 MB of
 * text made and collected in the page build's heap). The store is one file of rows, one after
 * another, and an index of their keys and lengths; `version` is what else the rows are made from
 * (the code), and a store of another version is not used.
 */

export interface RowSource {
	/** What the row is made from: the same key gives the same bytes. */
	key: string;
	row: () => string;
}

interface StoreIndex {
	version: string;
	/** How many of the rows the build that wrote the store made; the others it kept. */
	made: number;
	keys: string[];
	lengths: number[];
}

/** Up to this many bytes go out in one piece: rows read or made are gathered into pieces this large. */
const pieceBytes = 1 << 20;

function readIndex(path: string, version: string): StoreIndex | undefined {
	try {
		const index = JSON.parse(readFileSync(path, 'utf8')) as StoreIndex;
		return index.version === version && index.keys.length === index.lengths.length ? index : undefined;
	} catch {
		return undefined;
	}
}

/** The last build's rows by key: where each starts in its file and how long it is. */
function lastRows(rowsPath: string, index: StoreIndex | undefined) {
	const at = new Map<string, { offset: number; length: number }>();
	if (!index || !existsSync(rowsPath)) return { at, fd: undefined };
	const fd = openSync(rowsPath, 'r');
	// A store cut short (a full disk) is not read at all.
	if (fstatSync(fd).size !== index.lengths.reduce((a, b) => a + b, 0)) {
		closeSync(fd);
		return { at, fd: undefined };
	}
	let offset = 0;
	for (const [i, key] of index.keys.entries()) {
		at.set(key, { offset, length: index.lengths[i] });
		offset += index.lengths[i];
	}
	return { at, fd };
}

/**
 * Each row's bytes in order, in pieces of up to about 1 MB: a kept row read from the store, another
 * made. The store is replaced by this build's rows once the last piece has been taken; a build that
 * stops before leaves the last one as it was. Returns how many rows were made and how many kept.
 */
export function* keptRows(dir: string, name: string, version: string, sources: Iterable<RowSource>): Generator<Buffer, { made: number; kept: number }> {
	mkdirSync(dir, { recursive: true });
	const [rowsPath, indexPath] = [join(dir, `${name}.rows`), join(dir, `${name}.index.json`)];
	const last = lastRows(rowsPath, readIndex(indexPath, version));
	// Written beside the store under this process's name, then renamed over it.
	const [nextRows, nextIndex] = [`${rowsPath}.${process.pid}.next`, `${indexPath}.${process.pid}.next`];
	const next = openSync(nextRows, 'w');
	const index: Omit<StoreIndex, 'made'> = { version, keys: [], lengths: [] };
	let piece: Buffer[] = [];
	let pieceLength = 0;
	// Kept rows that follow one another in the store are read in one go.
	let run: { offset: number; length: number } | undefined;
	let made = 0;
	let stored = false;
	const readRun = () => {
		if (!run) return;
		const bytes = Buffer.allocUnsafe(run.length);
		let read = 0;
		while (read < run.length) read += readSync(last.fd!, bytes, read, run.length - read, run.offset + read);
		piece.push(bytes);
		pieceLength += run.length;
		run = undefined;
	};
	const takePiece = () => {
		readRun();
		const out = piece.length === 1 ? piece[0] : Buffer.concat(piece, pieceLength);
		writeSync(next, out);
		piece = [];
		pieceLength = 0;
		return out;
	};
	try {
		for (const source of sources) {
			const kept = last.at.get(source.key);
			let length: number;
			if (kept) {
				if (run && run.offset + run.length === kept.offset) run.length += kept.length;
				else {
					readRun();
					run = { ...kept };
				}
				length = kept.length;
			} else {
				readRun();
				const bytes = Buffer.from(source.row());
				made++;
				piece.push(bytes);
				pieceLength += bytes.length;
				length = bytes.length;
			}
			index.keys.push(source.key);
			index.lengths.push(length);
			if (pieceLength + (run?.length ?? 0) >= pieceBytes) yield takePiece();
		}
		if (pieceLength || run) yield takePiece();
		closeSync(next);
		stored = true;
		// The index goes first: rows without an index are never read, an index with others' rows could be.
		rmSync(indexPath, { force: true });
		renameSync(nextRows, rowsPath);
		writeFileSync(nextIndex, JSON.stringify({ ...index, made } satisfies StoreIndex));
		renameSync(nextIndex, indexPath);
		return { made, kept: index.keys.length - made };
	} finally {
		if (last.fd !== undefined) closeSync(last.fd);
		if (!stored) {
			closeSync(next);
			rmSync(nextRows, { force: true });
		}
	}
}
