/**
 * Migration 70 (contentless search indexes) on real data: the bundled dataset plus milestones in Arabic,
 * Chinese and accented Latin, searched through the contract on a copy indexed as before it (FTS5 tables
 * storing their text, every column through index_text) and on the migrated file: the same hits in the
 * same order, the same snippets, totals and suggestions.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestApi, validMilestone, type TestApi } from '../test/test-api';
import { tempDbFile, tempDir } from '../test/temp-db';
import { openDatabase } from '../db/open';
import { registerFunctions } from '../db/search-index';
import { migrate } from './index';

const open: TestApi[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.core.close();
});

/** The indexes as migration 20 made them and as the app filled them until migration 70. */
function indexAsBefore(file: string): void {
  const db = new Database(file);
  registerFunctions(db);
  db.exec(`DROP TABLE milestone_search; DROP TABLE source_search;
    CREATE VIRTUAL TABLE milestone_search USING fts5(title, summary, place, people, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE source_search USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO milestone_search (rowid, title, summary, place, people)
      SELECT m.id,
        index_text(m.title || ' ' || coalesce(m.title_ar, '') || ' ' || coalesce(m.title_zh, '')),
        index_text(coalesce(m.summary, '') || ' ' || coalesce(m.summary_ar, '') || ' ' || coalesce(m.summary_zh, '')),
        index_text(coalesce(m.place, '')),
        index_text((SELECT coalesce(group_concat(value, ' '), '') FROM json_each(m.people)))
      FROM milestones m;
    INSERT INTO source_search (rowid, text) SELECT s.id, index_text(s.publisher || ' ' || s.title) FROM sources s;`);
  db.close();
}

const QUERIES = ['Astana', 'summit', 'visit China', 'railway', 'Kazakhstan pipeline', 'قمة', 'اتفاقية', '铁路', '峰会', 'Ürümqi', 'urumqi', 'CAFÉ', 'cafe', 'Xinhua', 'Astna', 'strategic partnership', 'Σοφία', 'σοφια', '2019'];

describe('migration 70: contentless search indexes', () => {
  it('give the same search results as the indexes that stored their text, on the bundled dataset', async () => {
    const file = tempDbFile();
    const first = openTestApi({ dbFile: file });
    for (const [title, summary] of [
      ['Visit to Ürümqi and the café of the Silk Road', 'Talks on a railway; CAFÉ owners met.'],
      ['قمة الشراكة الاستراتيجية', 'اتفاقيّة للتعاون في مجال السكة الحديد'],
      ['中吉乌铁路协议签署', '峰会期间签署的铁路协议'],
      ['Σοφία summit', 'ΣΟΦΙΑ talks'],
    ]) {
      await first.api.createMilestone({ milestone: { ...validMilestone, title, summary, sources: [{ ...validMilestone.sources[0], title: `${title} report` }] } });
    }
    first.core.close();
    const copy = path.join(tempDir(), 'before.sqlite');
    fs.copyFileSync(file, copy);
    indexAsBefore(copy);

    const before = openTestApi({ dbFile: copy });
    const after = openTestApi({ dbFile: file });
    open.push(before, after);
    const stored = (t: TestApi) => t.core.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'milestone_search_content'").pluck().get();
    expect([stored(before), stored(after)]).toEqual([1, 0]);
    let found = 0;
    for (const query of QUERIES) {
      const old = await before.api.search({ query, limit: 200 });
      found += old.total;
      expect(await after.api.search({ query, limit: 200 }), query).toEqual(old);
      expect(await after.api.search({ query, pairIds: ['CN-KZ'], limit: 200 }), `${query} on CN-KZ`).toEqual(await before.api.search({ query, pairIds: ['CN-KZ'], limit: 200 }));
    }
    expect(found).toBeGreaterThan(100);
    expect((await after.api.search({ query: 'Astna' })).suggestions).toEqual((await before.api.search({ query: 'Astna' })).suggestions);
  });

  it('replaces the indexes of a version-60 file, which the app fills again; a deleted or edited row leaves the index', async () => {
    const file = tempDbFile();
    const db = new Database(file);
    migrate(db, 60);
    db.exec(`INSERT INTO countries (code, name_en) VALUES ('CN', 'China'), ('RU', 'Russia');
      INSERT INTO pairs (id, a_code, b_code) VALUES ('CN-RU', 'CN', 'RU');
      INSERT INTO milestones (pair_id, category, title, start_date, start_precision) VALUES ('CN-RU', 'visits', 'An old visit', '2001', 'year');`);
    db.close();
    const migrated = openDatabase(file);
    const schema = (name: string) => migrated.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name) as string | undefined;
    expect(schema('milestone_search')).toMatch(/content = '', contentless_delete = 1/);
    expect(schema('source_search')).toMatch(/content = '', contentless_delete = 1/);
    expect(schema('milestone_search_content')).toBeUndefined();
    const find = (word: string) => migrated.prepare('SELECT rowid FROM milestone_search WHERE milestone_search MATCH ?').pluck().all(word);
    const id = migrated.prepare("SELECT id FROM milestones WHERE title = 'An old visit'").pluck().get();
    expect(find('old')).toEqual([id]);
    migrated.prepare("UPDATE milestones SET title = 'A new visit' WHERE id = ?").run(id);
    expect([find('old'), find('new')]).toEqual([[], [id]]);
    migrated.prepare('DELETE FROM milestones WHERE id = ?').run(id);
    expect(find('visit')).toEqual([]);
    expect(() => migrated.prepare("INSERT INTO milestone_search (milestone_search) VALUES ('integrity-check')").run()).not.toThrow();
    migrated.close();
  });
});
