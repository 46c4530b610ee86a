/**
 * The bounded ranking of broad searches (RANKED_MATCHES in search.ts) and the match expressions written
 * against the index's words (search-match.ts): on the benches' synthetic data, every selective query
 * returns exactly what ranking every match with the user's prefix phrases returned before (the same top
 * 50, in the same order, with the same total), with and without filters; a broad query returns exactly
 * what the first bounded version returned (the newest matches, title matches first, read with the
 * prefix phrases), says that more match, and returns only real matches.
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

/** A broad query's hits as the first bounded version chose them, with the user's prefix phrases (kept here as the reference). */
function newestFirst(db: Db, query: string, filters: MilestoneFilters, pairIds: string[] | null, limit: number): number[] {
  const cond = filterCondition(db, filters, pairIds);
  const match = ftsQuery(queryTerms(query));
  const params: Record<string, unknown> = { ...cond.params, match, cap: RANKED_MATCHES };
  const where = [cond.sql];
  if (pairIds) where.push(inPairsSql('m', 'pairs')), (params.pairs = JSON.stringify(pairIds));
  const own = db.prepare(`SELECT f.rowid FROM milestone_search f JOIN milestones m ON m.id = f.rowid
    WHERE milestone_search MATCH @match AND ${where.join(' AND ')} ORDER BY f.rowid DESC LIMIT @cap`).pluck().all(params) as number[];
  const viaSources = db.prepare(`SELECT DISTINCT ms.milestone_id FROM source_search JOIN milestone_sources ms ON ms.source_id = source_search.rowid
    JOIN milestones m ON m.id = ms.milestone_id WHERE source_search MATCH @match AND ${where.join(' AND ')} ORDER BY ms.milestone_id DESC LIMIT @cap`).pluck().all(params) as number[];
  const oldest = own.length ? own[own.length - 1] : 0;
  const titled = new Set(db.prepare('SELECT rowid FROM milestone_search WHERE milestone_search MATCH ? AND rowid >= ?').pluck().all(`title : (${match})`, oldest) as number[]);
  const ownSet = new Set(own);
  const key = (id: number) => [titled.has(id) ? 1 : 0, ownSet.has(id) ? 1 : 0, id];
  return [...new Set([...own, ...viaSources])]
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
    })
    .slice(0, limit);
}

const FILTERINGS = (pairIds: string[]) =>
  [
    [NO_FILTERS, null],
    [NO_FILTERS, [pairIds[3], pairIds[7]]],
    [{ ...NO_FILTERS, categories: ['visits'] }, null],
  ] as [MilestoneFilters, string[] | null][];

let db: Db;
let pairIds: string[];
beforeAll(() => {
  db = openDatabase(tempDbFile());
  pairIds = insertSynthetic(db, 50, 30_000);
}, 120_000);
afterAll(() => db.close());

describe('search with a bound on ranking', () => {
  // The data and scale benches' queries, and words that are whole ("summit": written out), prefixes of
  // a few longer words ("2999": 2999 and 29990…29999, an OR), of many ("#12", "summ"), with capitals and
  // diacritics the tokenizer folds ("DUSHANBE", "Dúshanbe"), Arabic, and Chinese phrases.
  const selective = ['#4242', '77777 summit', '2424 pipeline', 'قمة 3133', '峰会 #9001', 'Dushanbe 6543', '#12', 'railway #2999', 'Synthetic 2024', 'corridor 1999',
    '3133', '#9001', '6543', '1234 5678', '7777 summit', 'DUSHANBE 6543', 'Dúshanbe 654', 'summ 2999', 'الشراكة 2999', 'Astana 424', '31337', '65432', 'Bishkek 12'];
  const broad = ['pipeline railway', 'corridor', 'شراكة', 'اتفاقيه', '铁路', '伙伴关系', 'energy security summit', 'summ', 'Synthetic', 'pipe rail'];

  /** Compares one search with its reference; says which kind it was. */
  function compare(query: string, filters: MilestoneFilters, within: string[] | null): 'ranked' | 'broad' | 'none' {
    const before = rankedOverAll(db, query, filters, within, 50);
    const now = searchMilestones(db, query, filters, within, 50);
    if (before.total > RANKED_MATCHES) {
      expect(now.more, query).toBe(true);
      expect(now.hits.map((h) => h.id), query).toEqual(newestFirst(db, query, filters, within, 50));
      return 'broad';
    }
    expect(now.hits.map((h) => h.id), query).toEqual(before.ids);
    expect(now.total, query).toBe(before.total);
    expect(now.more, query).toBeUndefined();
    return before.total > 0 ? 'ranked' : 'none';
  }

  it('returns for every selective query the same top 50 and total as ranking every match', () => {
    const kinds = selective.flatMap((query) => FILTERINGS(pairIds).map(([filters, within]) => compare(query, filters, within)));
    // The comparison ran on queries that find something (and a few that find nothing).
    expect(kinds.filter((k) => k === 'ranked').length).toBeGreaterThanOrEqual(20);
  }, 60_000);

  it('returns for every broad query the same hits as the first bounded version (and, filtered down to few, the ranked ones)', () => {
    const kinds = broad.flatMap((query) => FILTERINGS(pairIds).map(([filters, within]) => compare(query, filters, within)));
    expect(kinds.filter((k) => k === 'broad').length).toBeGreaterThanOrEqual(10);
  }, 60_000);

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
