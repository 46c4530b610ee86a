/** The article extractor: precision and recall per language over the real corpus (dev and test), and its speed on a long text. */
import type { BenchResult } from './run';
import { articleText, formatFigures, scoreSplit } from '../data/extract/scores';
import { extract } from '../data/extract/extract';

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const split of ['dev', 'test'] as const) {
    const f = scoreSplit(split);
    console.log(formatFigures(split, f));
    for (const lang of ['en', 'ar', 'zh', 'all'] as const) {
      const x = f[lang];
      out.push({ suite: 'article', name: `${split} ${lang} precision (${x.right}/${x.proposed}, ${x.articles} articles)`, value: Math.round(x.precision * 100) / 100, unit: '' });
      out.push({ suite: 'article', name: `${split} ${lang} recall (${x.right}/${x.expected}, ${x.articles} articles)`, value: Math.round(x.recall * 100) / 100, unit: '' });
    }
  }
  const long = articleText('seed-xinhua-ar-2023-05-18-kyrgyzstan.txt').repeat(60); // ~250 000 characters
  const t0 = performance.now();
  const found = extract(long, '2023-05-18').length;
  const ms = performance.now() - t0;
  out.push({ suite: 'article', name: `extraction of a ${Math.round(long.length / 1000)} k-character text (${found} candidates)`, value: Math.round(ms), unit: 'ms' });
  return out;
}
