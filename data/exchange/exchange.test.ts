import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiError, openTestApi, validMilestone, type TestApi } from '../test/test-api';
import { tempDbFile } from '../test/temp-db';
import { oldBackup } from '../test/hostile-backups';
import { ApiError } from '../../shared/api/errors';
import type { ImportPreview } from '../../shared/exchange';
import { decodeUtf8File } from '../../shared/text/decode-utf8';

let t: TestApi;
beforeEach(() => {
  t = openTestApi();
});
afterEach(() => t.core.close());

/** The milestones with their sources, levels and pairs by content, not ids: what a round trip must keep. */
function contentOf(db: Database.Database): unknown {
  return db
    .prepare(`SELECT m.pair_id, m.category, m.title, m.title_ar, m.title_zh, m.summary, m.place, m.people, m.start_date, m.start_precision,
        m.end_date, m.end_precision, l.key AS level, m.dataset_key, m.modified, (p.established_milestone_id IS m.id) AS established,
        (SELECT json_group_array(json_array(s.publisher, s.title, s.date, s.language, s.url)) FROM
          (SELECT s.* FROM milestone_sources ms JOIN sources s ON s.id = ms.source_id WHERE ms.milestone_id = m.id ORDER BY ms.position) s) AS sources
      FROM milestones m JOIN pairs p ON p.id = m.pair_id LEFT JOIN partnership_levels l ON l.id = m.level_id
      ORDER BY m.pair_id, m.start_date, m.title`)
    .all();
}

const hostile = {
  ...validMilestone,
  title: '=cmd|"/c calc"!A1',
  titleAr: 'زيارةٌ رسمية',
  titleZh: '中吉乌铁路',
  summary: '<script>alert(1)</script>\nline two, "quoted"',
  place: '+Dushanbe',
  people: ['@someone', 'Emomali Rahmon'],
  end: '2021-04-02',
};

