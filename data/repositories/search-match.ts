/**
 * The FTS5 match expressions of a search, written against the words the index holds.
 *
 * FTS5 answers a prefix phrase ("summit"*) by merging, in memory, the whole doclist of every indexed word
 * with that prefix before it returns a first row: a word most rows hold costs time in proportion to the
 * rows, even under LIMIT (10 ms at 100 000 milestones, about 100 ms at a million). A word written out
 * ("summit") is read lazily, and skipped through where another phrase is rarer. So, per index, each
 * prefix phrase is looked up in the index's vocabulary (a range seek that starts past the word itself,
 * so it never reads the word's own doclist; fts5vocab does read the doclists of the longer words it
 * lists, so a prefix of a common longer word, "summ", still costs in proportion to that word's rows):
 * - when no longer word starts with it, the prefix is the word itself: written out, it is the same
 *   phrase (the same rows, the same instances, the same bm25), so it serves ranking (`rank`) and
 *   finding (`find`) alike;
 * - when a few longer words do, `find` writes the phrase as the OR of them all (the same rows; bm25
 *   would weigh them apart, so `rank` keeps the prefix);
 * - otherwise (many longer words: a short prefix or a number's first digits) the phrase stays a prefix.
 */
import type { Db } from '../db/open';
import { prepare } from '../db/statements';
import { fromVocabulary } from './search-vocabulary';
import { phraseSql, type QueryPhrase } from '../../shared/text/index-text';

/** The search indexes (migration 0020) and their vocabulary tables (made by `ensureVocabulary`). */
export type SearchIndex = 'milestone_search' | 'source_search';
const VOCABULARY: Record<SearchIndex, string> = { milestone_search: 'temp.milestone_vocab', source_search: 'temp.source_vocab' };

/** The tokenizer settings of both search indexes (migration 0020); the query's words are read with the same. */
export const INDEX_TOKENIZER = 'unicode61 remove_diacritics 2';

/** A prefix that more longer words than this start with stays a prefix in `find` too. */
export const MAX_EXPANSION = 32;

/** The query of one index: `rank` for bm25 (the user's phrases, as FTS5 scores them), `find` for matching rows only (`phrases`: its parts, all required). */
export interface IndexMatch {
  rank: string;
  find: string;
  phrases: string[];
}

const ready = new WeakSet<Db>();

/** The vocabulary tables over both search indexes and a tokenizer table, made once per connection (TEMP: nothing is stored in the file). */
export function ensureVocabulary(db: Db): void {
  if (ready.has(db)) return;
  ready.add(db);
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.milestone_vocab USING fts5vocab(main, milestone_search, row);
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.source_vocab USING fts5vocab(main, source_search, row);
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_tokens USING fts5(token, tokenize = '${INDEX_TOKENIZER}');
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_token_vocab USING fts5vocab(temp, query_tokens, instance);`);
}

/** What the tokenizer keeps as it is: lower-case ASCII letters and digits (it folds only case, and no diacritics are left). */
const AS_INDEXED = /^[a-z0-9]+$/;

/**
 * Each prefix token as the index stores it (lower case, diacritics removed), read from FTS5's own
 * tokenizer with the index's settings (migration 0020) unless it is plainly so already: a vocabulary
 * seek on any other spelling would miss the longer words. Null for a token the tokenizer does not keep
 * as exactly one word.
 */
function asIndexed(db: Db, tokens: string[]): (string | null)[] {
  if (tokens.every((t) => AS_INDEXED.test(t))) return tokens;
  prepare(db, 'DELETE FROM temp.query_tokens').run();
  const insert = prepare(db, 'INSERT INTO temp.query_tokens (rowid, token) VALUES (?, ?)');
  tokens.forEach((t, i) => insert.run(i + 1, t));
  const words = new Map<number, string[]>();
  for (const r of prepare(db, 'SELECT doc, term FROM temp.query_token_vocab ORDER BY doc, offset').all() as { doc: number; term: string }[]) {
    words.set(r.doc, [...(words.get(r.doc) ?? []), r.term]);
  }
  return tokens.map((_, i) => {
    const w = words.get(i + 1);
    return w && w.length === 1 ? w[0] : null;
  });
}

/** Up to `MAX_EXPANSION + 1` indexed words that start with `word` and are longer (from just past `word`: U+0001 sorts before any letter). */
function longerWords(db: Db, index: SearchIndex, word: string): string[] {
  // One of two fixed statements: the table is one of two names, never data.
  const read = () =>
    prepare(db, `SELECT term FROM ${VOCABULARY[index]} WHERE term >= @from AND term < @to LIMIT ${MAX_EXPANSION + 1}`)
      .pluck()
      .all({ from: `${word}\u0001`, to: `${word}\u{10FFFF}` }) as string[];
  return fromVocabulary(db, `longer ${index} ${word}`, read, (words) => words.length);
}

const exact = (word: string) => phraseSql({ tokens: [word], prefix: false });

/** The match expressions of `phrases` (all of which must occur) for each index. */
export function searchMatches(db: Db, phrases: readonly QueryPhrase[]): Record<SearchIndex, IndexMatch> {
  ensureVocabulary(db);
  const prefixes = phrases.filter((p) => p.prefix);
  const indexed = asIndexed(db, prefixes.map((p) => p.tokens[0]));
  const forIndex = (index: SearchIndex): IndexMatch => {
    const parts = phrases.map((phrase) => {
      const asTyped = phraseSql(phrase);
      const word = phrase.prefix ? indexed[prefixes.indexOf(phrase)] : null;
      if (word === null) return { rank: asTyped, find: asTyped };
      const longer = longerWords(db, index, word);
      if (!longer.length) return { rank: exact(word), find: exact(word) };
      if (longer.length > MAX_EXPANSION) return { rank: asTyped, find: asTyped };
      return { rank: asTyped, find: `(${[word, ...longer].map(exact).join(' OR ')})` };
    });
    return { rank: parts.map((p) => p.rank).join(' AND '), find: parts.map((p) => p.find).join(' AND '), phrases: parts.map((p) => p.find) };
  };
  return { milestone_search: forIndex('milestone_search'), source_search: forIndex('source_search') };
}
