import { describe, expect, it } from 'vitest';
import { compareChart, TIES_ORIGIN } from './compare-data';
import type { PairTimeline } from '../../../../shared/domain';

function timeline(id: string, established: string | null, start: string): PairTimeline {
  const name = { en: id, ar: null, zh: null };
  return {
    pair: { id, a: { code: id.slice(0, 2), name }, b: { code: id.slice(3), name }, milestoneCount: 1, firstDate: start, lastDate: start, established, region: null, detailed: true },
    ladder: [{ id: 1, pairId: id, rank: 1, key: 'strategic-partnership', name: { en: 'Strategic partnership', ar: null, zh: null } }],
    milestones: [{ id: id.length + start.length, category: 'partnership', title: 'Up', titleAr: null, titleZh: null, start, end: null, levelId: 1 }],
    bands: [{ levelId: 1, name: { en: 'Strategic partnership', ar: null, zh: null }, rank: 1, milestoneId: 1, start, end: null }],
  };
}

const labels = { pair: (t: PairTimeline) => t.pair.id, lane: (c: string) => c };

describe('comparing pairs', () => {
  it('gives each pair its own lanes, milestones and bands on the calendar', () => {
    const { groups, items } = compareChart([timeline('CN-TJ', '1992-01-04', '2013-05-20'), timeline('CN-KG', '1992-01-05', '2013-09-11')], 'calendar', labels);
    expect(groups.map((g) => g.id)).toEqual(['CN-TJ:partnership', 'CN-KG:partnership']);
    expect(items.filter((i) => i.kind === 'milestone').map((i) => [i.group, i.start.toISOString().slice(0, 10)])).toEqual([
      ['CN-TJ:partnership', '2013-05-20'],
      ['CN-KG:partnership', '2013-09-11'],
    ]);
    expect(items.filter((i) => i.kind === 'band').map((i) => i.group)).toEqual(['CN-TJ:partnership', 'CN-KG:partnership']);
  });

  it('aligned on ties, a milestone sits at its distance from the pair’s establishment; pairs without one are left out', () => {
    const { items, skipped } = compareChart([timeline('CN-TJ', '2000-01-01', '2010-01-01'), timeline('CN-KG', '1990-01-01', '2010-01-01'), timeline('CN-UZ', null, '2010-01-01')], 'ties', labels);
    const at = (group: string) => items.find((i) => i.kind === 'milestone' && i.group === group)!.start.getTime();
    const years = (ms: number) => Math.round((ms - TIES_ORIGIN) / (365.25 * 86_400_000));
    expect(years(at('CN-TJ:partnership'))).toBe(10);
    expect(years(at('CN-KG:partnership'))).toBe(20);
    expect(skipped).toEqual(['CN-UZ']);
  });
});
