/**
 * Hostile backups for tests: real backups of a test core, altered with a raw SQLite connection the way
 * an attacker would alter a file before handing it over.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import type { TestApi } from './test-api';
import { tempDbFile } from './temp-db';
import { migrate } from '../migrations';

/** A backup of `t`'s database, changed by `mutate`, as the base64 the restore call takes. */
export async function alteredBackup(t: TestApi, mutate: (db: Database.Database) => void): Promise<string> {
  const file = tempDbFile();
  fs.writeFileSync(file, t.fetch(await t.api.createBackup({})));
  const db = new Database(file);
  try {
    mutate(db);
  } finally {
    db.close();
  }
  return fs.readFileSync(file).toString('base64');
}

/** `text` as an SQL expression of char() calls (no quote of its own to escape). */
function charExpression(text: string): string {
  const codes = [...text].map((c) => c.codePointAt(0)!);
  const chunks: string[] = [];
  for (let i = 0; i < codes.length; i += 40) chunks.push(`char(${codes.slice(i, i + 40).join(',')})`);
  return chunks.join('||');
}

/**
 * A column name that carries SQL: pasted into a string literal of generated SQL, it closes the literal
 * and evaluates to `payload`. The payload of the attack seen: leave the undo transaction, attach a file
 * of the attacker's choosing and create a table in it, and overwrite every title in another database.
 */
export function injectingColumnName(createFile: string, overwrite: string): string {
  const payload = `" = NULL WHERE 0; COMMIT; ATTACH '${createFile}' AS pwn; CREATE TABLE pwn.owned (x); ATTACH '${overwrite}' AS victim; UPDATE victim.milestones SET title = 'PWNED'; BEGIN; --`;
  return `title'||${charExpression(payload)}||'`;
}

/** Adds the injecting column to `milestones` (through a raw connection, as a hostile file would have it). */
export function addInjectingColumn(db: Database.Database, createFile: string, overwrite: string): void {
  db.exec(`ALTER TABLE milestones ADD COLUMN "${injectingColumnName(createFile, overwrite)}" TEXT`);
}

/** type, name and SQL of every schema object, to compare a restored database with a fresh one. */
export function schemaOf(db: Database.Database): { type: string; name: string; sql: string | null }[] {
  return db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all() as { type: string; name: string; sql: string | null }[];
}

/** A backup as an older version of the app wrote it: its schema at `version`, with `sql` run on it. */
export function oldBackup(version: number, sql: string): string {
  const db = new Database(tempDbFile());
  try {
    migrate(db, version);
    db.exec(sql);
  } finally {
    db.close();
  }
  return fs.readFileSync(db.name).toString('base64');
}
