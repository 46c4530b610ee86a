import type { Db } from '../db/open';
import { sql, type Query } from '../db/sql';
import type { LocalizedName, PartnershipLevel } from '../../shared/domain';
import { prepare } from '../db/statements';

interface LevelRow {
  id: number;
  pair_id: string;
  rank: number;
  key: string;
  name_en: string;
  name_ar: string | null;
  name_zh: string | null;
}

export function toLevel(r: LevelRow): PartnershipLevel {
  return { id: r.id, pairId: r.pair_id, rank: r.rank, key: r.key, name: { en: r.name_en, ar: r.name_ar, zh: r.name_zh } };
}

/** Every pair's ladder, pair by pair, each in rank order. */
export function allLevels(db: Db): PartnershipLevel[] {
  return (prepare(db, 'SELECT id, pair_id, rank, key, name_en, name_ar, name_zh FROM partnership_levels ORDER BY pair_id, rank').all() as LevelRow[]).map(toLevel);
}

export function ladderOf(db: Db, pairId: string): PartnershipLevel[] {
  const rows = prepare(db, 'SELECT id, pair_id, rank, key, name_en, name_ar, name_zh FROM partnership_levels WHERE pair_id = ? ORDER BY rank').all(pairId) as LevelRow[];
  return rows.map(toLevel);
}

/** Adds a level at the top of the pair's ladder (an import's ladder, level by level in its order). */
export function appendLevel(db: Db, pairId: string, key: string, name: LocalizedName): void {
  prepare(db, `INSERT INTO partnership_levels (pair_id, rank, key, name_en, name_ar, name_zh)
    VALUES (@pairId, (SELECT coalesce(max(rank), 0) + 1 FROM partnership_levels WHERE pair_id = @pairId), @key, @en, @ar, @zh)`).run({ pairId, key, en: name.en, ar: name.ar, zh: name.zh });
}

/** The id of the pair's level with this key, if any. */
export function levelIdByKey(db: Db, pairId: string, key: string): number | undefined {
  return prepare<[string, string], number>(db, 'SELECT id FROM partnership_levels WHERE pair_id = ? AND key = ?').pluck().get(pairId, key);
}

export function findLevel(db: Db, id: number): PartnershipLevel | undefined {
  const row = prepare(db, 'SELECT id, pair_id, rank, key, name_en, name_ar, name_zh FROM partnership_levels WHERE id = ?').get(id) as LevelRow | undefined;
  return row && toLevel(row);
}

/** Moves the pair's ranks out of the way (ranks are unique per pair) before its ladder is ranked anew. */
export function parkLadderRanks(db: Db, pairId: string): void {
  prepare(db, 'UPDATE partnership_levels SET rank = rank + 100000 WHERE pair_id = ?').run(pairId);
}

/** A bundled rung at `rank` of the pair's ladder, matched by its key; its id. */
export function upsertBundledLevel(db: Db, pairId: string, rank: number, key: string, name: LocalizedName, tier: number | null): number {
  return prepare<Record<string, unknown>, number>(db, `INSERT INTO partnership_levels (pair_id, rank, key, name_en, name_ar, name_zh, tier) VALUES (@pair, @rank, @key, @en, @ar, @zh, @tier)
    ON CONFLICT (pair_id, key) DO UPDATE SET rank = excluded.rank, name_en = excluded.name_en, name_ar = excluded.name_ar, name_zh = excluded.name_zh,
      tier = excluded.tier
    RETURNING id`).pluck().get({ pair: pairId, rank, key, en: name.en, ar: name.ar, zh: name.zh, tier })!;
}

/** The statement that takes back every level added after `lastId` (an import's undo). */
export function deleteLevelsAfter(lastId: number): Query {
  return sql`DELETE FROM partnership_levels WHERE id > ${lastId}`;
}
