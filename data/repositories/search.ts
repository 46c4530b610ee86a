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
import { queryPhrases } from '../../shared/text/index-text';
import { searchMatches } from './search-match';
import { filterCondition } from './filter-sql';
import { prepare } from '../db/statements';
import type { ItemRow } from './milestones';
import { inPairsSql, pairIdsSql } from './pair-membership';
import { suggestQueries } from './search-suggest';

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

/**
 * How many matches a search ranks by bm25. bm25 reads every match of every term before it scores one
 * (its IDF), which for a common word over 100 000 rows cost 250 ms, and ranks little there (the IDF of
 * a word most rows hold is near zero). So a query that more milestones match than this is "broad": its
 * hits are the newest of them, those with every term in the title first, and the result says that more
 * match (`more`). Any other query is ranked over all its matches, exactly as before.
 */
export const RANKED_MATCHES = 2000;

const SELECT_HIT = (alias: string) => `${alias}.id, ${alias}.pair_id, ${pairIdsSql(alias)} AS pair_ids, ${alias}.category, ${alias}.title, ${alias}.title_ar, ${alias}.title_zh,
  ${alias}.summary, ${alias}.summary_ar, ${alias}.summary_zh, ${alias}.place, ${alias}.people, ${alias}.start_date, ${alias}.end_date,
  (SELECT group_concat(s.publisher || ': ' || s.title, ' · ') FROM milestone_sources ms JOIN sources s ON s.id = ms.source_id
    WHERE ms.milestone_id = ${alias}.id) AS source_text`;

/** The search; when it finds nothing, queries close to it that would find something (search-suggest.ts). */
export function searchMilestones(db: Db, query: string, filters: MilestoneFilters, pairIds: string[] | null, limit: number): SearchResult {
  const result = rankedSearch(db, query, filters, pairIds, limit);
  if (result.total > 0 || !queryTerms(query).length) return result;
  const suggestions = suggestQueries(db, query, (q) => findsAny(db, q, filters, pairIds));
  return suggestions.length ? { ...result, suggestions } : result;
}

/** A query's match expressions (search-match.ts) and the filters' condition, with their parameters. */
function searchPlan(db: Db, terms: string[], filters: MilestoneFilters, pairIds: string[] | null, limit: number) {
  const phrases = queryPhrases(terms);
  if (!phrases.length) return null;
  // Finding (and counting) reads words written out where it can; ranking scores the user's phrases (search-match.ts).
  const { milestone_search: own, source_search: sources } = searchMatches(db, phrases);
  const cond = filterCondition(db, filters, pairIds);
  const params: Record<string, unknown> = { ...cond.params, limit, sourceWeight: SOURCE_WEIGHT, cap: RANKED_MATCHES };
  const where = [cond.sql];
  if (pairIds) where.push(inPairsSql('m', 'pairs')), (params.pairs = JSON.stringify(pairIds));
  return { own, sources, params, filtered: where.join(' AND ') };
}

/**
 * The filtered matches in the milestones' own text, newest first, at most `@cap` + 1 (no bm25: cheap).
 * Unfiltered, without the join: every index row is a milestone's (migration 0020's triggers), and a
 * broad word's 2 001 look-ups into the table were three quarters of this statement's time.
 */
const ownMatchesSql = (filtered: string) =>
  filtered === '1'
    ? 'SELECT rowid FROM milestone_search WHERE milestone_search MATCH @ownFind ORDER BY rowid DESC LIMIT @cap + 1'
    : `SELECT f.rowid FROM milestone_search f JOIN milestones m ON m.id = f.rowid
        WHERE milestone_search MATCH @ownFind AND ${filtered} ORDER BY f.rowid DESC LIMIT @cap + 1`;
/** The filtered milestones whose sources match, newest first, at most `@cap` + 1 (unfiltered: a link is a milestone's, by its foreign key). */
const sourceMatchesSql = (filtered: string) =>
  filtered === '1'
    ? `SELECT DISTINCT ms.milestone_id AS id FROM source_search JOIN milestone_sources ms ON ms.source_id = source_search.rowid
        WHERE source_search MATCH @sourceFind ORDER BY ms.milestone_id DESC LIMIT @cap + 1`
    : `SELECT DISTINCT ms.milestone_id AS id FROM source_search JOIN milestone_sources ms ON ms.source_id = source_search.rowid
        JOIN milestones m ON m.id = ms.milestone_id WHERE source_search MATCH @sourceFind AND ${filtered} ORDER BY ms.milestone_id DESC LIMIT @cap + 1`;

/**
 * Whether `query` finds anything under the filters (rankedSearch's total > 0): a suggestion's test. The
 * same matches, read up to the first: no bound of 2 001 rows and no bm25, whose user-typed prefixes
 * merge whole doclists ("summit"* over most rows: 5 ms a candidate).
 */
