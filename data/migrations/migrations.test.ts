import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
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
