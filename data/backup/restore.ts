/**
 * Restore by import, never by adoption. A backup is a file from anywhere: its schema may carry
 * triggers, views, extra columns, loosened constraints or virtual tables. So it is only ever read —
 * a private copy, read-only, `trusted_schema` off, WAL turned off in the copy's header so no leftover
 * log is read — and its rows are copied, by the app's own column list (data/db/app-tables.ts), into a
 * fresh database built by the app's own migrations. Nothing of the file's schema survives; every row is
 * checked as the app's write path would check it; the search index is built by the app. The caller
 * swaps the new file in only when it is complete.
 *
 * Older backups: the fresh database is migrated to the backup's version, filled, then migrated on, so
 * the app's migrations do the updating exactly as they do for a database opened in place.
 */
import { UNCONTROLLED, type JobControl } from '../jobs/control';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../db/open';
import { APP_TABLES, ident, type AppTable } from '../db/app-tables';
import { migrate, MIGRATIONS, SCHEMA_VERSION } from '../migrations';
import { rebuildSearchIndex, registerFunctions } from '../db/search-index';
import { ApiError } from '../../shared/api/errors';
import { rowProblem } from './restore-rows';
import { removeDatabaseFiles } from './backup';

const FIRST_SCHEMA = MIGRATIONS[0].version;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const notADatabase = () => ApiError.keyed('invalid_input', 'restore.notADatabase', 'This file is not a database backup (or it is damaged); nothing was restored.');
const notOurs = () => ApiError.keyed('invalid_input', 'restore.notOurs', 'This file is an SQLite database, but not a Bilateral Timelines database.');

export interface BuiltRestore {
  /** Schema version of the backup, before migration. */
  fromVersion: number;
}

/**
 * Reads the backup `file` and writes a complete database of the app at `target` (replacing whatever
 * is there). Throws ApiError (`invalid_input`) for a file that is not a sound backup of this app;
 * `target` is then removed. The file itself is never opened for writing.
 */
export function buildRestoredDatabase(file: string, target: string, nativeBinding?: string, control: JobControl = UNCONTROLLED): BuiltRestore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-restore-read-'));
  let source: Db | undefined;
  let fresh: Db | undefined;
  try {
    control.progress('reading', 0, 0);
    source = openUntrusted(file, path.join(dir, 'backup.sqlite'), nativeBinding);
    control.progress('checking', 0, 0);
    const version = checkBackup(source);
    removeDatabaseFiles(target);
    fresh = new Database(target, { nativeBinding });
    fresh.pragma('foreign_keys = ON');
    registerFunctions(fresh);
    migrate(fresh, version);
    copyRows(source, fresh, version, control);
    migrate(fresh);
    control.throwIfCancelled();
    control.progress('indexing', 0, 0);
    rebuildSearchIndex(fresh);
    fresh.close();
    fresh = undefined;
    return { fromVersion: version };
  } catch (error) {
    fresh?.close();
    fresh = undefined;
    removeDatabaseFiles(target);
    throw asRestoreError(error);
  } finally {
    source?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A private copy of the file, opened read-only with the schema untrusted. The copy's header is set to
 * rollback-journal mode: a WAL-mode file would otherwise make SQLite read (or create) a `-wal` beside it.
 */
function openUntrusted(file: string, copy: string, nativeBinding?: string): Db {
  fs.copyFileSync(file, copy);
  const fd = fs.openSync(copy, 'r+');
  try {
    const header = Buffer.alloc(100);
    if (fs.readSync(fd, header, 0, 100, 0) < 100 || !header.subarray(0, 16).equals(SQLITE_HEADER)) throw notADatabase();
    // Bytes 18 and 19: file format write/read version, 2 for WAL.
    if (header[18] === 2 || header[19] === 2) fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
  } finally {
    fs.closeSync(fd);
  }
  const db = new Database(copy, { readonly: true, fileMustExist: true, nativeBinding });
  // Nothing in the file's schema (view, trigger, generated column, default) may call a function with
  // side effects; and reading never fires a trigger.
  db.pragma('trusted_schema = OFF');
  db.pragma('query_only = ON');
  db.pragma('cell_size_check = ON');
  return db;
}

/** Is it this app's, of a version the migrations know, and sound? Returns its schema version. */
function checkBackup(db: Db): number {
  const version = db.pragma('user_version', { simple: true }) as number;
  const objects = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string | null }[];
  const tables = new Map(objects.map((o) => [o.name, o.sql ?? '']));
  const isOrdinaryTable = (name: string) => tables.has(name) && !/^\s*CREATE\s+VIRTUAL\b/i.test(tables.get(name)!);
  if (version < FIRST_SCHEMA || !APP_TABLES.filter((t) => t.since === FIRST_SCHEMA).every((t) => isOrdinaryTable(t.name))) {
    throw notOurs();
  }
  if (version > SCHEMA_VERSION) {
    throw ApiError.keyed('invalid_input', 'restore.newer', `This backup was made by a newer version of the app (schema ${version}; this app knows up to ${SCHEMA_VERSION}). Update the app to restore it.`, { version, known: SCHEMA_VERSION });
  }
  if (!MIGRATIONS.some((m) => m.version === version)) throw notOurs();
  for (const t of tablesAt(version)) {
    if (!isOrdinaryTable(t.name)) throw notOurs();
    // Names are read here only to compare them with the app's list; SQL is built from the list alone.
    const columns = new Map((db.prepare('SELECT name, hidden FROM pragma_table_xinfo(?)').all(t.name) as { name: string; hidden: number }[]).map((c) => [c.name, c.hidden]));
    if (columnsAt(t, version).some((c) => columns.get(c) !== 0)) throw notOurs();
  }
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw ApiError.keyed('invalid_input', 'restore.damaged', 'This backup is damaged (SQLite integrity check failed); nothing was restored.');
  return version;
}

