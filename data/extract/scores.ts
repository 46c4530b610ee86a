/**
 * Precision and recall of the extractor over the real evaluation corpus (corpus/corpus.json), per
 * language and split. A proposed candidate — one the review dialog would tick (not planned, confident
 * enough; acceptedByDefault) — is right when kind, pair, date (same string, same precision) and, for a
 * partnership, level match one expected entry that is not planned. Planned entries are neither required
 * nor allowed. Printed by the tests (test split) and `npm run bench -- article` (dev and test).
 */
import fs from 'node:fs';
import path from 'node:path';
import { acceptedByDefault } from '../../shared/article';
import { extract, type RawCandidate } from './extract';

export const CORPUS_DIR = path.join(import.meta.dirname, 'corpus');
/** The synthetic articles of the unit tests (written knowing the rules: not a measure). */
export const ARTICLES_DIR = path.join(import.meta.dirname, 'test-articles');

export type Split = 'dev' | 'test';
export type Language = 'en' | 'ar' | 'zh';

export interface CorpusEntry {
  kind: string;
  pair: string;
  date: string;
  inferred?: boolean;
  level?: string;
  planned?: boolean;
  evidence: string;
}
export interface CorpusArticle {
  id: string;
  split: Split;
  language: Language;
  source: { publisher: string; title: string; url: string; date: string };
  expected: CorpusEntry[];
}

export interface ArticleScore {
  id: string;
  proposed: number;
  expected: number;
  right: number;
  missed: CorpusEntry[];
  wrong: Pick<RawCandidate, 'kind' | 'pairId' | 'date' | 'levelKey' | 'title' | 'confidence'>[];
}
export interface Figures {
  articles: number;
  proposed: number;
  expected: number;
  right: number;
  precision: number;
  recall: number;
}

export function loadCorpus(): CorpusArticle[] {
  return (JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'corpus.json'), 'utf8')) as { articles: CorpusArticle[] }).articles;
}

export function corpusText(id: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, 'articles', `${id}.txt`), 'utf8');
}

export function articleText(file: string): string {
  return fs.readFileSync(path.join(ARTICLES_DIR, file), 'utf8');
}

const same = (e: CorpusEntry, c: RawCandidate) =>
  e.kind === c.kind && e.pair === c.pairId && e.date === c.date && (e.kind !== 'partnership' || (e.level ?? null) === c.levelKey);

/** One article: what the extractor proposes (given the article's date, as the user gives it) against what a reader marked. */
export function scoreArticle(a: CorpusArticle): ArticleScore {
  const proposed = extract(corpusText(a.id), a.source.date).filter((c) => acceptedByDefault({ ...c, duplicateOf: null }));
  const required = a.expected.filter((e) => !e.planned);
  const planned = a.expected.filter((e) => e.planned);
  const unmatched = [...proposed];
  const missed: CorpusEntry[] = [];
  for (const e of required) {
    const i = unmatched.findIndex((c) => same(e, c));
    if (i === -1) missed.push(e);
    else unmatched.splice(i, 1);
  }
  // A planned event proposed as done is wrong (it stays among the unmatched).
  void planned;
  return {
    id: a.id,
    proposed: proposed.length,
    expected: required.length,
    right: required.length - missed.length,
    missed,
    wrong: unmatched.map(({ kind, pairId, date, levelKey, title, confidence }) => ({ kind, pairId, date, levelKey, title, confidence })),
  };
}

function figures(scores: ArticleScore[]): Figures {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const proposed = sum((s) => s.proposed);
  const expected = sum((s) => s.expected);
  const right = sum((s) => s.right);
  return { articles: scores.length, proposed, expected, right, precision: proposed ? right / proposed : 1, recall: expected ? right / expected : 1 };
}

/** Figures per language for one split (and all languages together). Only aggregates: safe to print for test. */
export function scoreSplit(split: Split): Record<Language | 'all', Figures> {
  const scores = loadCorpus()
    .filter((a) => a.split === split)
    .map((a) => ({ a, s: scoreArticle(a) }));
  const of = (lang?: Language) => figures(scores.filter((x) => !lang || x.a.language === lang).map((x) => x.s));
  return { en: of('en'), ar: of('ar'), zh: of('zh'), all: of() };
}

/** One line per language: "en  precision 0.92 (23/25)  recall 0.88 (23/26)  over 8 articles". */
export function formatFigures(split: Split, f: Record<Language | 'all', Figures>): string {
  return (['en', 'ar', 'zh', 'all'] as const)
    .map((l) => `${split} ${l.padEnd(3)} precision ${f[l].precision.toFixed(2)} (${f[l].right}/${f[l].proposed})  recall ${f[l].recall.toFixed(2)} (${f[l].right}/${f[l].expected})  over ${f[l].articles} articles`)
    .join('\n');
}
