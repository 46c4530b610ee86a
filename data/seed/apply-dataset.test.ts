import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import fs from 'node:fs';
import path from 'node:path';
import { applyDataset, TIER_SOURCE_KEY } from './apply-dataset';
import { getMeta } from '../repositories/meta';
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

describe('applying the world pairs (issue 20)', () => {
  it('writes each country with its codes, each level with its tier, each relation step with its kind, and the tier scale', () => {
    const db = openDatabase(tempDbFile());
    const dataset = bundled();
    applyDataset(db, dataset);
    const world = dataset.world!;
    expect(db.prepare('SELECT count(*) FROM pairs').pluck().get()).toBe(dataset.manifest.pairs.length + world.pairs.length);
    expect(db.prepare("SELECT code, iso3, cow, m49, region_code, subregion_code, name_en, name_zh FROM countries WHERE code = 'FR'").get()).toEqual({
      code: 'FR', iso3: 'FRA', cow: 220, m49: '250', region_code: '150', subregion_code: '155', name_en: 'France', name_zh: '法国',
    });
    // A deep pair's country keeps the editors' names and gains its codes.
    const kz = dataset.manifest.countries.find((c) => c.code === 'KZ')!;
    expect(db.prepare("SELECT name_zh, iso3, cow FROM countries WHERE code = 'KZ'").get()).toEqual({ name_zh: kz.name.zh, iso3: 'KAZ', cow: 705 });
    expect(db.prepare("SELECT name_zh FROM m49_regions WHERE code = '142'").pluck().get()).toBe('亚洲');
    expect(db.prepare('SELECT tier, key FROM partnership_tiers ORDER BY tier').all()).toEqual(world.tiers.tiers.map((t) => ({ tier: t.tier, key: t.key })));
    expect(db.prepare('SELECT count(*) FROM partnership_levels WHERE tier IS NULL').pluck().get()).toBe(0);
    expect(JSON.parse(getMeta(db, TIER_SOURCE_KEY)!)).toEqual(world.tiers.source);

    const research = JSON.parse(fs.readFileSync(path.join(DATASET_DIR, 'world/research.json'), 'utf8'));
    const worldSteps = research.countries.filter((c: any) => world.pairs.some((p) => p.includes(c.iso2))).flatMap((c: any) => c.relations);
    const byEvent = db.prepare('SELECT relation_event AS e, count(*) AS n FROM milestones WHERE relation_event IS NOT NULL GROUP BY e').all() as { e: string; n: number }[];
    const counted = Object.fromEntries(byEvent.map((r) => [r.e, r.n]));
    // The world's steps, plus the five deep pairs' establishments.
    expect(counted.established).toBe(worldSteps.filter((s: any) => s.event === 'established').length + dataset.manifest.pairs.length);
    expect(counted.suspended).toBe(worldSteps.filter((s: any) => s.event === 'suspended').length);
    // Pakistan's rungs: each a partnership milestone on its level, with its sources in order.
    const pk = research.countries.find((c: any) => c.iso2 === 'PK');
    const rows = db.prepare(`SELECT m.start_date AS date, l.key, l.tier, (SELECT json_group_array(s.dataset_key) FROM (SELECT s.dataset_key FROM milestone_sources ms
      JOIN sources s ON s.id = ms.source_id WHERE ms.milestone_id = m.id ORDER BY ms.position) s) AS sources
      FROM milestones m JOIN partnership_levels l ON l.id = m.level_id WHERE m.pair_id = 'CN-PK' ORDER BY m.start_date`).all() as any[];
    expect(rows.map((r) => ({ ...r, sources: JSON.parse(r.sources) }))).toEqual(pk.ladder.map((r: any) => ({ date: r.date, key: r.key, tier: r.tier, sources: r.sources })));
    db.close();
  });
});
