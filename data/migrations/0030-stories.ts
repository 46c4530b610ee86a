import type { Db } from '../db/types';

/** Stories: a teacher's hand-picked, ordered milestones to present (of one pair or several). */
export function updateToSchemaVersion30(db: Db): void {
  db.exec(`
    CREATE TABLE stories (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
    );
    CREATE TABLE story_items (
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
      PRIMARY KEY (story_id, position)
    ) WITHOUT ROWID;
    CREATE INDEX story_items_byMilestone ON story_items (milestone_id);
  `);
}
