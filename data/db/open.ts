/**
 * Opens the app's SQLite file: WAL, foreign keys, migrations to the current schema.
 * The one place that constructs a better-sqlite3 Database.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from '../migrations';
import { createSearchTriggers, rebuildSearchIndex, registerFunctions } from './search-index';
import type { Db } from './types';

/** The migrations that created the search index or changed what it holds. */
const SEARCH_INDEX_VERSIONS = [20, 55, 70];

export type { Db };

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another ABI (Electron's); default: the package's own. */
  nativeBinding?: string;
  readonly?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 3000');
    registerFunctions(db);
    if (!options.readonly) {
      const applied = migrate(db);
      // The search index is derived: build it when a migration created it.
      if (applied.some((v) => SEARCH_INDEX_VERSIONS.includes(v))) rebuildSearchIndex(db);
      createSearchTriggers(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
