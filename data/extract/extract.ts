/**
 * The rule-based article extractor: splits the text into sentences, finds the countries, dates and
 * kinds of milestone each names (gazetteer.ts, patterns.ts, dates.ts), and proposes candidates with the
 * sentence they came from. Pure: no database (handlers/article.ts checks duplicates and anniversaries).
 */
import { foldForMatch } from '../../shared/text/arabic';
import { foldWithMap } from '../../shared/text/highlight';
import type { CandidateKind, Candidate, ArticleMeta } from '../../shared/article';
import type { Category } from '../../shared/domain';
import type { PartialDate } from '../../shared/dates';
import { CITIES, COUNTRIES, PUBLISHERS, type CountryEntry } from './gazetteer';
import { ANNIVERSARY, DOCUMENTS, HISTORY, LEVEL_CHANGE, LEVELS, PROJECT, PROJECT_NAMES, RELATIONS, SIGNED, STATE_VISIT, TALKS, phrases } from './patterns';
import { asciiDigits, relativeDate, writtenDate } from './dates';

export type RawCandidate = Omit<Candidate, 'duplicateOf' | 'anniversary'> & { years: number | null };

const CATEGORY: Record<CandidateKind, Category> = {
  'state-visit': 'visits',
  talks: 'visits',
  partnership: 'partnership',
  agreement: 'agreements',
  project: 'economy',
  anniversary: 'diplomatic',
};

const COUNTRY_RE = COUNTRIES.map((c) => ({ country: c, names: phrases(c.names), leaders: phrases(c.leaders) }));
const CITY_RE = CITIES.map((c) => ({ city: c.en, re: phrases(c.names) }));
const LEADER_NAMES: Record<string, string> = { CN: 'Xi Jinping', TJ: 'Emomali Rahmon', KG: 'Sadyr Japarov', KZ: 'Kassym-Jomart Tokayev', UZ: 'Shavkat Mirziyoyev', TM: 'Serdar Berdimuhamedov' };

interface Sentence {
  start: number;
  end: number;
  folded: string;
  /** Folded index → original index. */
  origin: number[];
}

/** Sentences with their place in the text; a line break or . ! ? ؟ 。 ends one. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(/[^\n.!?؟。！？]+[.!?؟。！？]*/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length < 3) continue;
    const start = m.index + lead;
    const { folded, origin } = foldWithMap(asciiDigits(body));
    out.push({ start, end: start + body.length, folded, origin: origin.map((o) => o + start) });
  }
  // "Xi'an" and "U.S." must not end a sentence: rejoin pieces that end in a lone capital letter or an apostrophe word.
  return out;
}

function firstMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/** Countries a sentence names (by name, demonym or leader), in order of first mention. */
function countriesIn(folded: string): { entry: CountryEntry; index: number; byName: boolean }[] {
  const found: { entry: CountryEntry; index: number; byName: boolean }[] = [];
  for (const { country, names, leaders } of COUNTRY_RE) {
    const byName = firstMatch(names, folded);
    const byLeader = firstMatch(leaders, folded);
    const index = Math.min(byName?.index ?? Infinity, byLeader?.index ?? Infinity);
    if (index !== Infinity) found.push({ entry: country, index, byName: !!byName });
  }
  return found.sort((a, b) => a.index - b.index);
}

