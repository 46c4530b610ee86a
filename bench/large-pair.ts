/**
 * A database with one synthetic pair of many milestones (and a five-level ladder, so five bands), for
 * the renderer benchmark and the scale test. Deterministic: same rows every time.
 */
import { openAppCore } from '../data/app-core';
import { insertSynthetic } from './synthetic';

export const LARGE_PAIR = 'AA-BA';

export function writeLargePairDatabase(dbFile: string, milestones: number): void {
  const core = openAppCore({ dbFile, log: () => {} });
  try {
    insertSynthetic(core.db, 1, milestones);
    const db = core.db;
    db.transaction(() => {
      const level = db.prepare("INSERT INTO partnership_levels (pair_id, rank, key, name_en) VALUES (?, ?, ?, ?) RETURNING id");
      const ids = db.prepare('SELECT id FROM milestones WHERE pair_id = ? ORDER BY start_date, id').pluck().all(LARGE_PAIR) as number[];
      for (let rank = 1; rank <= 5; rank++) {
        const { id } = level.get(LARGE_PAIR, rank, `level-${rank}`, `Level ${rank}`) as { id: number };
        db.prepare('UPDATE milestones SET level_id = ? WHERE id = ?').run(id, ids[Math.floor(((rank - 1) / 5) * ids.length)]);
      }
    })();
  } finally {
    core.close();
  }
}
