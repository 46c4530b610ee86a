import type { Db } from '../db/types';

/**
 * Indexes for every look-up an import (and its undo) makes, so that both stay linear in rows: the
 * identical-source look-up (was a full scan of `sources` per row), and the foreign-key checks that
 * deleting levels, milestones and countries runs (was a scan of `milestones` or `pairs` per row deleted).
 */
export function updateToSchemaVersion40(db: Db): void {
  db.exec(`
    CREATE INDEX sources_byContent ON sources (publisher, title, url, date, language);
    CREATE INDEX milestones_byLevel ON milestones (level_id) WHERE level_id IS NOT NULL;
    CREATE INDEX pairs_byEstablished ON pairs (established_milestone_id) WHERE established_milestone_id IS NOT NULL;
    CREATE INDEX pairs_byA ON pairs (a_code);
    CREATE INDEX pairs_byB ON pairs (b_code);
  `);
}
