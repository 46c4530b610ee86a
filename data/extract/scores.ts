/**
 * Precision and recall of the extractor over the test articles (test-articles/expected.json and the
 * seed articles): a proposed candidate counts as right when kind, pair, date (at its precision) and,
 * for a partnership, level match one the article should yield. Printed by the tests and `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract, guessMeta } from './extract';

export const ARTICLES_DIR = path.join(import.meta.dirname, 'test-articles');

export interface Expected {
  kind: string;
  pairId: string;
  date: string | null;
  levelKey?: string;
}

export interface ArticleScore {
  file: string;
  proposed: number;
  expected: number;
  right: number;
  missed: Expected[];
  wrong: { kind: string; pairId: string | null; date: string | null; levelKey: string | null; title: string }[];
}

export function loadExpectations(): Record<string, { date: string | null; candidates: Expected[] }> {
  return JSON.parse(fs.readFileSync(path.join(ARTICLES_DIR, 'expected.json'), 'utf8'));
}

export function articleText(file: string): string {
  return fs.readFileSync(path.join(ARTICLES_DIR, file), 'utf8');
}

const same = (e: Expected, c: { kind: string; pairId: string | null; date: string | null; levelKey: string | null }) =>
  e.kind === c.kind && e.pairId === c.pairId && e.date === c.date && (e.levelKey ?? null) === (e.kind === 'partnership' ? c.levelKey : null);

export function scoreArticles(): { articles: ArticleScore[]; precision: number; recall: number } {
  const articles = Object.entries(loadExpectations()).map(([file, spec]): ArticleScore => {
    const text = articleText(file);
    const proposed = extract(text, spec.date ?? guessMeta(text).date);
    const unmatched = [...proposed];
    const missed: Expected[] = [];
    for (const e of spec.candidates) {
      const i = unmatched.findIndex((c) => same(e, c));
      if (i === -1) missed.push(e);
      else unmatched.splice(i, 1);
    }
    return {
      file,
      proposed: proposed.length,
      expected: spec.candidates.length,
      right: spec.candidates.length - missed.length,
      missed,
      wrong: unmatched.map(({ kind, pairId, date, levelKey, title }) => ({ kind, pairId, date, levelKey, title })),
    };
  });
  const right = articles.reduce((n, a) => n + a.right, 0);
  return {
    articles,
    precision: right / Math.max(1, articles.reduce((n, a) => n + a.proposed, 0)),
    recall: right / Math.max(1, articles.reduce((n, a) => n + a.expected, 0)),
  };
}
