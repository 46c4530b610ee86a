import type { Db } from '../db/types';

/** Which milestone established a pair's diplomatic relations: the origin of "N years of ties". */
export function updateToSchemaVersion15(db: Db): void {
  db.exec(`ALTER TABLE pairs ADD COLUMN established_milestone_id INTEGER REFERENCES milestones(id) ON DELETE SET NULL;`);
}
