import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { applyDataset } from './apply-dataset';
import { readDataset } from '../dataset/validate';
import { DATASET_DIR, tempDbFile } from '../test/temp-db';
import { insertMilestone } from '../repositories/milestones';
import type { Dataset } from '../dataset/schema';

function bundled(): Dataset {
  const { dataset } = readDataset(DATASET_DIR);
  if (!dataset) throw new Error('bundled dataset is invalid');
  return dataset;
}

describe('applying the dataset', () => {
  it('loads every pair, milestone and source link once', () => {
    const db = openDatabase(tempDbFile());
    const dataset = bundled();
    expect(applyDataset(db, dataset)).toEqual({ applied: true, version: dataset.manifest.version });
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const all = [...dataset.pairs.flatMap((p) => p.milestones), ...dataset.shared];
    expect(count('SELECT count(*) AS n FROM milestones')).toBe(all.length);
    expect(count('SELECT count(*) AS n FROM milestone_sources')).toBe(all.reduce((k, m) => k + m.sources.length, 0));
    // A shared milestone is one row, linked to each further pair it names.
    expect(count('SELECT count(*) AS n FROM milestone_pairs')).toBe(dataset.shared.reduce((k, m) => k + m.pairs.length - 1, 0));
    expect(applyDataset(db, dataset)).toEqual({ applied: false, version: dataset.manifest.version });
    db.close();
  });

  it('a newer version updates bundled rows in place and leaves the user’s own milestones alone', () => {
    const db = openDatabase(tempDbFile());
    const v1 = bundled();
    applyDataset(db, v1);
    const mine = insertMilestone(db, {
      pairId: 'CN-KG', category: 'economy', title: 'My own note', titleAr: null, titleZh: null, summary: null, place: null,
      people: [], start: '2024-03', end: null, levelId: null, sources: [],
    });
    const v2: Dataset = structuredClone(v1);
    v2.manifest.version = v1.manifest.version + 1;
    const kg = v2.pairs.find((p) => p.pair === 'CN-KG')!;
    const first = kg.milestones[0];
    first.title = `${first.title} (revised)`;
    const idBefore = (db.prepare('SELECT id FROM milestones WHERE dataset_key = ?').get(first.key) as { id: number }).id;
    expect(applyDataset(db, v2).applied).toBe(true);
    const row = db.prepare('SELECT id, title FROM milestones WHERE dataset_key = ?').get(first.key) as { id: number; title: string };
    expect(row).toEqual({ id: idBefore, title: first.title });
    expect(db.prepare('SELECT title, dataset_key FROM milestones WHERE id = ?').get(mine)).toEqual({ title: 'My own note', dataset_key: null });
    db.close();
  });

  it('an update from a version that had the merged and the left-out rows retires them, moving story places to the merged row', () => {
    const db = openDatabase(tempDbFile());
    const dataset = bundled();
    applyDataset(db, dataset);
    // What v11 had: the Xi'an summit also as a Tajikistan row (now merged), and a milestone since left out.
    const old = (key: string) =>
      (db.prepare(`INSERT INTO milestones (pair_id, category, title, start_date, start_precision, dataset_key) VALUES ('CN-TJ', 'multilateral', 'Old row', '2023-05-19', 'day', ?) RETURNING id`).get(key) as { id: number }).id;
    const merged = old('cn-tj-2023-05-19-xian-summit');
    const leftOut = old(dataset.manifest.retired![0]);
    const story = (db.prepare("INSERT INTO stories (name) VALUES ('Summits') RETURNING id").get() as { id: number }).id;
    db.prepare('INSERT INTO story_items (story_id, position, milestone_id) VALUES (?, 0, ?)').run(story, merged);
    db.prepare("UPDATE app_meta SET value = '11' WHERE key = 'dataset_version'").run();
    expect(applyDataset(db, dataset).applied).toBe(true);
    const ids = db.prepare('SELECT id FROM milestones WHERE id IN (?, ?)').pluck().all(merged, leftOut);
    expect(ids).toEqual([]);
    const summit = db.prepare("SELECT id FROM milestones WHERE dataset_key = 'cn-kz-2023-05-xian-china-central-asia-summit'").pluck().get();
    expect(db.prepare('SELECT milestone_id FROM story_items WHERE story_id = ?').pluck().all(story)).toEqual([summit]);
    db.close();
  });

  it('keeps a merged row the user edited', () => {
    const db = openDatabase(tempDbFile());
    const dataset = bundled();
    applyDataset(db, dataset);
    const mine = (db.prepare(`INSERT INTO milestones (pair_id, category, title, start_date, start_precision, dataset_key, modified) VALUES ('CN-TJ', 'multilateral', 'My notes on the summit', '2023-05-19', 'day', 'cn-tj-2023-05-19-xian-summit', 1) RETURNING id`).get() as { id: number }).id;
    db.prepare("UPDATE app_meta SET value = '11' WHERE key = 'dataset_version'").run();
    applyDataset(db, dataset);
    expect(db.prepare('SELECT title FROM milestones WHERE id = ?').pluck().get(mine)).toBe('My notes on the summit');
    db.close();
  });
});
