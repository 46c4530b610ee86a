import type { Db } from '../db/open';
import { prepare } from '../db/statements';
import { toItem, type ItemRow } from './milestones';
import type { Story, StorySummary } from '../../shared/api/calls/stories';

export function listStories(db: Db): StorySummary[] {
  const rows = db
    .prepare(`SELECT s.id, s.name, count(i.milestone_id) AS count,
        (SELECT json_group_array(DISTINCT m.pair_id) FROM story_items j JOIN milestones m ON m.id = j.milestone_id WHERE j.story_id = s.id) AS pairs
      FROM stories s LEFT JOIN story_items i ON i.story_id = s.id GROUP BY s.id ORDER BY s.name COLLATE NOCASE, s.id`)
    .all() as { id: number; name: string; count: number; pairs: string }[];
  return rows.map((r) => ({ id: r.id, name: r.name, count: r.count, pairIds: (JSON.parse(r.pairs) as string[]).sort() }));
}


export function findStory(db: Db, id: number): Story | undefined {
  const story = db.prepare('SELECT id, name FROM stories WHERE id = ?').get(id) as { id: number; name: string } | undefined;
  if (!story) return undefined;
  const rows = db
    .prepare(`SELECT m.id, m.pair_id, m.category, m.title, m.title_ar, m.title_zh, m.start_date, m.end_date, m.level_id
      FROM story_items i JOIN milestones m ON m.id = i.milestone_id WHERE i.story_id = ? ORDER BY i.position`)
    .all(id) as (ItemRow & { pair_id: string })[];
  return { ...story, milestones: rows.map((r) => ({ ...toItem(r), pairId: r.pair_id })) };
}

/** Ids among `ids` that are not milestones of this database. */
export function missingMilestones(db: Db, ids: number[]): number[] {
  const found = new Set(db.prepare('SELECT value FROM json_each(?) WHERE value IN (SELECT id FROM milestones)').pluck().all(JSON.stringify(ids)) as number[]);
  return ids.filter((id) => !found.has(id));
}

export function saveStory(db: Db, id: number | null, name: string, milestoneIds: number[]): number {
  const storyId = id ?? (db.prepare('INSERT INTO stories (name) VALUES (?) RETURNING id').pluck().get(name) as number);
  if (id !== null) {
    db.prepare('UPDATE stories SET name = ? WHERE id = ?').run(name, id);
    db.prepare('DELETE FROM story_items WHERE story_id = ?').run(id);
  }
  const insert = db.prepare('INSERT INTO story_items (story_id, position, milestone_id) VALUES (?, ?, ?)');
  milestoneIds.forEach((milestoneId, position) => insert.run(storyId, position, milestoneId));
  return storyId;
}

export function deleteStory(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM stories WHERE id = ?').run(id).changes > 0;
}

/** Puts milestone `to` in every story place of milestone `from` (one that already holds `to` keeps `from`'s row, which the caller removes). */
export function moveStoryPlaces(db: Db, from: number, to: number): void {
  prepare(db, 'UPDATE OR IGNORE story_items SET milestone_id = ? WHERE milestone_id = ?').run(to, from);
}
