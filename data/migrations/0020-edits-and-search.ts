import type { Db } from '../db/types';

/**
 * User edits and full-text search.
 * - `milestones.modified`: a bundled milestone the user has edited (dataset updates leave it alone; it can be reset).
 * - `dataset_tombstones`: keys of bundled milestones the user deleted, so that a dataset update does not bring them back.
 * - `milestone_search`, `source_search`: FTS5 indexes of folded text (shared/text/index-text.ts), one row per
 *   milestone and per source, kept in step by the connection's triggers (data/db/search-index.ts). Sources
 *   have their own index so that linking a source to a milestone costs nothing to index.
 * - A covering index for the chart's query (a pair's items in date order), so that drawing a pair of
 *   thousands of milestones reads one run of index pages instead of rows spread over the file.
 */
export function updateToSchemaVersion20(db: Db): void {
  db.exec(`
    ALTER TABLE milestones ADD COLUMN modified INTEGER NOT NULL DEFAULT 0 CHECK (modified IN (0, 1));
    DROP INDEX milestones_byPairStart;
    CREATE INDEX milestones_byPairStartCovering ON milestones (pair_id, start_date, id, category, title, end_date, level_id);
    CREATE TABLE dataset_tombstones (key TEXT PRIMARY KEY) STRICT;
    CREATE VIRTUAL TABLE milestone_search USING fts5(title, summary, place, people, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE source_search USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
  `);
}
