/**
 * Deterministic synthetic data for benchmarks and scale tests: countries, pairs and milestones with
 * English, Arabic and Chinese text, 70 % points and 30 % ranges, every milestone with a source.
 * Not shipped data: never bundled, only generated into temporary files.
 */
import type { Db } from '../data/db/open';
import { CATEGORIES } from '../shared/domain';
import { seededRandom } from '../shared/random';

const WORDS_EN = ['summit', 'agreement', 'railway', 'pipeline', 'visit', 'talks', 'partnership', 'trade', 'border', 'energy', 'investment', 'security', 'culture', 'education', 'customs', 'agriculture', 'connectivity', 'declaration', 'forum', 'corridor'];
const WORDS_AR = ['قمة', 'اتفاقية', 'سكة حديد', 'خط أنابيب', 'زيارة', 'محادثات', 'شراكة', 'تجارة', 'حدود', 'طاقة', 'استثمار', 'أمن', 'ثقافة', 'تعليم'];
const WORDS_ZH = ['峰会', '协议', '铁路', '管道', '访问', '会谈', '伙伴关系', '贸易', '边界', '能源', '投资', '安全'];

export interface SyntheticMilestone {
  pairId: string;
  category: (typeof CATEGORIES)[number];
  title: string;
  titleAr: string;
  summary: string;
  place: string;
  start: string;
  end: string | null;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function syntheticPairIds(count: number): string[] {
  // AA-BA, AA-BB, …: valid two-letter codes in alphabetical order.
  return Array.from({ length: count }, (_, i) => `A${String.fromCharCode(65 + (i % 26))}-B${String.fromCharCode(65 + Math.floor(i / 26))}`);
}

export function syntheticMilestones(count: number, pairIds: readonly string[], seed = 42): SyntheticMilestone[] {
  return [...eachSyntheticMilestone(count, pairIds, seed)];
}

/** The same rows one at a time: a million of them never sit in memory together. */
export function* eachSyntheticMilestone(count: number, pairIds: readonly string[], seed = 42): Generator<SyntheticMilestone> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const year = 1992 + Math.floor(random() * 33);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random();
    const start = precision < 0.1 ? String(year) : precision < 0.25 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const isRange = random() < 0.3;
    const end = isRange ? `${Math.min(year + 1 + Math.floor(random() * 3), 2025)}-${pad(month)}-${pad(day)}` : null;
    const words = Array.from({ length: 30 }, () => pick(random, WORDS_EN)).join(' ');
    yield {
      pairId: pairIds[i % pairIds.length],
      category: pick(random, CATEGORIES),
      title: `${pick(random, WORDS_EN)} ${pick(random, WORDS_EN)} ${pick(random, WORDS_ZH)} #${i}`,
      titleAr: `${pick(random, WORDS_AR)} ${pick(random, WORDS_AR)} ${i}`,
      summary: words,
      place: pick(random, ['Beijing', 'Astana', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Tashkent', "Xi'an"]),
      start,
      end: end && end >= start ? end : null,
    };
  }
}

/** Fills an open database (schema migrated) with synthetic countries, pairs, a source and milestones. */
export function insertSynthetic(db: Db, pairCount: number, milestoneCount: number, seed = 42): string[] {
  const pairIds = syntheticPairIds(pairCount);
  const rows = eachSyntheticMilestone(milestoneCount, pairIds, seed);
  db.transaction(() => {
    const country = db.prepare('INSERT OR IGNORE INTO countries (code, name_en) VALUES (?, ?)');
    const pair = db.prepare('INSERT OR IGNORE INTO pairs (id, a_code, b_code, sort_order) VALUES (?, ?, ?, ?)');
    pairIds.forEach((id, i) => {
      const [a, b] = id.split('-');
      country.run(a, `Country ${a}`);
      country.run(b, `Country ${b}`);
      pair.run(id, a, b, 1000 + i);
    });
    const source = db
      .prepare("INSERT INTO sources (publisher, title, date, language, url) VALUES ('Synthetic Press', 'Generated for benchmarks', '2024-01-01', 'en', NULL) RETURNING id")
      .get() as { id: number };
    const insert = db.prepare(`INSERT INTO milestones (pair_id, category, title, title_ar, summary, place, start_date, start_precision, end_date, end_precision)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const link = db.prepare('INSERT INTO milestone_sources (milestone_id, source_id) VALUES (?, ?)');
    const precisionOf = (d: string) => (d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day');
    for (const m of rows) {
      const { lastInsertRowid } = insert.run(m.pairId, m.category, m.title, m.titleAr, m.summary, m.place, m.start, precisionOf(m.start), m.end, m.end ? precisionOf(m.end) : null);
      link.run(lastInsertRowid, source.id);
    }
  })();
  return pairIds;
}
