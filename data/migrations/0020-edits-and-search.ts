import type { Db } from '../db/open';

/**
 * User edits and full-text search.
 * - `milestones.modified`: a bundled milestone the user has edited (dataset updates leave it alone; it can be reset).
 * - `dataset_tombstones`: keys of bundled milestones the user deleted, so that a dataset update does not bring them back.
 * - `milestone_search`: an FTS5 index of folded text (see shared/text/arabic.ts), one row per milestone, kept
 *   in step by the connection's triggers (data/db/connection.ts). Trigram tokens so that Chinese matches
 *   substrings; folding happens before indexing so that Arabic spelling variants match.
 */
export function updateToSchemaVersion20(db: Db): void {
  db.exec(`
    ALTER TABLE milestones ADD COLUMN modified INTEGER NOT NULL DEFAULT 0 CHECK (modified IN (0, 1));
    CREATE TABLE dataset_tombstones (key TEXT PRIMARY KEY) STRICT;
    CREATE VIRTUAL TABLE milestone_search USING fts5(title, summary, place, people, sources, tokenize = 'trigram');
  `);
}
