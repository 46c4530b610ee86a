/** A real app core on a temporary SQLite file, driven through the typed client as the renderer does. */
import type { AppCore } from '../app-core';
import { openTestCore } from './temp-db';
import { createClient } from '../../shared/api/client';
import { ApiError } from '../../shared/api/errors';
import type { ApiClient } from '../../shared/api/contract';
import type { StagedFile } from '../../shared/exchange';
import fs from 'node:fs';

export interface TestApi {
  core: AppCore;
  api: ApiClient;
  /** Everything the database holds, to prove that a refused call changed nothing. */
  snapshot(): string;
  /** A staged export or backup, taken once as a host delivers it: its bytes, and it is gone from the disk. */
  fetch(file: StagedFile): Buffer;
  /** The same, as UTF-8 text. */
  text(file: StagedFile): string;
  /** Bytes (or a file's, copied) staged as a host stages a received file: the upload id restoreBackup and importPreview take. */
  upload(bytes: Buffer | string): string;
}

const USER_TABLES = ['m49_regions', 'partnership_tiers', 'countries', 'pairs', 'partnership_levels', 'milestones', 'sources', 'milestone_sources', 'dataset_tombstones', 'stories', 'story_items', 'app_meta'];

export function openTestApi(options: Parameters<typeof openTestCore>[0] = {}): TestApi {
  const core = openTestCore(options);
  const api = createClient((name, input) => core.dispatch(name, input));
  const snapshot = () => JSON.stringify(USER_TABLES.map((t) => core.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
  const fetch = (file: StagedFile) => {
    const staged = core.downloads.take(file.download);
    try {
      return fs.readFileSync(staged.file);
    } finally {
      fs.rmSync(staged.file, { force: true });
    }
  };
  const upload = (bytes: Buffer | string) => {
    const { id, file } = core.uploads.create();
    if (typeof bytes === 'string') fs.copyFileSync(bytes, file);
    else fs.writeFileSync(file, bytes);
    core.uploads.keep(id, file, fs.statSync(file).size);
    return id;
  };
  return { core, api, snapshot, fetch, text: (file) => fetch(file).toString('utf8'), upload };
}

/** The ApiError a call fails with (the test fails if it succeeds). */
export async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the call did not fail');
}

export const validMilestone = {
  pairId: 'CN-TJ',
  category: 'agreements' as const,
  title: 'A test agreement',
  start: '2021-03',
  sources: [{ publisher: 'Test Press', title: 'Report', date: '2021-03-02', language: 'en', url: 'https://example.org/a' }],
};
