/**
 * Text as the search index sees it (data/db/search-index.ts) and as queries are written against it:
 * folded (shared/text/arabic.ts), with each Han, kana or Hangul character a word of its own, so that a
 * phrase of characters ("铁 路") finds any run of them inside longer Chinese text.
 */
import { foldForMatch } from './arabic';

const CJK = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function indexText(text: string): string {
  const folded = foldForMatch(text);
  return HAS_CJK.test(folded) ? folded.replace(CJK, ' $1 ') : folded;
}

/**
 * An FTS5 query for the user's words: every word must occur; Latin, Arabic and Cyrillic words match as
 * prefixes (so a query can be typed incrementally), Chinese as substrings. Null when there is nothing
 * to look for. User text never reaches FTS5 syntax: every token is quoted.
 */
export function ftsQuery(terms: readonly string[]): string | null {
  const parts = terms.flatMap((term) => {
    const tokens = indexText(term)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (!tokens.length) return [];
    if (HAS_CJK.test(term)) return [`"${tokens.join(' ')}"`];
    return tokens.map((t) => `"${t}"*`);
  });
  return parts.length ? parts.join(' AND ') : null;
}