describe('export and import round trips', () => {
  it('JSON: the whole database exported and imported into an empty database gives identical rows', async () => {
    const { api, core } = t;
    await api.createMilestone({ milestone: hostile });
    const id = core.db.prepare("SELECT id FROM milestones WHERE dataset_key = 'cn-kg-2023-05-18-xian-talks'").pluck().get() as number;
    const shipped = await api.getMilestone({ id });
    await api.updateMilestone({ id, milestone: { pairId: 'CN-KG', category: 'visits', title: 'Edited by me', start: shipped.start, sources: [] } });
    const file = await api.exportData({ format: 'json' });
    const text = t.text(file);
    const empty = openTestApi({ seed: false });
    try {
      const preview = await empty.api.importPreview({ format: 'json', text, fileName: file.fileName });
      expect(preview).toMatchObject({ invalidCount: 0, duplicateCount: 0, toAdd: file.milestones });
      await empty.api.importCommit({ token: preview.token });
      expect(contentOf(empty.core.db)).toEqual(contentOf(core.db));
      const pairs = (await empty.api.listPairs({})).map((p) => [p.id, p.established, p.milestoneCount]);
      expect(pairs).toEqual((await api.listPairs({})).map((p) => [p.id, p.established, p.milestoneCount]));
    } finally {
      empty.core.close();
    }
  });

  it('CSV: milestones exported and imported into a database with the same pairs give identical rows', async () => {
    const { api, core } = t;
    await api.createMilestone({ milestone: hostile });
    const file = await api.exportData({ format: 'csv', bom: true });
    const text = t.text(file);
    expect(text.startsWith('\uFEFFpair,category,')).toBe(true);
    // Formula injection is neutralised in the cells a spreadsheet would run.
    const cells = Papa.parse<string[]>(text.slice(1)).data.flat();
    expect(cells).toContain("'=cmd|\"/c calc\"!A1");
    expect(cells).toContain("'+Dushanbe");
    expect(cells.some((c) => /^[=+@]/.test(c))).toBe(false);

    const other = openTestApi();
    try {
      other.core.db.exec('DELETE FROM milestones; DELETE FROM sources;');
      const preview = await other.api.importPreview({ format: 'csv', text, fileName: file.fileName });
      expect(preview.invalid).toEqual([]);
      await other.api.importCommit({ token: preview.token });
      const strip = (rows: unknown) => (rows as Record<string, unknown>[]).map(({ dataset_key, modified, established, ...rest }) => rest);
      expect(strip(contentOf(other.core.db))).toEqual(strip(contentOf(core.db)));
    } finally {
      other.core.close();
    }
  });

  it('CSV: every shipped milestone names the dataset version it came from; edited ones say so; the user’s own name none', async () => {
    const { api, core } = t;
    const manifest = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'dataset', 'manifest.json'), 'utf8')) as { version: number; released: string };
    await api.createMilestone({ milestone: { ...hostile, pairId: 'CN-KG' } });
    const shipped = core.db.prepare("SELECT id FROM milestones WHERE dataset_key = 'cn-kg-2023-05-18-xian-talks'").pluck().get() as number;
    const before = await api.getMilestone({ id: shipped });
    await api.updateMilestone({ id: shipped, milestone: { pairId: 'CN-KG', category: 'visits', title: 'Edited by me', start: before.start, sources: [] } });
    const file = await api.exportData({ format: 'csv', pairIds: ['CN-KG'] });
    const text = t.text(file);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const release = `Bilateral Timelines dataset v${manifest.version} (${manifest.released})`;
    expect(rows.find((r) => r.title === 'Edited by me')?.dataset_version).toBe(`${release}, edited`);
    expect(rows.find((r) => r.title.includes('cmd'))?.dataset_version).toBe('');
    const untouched = rows.filter((r) => r.title !== 'Edited by me' && !r.title.includes('cmd'));
    expect(untouched.length).toBeGreaterThan(5);
    for (const r of untouched) expect(r.dataset_version).toBe(release);
    // The column is read back without complaint (and names nothing the import keeps).
    const again = await api.importPreview({ format: 'csv', text, fileName: 'kg.csv' });
    expect(again.invalid).toEqual([]);
  });

  it('TimelineJS: one event per milestone, with text escaped as HTML and dates at their precision', async () => {
    const { api } = t;
    await api.createMilestone({ milestone: hostile });
    const file = await api.exportData({ format: 'timelinejs', pairIds: ['CN-TJ'] });
    const doc = JSON.parse(t.text(file)) as { events: { start_date: Record<string, unknown>; text: { headline: string; text: string } }[] };
    expect(doc.events).toHaveLength(file.milestones);
    const event = doc.events.find((e) => e.text.headline.includes('cmd'))!;
    expect(event.text.text).toContain('&#60;script&#62;');
    expect(event.text.text).not.toContain('<script>');
    expect(event.start_date).toMatchObject({ year: 2021, month: 3 });
    expect(event.start_date).not.toHaveProperty('day');
  });

  it('re-importing an export finds only duplicates; import is one undoable step', async () => {
    const { api, snapshot } = t;
    const file = await api.exportData({ format: 'csv', pairIds: ['CN-KG'] });
    const exported = t.text(file);
    const again = await api.importPreview({ format: 'csv', text: exported, fileName: 'kg.csv' });
    expect(again.toAdd).toBe(0);
    expect(again.duplicateCount).toBe(file.milestones);
    const before = snapshot();
    // Shared events with Japarov (the China–Central Asia summits) are on CN-TJ's timeline already.
    const sharedBefore = (await api.search({ query: 'Japarov', pairIds: ['CN-TJ'] })).total;
    const text = exported.replace(/^CN-KG,/gm, 'CN-TJ,');
    const preview = await api.importPreview({ format: 'csv', text, fileName: 'moved.csv' });
    const done = await api.importCommit({ token: preview.token });
    expect(done.value.added).toBe(preview.toAdd);
    expect(done.history.undoLabel).toBe(`Import ${preview.toAdd} milestones from moved.csv`);
    const after = snapshot();
    const found = (await api.search({ query: 'Japarov', pairIds: ['CN-TJ'] })).total;
    expect(found).toBeGreaterThan(sharedBefore);
    await api.undo({});
    expect(snapshot()).toBe(before);
    expect((await api.search({ query: 'Japarov', pairIds: ['CN-TJ'] })).total).toBe(sharedBefore);
    await api.redo({});
    expect(snapshot()).toBe(after);
    expect((await api.search({ query: 'Japarov', pairIds: ['CN-TJ'] })).total).toBe(found);
    await api.undo({});
    expect(snapshot()).toBe(before);
    await apiError(api.importCommit({ token: preview.token }));
  });
});

