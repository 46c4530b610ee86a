import type { Db } from '../db/open';
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
