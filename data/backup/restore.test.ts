/**
 * The corpus of hostile backups (issue 14): each one a real backup of the app altered as an attacker
 * would, restored through the contract. A restore copies rows into a fresh database, so nothing of the
 * file's schema survives, and rows the app would not accept are refused with nothing changed.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiError, openTestApi, validMilestone, type TestApi } from '../test/test-api';
import { tempDbFile, tempDir } from '../test/temp-db';
import { addInjectingColumn, alteredBackup, oldBackup, schemaOf } from '../test/hostile-backups';
import { previousFileOf } from '../app-core';
import { openDatabase } from '../db/open';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrations';

let t: TestApi;
let dbFile: string;
let freshSchema: ReturnType<typeof schemaOf>;
beforeEach(() => {
  dbFile = tempDbFile();
  t = openTestApi({ dbFile });
  const fresh = openDatabase(tempDbFile());
  freshSchema = schemaOf(fresh);
  fresh.close();
});
afterEach(() => t.core.close());

const count = (table: string) => t.core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const userMilestone = async () => (await t.api.createMilestone({ milestone: validMilestone })).value.id;
/** Restores, then checks that the database holds the app's schema and nothing else. */
/** A backup given as base64 (as the corpus holds them), staged as the host stages an uploaded file. */
const upload = (base64: string) => t.upload(Buffer.from(base64, 'base64'));
async function restoreClean(base64: string) {
  const result = await t.api.restoreBackup({ upload: upload(base64) });
  expect(schemaOf(t.core.db)).toEqual(freshSchema);
  return result;
}
async function refused(base64: string, message: RegExp) {
  const before = t.snapshot();
  const error = await apiError(t.api.restoreBackup({ upload: upload(base64) }));
  expect(error.code).toBe('invalid_input');
  expect(error.message).toMatch(message);
  expect(t.snapshot()).toBe(before);
  expect(fs.existsSync(previousFileOf(dbFile))).toBe(false);
}
const firstMilestone = () => t.core.db.prepare('SELECT id FROM milestones ORDER BY id LIMIT 1').pluck().get() as number;
async function editOne() {
  const id = firstMilestone();
  const m = await t.api.getMilestone({ id });
  await t.api.updateMilestone({ id, milestone: { ...validMilestone, pairId: m.pairId, title: 'Edited after restore', sources: [] } });
  return id;
}

