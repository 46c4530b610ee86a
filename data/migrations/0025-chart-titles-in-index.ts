import type { Db } from '../db/types';

/** The chart draws titles in the interface's language: the covering index carries them too. */
export function updateToSchemaVersion25(db: Db): void {
  db.exec(`
    DROP INDEX IF EXISTS milestones_byPairStartCovering;
    CREATE INDEX milestones_byPairStartCovering ON milestones (pair_id, start_date, id, category, title, end_date, level_id, title_ar, title_zh);
  `);
}
