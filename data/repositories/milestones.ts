import type { Db } from '../db/open';
import type { Category, MilestoneDetail, MilestoneItem, Source } from '../../shared/domain';
import { findLevel } from './levels';
import { findOrInsertSource } from './sources';
import type { MilestoneInput } from '../../shared/api/schemas';
import { precisionOf } from '../../shared/dates';

interface ItemRow {
  id: number;
  category: Category;
  title: string;
  start_date: string;
  end_date: string | null;
  level_id: number | null;
}

function toItem(r: ItemRow): MilestoneItem {
  return { id: r.id, category: r.category, title: r.title, start: r.start_date, end: r.end_date, levelId: r.level_id };
}

/** The chart's rows: only the columns it draws, in date order (ties by id, so the order is stable). */
export function timelineItems(db: Db, pairId: string): MilestoneItem[] {
  const rows = db
    .prepare('SELECT id, category, title, start_date, end_date, level_id FROM milestones WHERE pair_id = ? ORDER BY start_date, id')
    .all(pairId) as ItemRow[];
  return rows.map(toItem);
}

interface DetailRow extends ItemRow {
  pair_id: string;
  title_ar: string | null;
  title_zh: string | null;
  summary: string | null;
  place: string | null;
  people: string;
}

interface SourceRow {
  id: number;
  publisher: string;
  title: string;
  date: string | null;
  language: string;
  url: string | null;
}

export function sourcesOf(db: Db, milestoneId: number): Source[] {
  return db
    .prepare(`SELECT s.id, s.publisher, s.title, s.date, s.language, s.url FROM milestone_sources ms
      JOIN sources s ON s.id = ms.source_id WHERE ms.milestone_id = ? ORDER BY ms.position, s.id`)
    .all(milestoneId) as SourceRow[];
}

export function milestoneDetail(db: Db, id: number): MilestoneDetail | undefined {
  const r = db
    .prepare(`SELECT id, pair_id, category, title, title_ar, title_zh, summary, place, people, start_date, end_date, level_id
      FROM milestones WHERE id = ?`)
    .get(id) as DetailRow | undefined;
  if (!r) return undefined;
  return {
    ...toItem(r),
    pairId: r.pair_id,
    titleAr: r.title_ar,
    titleZh: r.title_zh,
    summary: r.summary,
    place: r.place,
    people: JSON.parse(r.people) as string[],
    level: r.level_id === null ? null : (findLevel(db, r.level_id) ?? null),
    sources: sourcesOf(db, r.id),
  };
}

/** Inserts a user milestone with its sources, in one transaction; returns its id. */
export function insertMilestone(db: Db, m: MilestoneInput): number {
  return db.transaction(() => {
    const row = db
      .prepare(`INSERT INTO milestones (pair_id, category, title, title_ar, title_zh, summary, place, people,
          start_date, start_precision, end_date, end_precision, level_id)
        VALUES (@pairId, @category, @title, @titleAr, @titleZh, @summary, @place, @people,
          @start, @startPrecision, @end, @endPrecision, @levelId) RETURNING id`)
      .get({
        ...m,
        people: JSON.stringify(m.people),
        startPrecision: precisionOf(m.start),
        endPrecision: m.end ? precisionOf(m.end) : null,
        sources: undefined,
      }) as { id: number };
    const link = db.prepare('INSERT OR IGNORE INTO milestone_sources (milestone_id, source_id, position) VALUES (?, ?, ?)');
    m.sources.forEach((s, i) => link.run(row.id, findOrInsertSource(db, s), i));
    return row.id;
  })();
}