describe('restoring a hostile backup', () => {
  it('column-name injection: restore, edit, undo run nothing of the file (no file created, the safety copy untouched)', async () => {
    const dir = tempDir();
    const created = path.join(dir, 'created-by-backup.sqlite');
    const base64 = await alteredBackup(t, (db) => addInjectingColumn(db, created, previousFileOf(dbFile)));
    await userMilestone();
    await restoreClean(base64);
    const safetyCopy = fs.readFileSync(previousFileOf(dbFile));
    const id = await editOne();
    await t.api.undo({});
    expect(fs.existsSync(created)).toBe(false);
    expect(fs.readFileSync(previousFileOf(dbFile)).equals(safetyCopy)).toBe(true);
    expect((await t.api.getMilestone({ id })).title).not.toBe('Edited after restore');
  });

  it('a trigger that deletes every other milestone on the first edit does not come along', async () => {
    const base64 = await alteredBackup(t, (db) => db.exec('CREATE TRIGGER wipe AFTER UPDATE ON milestones BEGIN DELETE FROM milestones WHERE id <> NEW.id; END'));
    await restoreClean(base64);
    const before = count('milestones');
    await editOne();
    expect(count('milestones')).toBe(before);
  });

  it('a trigger set to fire during the restore itself (when the bundled dataset is brought up to date) never runs', async () => {
    const mine = await userMilestone();
    const base64 = await alteredBackup(t, (db) => db.exec(`
      UPDATE app_meta SET value = '0' WHERE key = 'dataset_version';
      CREATE TRIGGER during AFTER UPDATE ON countries BEGIN
        DELETE FROM milestones WHERE dataset_key IS NULL;
        INSERT INTO stories (name) VALUES ('ran during restore');
      END;`));
    await restoreClean(base64);
    expect((await t.api.getMilestone({ id: mine })).title).toBe(validMilestone.title);
    expect(count('stories')).toBe(0);
  });

  it('a recursive-CTE trigger (it froze the server for seconds) does not come along', async () => {
    const base64 = await alteredBackup(t, (db) => db.exec(`CREATE TRIGGER slow AFTER UPDATE ON milestones BEGIN
      INSERT INTO app_meta (key, value) SELECT 'cte ran', (SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000) SELECT x FROM c));
    END`));
    await restoreClean(base64);
    await editOne();
    expect(t.core.db.prepare("SELECT count(*) FROM app_meta WHERE key = 'cte ran'").pluck().get()).toBe(0);
  });

  it('a view in place of the search table: search is rebuilt by the app and works', async () => {
    const base64 = await alteredBackup(t, (db) => db.exec(`DROP TABLE milestone_search;
      CREATE VIEW milestone_search (title, summary, place, people) AS SELECT 'x', 'x', 'x', 'x'`));
    await restoreClean(base64);
    const hits = (await t.api.search({ query: 'Kyrgyzstan' })).hits;
    expect(hits.length).toBeGreaterThan(0);
  });

  it('a sources table without the url CHECK, holding javascript: and data: links: refused, nothing changes', async () => {
    for (const url of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', ' https://example.org/']) {
      const base64 = await alteredBackup(t, (db) => {
        const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'sources'").pluck().get() as string)
          .replace(/url TEXT CHECK \([^)]*\)/, 'url TEXT')
          .replace('CREATE TABLE sources', 'CREATE TABLE sources_loose');
        expect(sql).not.toMatch(/GLOB 'http/);
        db.pragma('foreign_keys = OFF');
        db.exec(`${sql}; INSERT INTO sources_loose SELECT * FROM sources; DROP TABLE sources; ALTER TABLE sources_loose RENAME TO sources;`);
        db.prepare('UPDATE sources SET url = ? WHERE id = (SELECT min(id) FROM sources)').run(url);
      });
      await refused(base64, /sources, row 1: a link must start with http:\/\/ or https:\/\//);
    }
  });

  it('a milestones table with a loosened CHECK and a category the app does not know: refused', async () => {
    const base64 = await alteredBackup(t, (db) => {
      db.pragma('foreign_keys = OFF');
      const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'milestones'").pluck().get() as string)
        .replace(/category TEXT NOT NULL CHECK \([^)]*\)\)/, 'category TEXT NOT NULL')
        .replace('CREATE TABLE milestones', 'CREATE TABLE milestones_loose');
      db.exec(`${sql}; INSERT INTO milestones_loose SELECT * FROM milestones; DROP TABLE milestones; ALTER TABLE milestones_loose RENAME TO milestones;
        UPDATE milestones SET category = 'evil' WHERE id = (SELECT min(id) FROM milestones WHERE relation_event IS NULL);`);
    });
    await refused(base64, /milestones, row \d+: it breaks a rule of the app's schema/);
  });

  it('a milestones "table" that is a view: not this app’s database', async () => {
    const base64 = await alteredBackup(t, (db) => {
      db.pragma('foreign_keys = OFF');
      db.exec('CREATE TABLE m2 AS SELECT * FROM milestones; DROP TABLE milestones; CREATE VIEW milestones AS SELECT * FROM m2;');
    });
    await refused(base64, /not a Bilateral Timelines database/);
  });

  it('extra tables, views, indexes, triggers and virtual tables: none survives, the rows do', async () => {
    const mine = await userMilestone();
    const base64 = await alteredBackup(t, (db) => db.exec(`
      CREATE TABLE evil (x); INSERT INTO evil VALUES ('kept?');
      CREATE VIEW evil_view AS SELECT * FROM evil;
      CREATE INDEX evil_index ON milestones (title);
      CREATE TRIGGER evil_trigger AFTER INSERT ON sources BEGIN DELETE FROM sources; END;
      CREATE VIRTUAL TABLE evil_fts USING fts5 (x);
      CREATE TEMP TABLE not_even_saved (x);`));
    await restoreClean(base64);
    expect((await t.api.getMilestone({ id: mine })).title).toBe(validMilestone.title);
    await t.api.createMilestone({ milestone: validMilestone });
    expect(count('sources')).toBeGreaterThan(0);
  });

  it('a backup from a newer version is refused', async () => {
    const base64 = await alteredBackup(t, (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 10}`));
    await refused(base64, /newer version/);
  });

  it('a schema version no release of the app had is refused', async () => {
    const base64 = await alteredBackup(t, (db) => db.pragma(`user_version = ${SCHEMA_VERSION - 1}`));
    await refused(base64, /not a Bilateral Timelines database/);
  });

  it('not a database, an empty file, a header with garbage after it, a truncated backup: refused, nothing changes', async () => {
    const real = t.fetch(await t.api.createBackup({}));
    await refused(Buffer.from('hello, not sqlite at all '.repeat(100)).toString('base64'), /not a database backup/);
    await refused('', /not a database backup/);
    await refused(Buffer.concat([real.subarray(0, 100), Buffer.alloc(8192, 0xab)]).toString('base64'), /not a database backup|damaged/);
    await refused(real.subarray(0, Math.floor(real.length / 2)).toString('base64'), /not a database backup|damaged/);
  });

  it('WAL leftovers: a WAL-mode backup restores without reading or leaving a log; stale logs beside the files are never applied', async () => {
    const mine = await userMilestone();
    const base64 = await alteredBackup(t, (db) => {
      db.pragma('journal_mode = WAL');
      db.exec("INSERT INTO stories (name) VALUES ('written in WAL mode')");
    });
    expect(Buffer.from(base64, 'base64')[18]).toBe(2);
    const { dir, name } = path.parse(dbFile);
    for (const stale of [`${name}.restoring.sqlite-wal`, `${name}.restoring.sqlite-journal`, `${name}.before-restore.sqlite-wal`, `${name}.before-restore.sqlite-shm`]) {
      fs.writeFileSync(path.join(dir, stale), Buffer.alloc(4096, 0x5a));
    }
    await restoreClean(base64);
    expect((await t.api.getMilestone({ id: mine })).title).toBe(validMilestone.title);
    expect(count('stories')).toBe(1);
    expect(t.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const previous = new Database(previousFileOf(dbFile), { readonly: true });
    expect(previous.pragma('integrity_check', { simple: true })).toBe('ok');
    previous.close();
    expect(fs.readdirSync(dir).filter((f) => f.includes('restoring'))).toEqual([]);
  });

  // One restore per schema version, each bringing the bundled dataset (186 pairs) up to date: seconds, not milliseconds.
  it('older backups (every schema version the migrations know) are filled into a fresh database and migrated by the app', { timeout: 60_000 }, async () => {
    for (const { version } of MIGRATIONS.filter((m) => m.version < SCHEMA_VERSION)) {
      const base64 = oldBackup(version, `INSERT INTO countries (code, name_en) VALUES ('CN', 'China'), ('RU', 'Russia');
        INSERT INTO pairs (id, a_code, b_code) VALUES ('CN-RU', 'CN', 'RU');
        INSERT INTO milestones (pair_id, category, title, start_date, start_precision) VALUES ('CN-RU', 'visits', 'An old visit', '2001', 'year');
        CREATE TRIGGER old_evil AFTER INSERT ON countries BEGIN DELETE FROM milestones WHERE dataset_key IS NULL; END;`);
      const result = await restoreClean(base64);
      expect(result).toMatchObject({ fromVersion: version, migrated: true });
      expect((await t.api.search({ query: 'old visit' })).hits.map((h) => h.title), String(version)).toEqual(['An old visit']);
      expect((await t.api.listPairs({})).map((p) => p.id)).toEqual(expect.arrayContaining(['CN-RU', 'CN-TJ']));
    }
  });
});
