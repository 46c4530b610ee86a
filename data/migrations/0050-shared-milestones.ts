import type { Db } from '../db/types';

/**
 * Shared milestones: an event that concerns several pairs (a China–Central Asia summit, an SCO summit, a
 * multilateral treaty, a pipeline across three countries) is stored once. `milestones.pair_id` stays its
 * home pair (the one it is edited under, and whose deletion would otherwise take it away); this table
 * links it to each further pair it concerns, so every linked pair's timeline, search and export show the
 * same row, and one edit (or one undo) changes it everywhere.
 */
export function updateToSchemaVersion50(db: Db): void {
  db.exec(`
    CREATE TABLE milestone_pairs (
      pair_id TEXT NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
      milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
      PRIMARY KEY (pair_id, milestone_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX milestone_pairs_byMilestone ON milestone_pairs (milestone_id);
  `);
}
