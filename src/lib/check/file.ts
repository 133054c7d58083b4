import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { maxBriefBytes, sizeMessage } from './limits.ts';

/**
 * Reads a brief file as the checker must: a link is not followed, a file over the size limit is
 * refused from its size alone (a multi-gigabyte file is never read), and bytes that are not UTF-8
 * text are refused with the first place they occur, as the file's only problem.
 */

export type FileRead = { text: string } | { problem: { line: number; column: number; message: string } };

const at = (line: number, message: string) => ({ problem: { line, column: 1, message } });

export function linkMessage(name: string): string {
	return `${name} is a symbolic link, and links are not followed; put the file itself here`;
}

function readBytes(fd: number, size: number): Buffer {
	const bytes = Buffer.alloc(size);
	let read = 0;
	while (read < size) {
		const n = readSync(fd, bytes, read, size - read, read);
		if (n === 0) break;
		read += n;
	}
	return bytes.subarray(0, read);
}

/** The file opened without following a link (undefined for a link), so its size comes from what was opened. */
function openUnlinked(path: string): number | undefined {
	// Where the system has no O_NOFOLLOW, the link is looked for first.
	if (constants.O_NOFOLLOW === undefined) return lstatSync(path).isSymbolicLink() ? undefined : openSync(path, 'r');
	try {
		return openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ELOOP') return undefined;
		throw error;
	}
}

const lineOf = (bytes: Buffer, end: number) => bytes.subarray(0, end).reduce((n, byte) => (byte === 0x0a ? n + 1 : n), 1);

/** The first byte at which `bytes` stop being UTF-8, if any. */
function invalidUtf8At(bytes: Buffer): number | undefined {
	if (isUtf8(bytes)) return undefined;
	// Bisect to the first bad byte: a prefix decodes (as a stream) while it ends before it.
	const decodes = (end: number) => {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
			return true;
		} catch {
			return false;
		}
	};
	let [good, bad] = [0, bytes.length];
	while (bad - good > 1) {
		const mid = (good + bad) >> 1;
		if (decodes(mid)) good = mid;
		else bad = mid;
	}
	return bad - 1;
}

/** A brief file's text, or the one problem that keeps it from being read as a brief. */
export function readBriefFile(path: string, name: string, limit = maxBriefBytes): FileRead {
	const fd = openUnlinked(path);
	if (fd === undefined) return at(1, linkMessage(name));
	let bytes: Buffer;
	try {
		const { size } = fstatSync(fd);
		if (size > limit) return at(1, sizeMessage(size));
		bytes = readBytes(fd, size);
	} finally {
		closeSync(fd);
	}
	const nul = bytes.indexOf(0);
	if (nul !== -1) return at(lineOf(bytes, nul), 'this is a binary file (it holds a NUL byte), not a text brief; a brief is a UTF-8 text file');
	const invalid = invalidUtf8At(bytes);
	if (invalid !== undefined) {
		return at(lineOf(bytes, invalid), 'the file is not valid UTF-8 text from this line on; save it as UTF-8 in your editor');
	}
	return { text: bytes.toString('utf8') };
}
