/**
 * Loads the bundled dataset into a database: on first run, and again whenever the files carry a newer
 * version. Rows are matched by their dataset keys, so an update refreshes bundled rows in place and
 * never touches the user's own milestones and sources (which have no key) nor bundled milestones the user
 * has edited (until the user resets them).
 */
import type { Db } from '../db/open';
import { precisionOf } from '../../shared/dates';
import type { Dataset, DatasetMilestone } from '../dataset/schema';
import { getMeta, setMeta } from '../repositories/meta';

export const DATASET_VERSION_KEY = 'dataset_version';
/** When the bundled dataset's version was released (its citation's date). */
export const DATASET_RELEASED_KEY = 'dataset_released';

export interface SeedOutcome {
  applied: boolean;
  version: number;
}

export function applyDataset(db: Db, dataset: Dataset): SeedOutcome {
  const version = dataset.manifest.version;
  const current = Number(getMeta(db, DATASET_VERSION_KEY) ?? 0);
  if (current >= version) return { applied: false, version: current };

  const upsertCountry = db.prepare(`
    INSERT INTO countries (code, name_en, name_ar, name_zh) VALUES (@code, @en, @ar, @zh)
    ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_ar = excluded.name_ar, name_zh = excluded.name_zh`);
  const upsertPair = db.prepare(`
    INSERT INTO pairs (id, a_code, b_code, sort_order) VALUES (?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET sort_order = excluded.sort_order`);
  const upsertLevel = db.prepare(`
    INSERT INTO partnership_levels (pair_id, rank, key, name_en, name_ar, name_zh) VALUES (@pair, @rank, @key, @en, @ar, @zh)
    ON CONFLICT (pair_id, key) DO UPDATE SET rank = excluded.rank, name_en = excluded.name_en, name_ar = excluded.name_ar, name_zh = excluded.name_zh
    RETURNING id`);
  // Ranks are unique per pair: park them out of the way before re-ranking a ladder.
  const parkRanks = db.prepare('UPDATE partnership_levels SET rank = rank + 100000 WHERE pair_id = ?');
  const upsertSource = db.prepare(`
    INSERT INTO sources (publisher, title, date, language, url, dataset_key) VALUES (@publisher, @title, @date, @language, @url, @key)
    ON CONFLICT (dataset_key) DO UPDATE SET publisher = excluded.publisher, title = excluded.title, date = excluded.date,
      language = excluded.language, url = excluded.url
    RETURNING id`);
  const setEstablished = db.prepare('UPDATE pairs SET established_milestone_id = (SELECT id FROM milestones WHERE dataset_key = ?) WHERE id = ?');
  const writeMilestone = bundledMilestoneWriter(db);
  const deleted = new Set(db.prepare('SELECT key FROM dataset_tombstones').pluck().all() as string[]);

  db.transaction(() => {
    for (const c of dataset.manifest.countries) upsertCountry.run({ code: c.code, ...c.name });
    const sourceIds = new Map<string, number>();
    for (const s of dataset.sources) {
      const row = upsertSource.get({ ...s }) as { id: number };
      sourceIds.set(s.key, row.id);
    }
    dataset.manifest.pairs.forEach((id, order) => {
      const [a, b] = id.split('-');
      upsertPair.run(id, a, b, order);
    });
    for (const pair of dataset.pairs) {
      parkRanks.run(pair.pair);
      const levelIds = new Map<string, number>();
      pair.ladder.forEach((level, i) => {
        const row = upsertLevel.get({ pair: pair.pair, rank: i + 1, key: level.key, ...level.name }) as { id: number };
        levelIds.set(level.key, row.id);
      });
      for (const m of pair.milestones) {
        if (deleted.has(m.key)) continue;
        writeMilestone(pair.pair, m, levelIds.get(m.sets_level ?? ''), m.sources.map((key) => sourceIds.get(key)), false);
      }
      if (pair.established) setEstablished.run(pair.established, pair.pair);
    }
    setMeta(db, DATASET_VERSION_KEY, String(version));
    if (dataset.manifest.released) setMeta(db, DATASET_RELEASED_KEY, dataset.manifest.released);
  })();
  return { applied: true, version };
}

/**
 * Writes one bundled milestone and its source links. An update skips a milestone the user has edited
 * unless `reset` (the user asked for the shipped version back).
 */
function bundledMilestoneWriter(db: Db) {
  const upsert = db.prepare(`
    INSERT INTO milestones (pair_id, category, title, title_ar, title_zh, summary, place, people,
      start_date, start_precision, end_date, end_precision, level_id, dataset_key)
    VALUES (@pair, @category, @title, @titleAr, @titleZh, @summary, @place, @people,
      @start, @startPrecision, @end, @endPrecision, @levelId, @key)
    ON CONFLICT (dataset_key) DO UPDATE SET pair_id = excluded.pair_id, category = excluded.category, title = excluded.title,
      title_ar = excluded.title_ar, title_zh = excluded.title_zh, summary = excluded.summary, place = excluded.place,
      people = excluded.people, start_date = excluded.start_date, start_precision = excluded.start_precision,
      end_date = excluded.end_date, end_precision = excluded.end_precision, level_id = excluded.level_id, modified = 0
    WHERE milestones.modified = 0 OR @reset
    RETURNING id`);
  const clearLinks = db.prepare('DELETE FROM milestone_sources WHERE milestone_id = ?');
  const link = db.prepare('INSERT INTO milestone_sources (milestone_id, source_id, position) VALUES (?, ?, ?)');
  return (pairId: string, m: DatasetMilestone, levelId: number | undefined, sourceIds: (number | undefined)[], reset: boolean): number | undefined => {
    const row = upsert.get({
      pair: pairId,
      key: m.key,
      category: m.category,
      title: m.title,
      titleAr: m.title_ar ?? null,
      titleZh: m.title_zh ?? null,
      summary: m.summary ?? null,
      place: m.place ?? null,
      people: JSON.stringify(m.people ?? []),
      start: m.start,
      startPrecision: precisionOf(m.start),
      end: m.end ?? null,
      endPrecision: m.end ? precisionOf(m.end) : null,
      levelId: levelId ?? null,
      reset: reset ? 1 : 0,
    }) as { id: number } | undefined;
    if (!row) return undefined;
    clearLinks.run(row.id);
    sourceIds.forEach((sourceId, position) => {
      if (sourceId !== undefined) link.run(row.id, sourceId, position);
    });
    return row.id;
  };
}

/** Puts back the shipped version of a bundled milestone the user edited; false if it is not in the dataset. */
export function resetBundledMilestone(db: Db, dataset: Dataset, key: string): boolean {
  for (const pair of dataset.pairs) {
    const m = pair.milestones.find((x) => x.key === key);
    if (!m) continue;
    const levelId = db.prepare('SELECT id FROM partnership_levels WHERE pair_id = ? AND key = ?').pluck().get(pair.pair, m.sets_level ?? '') as number | undefined;
    const sourceIdOf = db.prepare('SELECT id FROM sources WHERE dataset_key = ?').pluck();
    bundledMilestoneWriter(db)(pair.pair, m, levelId, m.sources.map((k) => sourceIdOf.get(k) as number | undefined), true);
    return true;
  }
  return false;
}
