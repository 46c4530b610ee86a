/** A real SQLite file in a fresh temporary folder, for tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppCore, type AppCore } from '../app-core';
import type { HtmlRenderer } from '../image-export/html-renderer';
import type { JobMode } from '../jobs/runner';

export const DATASET_DIR = path.resolve(import.meta.dirname, '../dataset');

export function tempDir(prefix = 'bilateral-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempDbFile(): string {
  return path.join(tempDir(), 'timelines.sqlite');
}

/** Jobs run inline unless a test asks for the worker (data/jobs/jobs.test.ts does): a worker's start costs each test a second. */
export function openTestCore(options: { seed?: boolean; dbFile?: string; renderer?: HtmlRenderer; jobs?: JobMode; readers?: number; log?: (error: unknown) => void } = {}): AppCore {
  return openAppCore({ dbFile: options.dbFile ?? tempDbFile(), datasetDir: options.seed === false ? undefined : DATASET_DIR, log: options.log ?? (() => {}), renderer: options.renderer, jobs: options.jobs ?? 'inline', readers: options.readers });
}
