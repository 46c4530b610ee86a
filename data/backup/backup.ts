/**
 * Backups are plain SQLite copies made with SQLite's online backup API (better-sqlite3 `backup`), so the
 * app keeps working while one is written. A file to restore is checked before anything is replaced.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import type { Db } from '../db/open';
import { SCHEMA_VERSION } from '../migrations';
import { ApiError } from '../../shared/api/errors';

/** Tables every database of this app has had since its first schema. */
const APP_TABLES = ['countries', 'pairs', 'partnership_levels', 'milestones', 'sources', 'milestone_sources', 'app_meta'];
const FIRST_SCHEMA = 10;

export async function writeBackup(db: Db, file: string): Promise<void> {
  await db.backup(file);
}

/** Checks that `file` is a database of this app that this version can open; returns its schema version. */
export function inspectBackup(file: string, nativeBinding?: string): number {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const tables = new Set(probe.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (!APP_TABLES.every((t) => tables.has(t)) || version < FIRST_SCHEMA) {
      throw new ApiError('invalid_input', 'This file is an SQLite database, but not a Bilateral Timelines database.');
    }
    if (version > SCHEMA_VERSION) {
      throw new ApiError('invalid_input', `This backup was made by a newer version of the app (schema ${version}; this app knows up to ${SCHEMA_VERSION}). Update the app to restore it.`);
    }
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new ApiError('invalid_input', 'This backup is damaged (SQLite integrity check failed); nothing was restored.');
    return version;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new ApiError('invalid_input', 'This file is not a database backup (or it is damaged); nothing was restored.');
    throw error;
  } finally {
    probe?.close();
  }
}

export function removeDatabaseFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}
