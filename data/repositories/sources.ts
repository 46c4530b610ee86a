import type { Db } from '../db/open';
import type { SourceInput } from '../../shared/api/schemas';
import { precisionOf } from '../../shared/dates';

/** The id of an identical source already in the database, or of a newly inserted one. */
export function findOrInsertSource(db: Db, s: SourceInput): number {
  const existing = db
    .prepare('SELECT id FROM sources WHERE publisher = ? AND title = ? AND url IS ? AND date IS ? AND language = ? AND kind IS ?')
    .get(s.publisher, s.title, s.url, s.date, s.language, s.kind ?? null) as { id: number } | undefined;
  if (existing) return existing.id;
  if (s.date) precisionOf(s.date); // validated upstream; throws on a malformed date rather than storing it
  const row = db
    .prepare('INSERT INTO sources (publisher, title, date, language, url, kind) VALUES (?, ?, ?, ?, ?, ?) RETURNING id')
    .get(s.publisher, s.title, s.date, s.language, s.url, s.kind ?? null) as { id: number };
  return row.id;
}
