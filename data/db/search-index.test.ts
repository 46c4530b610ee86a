/**
 * The bulk indexing path (withBulkIndexing): the insert triggers are dropped while a bulk write runs and
 * come back whether it commits or rolls back, and the rows it wrote are indexed exactly as the triggers
 * would have indexed them.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './open';
import { tempDbFile } from '../test/temp-db';
import { withBulkIndexing } from './search-index';

function freshDb(): Db {
  const db = openDatabase(tempDbFile());
  db.exec(`INSERT INTO countries (code, name_en) VALUES ('CN', 'China'), ('TJ', 'Tajikistan');
    INSERT INTO pairs (id, a_code, b_code, sort_order) VALUES ('CN-TJ', 'CN', 'TJ', 0);`);
  return db;
}

const insert = (db: Db, title: string, summary: string) =>
  db.prepare("INSERT INTO milestones (pair_id, category, title, summary, start_date, start_precision) VALUES ('CN-TJ', 'visits', ?, ?, '2020', 'year')").run(title, summary);
const found = (db: Db, word: string) => db.prepare('SELECT rowid FROM milestone_search WHERE milestone_search MATCH ? ORDER BY rowid').pluck().all(`"${word}"`);
const triggers = (db: Db) => db.prepare("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%' ORDER BY name").pluck().all();

describe('bulk indexing', () => {
  it('indexes the rows a bulk write inserted the way the triggers do, and keeps the triggers afterwards', () => {
    const bulk = freshDb();
    const live = freshDb();
    const names = triggers(bulk);
    bulk.transaction(() => withBulkIndexing(bulk, () => ['Pipeline talks', 'Railway summit', 'Água visit'].forEach((t, i) => insert(bulk, t, `summary ${i} Dushanbe`))))();
    ['Pipeline talks', 'Railway summit', 'Água visit'].forEach((t, i) => insert(live, t, `summary ${i} Dushanbe`));
    const index = (db: Db) => db.prepare('SELECT rowid, title, summary, place, people FROM milestone_search ORDER BY rowid').all();
    expect(index(bulk)).toEqual(index(live));
    expect(found(bulk, 'agua')).toHaveLength(1);
    expect(triggers(bulk)).toEqual(names);
    insert(bulk, 'Later edit', 'one by one');
    expect(found(bulk, 'later')).toHaveLength(1);
  });

  it('a bulk write that fails leaves no index rows and the insert triggers in place', () => {
    const db = freshDb();
    const names = triggers(db);
    expect(() =>
      db.transaction(() =>
        withBulkIndexing(db, () => {
          insert(db, 'Doomed pipeline', 'never');
          throw new Error('cancelled');
        }),
      )(),
    ).toThrow('cancelled');
    expect(found(db, 'doomed')).toEqual([]);
    expect(triggers(db)).toEqual(names);
    insert(db, 'Kept pipeline', 'after the failure');
    expect(found(db, 'kept')).toHaveLength(1);
  });
});
