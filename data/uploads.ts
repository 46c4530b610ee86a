/**
 * Files a host received beside a call, kept on disk until the call that names them takes them: browser
 * mode streams an import file's HTTP body here (POST /upload, server/http-api.ts) rather than sending it
 * as text inside a JSON call, so that no copy of a 64 MB file is held in the server's memory.
 * Each file is taken once; what is not taken is removed when the core closes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../shared/api/errors';

export class Uploads {
  private dir: string | null = null;
  private readonly files = new Map<string, string>();

  /** A new file to write an upload into; `keep(id)` once it is complete, `discard(id)` if not. */
  create(): { id: string; file: string } {
    this.dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-uploads-'));
    const id = crypto.randomUUID();
    return { id, file: path.join(this.dir, `${id}.upload`) };
  }

  keep(id: string, file: string): void {
    this.files.set(id, file);
  }

  discard(file: string): void {
    fs.rmSync(file, { force: true });
  }

  /** The file of upload `id`, which is no longer listed (the caller removes it once read). */
  take(id: string): string {
    const file = this.files.get(id);
    if (!file) throw ApiError.keyed('not_found', 'import.uploadGone', 'The uploaded file is no longer there (it was already used, or the app restarted). Open the file again.');
    this.files.delete(id);
    return file;
  }

  close(): void {
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
    this.files.clear();
  }
}
