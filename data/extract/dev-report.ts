/**
 * Tuning aid, dev split only: every dev article's misses and extra candidates. Never reads test articles.
 * Run: npx tsx data/extract/dev-report.ts [id-substring]
 */
import { formatFigures, loadCorpus, scoreArticle, scoreSplit } from './scores';

const filter = process.argv[2] ?? '';
for (const a of loadCorpus().filter((x) => x.split === 'dev' && x.id.includes(filter))) {
  const s = scoreArticle(a);
  if (!s.missed.length && !s.wrong.length) continue;
  console.log(`${a.id} (${a.source.date}): right ${s.right}/${s.expected}, proposed ${s.proposed}`);
  for (const m of s.missed) console.log(`  MISSED ${m.kind} ${m.pair} ${m.date} ${m.level ?? ''} — ${m.evidence.slice(0, 100)}`);
  for (const w of s.wrong) console.log(`  EXTRA  ${w.kind} ${w.pairId} ${w.date} ${w.levelKey ?? ''} ${w.title} (${w.confidence})`);
}
console.log(formatFigures('dev', scoreSplit('dev')));