function findsAny(db: Db, query: string, filters: MilestoneFilters, pairIds: string[] | null): boolean {
  const plan = searchPlan(db, queryTerms(query), filters, pairIds, 1);
  if (!plan) return false;
  const params = { ...plan.params, cap: 0 };
  return (
    prepare(db, ownMatchesSql(plan.filtered)).pluck().get({ ...params, ownFind: plan.own.find }) !== undefined ||
    prepare(db, sourceMatchesSql(plan.filtered)).pluck().get({ ...params, sourceFind: plan.sources.find }) !== undefined
  );
}

function rankedSearch(db: Db, query: string, filters: MilestoneFilters, pairIds: string[] | null, limit: number): SearchResult {
  const terms = queryTerms(query);
  const plan = searchPlan(db, terms, filters, pairIds, limit);
  if (!plan) return { hits: [], total: 0 };
  const { own, sources, params, filtered } = plan;

  // The filtered matches, newest first, one past the bound on each side (no bm25: cheap).
  const ownIds = prepare(db, ownMatchesSql(filtered)).pluck().all({ ...params, ownFind: own.find }) as number[];
  const viaSources = prepare(db, sourceMatchesSql(filtered)).pluck().all({ ...params, sourceFind: sources.find }) as number[];
  if (ownIds.length > RANKED_MATCHES || viaSources.length > RANKED_MATCHES) {
    return broadSearch(db, terms, own.phrases, ownIds.slice(0, RANKED_MATCHES), viaSources.slice(0, RANKED_MATCHES), limit, pairIds);
  }

  const hits = `WITH hits AS (
      SELECT rowid AS id, ${MILESTONE_RANK} AS score FROM milestone_search WHERE milestone_search MATCH @ownRank
      UNION ALL
      SELECT ms.milestone_id, bm25(source_search) * @sourceWeight FROM source_search
        JOIN milestone_sources ms ON ms.source_id = source_search.rowid WHERE source_search MATCH @sourceRank
    ), best AS (SELECT id, min(score) AS score FROM hits GROUP BY id)`;
  const from = `FROM best JOIN milestones m ON m.id = best.id WHERE ${filtered}`;
  const rows = prepare(db, `${hits} SELECT ${SELECT_HIT('m')} ${from} ORDER BY best.score, m.start_date, m.id LIMIT @limit`)
    .all({ ...params, ownRank: own.rank, sourceRank: sources.rank }) as HitRow[];
  // Every match is a candidate here: their number is the total.
  const total = new Set([...ownIds, ...viaSources]).size;
  return { hits: rows.map((r) => toHit(r, terms, pairIds)), total };
}

/**
 * A broad query's hits, from the newest matches (`own`, `viaSources`: newest first, at most the bound
 * each): those with every term in the title first, then those in the milestone's own text, then the
 * rest; newest first within each. Every filtered match from the oldest kept one on is kept, so the
 * title matches are those of `own` that have each phrase in the title.
 */
function broadSearch(db: Db, terms: string[], titlePhrases: string[], own: number[], viaSources: number[], limit: number, pairIds: string[] | null): SearchResult {
  const inTitle = titledSince(db, titlePhrases, own.length ? own[own.length - 1] : Infinity);
  const ids = [...new Set([...own.filter((id) => inTitle.has(id)), ...own, ...viaSources])].slice(0, limit);
  const rows = prepare(db, `SELECT ${SELECT_HIT('m')} FROM milestones m WHERE m.id IN (SELECT value FROM json_each(@ids))`).all({ ids: JSON.stringify(ids) }) as HitRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hits = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toHit(row, terms, pairIds)] : [];
  });
  return { hits, total: RANKED_MATCHES, more: true };
}

/**
 * The milestones from `oldest` on with every phrase in the title. One phrase at a time, newest first,
 * left at `oldest`: FTS5 checks a column filter row by row without heeding a rowid bound, so
 * `title : (a AND b)` with `rowid >= oldest` read on to the first row of the index when few titles held
 * both (70 ms at a million milestones), where one phrase's title matches lie close together.
 */
function titledSince(db: Db, phrases: string[], oldest: number): Set<number> {
  const read = prepare(db, 'SELECT rowid FROM milestone_search WHERE milestone_search MATCH ? ORDER BY rowid DESC').pluck();
  let titled: Set<number> | null = null;
  for (const phrase of phrases) {
    const next = new Set<number>();
    for (const id of read.iterate(`title : ${phrase}`) as Iterable<number>) {
      if (id < oldest) break;
      if (!titled || titled.has(id)) next.add(id);
    }
    titled = next;
    if (!titled.size) break;
  }
  return titled ?? new Set();
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
