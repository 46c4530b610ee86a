import type { Db } from '../db/open';
import type { PartnershipLevel } from '../../shared/domain';

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

export function ladderOf(db: Db, pairId: string): PartnershipLevel[] {
  const rows = db.prepare('SELECT id, pair_id, rank, key, name_en, name_ar, name_zh FROM partnership_levels WHERE pair_id = ? ORDER BY rank').all(pairId) as LevelRow[];
  return rows.map(toLevel);
}

export function findLevel(db: Db, id: number): PartnershipLevel | undefined {
  const row = db.prepare('SELECT id, pair_id, rank, key, name_en, name_ar, name_zh FROM partnership_levels WHERE id = ?').get(id) as LevelRow | undefined;
  return row && toLevel(row);
}
