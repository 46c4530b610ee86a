/**
 * "Did you mean …?" for a search that found nothing: each word the index does not know (not even as the
 * start of a word) is replaced by the indexed words closest to it in edit distance, read from the FTS5
 * vocabulary (fts5vocab, on the connection's TEMP schema: search-match.ts). Only
 * suggestions that themselves find milestones, with the same filters, are offered.
 */
import type { Db } from '../db/open';
import { foldForMatch } from '../../shared/text/arabic';
import { ensureVocabulary } from './search-match';
import { prepare } from '../db/statements';
import { fromVocabulary } from './search-vocabulary';

/** At most this many suggestions. */
export const MAX_SUGGESTIONS = 3;

const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_SPLIT = /[\s\p{P}]+/u;

/** How many edits a word of this length may be away from a suggestion: one for short words, else two. */
const maxEdits = (length: number) => (length <= 4 ? 1 : 2);

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps), or
 * `limit + 1` once it is certain to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows reused across calls (a suggestion compares one word with thousands): no arrays per call.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  let prev2 = 0;
  let prev = width;
  let row = 2 * width;
  for (let j = 0; j < width; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    rows[row] = i;
    let best = i;
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(rows[prev + j] + 1, rows[row + j - 1] + 1, rows[prev + j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, rows[prev2 + j - 2] + 1);
      rows[row + j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    const free = prev2;
    prev2 = prev;
    prev = row;
    row = free;
  }
  return rows[prev + b.length];
}

let rows = new Int32Array(96);

/** Whether some indexed word starts with `word` (the search matches words as prefixes). */
function known(db: Db, word: string): boolean {
  const range = { from: word, to: `${word}\u{10FFFF}` };
  const read = () =>
    prepare(db, 'SELECT 1 FROM temp.milestone_vocab WHERE term >= @from AND term < @to LIMIT 1').get(range) !== undefined ||
    prepare(db, 'SELECT 1 FROM temp.source_vocab WHERE term >= @from AND term < @to LIMIT 1').get(range) !== undefined;
  return fromVocabulary(db, `known ${word}`, read, () => 1);
}

/**
 * The indexed words nearest to `word`, nearest and then most used first. Only words that start with the
 * word's first or second letter are read (range scans of the vocabulary, not the whole of it: at 100 000
 * milestones that was over a second); so a typo in the first letter itself is not corrected, but a
 * swapped, missing or extra first letter is.
 */
/** An indexed word, how many milestones (or sources) hold it, and its length in characters (as SQL's length() counts). */
interface VocabularyWord {
  term: string;
  doc: number;
  length: number;
}

/** The indexed words of one vocabulary that start with `start` (search-vocabulary.ts keeps them while the index is unchanged). */
function wordsStartingWith(db: Db, table: 'milestone_vocab' | 'source_vocab', start: string): VocabularyWord[] {
  // Two fixed statements: the table is one of two names, never data.
  const read = () =>
    prepare<[Record<string, string>], VocabularyWord>(db, `SELECT term, doc, length(term) AS length FROM temp.${table} WHERE term >= @from AND term < @to`).all({
      from: start,
      to: `${start}\u{10FFFF}`,
    });
  return fromVocabulary(db, `starting ${table} ${start}`, read, (words) => words.length);
}

/**
 * Kept while the indexes are unchanged (search-vocabulary.ts), as the words they are read from are: a word
 * of digits ("65432") is measured against the thousands of indexed numbers under its first two digits
 * (5 of the 8 ms of "Dushanbe 65432" at 55 000 milestones), each time the same search finds nothing (and
 * search as the user types repeats it).
 */
function nearestWords(db: Db, word: string, count: number): string[] {
  return fromVocabulary(db, `nearest ${count} ${word}`, () => readNearestWords(db, word, count), (words) => words.length);
}

function readNearestWords(db: Db, word: string, count: number): string[] {
  const limit = maxEdits(word.length);
  const chars = [...word];
  const starts = [...new Set(chars.slice(0, 2))];
  const [min, max] = [Math.max(2, chars.length - limit), chars.length + limit];
  const docs = new Map<string, number>();
  for (const table of ['milestone_vocab', 'source_vocab'] as const) {
    for (const start of starts) {
      for (const r of wordsStartingWith(db, table, start)) {
        if (r.length >= min && r.length <= max) docs.set(r.term, (docs.get(r.term) ?? 0) + r.doc);
      }
    }
  }
  return [...docs]
    .map(([term, doc]) => ({ term, doc, d: editDistance(word, term, limit) }))
    .filter((r) => r.d <= limit)
    .sort((x, y) => x.d - y.d || y.doc - x.doc || (x.term < y.term ? -1 : 1))
    .slice(0, count)
    .map((r) => r.term);
}

/** The suggestion written the way the user wrote the word: capitalised if it was. */
function likeTyped(typed: string, word: string): string {
  const first = typed[0];
  return first && first !== first.toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

/**
 * Queries close to `query` that find something (`finds` runs one with the caller's filters), best
 * first; none when every word is known or no close word exists. Chinese words are kept as they are.
 */
export function suggestQueries(db: Db, query: string, finds: (query: string) => boolean): string[] {
  const words = query.split(WORD_SPLIT).filter(Boolean);
  if (!words.length || words.length > 8) return [];
  ensureVocabulary(db);
  const choices = words.map((typed) => {
    const folded = foldForMatch(typed);
    if (HAS_CJK.test(folded) || known(db, folded)) return [typed];
    return nearestWords(db, folded, MAX_SUGGESTIONS * 2).map((w) => likeTyped(typed, w));
  });
  if (choices.every((c, i) => c.length === 1 && c[0] === words[i]) || choices.some((c) => c.length === 0)) return [];
  // Alternatives for the first unknown word; the other unknown words take their nearest.
  const first = choices.findIndex((c, i) => c[0] !== words[i]);
  const out: string[] = [];
  for (const alternative of choices[first]) {
    const candidate = choices.map((c, i) => (i === first ? alternative : c[0])).join(' ');
    if (!out.includes(candidate) && finds(candidate)) out.push(candidate);
    if (out.length === MAX_SUGGESTIONS) break;
  }
  return out;
}
