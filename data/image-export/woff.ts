/**
 * WOFF 1.0 font files unwrapped into the plain sfnt (TrueType/OpenType) they carry, with Node's own zlib:
 * resvg reads only sfnt files, and fontkit measures an sfnt without decoding WOFF2 in JavaScript (its
 * Brotli and glyph-table decoding was most of a first export's layout time). The WOFF and WOFF2 files of
 * each @fontsource subset hold the same font.
 */
import zlib from 'node:zlib';

/** WOFF 1.0 to the sfnt (TrueType/OpenType) file it wraps: each table inflated where it was compressed. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = woff.readUInt32BE(at);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag, checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? zlib.inflateSync(raw) : Buffer.from(raw) });
  }
  return sfnt(flavor, tables);
}

export function sfnt(flavor: number, tables: { tag: number; checksum: number; data: Buffer }[]): Buffer {
  tables.sort((a, b) => a.tag - b.tag);
  const n = tables.length;
  const pow = 2 ** Math.floor(Math.log2(n));
  const head = Buffer.alloc(12 + 16 * n);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(n, 4);
  head.writeUInt16BE(pow * 16, 6);
  head.writeUInt16BE(Math.log2(pow), 8);
  head.writeUInt16BE(n * 16 - pow * 16, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    head.writeUInt32BE(t.tag, at);
    head.writeUInt32BE(t.checksum >>> 0, at + 4);
    head.writeUInt32BE(offset, at + 8);
    head.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}
