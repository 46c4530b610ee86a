import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOWING, indexMilestones, isClusterId, milestonesBetween, visibleItems } from './visible-items';
import type { ChartItem } from './timeline-data';
import { CATEGORIES } from '../../../../shared/domain';

const DAY = 86_400_000;
const T0 = Date.UTC(2000, 0, 1);

function items(n: number): ChartItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    kind: 'milestone' as const,
    group: CATEGORIES[i % CATEGORIES.length],
    type: i % 10 < 3 ? ('range' as const) : ('point' as const),
    start: new Date(T0 + i * DAY),
    end: i % 10 < 3 ? new Date(T0 + i * DAY + 40 * DAY) : undefined,
    className: '',
    content: '' as const,
    label: `M${i}`,
    dateLabel: '',
    milestoneId: i,
  }));
}

describe('windowing the chart', () => {
  const index = indexMilestones(items(10_000));

  it('finds exactly the milestones overlapping a period, ranges that started before it included', () => {
    const from = T0 + 5000 * DAY;
    const to = T0 + 5100 * DAY;
    const found = milestonesBetween(index, from, to).map((i) => i.milestoneId);
    const expected = items(10_000)
      .filter((i) => (i.end ?? i.start).getTime() >= from && i.start.getTime() <= to)
      .map((i) => i.milestoneId);
    expect(found).toEqual(expected);
    expect(found).toContain(4970); // a range from day 4970 to 5010
  });

  it('draws the milestones themselves when few are near the window', () => {
    const shown = visibleItems(index, { start: T0 + 100 * DAY, end: T0 + 200 * DAY });
    expect(shown.every((i) => i.kind === 'milestone')).toBe(true);
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.length).toBeLessThan(250);
  });

  it('clusters when zoomed out: few items, every milestone in exactly one of them', () => {
    const shown = visibleItems(index, { start: T0 - 100 * DAY, end: T0 + 10_100 * DAY });
    expect(shown.length).toBeLessThan(DEFAULT_WINDOWING.buckets * 2 * CATEGORIES.length);
    const clusters = shown.filter((i) => isClusterId(i.id));
    expect(clusters.length).toBeGreaterThan(0);
    const total = shown.reduce((n, i) => n + (i.members ?? 1), 0);
    expect(total).toBe(10_000);
    for (const c of clusters) expect(c.span!.end).toBeGreaterThanOrEqual(c.span!.start);
  });

  it('keeps cluster ids while panning, so the chart does not redraw what stays', () => {
    const a = visibleItems(index, { start: T0, end: T0 + 8000 * DAY }).filter((i) => isClusterId(i.id)).map((i) => i.id);
    const b = visibleItems(index, { start: T0 + 100 * DAY, end: T0 + 8100 * DAY }).filter((i) => isClusterId(i.id)).map((i) => i.id);
    const kept = b.filter((id) => a.includes(id)).length;
    expect(kept / b.length).toBeGreaterThan(0.8);
  });
});
