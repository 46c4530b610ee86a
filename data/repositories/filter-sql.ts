/**
 * The SQL condition on milestones `m` for a set of filters (shared/filters.ts), with its parameters.
 * One definition used by the timeline, search and export, so that they always agree.
 */
import type { Db } from '../db/open';
import type { MilestoneFilters } from '../../shared/filters';
import { partnershipBands } from '../timeline/bands';
import { ladderOf } from './levels';
import { timelineItems } from './milestones';
import { inPairSql } from './pair-membership';
import { JSON_LIST, type SqlCondition } from '../db/sql';

export type { SqlCondition };

/** A list as one JSON parameter `@name` (data/db/sql.ts): the statement's text stays the same whatever the list. */
function inList(name: string, values: readonly string[], params: Record<string, unknown>): string {
  params[name] = JSON.stringify(values);
  return JSON_LIST(`@${name}`);
}

/** Periods during which one of the chosen levels was in force, per pair. */
function levelPeriods(db: Db, levelKeys: readonly string[], pairIds: readonly string[] | null) {
  const pairs = pairIds ?? (db.prepare('SELECT DISTINCT pair_id FROM partnership_levels').pluck().all() as string[]);
  return pairs.flatMap((pairId) => {
    const ladder = ladderOf(db, pairId);
    const wanted = new Set(ladder.filter((l) => levelKeys.includes(l.key)).map((l) => l.id));
    if (wanted.size === 0) return [];
    return partnershipBands(timelineItems(db, pairId), ladder)
      .filter((b) => wanted.has(b.levelId))
      .map((b) => ({ pairId, start: b.start, end: b.end }));
  });
}

export function filterCondition(db: Db, f: MilestoneFilters, pairIds: readonly string[] | null = null): SqlCondition {
  const params: Record<string, unknown> = {};
  const parts: string[] = [];
  if (f.categories.length) parts.push(`m.category IN ${inList('cat', f.categories, params)}`);
  // Partial dates compare as text: '2013' < '2013-05' < '2013-05-20' < '2013' || U+FFFF.
  if (f.from) {
    params.from = f.from;
    parts.push('coalesce(m.end_date, m.start_date) || char(65535) >= @from');
  }
  if (f.to) {
    params.to = f.to;
    parts.push('m.start_date <= @to || char(65535)');
  }
  if (f.languages.length) {
    parts.push(`EXISTS (SELECT 1 FROM milestone_sources ms JOIN sources s ON s.id = ms.source_id
      WHERE ms.milestone_id = m.id AND s.language IN ${inList('lang', f.languages, params)})`);
  }
  if (f.publishers.length) {
    parts.push(`EXISTS (SELECT 1 FROM milestone_sources ms JOIN sources s ON s.id = ms.source_id
      WHERE ms.milestone_id = m.id AND s.publisher IN ${inList('pub', f.publishers, params)})`);
  }
  if (f.levelKeys.length) {
    const periods = levelPeriods(db, f.levelKeys, pairIds);
    const ors = periods.map((p, i) => {
      params[`lp${i}`] = p.pairId;
      params[`ls${i}`] = p.start;
      params[`le${i}`] = p.end;
      return `(${inPairSql('m', `lp${i}`)} AND m.start_date >= @ls${i} AND (@le${i} IS NULL OR m.start_date < @le${i}))`;
    });
    parts.push(ors.length ? `(${ors.join(' OR ')})` : '0');
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}
