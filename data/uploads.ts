/**
 * Files a host received beside a call, kept on disk until the call that names them takes them: browser
 * mode streams an import file's or a backup's HTTP body here (POST /upload, server/http-api.ts), and
 * Electron's main copies the backup the user picked here (electron/file-dialogs.ts), rather than sending
 * it inside a call, so that no copy of a 64 MB import or a 500 MB backup is held in memory.
 * Each file is taken once; what is not taken is removed when the core closes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../shared/api/errors';
import { inMb } from '../shared/limits';

export class Uploads {
  private dir: string | null = null;
  private readonly files = new Map<string, { file: string; bytes: number }>();

  /** A new file to write an upload into; `keep(id)` once it is complete, `discard(id)` if not. */
  create(): { id: string; file: string } {
    this.dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-uploads-'));
    const id = crypto.randomUUID();
    return { id, file: path.join(this.dir, `${id}.upload`) };
  }

  keep(id: string, file: string, bytes: number): void {
    this.files.set(id, { file, bytes });
  }

  discard(file: string): void {
    fs.rmSync(file, { force: true });
  }

  /**
   * The file of upload `id`, which is no longer listed (the caller removes it once read); `tooLarge` is
   * thrown (and the file removed) when it holds more than `maxBytes`, whatever its sender checked.
   */
  take(id: string, maxBytes = Infinity, tooLarge?: (bytes: number) => ApiError): string {
    const kept = this.files.get(id);
    if (!kept) throw ApiError.keyed('not_found', 'import.uploadGone', 'The uploaded file is no longer there (it was already used, or the app restarted). Open the file again.');
    this.files.delete(id);
    if (kept.bytes > maxBytes) {
      this.discard(kept.file);
      throw tooLarge?.(kept.bytes) ?? ApiError.keyed('invalid_input', 'file.tooLarge', 'This file is too large.', { mb: inMb(kept.bytes), max: inMb(maxBytes) });
    }
    return kept.file;
  }

  close(): void {
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
    this.files.clear();
  }
}
