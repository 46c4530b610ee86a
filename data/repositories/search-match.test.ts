/**
 * The match expressions written against the index's words (search-match.ts): a prefix no longer word
 * starts with is written out, one with a few longer words is their OR for finding, one with many stays a
 * prefix; and whatever the form, `find` finds exactly the rows the user's prefix phrases find, and `rank`
 * scores them exactly as bm25 scored those phrases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/open';
import { tempDbFile } from '../test/temp-db';
import { INDEX_TOKENIZER, MAX_EXPANSION, searchMatches } from './search-match';
import { ftsQuery, queryPhrases } from '../../shared/text/index-text';
import { queryTerms } from '../../shared/text/highlight';

const TITLES = [
  'Trade talks in Astana',
  'Traders meet at the border',
  'A trader from Tashkent',
  'Summit in Dushanbe',
  'Café culture forum',
  'Cafe on the Silk Road',
  'Встреча в Душанбе',
  'Душанбинский форум',
  'قمة الشراكة الاستراتيجية',
  'شراكة في الطاقة',
  '中国—中亚峰会',
  '铁路合作协议',
  // Many longer words of one prefix ("zeta"): more than the expansion takes.
  ...Array.from({ length: MAX_EXPANSION + 8 }, (_, i) => `Zeta${i} report`),
];

let db: Db;
beforeAll(() => {
  db = openDatabase(tempDbFile());
  db.exec("INSERT INTO countries (code, name_en) VALUES ('CN', 'China'), ('TJ', 'Tajikistan'); INSERT INTO pairs (id, a_code, b_code) VALUES ('CN-TJ', 'CN', 'TJ');");
  const insert = db.prepare("INSERT INTO milestones (pair_id, category, title, summary, start_date, start_precision) VALUES ('CN-TJ', 'visits', ?, ?, '2020', 'year')");
  TITLES.forEach((title, i) => insert.run(title, i % 3 === 0 ? 'trade and summit talks' : null));
  db.exec("INSERT INTO sources (publisher, title, date, language, url) VALUES ('Trade Weekly', 'Traders at the summit', '2020', 'en', NULL)");
});
afterAll(() => db.close());

const matchOf = (query: string) => searchMatches(db, queryPhrases(queryTerms(query)));
const rows = (index: string, match: string) => db.prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ? ORDER BY rowid`).pluck().all(match);
const scores = (match: string) => db.prepare('SELECT rowid, bm25(milestone_search, 10.0, 3.0, 2.0, 2.0) AS s FROM milestone_search WHERE milestone_search MATCH ? ORDER BY rowid').all(match);

describe('match expressions written against the index', () => {
  it('writes out a word no longer word starts with, ORs a few longer ones for finding, and keeps a prefix of many', () => {
    expect(matchOf('summit').milestone_search).toMatchObject({ rank: '"summit"', find: '"summit"' });
    expect(matchOf('trade').milestone_search).toMatchObject({ rank: '"trade"*', find: '("trade" OR "trader" OR "traders")' });
    expect(matchOf('zeta').milestone_search).toMatchObject({ rank: '"zeta"*', find: '"zeta"*' });
    // Per index: the source index has "traders" but not "trader".
    expect(matchOf('trade').source_search).toMatchObject({ rank: '"trade"*', find: '("trade" OR "traders")' });
    // Chinese is a phrase, not a prefix: as it was.
    expect(matchOf('铁路').milestone_search).toMatchObject({ rank: '"铁 路"', find: '"铁 路"' });
    // Several words: each on its own, all required.
    expect(matchOf('Trade summ').milestone_search.find).toBe('("trade" OR "trader" OR "traders") AND ("summ" OR "summit")');
    expect(matchOf('Trade summ').milestone_search.phrases).toEqual(['("trade" OR "trader" OR "traders")', '("summ" OR "summit")']);
  });

  it('reads the query with the tokenizer settings of both indexes', () => {
    for (const index of ['milestone_search', 'source_search']) {
      const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").pluck().get(index) as string;
      expect(sql, index).toContain(`tokenize = '${INDEX_TOKENIZER}'`);
    }
  });

  it('reads non-ASCII words as the tokenizer stores them (Cyrillic capitals, Arabic)', () => {
    expect(matchOf('ДУШАНБЕ').milestone_search).toMatchObject({ rank: '"душанбе"', find: '"душанбе"' });
    expect(matchOf('Душанб').milestone_search).toMatchObject({ rank: '"душанб"*', find: '("душанб" OR "душанбе" OR "душанбинскии")' });
  });

  it('finds exactly the rows of the prefix phrases, and ranks them with exactly their bm25 scores', () => {
    const queries = ['trade', 'trad', 'Trader', 'summit', 'summ talks', 'cafe', 'Café', 'caf culture', 'zeta', 'zeta1', 'zeta3 report', 'Душ', 'ДУШАНБЕ',
      'شراكة', 'شرا', 'قمة الشراكة', '峰会', '中亚 峰会', 'Astana trade', 'border', 'nothing', 'tr', 't'];
    let found = 0;
    for (const query of queries) {
      const before = ftsQuery(queryTerms(query))!;
      const now = matchOf(query);
      for (const index of ['milestone_search', 'source_search'] as const) {
        expect(rows(index, now[index].find), `${query} in ${index}`).toEqual(rows(index, before));
        expect(rows(index, now[index].rank), `${query} in ${index}`).toEqual(rows(index, before));
      }
      expect(scores(now.milestone_search.rank), query).toEqual(scores(before));
      found += rows('milestone_search', before).length > 0 ? 1 : 0;
    }
    expect(found).toBeGreaterThanOrEqual(queries.length - 2);
  });
});
