/**
 * What every read-write connection gets on top of the stored schema: the `index_text` SQL function and
 * the TEMP triggers that keep the search indexes in step. They live on the connection, not in the file,
 * so that the file stays readable by any SQLite tool (whose writes would then not reach the index: see
 * `rebuildSearchIndex`). Bulk writers drop the insert triggers for their transaction and index the new
 * rows in one statement. The indexes keep no copy of the text (migration 70: contentless, rows deleted by
 * rowid), so a tool reads the search tables only with SQLite 3.43 or later; every other table as before.
 */
import type { Db } from './types';
import { indexText } from '../../shared/text/index-text';

export function registerFunctions(db: Db): void {
  db.function('index_text', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? indexText(text) : ''));
}

/**
 * Text as the index holds it (`index_text`), in SQL. Plain ASCII (same length in characters as in bytes)
 * goes in as it is: folding it is only lower case, which the tokenizer does itself, so the tokens are the
 * same without a call into JavaScript (most of an import's text: a tenth of its indexing time).
 */
const indexed = (text: string) => `CASE WHEN octet_length(${text}) = length(${text}) THEN ${text} ELSE index_text(${text}) END`;

/**
 * The index rows of the milestones matched by `where` (a fixed condition on `m`; values only as parameters).
 * A milestone without people (most) skips the json_each subquery: '' is what it gives for '[]'.
 */
export function indexMilestonesSql(where: string): string {
  return `INSERT INTO milestone_search (rowid, title, summary, place, people)
    SELECT m.id,
      ${indexed(`(m.title || ' ' || coalesce(m.title_ar, '') || ' ' || coalesce(m.title_zh, ''))`)},
      ${indexed(`(coalesce(m.summary, '') || ' ' || coalesce(m.summary_ar, '') || ' ' || coalesce(m.summary_zh, ''))`)},
      ${indexed(`coalesce(m.place, '')`)},
      ${indexed(`CASE m.people WHEN '[]' THEN '' ELSE (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(m.people)) END`)}
    FROM milestones m WHERE ${where}`;
}

export function indexSourcesSql(where: string): string {
  return `INSERT INTO source_search (rowid, text) SELECT s.id, ${indexed(`(s.publisher || ' ' || s.title)`)} FROM sources s WHERE ${where}`;
}

/** The triggers that index inserted rows: the ones a bulk write drops while it runs. */
const INSERT_TRIGGERS = `
    CREATE TEMP TRIGGER IF NOT EXISTS search_milestone_insert AFTER INSERT ON main.milestones BEGIN ${indexMilestonesSql('m.id = NEW.id')}; END;
    CREATE TEMP TRIGGER IF NOT EXISTS search_source_insert AFTER INSERT ON main.sources BEGIN ${indexSourcesSql('s.id = NEW.id')}; END;`;

export function createSearchTriggers(db: Db): void {
  db.exec(`${INSERT_TRIGGERS}
    CREATE TEMP TRIGGER search_milestone_update AFTER UPDATE OF title, title_ar, title_zh, summary, summary_ar, summary_zh, place, people ON main.milestones BEGIN
      DELETE FROM milestone_search WHERE rowid = OLD.id; ${indexMilestonesSql('m.id = NEW.id')}; END;
    CREATE TEMP TRIGGER search_milestone_delete AFTER DELETE ON main.milestones BEGIN
      DELETE FROM milestone_search WHERE rowid = OLD.id; END;
    CREATE TEMP TRIGGER search_source_update AFTER UPDATE OF publisher, title ON main.sources BEGIN
      DELETE FROM source_search WHERE rowid = OLD.id; ${indexSourcesSql('s.id = NEW.id')}; END;
    CREATE TEMP TRIGGER search_source_delete AFTER DELETE ON main.sources BEGIN
      DELETE FROM source_search WHERE rowid = OLD.id; END;
  `);
}

/** Indexes every milestone and source again: after a migration created the indexes, or a restore. */
export function rebuildSearchIndex(db: Db): void {
  db.transaction(() => {
    db.exec(`DELETE FROM milestone_search; DELETE FROM source_search; ${indexMilestonesSql('1')}; ${indexSourcesSql('1')};`);
  })();
}

/**
 * Runs `write` without the insert triggers, then indexes the rows it inserted (ids above the ones before)
 * in two statements: much faster than a trigger per row for an import of thousands. Dropped, not merely
 * switched off: even a trigger whose WHEN is false costs a third of a plain insert. Meant to run inside
 * the caller's transaction: a rollback brings the triggers back with everything else, and so does the
 * `finally` when there is none.
 */
export function withBulkIndexing<T>(db: Db, write: () => T): T {
  const maxId = (table: string) => (db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number);
  const milestonesFrom = maxId('milestones');
  const sourcesFrom = maxId('sources');
  db.exec('DROP TRIGGER IF EXISTS temp.search_milestone_insert; DROP TRIGGER IF EXISTS temp.search_source_insert;');
  try {
    const result = write();
    db.prepare(indexMilestonesSql('m.id > ?')).run(milestonesFrom);
    db.prepare(indexSourcesSql('s.id > ?')).run(sourcesFrom);
    return result;
  } finally {
    db.exec(INSERT_TRIGGERS);
  }
}
