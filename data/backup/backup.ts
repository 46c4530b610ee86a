/**
 * Backups are plain SQLite copies made with SQLite's online backup API (better-sqlite3 `backup`), so the
 * app keeps working while one is written. Restoring one is an import (restore.ts).
 */
import fs from 'node:fs';
import type { Db } from '../db/open';
import { DOWNLOAD } from '../../shared/limits';
import { UNCONTROLLED, type JobControl } from '../jobs/control';

/**
 * Copies the database to a new `file`, page by page (memory stays flat however large it is), telling
 * progress in pages; a cancel stops it between steps, and a copy not completed is removed.
 */
export async function writeBackup(db: Db, file: string, control: JobControl = UNCONTROLLED): Promise<number> {
  try {
    await db.backup(file, {
      progress: ({ totalPages, remainingPages }) => {
        control.throwIfCancelled();
        control.progress('saving', totalPages - remainingPages, totalPages);
        return DOWNLOAD.backupPagesPerStep;
      },
    });
    return fs.statSync(file).size;
  } catch (error) {
    removeDatabaseFiles(file);
    throw error;
  }
}

/** Removes a database file and whatever SQLite keeps beside it (a leftover log must never meet another file). */
export function removeDatabaseFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}
