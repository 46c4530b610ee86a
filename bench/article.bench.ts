/** The article extractor: precision and recall over the test articles, and its speed on a long text. */
import type { BenchResult } from './run';
import { articleText, scoreArticles } from '../data/extract/scores';
import { extract } from '../data/extract/extract';

export async function run(): Promise<BenchResult[]> {
  const { articles, precision, recall } = scoreArticles();
  const long = articleText('seed-xinhua-ar-2023-05-18-kyrgyzstan.txt').repeat(60); // ~250 000 characters
  const t0 = performance.now();
  const found = extract(long, '2023-05-18').length;
  const ms = performance.now() - t0;
  return [
    { suite: 'article', name: `extraction precision over ${articles.length} test articles`, value: Math.round(precision * 100) / 100, unit: '' },
    { suite: 'article', name: `extraction recall over ${articles.length} test articles`, value: Math.round(recall * 100) / 100, unit: '' },
    { suite: 'article', name: `extraction of a ${Math.round(long.length / 1000)} k-character text (${found} candidates)`, value: Math.round(ms), unit: 'ms' },
  ];
}