describe('malformed import files', () => {
  const dir = path.join(import.meta.dirname, 'bad-files');
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, string>;

  it('has a corpus of at least 30 files', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(30);
  });

  /** What the app says of a file: the preview's row notes and, with nothing valid, the refused commit; or the refusal. */
  async function importSays(api: TestApi['api'], input: () => Parameters<TestApi['api']['importPreview']>[0]): Promise<string> {
    try {
      const preview: ImportPreview = await api.importPreview(input());
      const notes = preview.invalid.map((n) => `line ${n.line}: ${n.reason}`).join('\n');
      // With nothing valid, committing is refused too (a file with some valid rows is only previewed here).
      const commit = preview.toAdd === 0 ? (await apiError(api.importCommit({ token: preview.token }))).message : '';
      return `${notes}\n${commit}`;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return error.message;
    }
  }

  it.each(Object.entries(expected))('%s: "%s", and the database is unchanged', async (name, message) => {
    const { api, snapshot } = t;
    const before = snapshot();
    const format = name.endsWith('.csv') ? 'csv' : 'json';
    // As the renderer reads a file: strict UTF-8 (a file in another encoding is refused by its bytes).
    const said = await importSays(api, () => ({ format, text: decodeUtf8File(fs.readFileSync(path.join(dir, name))), fileName: name }));
    expect(said).toContain(message);
    expect(snapshot()).toBe(before);
  });

  // Browser mode's path: the file is uploaded and read by the job piece by piece (a CSV), not as one text.
  it.each(Object.entries(expected))('%s as an uploaded file: the same "%s"', async (name, message) => {
    const { api, snapshot, core } = t;
    const before = snapshot();
    const format = name.endsWith('.csv') ? 'csv' : 'json';
    const { id, file } = core.uploads.create();
    fs.copyFileSync(path.join(dir, name), file);
    core.uploads.keep(id, file, fs.statSync(file).size);
    const said = await importSays(api, () => ({ format, upload: id, fileName: name }));
    expect(said).toContain(message);
    expect(snapshot()).toBe(before);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('backup and restore', () => {
  it('restores a backup over later changes, and keeps the replaced file', async () => {
    const { api, snapshot } = t;
    const before = snapshot();
    const backup = await api.createBackup({});
    expect(backup.bytes).toBeGreaterThan(10_000);
    await api.createMilestone({ milestone: validMilestone });
    await api.deletePair({ id: 'CN-KG' });
    const result = await api.restoreBackup({ upload: t.upload(t.fetch(backup)) });
    expect(result.migrated).toBe(false);
    expect(snapshot()).toBe(before);
    expect((await api.search({ query: 'Kyrgyzstan' })).hits.length).toBeGreaterThan(0);
    expect(fs.existsSync(result.previousFile)).toBe(true);
    expect(await api.historyState({})).toMatchObject({ canUndo: false });
  });

  it('migrates an old-schema backup (version 15) and builds its search index', async () => {
    const old = oldBackup(15, `INSERT INTO countries VALUES ('CN', 'China', NULL, NULL), ('RU', 'Russia', NULL, NULL);
      INSERT INTO pairs (id, a_code, b_code) VALUES ('CN-RU', 'CN', 'RU');
      INSERT INTO milestones (pair_id, category, title, start_date, start_precision) VALUES ('CN-RU', 'visits', 'An old visit', '2001', 'year');`);
    const result = await t.api.restoreBackup({ upload: t.upload(Buffer.from(old, 'base64')) });
    expect(result).toMatchObject({ fromVersion: 15, migrated: true });
    expect((await t.api.search({ query: 'old visit' })).hits[0].title).toBe('An old visit');
    // The bundled dataset is brought in too (the old file had none).
    expect((await t.api.listPairs({})).map((p) => p.id)).toEqual(expect.arrayContaining(['CN-RU', 'CN-TJ']));
  });

  it('refuses a file that is not a backup of this app, a newer one and garbage; nothing changes', async () => {
    const { api, snapshot } = t;
    const before = snapshot();
    const other = new Database(tempDbFile());
    other.exec('CREATE TABLE notes (x TEXT)');
    other.close();
    expect((await apiError(api.restoreBackup({ upload: t.upload(other.name) }))).message).toMatch(/not a Bilateral Timelines database/);
    const file = tempDbFile();
    fs.writeFileSync(file, t.fetch(await api.createBackup({})));
    const n = new Database(file);
    n.pragma('user_version = 9999');
    n.close();
    expect((await apiError(api.restoreBackup({ upload: t.upload(file) }))).message).toMatch(/newer version/);
    expect((await apiError(api.restoreBackup({ upload: t.upload(Buffer.from('hello, not sqlite at all '.repeat(100))) }))).message).toMatch(/not a database backup/);
    expect(snapshot()).toBe(before);
  });
});
