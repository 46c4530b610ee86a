/**
 * Where search terms occur in a text, found on the folded text (shared/text/arabic.ts) but reported on
 * the original, so that a snippet shows what was written with the matches marked. Returns plain parts;
 * the renderer draws them as text nodes, never as HTML.
 */
import { foldForMatch, isPlainAscii } from './arabic';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Each character's folded form, computed once (folding one character at a time is the cost of long texts). */
const FOLDED_CHARS = new Map<string, string>();

/** The folded text, and for each of its code units the index of the original code unit it came from. */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    let f = FOLDED_CHARS.get(ch);
    if (f === undefined) FOLDED_CHARS.set(ch, (f = foldForMatch(ch)));
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  return { folded, origin };
}

/** Ranges [start, end) of the original text where any of the (already folded) terms occur, merged. */
export function matchRanges(text: string, foldedTerms: readonly string[]): [number, number][] {
  // Plain ASCII needs no map back to the original (the cost of every hit's fields): its folding keeps positions.
  const { folded, origin } = isPlainAscii(text) ? { folded: text.toLowerCase(), origin: null } : foldWithMap(text);
  const originOf = (i: number) => (origin ? origin[i] : i);
  const ranges: [number, number][] = [];
  for (const term of foldedTerms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      const start = originOf(at);
      // Up to the next folded character, so that marks folded away after the match (tanween) stay with it.
      const end = at + term.length < folded.length ? originOf(at + term.length) : text.length;
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/**
 * A snippet of about `width` characters around the first match, split into marked and unmarked parts;
 * null when nothing matches.
 */
export function snippet(text: string, foldedTerms: readonly string[], width = 160): SnippetPart[] | null {
  const ranges = matchRanges(text, foldedTerms);
  if (ranges.length === 0) return null;
  let from = 0;
  let to = text.length;
  if (text.length > width) {
    from = Math.max(0, Math.min(ranges[0][0] - Math.floor(width / 3), text.length - width));
    to = Math.min(text.length, from + width);
  }
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    if (s > at) parts.push({ text: text.slice(at, s), hit: false });
    parts.push({ text: text.slice(Math.max(s, at), Math.min(e, to)), hit: true });
    at = Math.min(e, to);
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  if (from > 0) parts.unshift({ text: '…', hit: false });
  if (to < text.length) parts.push({ text: '…', hit: false });
  return parts;
}

/** The folded, de-duplicated terms of a query: what the index and the highlighter look for. */
export function queryTerms(query: string): string[] {
  return [...new Set(foldForMatch(query).split(/[\s\p{P}]+/u).filter((t) => t.length > 0))];
}
