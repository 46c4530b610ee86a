/**
 * Sentences and clauses. Sentences come from Intl.Segmenter (ICU's sentence rules, per language), with
 * two repairs ICU does not make on news text: a line break always ends a sentence (headline, dateline,
 * paragraphs), and an abbreviation ("Jan.", "Sept.", "Mr.", "U.S.") followed by more of the sentence
 * does not. Clauses are what a date or a "will" belongs to: weak boundaries (commas) and strong ones
 * (semicolons, ", while", "كما", "此外").
 */
import { foldWithMap } from '../../shared/text/highlight';
import { asciiDigits } from './dates';
import { simplified } from './hanzi';

export interface Sentence {
  start: number;
  end: number;
  /** Folded text (ASCII digits, simplified Chinese characters) and, for each of its code units, the original index. */
  folded: string;
  origin: number[];
  /** The original text of the sentence. */
  text: string;
  /** The first line of the article. */
  headline: boolean;
  /** Folded indexes where weak and strong clauses start (0 first). */
  weak: number[];
  strong: number[];
}

const ABBREVIATION = /(?:^|[\s(])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|prof|st|no|gen|gov|sen|rep|jr|sr|co|corp|inc|ltd|lt|col|maj|capt|vs|etc|approx|est|dept|u\.s|u\.n|u\.k|e\.g|i\.e|[a-z])\.\s*$/i;
const WEAK = /[,，、،:：]|\s[-–—]\s/g;
/**
 * "and" before a verb in its base form: "readiness to visit Kazakhstan …, and take part in the summit" coordinates two
 * predicates of one subject, so one "to"/"will" governs both (a new clause has a subject of its own).
 */
const EN_BASE_EVENT_VERB = String.raw`(?:also\s+)?(?:take|attend|hold|sign|visit|meet|pay|participate|join|deliver|discuss|open|launch|witness|exchange)\b`;
export const EN_COORDINATED_PREDICATE = new RegExp(String.raw`^[\s,]*and\s+` + EN_BASE_EVENT_VERB);
// Arabic chains clauses with "، و…" and opens new ones with "ومن المقرر", "ومن المتوقع": each has its own verb and time.
const STRONG_OTHER = /(?<![\u0621-\u064a])(?:كما|فيما|بينما|وفي سياق|من جهته|من جانبه)(?![\u0621-\u064a])(?! (?:بين|يتعلق|يخص)(?![\u0621-\u064a]))|[،,]\s*(?=و(?!ال|ترك|طاج|تاي|تون)(?:[يتن][\u0621-\u064a]{2,}|ا[\u0621-\u064a]{3,}))|(?<![\u0621-\u064a])(?=ومن (?:المقرر|المتوقع|المنتظر))|此外|同时|另外|与此同时/;
const STRONG = new RegExp(String.raw`[;؛；]|,\s+(?:and(?!\s+` + EN_BASE_EVENT_VERB + String.raw`)|while|whereas|but|which|where)\b|` + STRONG_OTHER.source, 'g');

function starts(folded: string, re: RegExp): number[] {
  const out = [0];
  for (const m of folded.matchAll(re)) out.push(m.index + m[0].length);
  return out;
}

export function sentences(text: string, language: string | null): Sentence[] {
  const segmenter = new Intl.Segmenter(language ?? 'en', { granularity: 'sentence' });
  const pieces: { start: number; end: number }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let previous: { start: number; end: number } | null = null;
    for (const seg of segmenter.segment(line)) {
      const start = lineStart + seg.index;
      const end = start + seg.segment.length;
      const body = seg.segment.trim();
      if (!body) continue;
      // "Jan. 6": ICU usually keeps these together; when it does not, the next piece starts in lower case or a digit.
      if (previous && ABBREVIATION.test(text.slice(previous.start, previous.end).trimEnd()) && /^[\s]*[a-z0-9(]/.test(seg.segment)) {
        previous.end = end;
        continue;
      }
      previous = { start, end };
      pieces.push(previous);
    }
    lineStart += line.length + 1;
  }
  // A headline: a first line set apart by a blank line, with more text after it.
  const head = /^\s*([^\n]+)\n[ \t]*\n\s*\S/.exec(text);
  const headlineEnd = head ? head.index + head[0].indexOf('\n') : 0;
  // "原标题:…", "Original title: …": an aggregator's line with the headline it replaced, a headline too.
  const originalTitles = [...text.matchAll(/^[ \t]*(?:原标题|原標題|original (?:title|headline)|العنوان الأصلي)\s*[:：][^\n]*/gim)].map((m) => [m.index, m.index + m[0].length]);
  const out: Sentence[] = [];
  for (const p of pieces) {
    const raw = text.slice(p.start, p.end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length < 3) continue;
    const start = p.start + lead;
    const { folded, origin } = withoutRuby(foldWithMap(simplified(asciiDigits(body))));
    out.push({
      start,
      end: start + body.length,
      folded,
      origin: origin.map((o) => o + start),
      text: body,
      headline: start < headlineEnd || originalTitles.some(([a, b]) => start >= a && start < b),
      weak: starts(folded, WEAK),
      strong: starts(folded, STRONG),
    });
  }
  return out;
}

/**
 * "習(xí)近平", "戰(zhàn)略伙伴關(guān)系": copies whose pages carried pinyin ruby keep the reading in brackets after each
 * character it glossed, which splits every word. The bracketed readings (folded: no tone marks) after a Chinese character
 * are dropped from the folded text, with their origins; the text keeps them.
 */
function withoutRuby(x: { folded: string; origin: number[] }): { folded: string; origin: number[] } {
  if (!/[\u4e00-\u9fff]\([a-z]{1,6}\)/.test(x.folded)) return x;
  let folded = '';
  const origin: number[] = [];
  let last = 0;
  for (const m of x.folded.matchAll(/(?<=[\u4e00-\u9fff])\([a-z]{1,6}\)/g)) {
    folded += x.folded.slice(last, m.index);
    origin.push(...x.origin.slice(last, m.index));
    last = m.index + m[0].length;
  }
  folded += x.folded.slice(last);
  origin.push(...x.origin.slice(last));
  return { folded, origin };
}

/** The clause (start, end) around a folded index, by the given boundaries. */
export function clauseAt(s: Sentence, index: number, kind: 'weak' | 'strong'): [number, number] {
  const list = kind === 'weak' ? [...new Set([...s.weak, ...s.strong])].sort((a, b) => a - b) : s.strong;
  let start = 0;
  let end = s.folded.length;
  for (const b of list) {
    if (b <= index) start = b;
    else {
      end = b;
      break;
    }
  }
  return [start, end];
}

/** How far apart two places of a sentence are for a date: characters, plus a price for each boundary between. */
export function distance(s: Sentence, a: number, b: number): number {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const weak = s.weak.filter((x) => x > lo && x <= hi).length;
  const strong = s.strong.filter((x) => x > lo && x <= hi).length;
  return hi - lo + 40 * weak + 1000 * strong;
}
