/**
 * The bounded ranking of broad searches (RANKED_MATCHES in search.ts): on the benches' synthetic data,
 * every selective query returns exactly what ranking every match returned before the bound (the same
 * top 50, in the same order, with the same total), with and without filters; a broad query says that
 * more match and returns only real matches, title matches first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/open';
import { tempDbFile } from '../test/temp-db';
import { insertSynthetic } from '../../bench/synthetic';
import { RANKED_MATCHES, searchMilestones } from './search';
import { ftsQuery } from '../../shared/text/index-text';
import { queryTerms } from '../../shared/text/highlight';
import { filterCondition } from './filter-sql';
import { inPairsSql } from './pair-membership';
import { NO_FILTERS, type MilestoneFilters } from '../../shared/filters';

/** The search as it ranked before the bound: bm25 over every match (kept here as the reference). */
function rankedOverAll(db: Db, query: string, filters: MilestoneFilters, pairIds: string[] | null, limit: number): { ids: number[]; total: number } {
  const cond = filterCondition(db, filters, pairIds);
  const params: Record<string, unknown> = { ...cond.params, match: ftsQuery(queryTerms(query)), limit, sourceWeight: 0.3 };
  const where = [cond.sql];
  if (pairIds) where.push(inPairsSql('m', 'pairs')), (params.pairs = JSON.stringify(pairIds));
  const hits = `WITH hits AS (
      SELECT rowid AS id, bm25(milestone_search, 10.0, 3.0, 2.0, 2.0) AS score FROM milestone_search WHERE milestone_search MATCH @match
      UNION ALL
      SELECT ms.milestone_id, bm25(source_search) * @sourceWeight FROM source_search
        JOIN milestone_sources ms ON ms.source_id = source_search.rowid WHERE source_search MATCH @match
    ), best AS (SELECT id, min(score) AS score FROM hits GROUP BY id)`;
  const from = `FROM best JOIN milestones m ON m.id = best.id WHERE ${where.join(' AND ')}`;
  const ids = db.prepare(`${hits} SELECT m.id ${from} ORDER BY best.score, m.start_date, m.id LIMIT @limit`).pluck().all(params) as number[];
  const total = db.prepare(`${hits} SELECT count(*) ${from}`).pluck().get(params) as number;
  return { ids, total };
}

let db: Db;
let pairIds: string[];
beforeAll(() => {
  db = openDatabase(tempDbFile());
  pairIds = insertSynthetic(db, 50, 30_000);
}, 120_000);
afterAll(() => db.close());

describe('search with a bound on ranking', () => {
  const selective = ['#4242', '77777 summit', '2424 pipeline', 'قمة 3133', '峰会 #9001', 'Dushanbe 6543', '#12', 'railway #2999', 'Synthetic 2024', 'corridor 1999'];

  it('returns for every selective query the same top 50 and total as ranking every match', () => {
    let compared = 0;
    for (const query of selective) {
      for (const [filters, within] of [[NO_FILTERS, null], [NO_FILTERS, [pairIds[3], pairIds[7]]], [{ ...NO_FILTERS, categories: ['visits'] }, null]] as const) {
        const before = rankedOverAll(db, query, filters as MilestoneFilters, within as string[] | null, 50);
        if (before.total > RANKED_MATCHES) continue;
        const now = searchMilestones(db, query, filters as MilestoneFilters, within as string[] | null, 50);
        expect(now.hits.map((h) => h.id), query).toEqual(before.ids);
        expect(now.total, query).toBe(before.total);
        expect(now.more, query).toBeUndefined();
        if (before.total > 0) compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(8); // the comparison ran on queries that find something
  });

  it('says that more match for a broad query, and returns only matches, with the title matches first', () => {
    const before = rankedOverAll(db, 'pipeline', NO_FILTERS, null, 50);
    expect(before.total).toBeGreaterThan(RANKED_MATCHES);
    const now = searchMilestones(db, 'pipeline', NO_FILTERS, null, 50);
    expect(now.more).toBe(true);
    expect(now.total).toBe(RANKED_MATCHES);
    expect(now.hits).toHaveLength(50);
    const matching = new Set(db.prepare('SELECT rowid FROM milestone_search WHERE milestone_search MATCH ?').pluck().all('"pipeline"*') as number[]);
    expect(now.hits.every((h) => matching.has(h.id))).toBe(true);
    const inTitle = now.hits.map((h) => /pipeline/i.test(h.title));
    expect(inTitle[0]).toBe(true);
    expect(inTitle.indexOf(false) === -1 || inTitle.slice(inTitle.indexOf(false)).every((t) => !t)).toBe(true);
    // Filtered to one pair: still only that pair's matches.
    const onePair = searchMilestones(db, 'pipeline', NO_FILTERS, [pairIds[5]], 50);
    expect(onePair.hits.length).toBe(50);
    expect(onePair.hits.every((h) => h.pairIds.includes(pairIds[5]))).toBe(true);
  });
});
