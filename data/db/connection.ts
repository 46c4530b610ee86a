/**
 * What every read-write connection gets on top of the stored schema: the `fold` SQL function and the
 * TEMP triggers that keep the search index in step. They live on the connection, not in the file, so
 * that the file stays readable by any SQLite tool (whose writes would then not reach the index: see
 * `rebuildSearchIndex`).
 */
import type { Db } from './open';
import { foldForMatch } from '../../shared/text/arabic';

export function registerFunctions(db: Db): void {
  db.function('fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldForMatch(text) : ''));
}

/** The indexed text of the milestones matched by `where` (a condition on `m`). */
function indexRowsSql(where: string): string {
  return `INSERT INTO milestone_search (rowid, title, summary, place, people, sources)
    SELECT m.id,
      fold(m.title || ' ' || coalesce(m.title_ar, '') || ' ' || coalesce(m.title_zh, '')),
      fold(coalesce(m.summary, '')),
      fold(coalesce(m.place, '')),
      fold((SELECT coalesce(group_concat(value, ' '), '') FROM json_each(m.people))),
      fold((SELECT coalesce(group_concat(s.publisher || ' ' || s.title, ' '), '') FROM milestone_sources ms
        JOIN sources s ON s.id = ms.source_id WHERE ms.milestone_id = m.id))
    FROM milestones m WHERE ${where}`;
}

function reindex(idExpr: string): string {
  return `DELETE FROM milestone_search WHERE rowid = ${idExpr}; ${indexRowsSql(`m.id = ${idExpr}`)};`;
}

export function createSearchTriggers(db: Db): void {
  db.exec(`
    CREATE TEMP TRIGGER search_milestone_insert AFTER INSERT ON main.milestones BEGIN ${indexRowsSql('m.id = NEW.id')}; END;
    CREATE TEMP TRIGGER search_milestone_update AFTER UPDATE ON main.milestones BEGIN
      DELETE FROM milestone_search WHERE rowid = OLD.id; ${indexRowsSql('m.id = NEW.id')}; END;
    CREATE TEMP TRIGGER search_milestone_delete AFTER DELETE ON main.milestones BEGIN
      DELETE FROM milestone_search WHERE rowid = OLD.id; END;
    CREATE TEMP TRIGGER search_link_insert AFTER INSERT ON main.milestone_sources BEGIN ${reindex('NEW.milestone_id')} END;
    CREATE TEMP TRIGGER search_link_delete AFTER DELETE ON main.milestone_sources BEGIN ${reindex('OLD.milestone_id')} END;
    CREATE TEMP TRIGGER search_source_update AFTER UPDATE ON main.sources BEGIN
      DELETE FROM milestone_search WHERE rowid IN (SELECT milestone_id FROM milestone_sources WHERE source_id = NEW.id);
      ${indexRowsSql('m.id IN (SELECT milestone_id FROM milestone_sources WHERE source_id = NEW.id)')}; END;
  `);
}

/** Indexes every milestone again: after a migration created the index, or a restore brought a file in. */
export function rebuildSearchIndex(db: Db): void {
  db.transaction(() => {
    db.exec(`DELETE FROM milestone_search; ${indexRowsSql('1')};`);
  })();
}