const pairOf = (a: string, b: string) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** The pair the article is about: the two countries it names most. */
function articlePair(all: Sentence[]): string | null {
  const counts = new Map<string, number>();
  for (const s of all) for (const c of countriesIn(s.folded)) counts.set(c.entry.code, (counts.get(c.entry.code) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  return top.length >= 2 ? pairOf(top[0], top[1]) : null;
}

function sentencePair(found: { entry: CountryEntry }[], fallback: string | null): string | null {
  const codes = [...new Set(found.map((f) => f.entry.code))];
  if (fallback && fallback.split('-').every((c) => codes.includes(c))) return fallback;
  if (codes.length >= 2) return pairOf(codes[0], codes[1]);
  if (codes.length === 1 && fallback?.split('-').includes(codes[0])) return fallback;
  return fallback;
}

/** Publisher, date and language from a dateline such as "شيآن 18 مايو 2023 (شينخوا)" or "BEIJING, May 18 (Xinhua) --". */
export function guessMeta(text: string): ArticleMeta {
  const head = asciiDigits(text.slice(0, 400));
  const folded = foldForMatch(head);
  const publisher = PUBLISHERS.find((p) => firstMatch(phrases(p.names), folded))?.name ?? null;
  const date = writtenDate(folded.split('\n')[0])?.date ?? null;
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const max = Math.max(arabic, han, latin);
  const language = max === 0 ? null : max === arabic ? 'ar' : max === han ? 'zh' : 'en';
  return { publisher, title: null, date: date && date.length === 10 ? date : date, language };
}

function span(s: Sentence, index: number, length: number) {
  const start = s.origin[index] ?? s.start;
  const endIndex = index + length;
  const end = endIndex < s.origin.length ? s.origin[endIndex] : s.end;
  return { start, end };
}

function destination(s: Sentence, after: number): string | null {
  const rest = s.folded.slice(after);
  const to = /(?:\bto\b|الي|إلى|访问)\s*/.exec(rest);
  const from = to ? after + to.index : after;
  let best: { en: string; index: number } | null = null;
  for (const { country, names } of COUNTRY_RE) {
    names.lastIndex = 0;
    for (let m = names.exec(s.folded); m; m = names.exec(s.folded)) {
      if (m.index >= from && (!best || m.index < best.index)) best = { en: country.en, index: m.index };
    }
  }
  // "… يزور الصين … زيارة دولة": the country visited may come before the phrase.
  if (!best) {
    const visits = /(?:visit(?:s|ing)?|يزور|زار|访问)\s+(?:\S+\s+){0,2}/g;
    for (const m of s.folded.matchAll(visits)) {
      const next = countriesIn(s.folded.slice(m.index + m[0].length - 1))[0];
      if (next?.byName) return next.entry.en;
    }
  }
  return best?.en ?? null;
}

function cityIn(folded: string): string | null {
  for (const { city, re } of CITY_RE) if (firstMatch(re, folded)) return city;
  return null;
}

/** "الصين-قرغيزستان-أوزبكستان" → "China–Kyrgyzstan–Uzbekistan". */
function countryChain(folded: string): string | null {
  const names = COUNTRY_RE.flatMap(({ country, names: re }) => {
    re.lastIndex = 0;
    return [...folded.matchAll(re)].map((m) => ({ en: country.en, index: m.index, end: m.index + m[0].length }));
  }).sort((a, b) => a.index - b.index);
  for (let i = 0; i < names.length; i++) {
    const chain = [names[i]];
    for (let j = i + 1; j < names.length && /^\s*[-–—]\s*$/.test(folded.slice(chain[chain.length - 1].end, names[j].index)); j++) chain.push(names[j]);
    if (chain.length >= 2) return chain.map((c) => c.en).join('–');
  }
  return null;
}

/**
 * Where a dateline ends ("شيآن 18 مايو 2023 (شينخوا)", "ASTANA, July 3, 2024 (Xinhua) --",
 * "比什凯克2019年6月13日电"): its date is the article's, not the event's, so the rules do not read it.
 */
export function datelineLength(text: string): number {
  const m = /^[^\n]{0,80}?(?:\([^()\n]{2,30}\)\s*(?:--|—|–|-)?|\d日电)/.exec(text);
  return m ? m[0].length : 0;
}

export function extract(text: string, articleDate: PartialDate | null): RawCandidate[] {
  const skip = datelineLength(text);
  const all = sentences(' '.repeat(skip) + text.slice(skip));
  const pair = articlePair(all);
  const out: RawCandidate[] = [];
  const push = (s: Sentence, kind: CandidateKind, at: RegExpExecArray, fields: Partial<RawCandidate> & { title: string }) => {
    const found = countriesIn(s.folded);
    const written = writtenDate(s.folded);
    const relative = written ? null : relativeDate(s.folded, articleDate);
    const history = !written && !relative && firstMatch(HISTORY, s.folded);
    const date = written ?? relative ?? (history || !articleDate ? null : { date: articleDate, inferred: true, index: 0 });
    const people = [...new Set(COUNTRY_RE.filter(({ leaders }) => firstMatch(leaders, s.folded)).map(({ country }) => LEADER_NAMES[country.code]))];
    out.push({
      id: `c${out.length + 1}`,
      kind,
      category: CATEGORY[kind],
      pairId: sentencePair(found, pair),
      date: date?.date ?? null,
      dateInferred: date?.inferred ?? false,
      place: cityIn(s.folded),
      people,
      levelKey: null,
      sentence: { start: s.start, end: s.end },
      match: span(s, at.index, at[0].length),
      years: null,
      ...fields,
    });
  };

  for (const s of all) {
    const f = s.folded;
    let m: RegExpExecArray | null;
    if ((m = firstMatch(STATE_VISIT, f))) {
      const to = destination(s, m.index + m[0].length);
      push(s, 'state-visit', m, { title: to ? `State visit to ${to}` : 'State visit' });
    } else if ((m = firstMatch(TALKS, f))) {
      const city = cityIn(f);
      push(s, 'talks', m, { title: city ? `Talks between the presidents in ${city}` : 'Talks between the presidents' });
    }
    if (firstMatch(LEVEL_CHANGE, f)) {
      const level = LEVELS.map((l) => ({ l, m: firstMatch(l.re, f) })).find((x) => x.m);
      if (level?.m) push(s, 'partnership', level.m, { title: `Ties raised to a ${level.l.en}`, levelKey: level.l.key });
    }
    if ((m = firstMatch(SIGNED, f))) {
      for (const doc of DOCUMENTS) {
        const d = firstMatch(doc.re, f);
        if (d) {
          push(s, 'agreement', d, { title: doc.title });
          break;
        }
      }
    }
    if ((m = firstMatch(PROJECT, f))) {
      const kind = PROJECT_NAMES.find((p) => firstMatch(p.re, f))?.en ?? 'project';
      const chain = countryChain(f);
      push(s, 'project', m, { title: chain ? `${chain} ${kind}` : `${kind[0].toUpperCase()}${kind.slice(1)} project` });
    }
    for (const re of ANNIVERSARY) {
      re.lastIndex = 0;
      const a = re.exec(f);
      if (a && firstMatch(RELATIONS, f)) {
        push(s, 'anniversary', a, { title: `${a[1]} years of diplomatic ties`, years: Number(a[1]) });
        break;
      }
    }
  }
  // One candidate per kind, pair and date: an article repeats itself.
  const seen = new Set<string>();
  return out
    .filter((c) => {
      const key = `${c.kind}|${c.pairId}|${c.date}|${c.levelKey}|${c.kind === 'project' || c.kind === 'agreement' ? c.title : ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((c, i) => ({ ...c, id: `c${i + 1}` }));
}
