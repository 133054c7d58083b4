import { inflateSync } from 'node:zlib';

/**
 * WOFF (1.0) to the plain sfnt (TrueType/OpenType) it wraps: HarfBuzz reads only sfnt, and
 * @fontsource ships WOFF and WOFF2. Each table is zlib-compressed on its own unless that did not
 * make it smaller; the sfnt is the same tables, inflated, behind a fresh table directory.
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
	const data = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (data.length < 44 || data.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF font (its first bytes are not "wOFF")');
	const flavor = data.readUInt32BE(4);
	const count = data.readUInt16BE(12);
	const tables = Array.from({ length: count }, (_, i) => {
		const entry = 44 + i * 20;
		const [tag, offset, compressed, length, checksum] = [0, 4, 8, 12, 16].map((at) => data.readUInt32BE(entry + at));
		const stored = data.subarray(offset, offset + compressed);
		const bytes = compressed < length ? inflateSync(stored) : stored;
		if (bytes.length !== length) throw new Error(`WOFF table ${i} inflates to ${bytes.length} bytes, not ${length}`);
		return { tag, checksum, bytes };
	});
	const padded = (n: number) => (n + 3) & ~3;
	const out = Buffer.alloc(12 + 16 * count + tables.reduce((sum, t) => sum + padded(t.bytes.length), 0));
	const power = 2 ** Math.floor(Math.log2(count));
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(count, 4);
	out.writeUInt16BE(power * 16, 6);
	out.writeUInt16BE(Math.log2(power), 8);
	out.writeUInt16BE(count * 16 - power * 16, 10);
	let offset = 12 + 16 * count;
	tables.forEach((table, i) => {
		const record = 12 + i * 16;
		out.writeUInt32BE(table.tag, record);
		out.writeUInt32BE(table.checksum, record + 4);
		out.writeUInt32BE(offset, record + 8);
		out.writeUInt32BE(table.bytes.length, record + 12);
		out.set(table.bytes, offset);
		offset += padded(table.bytes.length);
	});
	return out;
}
