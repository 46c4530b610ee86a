/**
 * Files a job wrote for the user (exports, backups), staged on disk until the host delivers them: browser
 * mode streams one to the browser (GET /download/<id>, server/http-api.ts), Electron's main moves it where
 * the user chose. Each is taken once; one not taken within DOWNLOAD.keepMs is removed, and whatever is
 * left when the core closes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../shared/api/errors';
import { DOWNLOAD } from '../shared/limits';
import type { StagedFile } from '../shared/exchange';

/** A staged file as the host delivers it: where it is, and what to call it. */
export interface Staged extends Omit<StagedFile, 'download'> {
  file: string;
}

export class Downloads {
  private dir: string | null = null;
  private readonly staged = new Map<string, { staged: Staged; timer: NodeJS.Timeout }>();

  constructor(private readonly keepMs: number = DOWNLOAD.keepMs) {}

  /** A new path for a job to write to; `keep` it once complete, `discard` it if not. */
  create(): { id: string; file: string } {
    this.dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-downloads-'));
    const id = crypto.randomUUID();
    return { id, file: path.join(this.dir, `${id}.download`) };
  }

  keep(id: string, staged: Staged): StagedFile {
    const timer = setTimeout(() => this.expire(id), this.keepMs);
    timer.unref();
    this.staged.set(id, { staged, timer });
    const { file: _file, ...described } = staged;
    return { download: id, ...described };
  }

  discard(file: string): void {
    fs.rmSync(file, { force: true });
  }

  /** The staged file `id`, no longer listed: the caller delivers it, then removes it. */
  take(id: string): Staged {
    const entry = this.staged.get(id);
    if (!entry) throw ApiError.keyed('not_found', 'file.downloadGone', 'The file to save is no longer there (it was already saved, or too much time passed). Export it again.');
    clearTimeout(entry.timer);
    this.staged.delete(id);
    return entry.staged;
  }

  private expire(id: string): void {
    const entry = this.staged.get(id);
    if (!entry) return;
    this.staged.delete(id);
    this.discard(entry.staged.file);
  }

  close(): void {
    for (const { timer } of this.staged.values()) clearTimeout(timer);
    this.staged.clear();
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}
