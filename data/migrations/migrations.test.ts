import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase } from '../db/open';
import { registerFunctions } from '../db/search-index';
import { migrate, MIGRATIONS, SCHEMA_VERSION, SchemaTooNewError, schemaVersion } from './index';
import { tempDbFile } from '../test/temp-db';

function tables(db: ReturnType<typeof openDatabase>): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('migrations', () => {
  it('build the schema from an empty file and record its version', () => {
    const db = openDatabase(tempDbFile());
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(expect.arrayContaining(['countries', 'pairs', 'partnership_levels', 'milestones', 'sources', 'milestone_sources', 'app_meta']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('are numbered in rising order', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('do nothing when run again, on the same or a reopened file', () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    const before = db.prepare("SELECT sql FROM sqlite_master ORDER BY name").all();
    expect(migrate(db)).toEqual([]);
    db.close();
    const again = openDatabase(file);
    expect(again.prepare("SELECT sql FROM sqlite_master ORDER BY name").all()).toEqual(before);
    again.close();
  });

  it('refuse a database from a newer app', () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 10}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(SchemaTooNewError);
  });

  it('store Arabic, Chinese and English text as written', () => {
    const db = openDatabase(tempDbFile());
    db.prepare("INSERT INTO countries (code, name_en, name_ar, name_zh) VALUES ('CN', 'China', 'الصين', '中国')").run();
    expect(db.prepare("SELECT name_ar, name_zh FROM countries WHERE code = 'CN'").get()).toEqual({ name_ar: 'الصين', name_zh: '中国' });
    db.close();
  });

  it('reject a date whose precision does not match its form', () => {
    const db = openDatabase(tempDbFile());
    db.exec("INSERT INTO countries (code, name_en) VALUES ('CN', 'China'), ('TJ', 'Tajikistan'); INSERT INTO pairs (id, a_code, b_code) VALUES ('CN-TJ', 'CN', 'TJ')");
    const insert = db.prepare("INSERT INTO milestones (pair_id, category, title, start_date, start_precision) VALUES ('CN-TJ', 'visits', 'x', ?, ?)");
    expect(() => insert.run('2019', 'day')).toThrow(/CHECK/);
    expect(() => insert.run('2019-06-15', 'day')).not.toThrow();
    db.close();
  });
});

describe('migration 40: indexes for the import look-ups', () => {
  it('keeps the rows of version 30 and makes the identical-source look-up and the undo FK checks use indexes', () => {
    const db = new Database(tempDbFile());
    registerFunctions(db);
    migrate(db, 30);
    db.exec(`INSERT INTO countries (code, name_en) VALUES ('CN', 'China'), ('TJ', 'Tajikistan');
      INSERT INTO sources (publisher, title, date, language, url) VALUES ('Xinhua', 'A report', '2020', 'en', NULL);`);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array((sql.match(/\?/g) ?? []).length).fill(null)) as { detail: string }[]).map((r) => r.detail).join('; ');
    const lookup = 'SELECT id FROM sources WHERE publisher = ? AND title = ? AND url IS ? AND date IS ? AND language = ?';
    expect(plan(lookup)).toMatch(/SCAN sources/);
    expect(migrate(db, 40)).toEqual([40]);
    expect(plan(lookup)).toMatch(/USING (COVERING )?INDEX sources_byContent/);
    expect(plan('SELECT id FROM milestones WHERE level_id = 1')).toMatch(/milestones_byLevel/);
    expect(plan('SELECT id FROM pairs WHERE established_milestone_id = 1')).toMatch(/pairs_byEstablished/);
    expect(db.prepare(lookup).get('Xinhua', 'A report', null, '2020', 'en')).toEqual({ id: 1 });
    db.close();
  });
});

/** A bare file migrated to `version` (no search triggers: what a migration sees). */
function atVersion(version: number) {
  const db = new Database(tempDbFile());
  db.pragma('foreign_keys = ON');
  registerFunctions(db);
  migrate(db, version);
  expect(schemaVersion(db)).toBe(version);
  return db;
}

const previous = (version: number) => MIGRATIONS[MIGRATIONS.findIndex((m) => m.version === version) - 1].version;

describe('migration 50 (shared milestones)', () => {
  it('keeps existing milestones on their pair and links a milestone to further pairs, cascading with either side', () => {
    const db = atVersion(previous(50));
    db.exec(`INSERT INTO countries (code, name_en) VALUES ('CN', 'China'), ('KZ', 'Kazakhstan'), ('KG', 'Kyrgyzstan');
      INSERT INTO pairs (id, a_code, b_code) VALUES ('CN-KZ', 'CN', 'KZ'), ('CN-KG', 'CN', 'KG');
      INSERT INTO milestones (id, pair_id, category, title, start_date, start_precision) VALUES (1, 'CN-KZ', 'multilateral', 'Summit', '2023-05-18', 'day');`);
    migrate(db, 50);
    expect(db.prepare('SELECT pair_id FROM milestones WHERE id = 1').pluck().get()).toBe('CN-KZ');
    expect(db.prepare('SELECT count(*) FROM milestone_pairs').pluck().get()).toBe(0);
    db.exec(`INSERT INTO milestone_pairs (pair_id, milestone_id) VALUES ('CN-KG', 1)`);
    expect(() => db.exec(`INSERT INTO milestone_pairs (pair_id, milestone_id) VALUES ('CN-KG', 1)`)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.exec(`INSERT INTO milestone_pairs (pair_id, milestone_id) VALUES ('CN-XX', 1)`)).toThrow(/FOREIGN KEY/);
    expect(() => db.exec(`INSERT INTO milestone_pairs (pair_id, milestone_id) VALUES ('CN-KG', 'one')`)).toThrow(/datatype|STRICT|cannot store/i);
    db.exec(`DELETE FROM pairs WHERE id = 'CN-KG'`);
    expect(db.prepare('SELECT count(*) FROM milestone_pairs').pluck().get()).toBe(0);
    db.close();
  });
});

