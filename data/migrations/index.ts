/**
 * Numbered migrations, applied in order, each in its own transaction; the schema version is SQLite's
 * user_version. Numbers go in steps of 10 to leave room. Never edit a shipped migration: add one.
 */
import type { Db } from '../db/types';
import { updateToSchemaVersion10 } from './0010-initial-schema';
import { updateToSchemaVersion15 } from './0015-pair-establishment';
import { updateToSchemaVersion20 } from './0020-edits-and-search';
import { updateToSchemaVersion25 } from './0025-chart-titles-in-index';
import { updateToSchemaVersion30 } from './0030-stories';
import { updateToSchemaVersion40 } from './0040-import-lookups';
import { updateToSchemaVersion50 } from './0050-shared-milestones';
import { updateToSchemaVersion55 } from './0055-evidence-and-languages';
import { updateToSchemaVersion60 } from './0060-atlas';
import { updateToSchemaVersion70 } from './0070-contentless-search';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: 'initial-schema', up: updateToSchemaVersion10 },
  { version: 15, name: 'pair-establishment', up: updateToSchemaVersion15 },
  { version: 20, name: 'edits-and-search', up: updateToSchemaVersion20 },
  { version: 25, name: 'chart-titles-in-index', up: updateToSchemaVersion25 },
  { version: 30, name: 'stories', up: updateToSchemaVersion30 },
  { version: 40, name: 'import-lookups', up: updateToSchemaVersion40 },
  { version: 50, name: 'shared-milestones', up: updateToSchemaVersion50 },
  { version: 55, name: 'evidence-and-languages', up: updateToSchemaVersion55 },
  { version: 60, name: 'atlas', up: updateToSchemaVersion60 },
  { version: 70, name: 'contentless-search', up: updateToSchemaVersion70 },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export class SchemaTooNewError extends Error {
  constructor(readonly found: number) {
    super(`This database was written by a newer version of the app (schema ${found}; this app knows up to ${SCHEMA_VERSION}). Update the app to open it.`);
    this.name = 'SchemaTooNewError';
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies the pending migrations up to `target` (default: all of them); returns the versions applied
 * (empty when up to date). A restore stops at the backup's version, copies its rows, then goes on.
 */
export function migrate(db: Db, target = SCHEMA_VERSION): number[] {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) throw new SchemaTooNewError(current);
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
