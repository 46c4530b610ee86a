import type { Db } from '../db/open';
import { sql, type Query } from '../db/sql';
import type { SourceInput } from '../../shared/api/schemas';
import { precisionOf } from '../../shared/dates';
import { prepare } from '../db/statements';

/** The id of an identical source already in the database, or of a newly inserted one (indexed: sources_byContent). */
export function findOrInsertSource(db: Db, s: SourceInput): number {
  const existing = prepare<unknown[], number>(db, 'SELECT id FROM sources WHERE publisher = ? AND title = ? AND url IS ? AND date IS ? AND language = ? AND kind IS ?')
    .pluck()
    .get(s.publisher, s.title, s.url, s.date, s.language, s.kind ?? null);
  if (existing !== undefined) return existing;
  if (s.date) precisionOf(s.date); // validated upstream; throws on a malformed date rather than storing it
  return prepare<unknown[], number>(db, 'INSERT INTO sources (publisher, title, date, language, url, kind) VALUES (?, ?, ?, ?, ?, ?) RETURNING id')
    .pluck()
    .get(s.publisher, s.title, s.date, s.language, s.url, s.kind ?? null)!;
}

/** A source as the bundled dataset gives it. */
export interface BundledSource {
  publisher: string;
  title: string;
  date: string | null;
  language: string;
  url: string | null;
  kind: string | null;
}

/** A bundled source, matched by its dataset key; its id. */
export function upsertBundledSource(db: Db, key: string, s: BundledSource): number {
  return prepare<Record<string, unknown>, number>(db, `INSERT INTO sources (publisher, title, date, language, url, kind, dataset_key) VALUES (@publisher, @title, @date, @language, @url, @kind, @key)
    ON CONFLICT (dataset_key) DO UPDATE SET publisher = excluded.publisher, title = excluded.title, date = excluded.date,
      language = excluded.language, url = excluded.url, kind = excluded.kind
    RETURNING id`).pluck().get({ key, publisher: s.publisher, title: s.title, date: s.date, language: s.language, url: s.url, kind: s.kind })!;
}

/** Marks source `id` as a copy (a reprint, a translation) of source `originalId`, or as no copy. */
export function setSourceCopyOf(db: Db, id: number, originalId: number | null): void {
  prepare(db, 'UPDATE sources SET copy_of_id = ? WHERE id = ?').run(originalId, id);
}

export function sourceIdByKey(db: Db, key: string): number | undefined {
  return prepare<[string], number>(db, 'SELECT id FROM sources WHERE dataset_key = ?').pluck().get(key);
}

/** The statement that takes back every source added after `lastId` (an import's undo). */
export function deleteSourcesAfter(lastId: number): Query {
  return sql`DELETE FROM sources WHERE id > ${lastId}`;
}