describe('migration 55 (evidence and languages)', () => {
  it('keeps existing sources and milestones, with NULL kind and texts, and checks the new columns', () => {
    const db = atVersion(previous(55));
    db.exec(`INSERT INTO countries (code, name_en) VALUES ('CN', 'China'), ('TJ', 'Tajikistan');
      INSERT INTO pairs (id, a_code, b_code) VALUES ('CN-TJ', 'CN', 'TJ');
      INSERT INTO milestones (id, pair_id, category, title, summary, start_date, start_precision) VALUES (1, 'CN-TJ', 'partnership', 'Upgrade', 'In English', '2013-05-20', 'day');
      INSERT INTO sources (id, publisher, title, language, url) VALUES (1, 'Xinhua', 'Report', 'en', 'https://example.org/a');`);
    migrate(db, 55);
    expect(db.prepare('SELECT summary, summary_ar, summary_zh, translated, quote, disagreement FROM milestones WHERE id = 1').get()).toEqual({
      summary: 'In English', summary_ar: null, summary_zh: null, translated: null, quote: null, disagreement: null,
    });
    expect(db.prepare('SELECT kind, copy_of_id FROM sources WHERE id = 1').get()).toEqual({ kind: null, copy_of_id: null });
    db.exec(`UPDATE sources SET kind = 'state-agency' WHERE id = 1`);
    expect(() => db.exec(`UPDATE sources SET kind = 'blog' WHERE id = 1`)).toThrow(/CHECK/);
    db.exec(`INSERT INTO sources (id, publisher, title, language, url, kind, copy_of_id) VALUES (2, 'A mirror', 'Report', 'en', 'https://mirror.example/a', 'copy', 1)`);
    db.exec(`UPDATE milestones SET summary_zh = '中文', summary_ar = 'عربي', translated = '["summary_ar","summary_zh"]', quote = '全面战略伙伴关系', quote_language = 'zh' WHERE id = 1`);
    expect(() => db.exec(`UPDATE milestones SET translated = 'summary_ar' WHERE id = 1`)).toThrow(/CHECK/);
    db.exec('DELETE FROM sources WHERE id = 1');
    expect(db.prepare('SELECT copy_of_id FROM sources WHERE id = 2').pluck().get()).toBeNull();
    db.close();
  });
});

describe('migration 60 (atlas: country codes, regions, tiers, relation events)', () => {
  it('keeps existing rows with NULL codes, tiers and events, and checks the new columns', () => {
    const db = atVersion(previous(60));
    db.exec(`INSERT INTO countries (code, name_en) VALUES ('CN', 'China'), ('FR', 'France');
      INSERT INTO pairs (id, a_code, b_code) VALUES ('CN-FR', 'CN', 'FR');
      INSERT INTO partnership_levels (id, pair_id, rank, key, name_en) VALUES (1, 'CN-FR', 1, 'comprehensive-strategic-partnership', 'CSP');
      INSERT INTO milestones (id, pair_id, category, title, start_date, start_precision) VALUES (1, 'CN-FR', 'diplomatic', 'Relations', '1964-01-27', 'day'),
        (2, 'CN-FR', 'visits', 'Visit', '2019-03-25', 'day');`);
    migrate(db, 60);
    expect(db.prepare("SELECT iso3, cow, m49, region_code, subregion_code FROM countries WHERE code = 'FR'").get()).toEqual({ iso3: null, cow: null, m49: null, region_code: null, subregion_code: null });
    expect(db.prepare('SELECT tier FROM partnership_levels WHERE id = 1').pluck().get()).toBeNull();
    expect(db.prepare('SELECT relation_event FROM milestones WHERE id = 1').pluck().get()).toBeNull();

    db.exec(`INSERT INTO m49_regions (code, name_en) VALUES ('150', 'Europe'); INSERT INTO m49_regions (code, parent_code, name_en, name_zh) VALUES ('155', '150', 'Western Europe', '西欧');`);
    db.exec(`UPDATE countries SET iso3 = 'FRA', cow = 220, m49 = '250', region_code = '150', subregion_code = '155' WHERE code = 'FR'`);
    expect(() => db.exec(`UPDATE countries SET iso3 = 'fr' WHERE code = 'FR'`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE countries SET region_code = '999' WHERE code = 'FR'`)).toThrow(/FOREIGN KEY/);
    expect(() => db.exec(`UPDATE countries SET cow = 'two' WHERE code = 'FR'`)).toThrow(/datatype|STRICT|cannot store/i);

    db.exec(`INSERT INTO partnership_tiers (tier, key, name_en) VALUES (4, 'comprehensive-strategic-partnership', 'Comprehensive strategic partnership')`);
    db.exec('UPDATE partnership_levels SET tier = 4 WHERE id = 1');
    expect(() => db.exec('UPDATE partnership_levels SET tier = 5 WHERE id = 1')).toThrow(/FOREIGN KEY/);
    expect(() => db.exec(`INSERT INTO partnership_tiers (tier, key, name_en) VALUES (5, 'comprehensive-strategic-partnership', 'Again')`)).toThrow(/UNIQUE/);

    db.exec(`UPDATE milestones SET relation_event = 'established' WHERE id = 1`);
    expect(() => db.exec(`UPDATE milestones SET relation_event = 'downgraded' WHERE id = 1`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE milestones SET relation_event = 'established' WHERE id = 2`)).toThrow(/CHECK/); // only a diplomatic milestone
    expect(db.prepare("SELECT id FROM milestones WHERE relation_event = 'established'").pluck().all()).toEqual([1]);
    db.close();
  });
});
