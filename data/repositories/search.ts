/**
 * Full-text search over milestones (FTS5, trigram tokens over folded text; see migration 0020).
 * Terms of three or more characters go through the index and are ranked by bm25; shorter ones (a
 * two-character Chinese word, "Xi") are matched as substrings of the indexed text.
 */
import type { Db } from '../db/open';
import type { Category } from '../../shared/domain';
import type { SearchHit, SearchResult } from '../../shared/search';
import type { MilestoneFilters } from '../../shared/filters';
import { queryTerms, snippet } from '../../shared/text/highlight';
import { filterCondition } from './filter-sql';

interface HitRow {
  id: number;
  pair_id: string;
  category: Category;
  title: string;
  title_ar: string | null;
  title_zh: string | null;
  summary: string | null;
  place: string | null;
  people: string;
  start_date: string;
  end_date: string | null;
  source_text: string | null;
}

/** Column weights for bm25, in the index's column order: title, summary, place, people, sources. */
const BM25 = 'bm25(milestone_search, 10.0, 3.0, 2.0, 2.0, 1.0)';

const ftsPhrase = (term: string) => `"${term.replace(/"/g, '""')}"`;
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function searchMilestones(db: Db, query: string, filters: MilestoneFilters, pairIds: string[] | null, limit: number): SearchResult {
  const terms = queryTerms(query);
  if (terms.length === 0) return { hits: [], total: 0 };
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  const cond = filterCondition(db, filters, pairIds);
  const params: Record<string, unknown> = { ...cond.params, limit };
  const where = [cond.sql];
  if (long.length) {
    params.match = long.map(ftsPhrase).join(' AND ');
    where.push('milestone_search MATCH @match');
  }
  short.forEach((t, i) => {
    params[`short${i}`] = likePattern(t);
    where.push(`(f.title || ' ' || f.summary || ' ' || f.place || ' ' || f.people || ' ' || f.sources) LIKE @short${i} ESCAPE '\\'`);
  });
  if (pairIds) where.push(`m.pair_id IN (SELECT value FROM json_each(@pairs))`), (params.pairs = JSON.stringify(pairIds));
  const from = `FROM milestone_search f JOIN milestones m ON m.id = f.rowid WHERE ${where.join(' AND ')}`;
  const order = long.length ? `${BM25}, m.start_date` : 'm.start_date, m.id';
  const rows = db
    .prepare(`SELECT m.id, m.pair_id, m.category, m.title, m.title_ar, m.title_zh, m.summary, m.place, m.people,
        m.start_date, m.end_date,
        (SELECT group_concat(s.publisher || ': ' || s.title, ' · ') FROM milestone_sources ms JOIN sources s ON s.id = ms.source_id
          WHERE ms.milestone_id = m.id) AS source_text
      ${from} ORDER BY ${order} LIMIT @limit`)
    .all(params) as HitRow[];
  const total = rows.length < limit ? rows.length : (db.prepare(`SELECT count(*) ${from}`).pluck().get(params) as number);
  return { hits: rows.map((r) => toHit(r, terms)), total };
}

function toHit(r: HitRow, terms: string[]): SearchHit {
  const titles = [r.title, r.title_ar, r.title_zh].filter((t): t is string => !!t);
  const titleParts = titles.map((t) => snippet(t, terms, 300)).find((p) => p !== null) ?? [{ text: r.title, hit: false }];
  const fields = [
    ['summary', r.summary],
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
  return { id: r.id, pairId: r.pair_id, category: r.category, start: r.start_date, end: r.end_date, title: r.title, titleParts, context };
}
