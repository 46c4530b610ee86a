/**
 * Text as the search index sees it (data/db/search-index.ts) and as queries are written against it:
 * folded (shared/text/arabic.ts), with each Han, kana or Hangul character a word of its own, so that a
 * phrase of characters ("铁 路") finds any run of them inside longer Chinese text.
 */
import { foldForMatch } from './arabic';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function indexText(text: string): string {
  // One pass: a text without such characters comes back as it is, so a test first only scanned it twice
  // (a third of an import's indexing time in JavaScript went to that).
  return foldForMatch(text).replace(CJK, ' $& ');
}

/** One phrase of a query: its tokens in order, and whether it matches as a prefix (a single word). */
export interface QueryPhrase {
  tokens: string[];
  prefix: boolean;
}

/**
 * The phrases of the user's words: every one must occur; Latin, Arabic and Cyrillic words match as
 * prefixes (so a query can be typed incrementally), Chinese as substrings.
 */
export function queryPhrases(terms: readonly string[]): QueryPhrase[] {
  return terms.flatMap((term): QueryPhrase[] => {
    const tokens = indexText(term)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (!tokens.length) return [];
    if (HAS_CJK.test(term)) return [{ tokens, prefix: false }];
    return tokens.map((t) => ({ tokens: [t], prefix: true }));
  });
}

/** A phrase in FTS5 syntax. User text never reaches FTS5 syntax: every token is quoted (and a quote doubled). */
export function phraseSql(phrase: QueryPhrase): string {
  return `"${phrase.tokens.join(' ').replace(/"/g, '""')}"${phrase.prefix ? '*' : ''}`;
}

/** An FTS5 query for the user's words (queryPhrases); null when there is nothing to look for. */
export function ftsQuery(terms: readonly string[]): string | null {
  const phrases = queryPhrases(terms);
  return phrases.length ? phrases.map(phraseSql).join(' AND ') : null;
}
