import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestApi, validMilestone, type TestApi } from '../test/test-api';
import { tempDbFile, tempDir } from '../test/temp-db';
import { addInjectingColumn } from '../test/hostile-backups';
import { openDatabase } from '../db/open';
import { APP_TABLES } from '../db/app-tables';
import { History } from './history';
import { migrate, MIGRATIONS } from '../migrations';

let t: TestApi | undefined;
afterEach(() => t?.core.close());

describe('the undo log', () => {
  it('never runs SQL carried by a column name: an edit and its undo touch only the app’s rows', async () => {
    const dbFile = tempDbFile();
    openTestApi({ dbFile }).core.close();
    const dir = tempDir();
    const created = path.join(dir, 'created-by-attacker.sqlite');
    const victim = path.join(dir, 'victim.sqlite');
    fs.copyFileSync(dbFile, victim);
    const victimBefore = fs.readFileSync(victim);
    const raw = new Database(dbFile);
    addInjectingColumn(raw, created, victim);
    raw.close();

    t = openTestApi({ dbFile });
    const { api } = t;
    const id = (await api.createMilestone({ milestone: validMilestone })).value.id;
    await api.updateMilestone({ id, milestone: { ...validMilestone, title: 'Edited' } });
    await api.undo({});
    expect(fs.existsSync(created)).toBe(false);
    expect(fs.readFileSync(victim).equals(victimBefore)).toBe(true);
    expect((await api.getMilestone({ id })).title).toBe('A test agreement');
    await api.undo({});
    await api.redo({});
    await api.redo({});
    expect((await api.getMilestone({ id })).title).toBe('Edited');
  });

  it('applies a bulk step’s statements one at a time: a script of two is refused and nothing changes', () => {
    const db = openDatabase(tempDbFile());
    const history = new History(db);
    db.exec("INSERT INTO countries (code, name_en) VALUES ('CN', 'China'), ('RU', 'Russia')");
    history.recordBulk('two statements', () => ({ result: null, inverse: [{ sql: "DELETE FROM countries WHERE code = 'CN'; DELETE FROM countries WHERE code = 'RU'", params: [] }] }));
    expect(() => history.undo()).toThrow(/more than one statement/);
    expect(db.prepare('SELECT count(*) FROM countries').pluck().get()).toBe(2);
    db.close();
  });

  it('takes its column names from the app’s fixed list, which matches the migrated schema', () => {
    const db = openDatabase(tempDbFile());
    for (const table of APP_TABLES) {
      const columns = db.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(table.name) as { name: string; pk: number }[];
      expect(table.columns.map((c) => c.name), table.name).toEqual(columns.map((c) => c.name));
      expect(table.key, table.name).toEqual(columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name));
    }
    const userTables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%search%'").pluck().all();
    expect([...userTables].sort()).toEqual(APP_TABLES.map((x) => x.name).sort());
    db.close();
  });

  it('knows which schema version added each table and column (what a restore of an older backup reads)', () => {
    for (const { version } of MIGRATIONS) {
      const db = new Database(':memory:');
      migrate(db, version);
      for (const table of APP_TABLES) {
        const columns = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table.name);
        const expected = table.since <= version ? table.columns.filter((c) => c.since <= version).map((c) => c.name) : [];
        expect(columns, `${table.name} at ${version}`).toEqual(expected);
      }
      db.close();
    }
  });
});
