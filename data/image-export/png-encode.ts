/**
 * RGBA pixels to a PNG file, quickly: rows unfiltered, deflated at zlib's fastest level by Node's own zlib.
 * resvg's own encoder (asPng) compresses harder and took as long as drawing a 4 000 px chart; a chart is
 * mostly flat colour, so the fastest level still makes a small file.
 */
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let table: Uint32Array | null = null;
/** CRC-32 as PNG wants it: Node's (20.15 and later), else by table. */
function crc32(data: Buffer): number {
  const native = (zlib as { crc32?: (d: Buffer) => number }).crc32;
  if (native) return native(data) >>> 0;
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = 0xffffffff;
  for (const byte of data) c = table[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * `bands`: the image's rows, top to bottom, in one or more pieces (resvg-png.ts draws bands at once), each
 * a whole number of rows of `width` pixels, 4 bytes each; `premultiplied` when the colour is stored
 * multiplied by its alpha (tiny-skia's, so resvg's, pixels), which PNG's straight alpha is not.
 */
export function encodePng(bands: Uint8Array | Uint8Array[], width: number, premultiplied: boolean): Buffer {
  const pieces = Array.isArray(bands) ? bands : [bands];
  const stride = width * 4;
  for (const piece of pieces) if (piece.length % stride !== 0) throw new Error(`encodePng: ${piece.length} bytes are not rows of ${width} pixels`);
  const height = pieces.reduce((rows, piece) => rows + piece.length / stride, 0);
  const raw = Buffer.allocUnsafe((stride + 1) * height);
  let y = 0;
  for (const piece of pieces) {
    const source = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    for (let row = 0; row < piece.length / stride; row++, y++) {
      const at = y * (stride + 1);
      raw[at] = 0; // filter: none
      source.copy(raw, at + 1, row * stride, (row + 1) * stride);
    }
  }
  if (premultiplied) {
    for (let row = 0; row < height; row++) {
      for (let i = row * (stride + 1) + 1, end = i + stride; i < end; i += 4) {
        const a = raw[i + 3];
        if (a === 255 || a === 0) continue;
        raw[i] = Math.min(255, Math.round((raw[i] * 255) / a));
        raw[i + 1] = Math.min(255, Math.round((raw[i + 1] * 255) / a));
        raw[i + 2] = Math.min(255, Math.round((raw[i + 2] * 255) / a));
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // compression, filter method and interlace: 0
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}
