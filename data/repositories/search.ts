/**
 * Full-text search over milestones (FTS5 over folded text; see migration 0020 and
 * shared/text/index-text.ts), ranked by bm25: a milestone's own text first, then the titles and
 * publishers of its sources (weighted lower, since they describe the source rather than the event).
 */
import type { Db } from '../db/open';
import type { SearchHit, SearchResult } from '../../shared/search';
import type { FilterOptions } from '../../shared/api/calls/search';
import type { MilestoneFilters } from '../../shared/filters';
import { queryTerms, snippet } from '../../shared/text/highlight';
import { ftsQuery } from '../../shared/text/index-text';
import { filterCondition } from './filter-sql';
import { prepare } from '../db/statements';
import type { ItemRow } from './milestones';
import { inPairsSql, pairIdsSql } from './pair-membership';

interface HitRow extends Omit<ItemRow, 'level_id'> {
  pair_id: string;
  pair_ids: string;
  summary: string | null;
  summary_ar: string | null;
  summary_zh: string | null;
  place: string | null;
  people: string;
  source_text: string | null;
}

/** Column weights for bm25, in the index's column order: title, summary, place, people. */
const MILESTONE_RANK = 'bm25(milestone_search, 10.0, 3.0, 2.0, 2.0)';
/** A match in a source counts for less than one in the milestone itself (bm25 scores are negative). */
const SOURCE_WEIGHT = 0.3;

export function searchMilestones(db: Db, query: string, filters: MilestoneFilters, pairIds: string[] | null, limit: number): SearchResult {
  const terms = queryTerms(query);
  const match = ftsQuery(terms);
  if (!match) return { hits: [], total: 0 };
  const cond = filterCondition(db, filters, pairIds);
  const params: Record<string, unknown> = { ...cond.params, match, limit, sourceWeight: SOURCE_WEIGHT };
  const where = [cond.sql];
  if (pairIds) where.push(inPairsSql('m', 'pairs')), (params.pairs = JSON.stringify(pairIds));
  const hits = `WITH hits AS (
      SELECT rowid AS id, ${MILESTONE_RANK} AS score FROM milestone_search WHERE milestone_search MATCH @match
      UNION ALL
      SELECT ms.milestone_id, bm25(source_search) * @sourceWeight FROM source_search
        JOIN milestone_sources ms ON ms.source_id = source_search.rowid WHERE source_search MATCH @match
    ), best AS (SELECT id, min(score) AS score FROM hits GROUP BY id)`;
  const from = `FROM best JOIN milestones m ON m.id = best.id WHERE ${where.join(' AND ')}`;
  const rows = db
    .prepare(`${hits} SELECT m.id, m.pair_id, ${pairIdsSql('m')} AS pair_ids, m.category, m.title, m.title_ar, m.title_zh, m.summary, m.summary_ar, m.summary_zh, m.place, m.people,
        m.start_date, m.end_date,
        (SELECT group_concat(s.publisher || ': ' || s.title, ' · ') FROM milestone_sources ms JOIN sources s ON s.id = ms.source_id
          WHERE ms.milestone_id = m.id) AS source_text
      ${from} ORDER BY best.score, m.start_date LIMIT @limit`)
    .all(params) as HitRow[];
  const total = rows.length < limit ? rows.length : (db.prepare(`${hits} SELECT count(*) ${from}`).pluck().get(params) as number);
  return { hits: rows.map((r) => toHit(r, terms, pairIds)), total };
}

/** A shared milestone opens on the first of its pairs that the search was limited to (else its home pair). */
function toHit(r: HitRow, terms: string[], within: string[] | null): SearchHit {
  const pairIdsOfHit = JSON.parse(r.pair_ids) as string[];
  const pairId = (within && pairIdsOfHit.find((p) => within.includes(p))) || r.pair_id;
  const titles = [r.title, r.title_ar, r.title_zh].filter((t): t is string => !!t);
  const titleParts = titles.map((t) => snippet(t, terms, 300)).find((p) => p !== null) ?? [{ text: r.title, hit: false }];
  const fields = [
    ['summary', r.summary],
    ['summary', r.summary_ar],
    ['summary', r.summary_zh],
    ['place', r.place],
    ['people', (JSON.parse(r.people) as string[]).join(', ')],
    ['sources', r.source_text],
  ] as const;
  let context: SearchHit['context'] = null;
  for (const [field, text] of fields) {
    const parts = text ? snippet(text, terms) : null;
    if (parts) {
      context = { field, parts };
      break;
    }
  }
  return { id: r.id, pairId, pairIds: pairIdsOfHit, category: r.category, start: r.start_date, end: r.end_date, title: r.title, titleParts, context };
}

/** What the filters offer: the ladders' levels (by key, in ladder order), and source languages and publishers with how many milestones cite each. */
export function filterOptions(db: Db): FilterOptions {
  const levels = prepare(db, `SELECT key, name_en AS en, name_ar AS ar, name_zh AS zh FROM partnership_levels
    GROUP BY key ORDER BY min(rank), key`).all() as { key: string; en: string; ar: string | null; zh: string | null }[];
  // Two fixed statements: the column is one of two names, never data.
  const count = (column: 'language' | 'publisher') =>
    prepare(db, `SELECT s.${column} AS value, count(DISTINCT ms.milestone_id) AS count FROM sources s
      JOIN milestone_sources ms ON ms.source_id = s.id GROUP BY s.${column} ORDER BY count DESC, value`).all() as { value: string; count: number }[];
  return {
    levels: levels.map(({ key, en, ar, zh }) => ({ key, name: { en, ar, zh } })),
    languages: count('language').map(({ value, count }) => ({ code: value, count })),
    publishers: count('publisher').map(({ value, count }) => ({ name: value, count })),
  };
}
