/**
 * An import file read as strict UTF-8 text a megabyte at a time (issue 14 §5): the job that plans an
 * import never holds the whole file, neither its bytes nor its text, nor one string the rows point into.
 */
import fs from 'node:fs';
import { notUtf8 } from '../../shared/text/decode-utf8';

const PIECE_BYTES = 1 << 20;

/** The file's text in pieces (a character split between two reads is decoded whole, in the later piece). */
export function* filePieces(file: string, onRead?: (bytesRead: number, size: number) => void): Generator<string> {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = Buffer.allocUnsafe(PIECE_BYTES);
    let read = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, PIECE_BYTES, null);
      read += n;
      let text: string;
      try {
        text = decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
      } catch {
        throw notUtf8();
      }
      onRead?.(read, size);
      if (text) yield text;
      if (n === 0) return;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A copy of `s` that shares no memory with the text it was cut from: a substring of a piece keeps the
 * whole piece alive (V8's sliced strings), so a row kept for the plan would keep the file. The
 * concatenation is flattened into a string of its own, which the slice then points into; short strings
 * are copied by V8 anyway.
 */
export const detached = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));
