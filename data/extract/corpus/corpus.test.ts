// Format check of the real evaluation corpus (issue 15): every article file exists, every annotation
// is well-formed and rests on a substring of its article, and the corpus meets its size minimums.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusArticle, CorpusEntry } from '../scores';

const DIR = new URL('.', import.meta.url).pathname;
const PAIRS_DIR = join(DIR, '..', '..', 'dataset', 'pairs');

const KINDS = ['visit', 'talks', 'partnership', 'agreement', 'project', 'summit', 'establishment'] as const;
const PAIRS = ['CN-KG', 'CN-KZ', 'CN-TJ', 'CN-TM', 'CN-UZ'] as const;
const LANGS = ['en', 'ar', 'zh'] as const;
const MIN_PER_LANG: Record<(typeof LANGS)[number], number> = { en: 14, ar: 14, zh: 12 };
const MIN_TEST_PER_LANG = 6;

/** The scorer's types (data/extract/scores.ts), with the fields only this check reads. */
type Expected = CorpusEntry;
type Article = CorpusArticle & { anniversaries?: { pair: string; years: number; evidence: string }[]; notes?: string };

const corpus = JSON.parse(readFileSync(join(DIR, 'corpus.json'), 'utf8')) as { guidelines: string; articles: Article[] };
const articles = corpus.articles;
const text = (id: string) => readFileSync(join(DIR, 'articles', `${id}.txt`), 'utf8');
const ladders = new Map<string, Set<string>>(
  PAIRS.map((p) => {
    const data = JSON.parse(readFileSync(join(PAIRS_DIR, `${p}.json`), 'utf8')) as { ladder: { key: string }[] };
    return [p, new Set(data.ladder.map((l) => l.key))];
  }),
);

/** A calendar date at year, month or day precision that exists (no 2023-02-30). */
function validDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

describe('evaluation corpus (data/extract/corpus)', () => {
  it('names its guidelines file, and the file exists', () => {
    expect(existsSync(join(DIR, corpus.guidelines))).toBe(true);
  });

  it('has unique ids of the form <lang>-<publisher>-<YYYY-MM-DD>-<slug>, each with its text file and no stray files', () => {
    const ids = articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of articles) {
      expect(a.id, a.id).toMatch(/^(en|ar|zh)-[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(a.id.startsWith(`${a.language}-`), a.id).toBe(true);
      expect(a.id, a.id).toContain(`-${a.source.date}-`);
      expect(existsSync(join(DIR, 'articles', `${a.id}.txt`)), a.id).toBe(true);
    }
    const files = readdirSync(join(DIR, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
    expect(files.sort()).toEqual([...ids].sort());
  });

  it('stores each article as headline, blank line, body (an empty headline line only where the copy had none)', () => {
    for (const a of articles) {
      const lines = text(a.id).split('\n');
      // A copy retrieved without its headline keeps an empty first line and an empty source title.
      expect(lines[0].trim(), a.id).toBe(a.source.title === '' ? '' : a.source.title);
      expect(lines[1], a.id).toBe('');
      expect(lines.slice(2).join('\n').trim().length, a.id).toBeGreaterThan(100);
    }
  });

  it('meets the size minimums per language and per split', () => {
    for (const l of LANGS) {
      const ofLang = articles.filter((a) => a.language === l);
      expect(ofLang.length, l).toBeGreaterThanOrEqual(MIN_PER_LANG[l]);
      expect(ofLang.filter((a) => a.split === 'test').length, `${l} test`).toBeGreaterThanOrEqual(MIN_TEST_PER_LANG);
      expect(ofLang.filter((a) => a.split === 'dev').length, `${l} dev`).toBeGreaterThanOrEqual(MIN_TEST_PER_LANG);
    }
    expect(articles.length).toBeGreaterThanOrEqual(40);
    // Headline-less copies stay a minority (many stored copies start at the dateline or the body): at least 60% of
    // the copies, and at least 60 of them, carry a headline, so the headline rules are measured too.
    const withHeadline = articles.filter((a) => a.source.title !== '').length;
    expect(withHeadline).toBeGreaterThanOrEqual(Math.max(60, articles.length * 0.6));
    for (const p of PAIRS) expect(articles.some((a) => a.expected.some((e) => e.pair === p)), p).toBe(true);
    for (const k of KINDS) expect(articles.some((a) => a.expected.some((e) => e.kind === k && !e.planned)), k).toBe(true);
  });

  it('gives every article a known split, language and a full source', () => {
    for (const a of articles) {
      expect(['dev', 'test'], a.id).toContain(a.split);
      expect(LANGS as readonly string[], a.id).toContain(a.language);
      expect(a.source.publisher.length, a.id).toBeGreaterThan(0);
      expect(a.source.url, a.id).toMatch(/^https?:\/\/\S+$/);
      expect(a.source.date, a.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(validDate(a.source.date), a.id).toBe(true);
    }
  });

  it('annotates with known kinds, pairs and ladder levels, valid dates and evidence found verbatim in the article', () => {
    for (const a of articles) {
      const t = text(a.id);
      for (const e of a.expected) {
        const where = `${a.id}: ${e.kind} ${e.pair} ${e.date}`;
        expect(KINDS as readonly string[], where).toContain(e.kind);
        expect(PAIRS as readonly string[], where).toContain(e.pair);
        expect(validDate(e.date), where).toBe(true);
        // A milestone reported as done cannot postdate the article it is reported in.
        if (!e.planned) expect(e.date <= a.source.date, where).toBe(true);
        if (e.kind === 'partnership') expect(ladders.get(e.pair)?.has(e.level ?? ''), where).toBe(true);
        else expect(e.level, where).toBeUndefined();
        expect(e.evidence.length, where).toBeGreaterThan(3);
        expect(t.includes(e.evidence), `${where}: evidence «${e.evidence}»`).toBe(true);
      }
      for (const an of a.anniversaries ?? []) {
        expect(PAIRS as readonly string[], a.id).toContain(an.pair);
        expect(Number.isInteger(an.years) && an.years > 0, a.id).toBe(true);
        expect(t.includes(an.evidence), `${a.id}: anniversary evidence «${an.evidence}»`).toBe(true);
      }
    }
  });

  it('lists no milestone twice in one article (same kind, pair, date and level)', () => {
    for (const a of articles) {
      const keys = a.expected.map((e) => `${e.kind}|${e.pair}|${e.date}|${e.level ?? ''}|${e.planned ? 'p' : ''}`);
      expect(new Set(keys).size, a.id).toBe(keys.length);
    }
  });

  it('lists every article under its split in the README (the README says which is which)', () => {
    const readme = readFileSync(join(DIR, corpus.guidelines), 'utf8');
    const section = (name: string) => readme.split(`### ${name}\n`)[1]?.split('\n### ')[0] ?? '';
    for (const a of articles) {
      expect(section(a.split).includes(`\`${a.id}\``), `${a.id} listed under ${a.split}`).toBe(true);
      expect(section(a.split === 'dev' ? 'test' : 'dev').includes(`\`${a.id}\``), `${a.id} not under the other split`).toBe(false);
    }
  });
});