const tablesAt = (version: number) => APP_TABLES.filter((t) => t.since <= version);
const columnsAt = (t: AppTable, version: number) => t.columns.filter((c) => c.since <= version).map((c) => c.name);

/** Copies the app's tables row by row, each row checked, in one transaction; foreign keys checked at the end. */
/** Rows copied between checks for a cancel. */
const CANCEL_EVERY = 5000;

function copyRows(source: Db, fresh: Db, version: number, control: JobControl): void {
  fresh.transaction(() => {
    fresh.pragma('defer_foreign_keys = ON');
    const tables = tablesAt(version);
    for (const [done, t] of tables.entries()) {
      control.throwIfCancelled();
      control.progress('writing', done, tables.length);
      const columns = columnsAt(t, version);
      const list = columns.map(ident).join(', ');
      const read = source.prepare(`SELECT ${list} FROM main.${ident(t.name)}`).raw().safeIntegers();
      const write = fresh.prepare(`INSERT INTO main.${ident(t.name)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`).safeIntegers();
      let n = 0;
      for (const values of read.iterate() as Iterable<unknown[]>) {
        if (++n % CANCEL_EVERY === 0) control.throwIfCancelled();
        const row = Object.fromEntries(columns.map((c, i) => [c, values[i]]));
        const problem = rowProblem(t.name, row);
        if (problem) throw refused(t.name, n, problem);
        try {
          write.run(values);
        } catch (error) {
          const code = (error as { code?: string }).code ?? '';
          if (code.startsWith('SQLITE_CONSTRAINT')) throw refused(t.name, n, `it breaks a rule of the app's schema (${(error as Error).message})`);
          throw error;
        }
      }
    }
    const broken = fresh.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    if (broken.length) throw ApiError.keyed('invalid_input', 'restore.brokenLinks', `This backup has rows that refer to missing ones (a row of ${broken[0].table} names a missing row of ${broken[0].parent}); nothing was restored.`, { table: broken[0].table, parent: broken[0].parent });
  })();
}

function refused(table: string, n: number, problem: string): ApiError {
  return ApiError.keyed('invalid_input', 'restore.badRow', `This backup holds data the app would not accept (${table}, row ${n}: ${problem}); nothing was restored.`, { table, row: n, problem });
}

function asRestoreError(error: unknown): unknown {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))) return notADatabase();
  // Any other refusal by SQLite while reading the file (an unknown collation, a schema it cannot parse).
  if (error instanceof Database.SqliteError) return ApiError.keyed('invalid_input', 'restore.unreadable', `This backup cannot be read (${error.message}); nothing was restored.`, { detail: error.message });
  return error;
}
