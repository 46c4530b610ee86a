/**
 * Backups are plain SQLite copies made with SQLite's online backup API (better-sqlite3 `backup`), so the
 * app keeps working while one is written. Restoring one is an import (restore.ts).
 */
import fs from 'node:fs';
import type { Db } from '../db/open';

export async function writeBackup(db: Db, file: string): Promise<void> {
  await db.backup(file);
}

/** Removes a database file and whatever SQLite keeps beside it (a leftover log must never meet another file). */
export function removeDatabaseFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}
