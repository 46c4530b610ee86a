/**
 * Writes a file in pieces, never holding it whole: text is gathered up to DOWNLOAD.writeChunkChars and
 * written out (synchronously: the job worker has nothing else to do meanwhile). A writer that is not
 * finished (an error, a cancel) removes what it wrote, so that no partial file is left behind.
 */
import fs from 'node:fs';
import { DOWNLOAD } from '../../shared/limits';

export interface FileWriter {
  write(text: string): void;
}

/** Runs `write` with a writer on a new `file`; on any failure the file is removed and the error rethrown. */
export function writeFileInPieces<T>(file: string, write: (out: FileWriter) => T): { result: T; bytes: number } {
  const fd = fs.openSync(file, 'wx', 0o600);
  let pending: string[] = [];
  let pendingChars = 0;
  let bytes = 0;
  const flush = () => {
    if (pendingChars === 0) return;
    const buffer = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingChars = 0;
    for (let at = 0; at < buffer.length; ) at += fs.writeSync(fd, buffer, at);
    bytes += buffer.length;
  };
  const out: FileWriter = {
    write: (text) => {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= DOWNLOAD.writeChunkChars) flush();
    },
  };
  let result: T;
  try {
    result = write(out);
    flush();
  } catch (error) {
    fs.closeSync(fd); // before the removal: Windows removes no open file
    fs.rmSync(file, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return { result, bytes };
}
