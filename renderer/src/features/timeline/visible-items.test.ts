import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOWING, indexMilestones, isClusterId, milestonesBetween, visibleItems, type Windowing } from './visible-items';
import { dateInstants, milestoneToItem, type ChartItem } from './timeline-data';
import { CATEGORIES, type MilestoneItem } from '../../../../shared/domain';
import { endInstant, startInstant } from '../../../../shared/dates';

const DAY = 86_400_000;
const T0 = Date.UTC(2000, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Milestones one a day from 2000: 30 % ranges of 40 days, every 7th a 300-day range, every 11th year-only, every 13th month-only. */
function milestones(n: number): MilestoneItem[] {
  return Array.from({ length: n }, (_, i) => {
    const day = iso(T0 + i * DAY);
    const start = i % 11 === 0 ? day.slice(0, 4) : i % 13 === 0 ? day.slice(0, 7) : day;
    const end = i % 7 === 0 ? iso(T0 + (i + 300) * DAY) : i % 10 < 3 ? iso(T0 + (i + 40) * DAY) : null;
    return { id: 1000 + i, category: CATEGORIES[(i * 7) % CATEGORIES.length], title: `M${i}`, titleAr: null, titleZh: null, start, end, levelId: null };
  });
}

/**
 * The windowing as first written, over every milestone's full chart item: what the index must give,
 * item for item and count for count, without building them.
 */
function reference(all: ChartItem[], window: { start: number; end: number }, w: Windowing): { id: string; members: number; span?: { start: number; end: number } }[] {
  const sorted = [...all].sort((a, b) => a.start.getTime() - b.start.getTime());
  const width = Math.max(1, window.end - window.start);
  const from = window.start - width * w.margin;
  const to = window.end + width * w.margin;
  const near = sorted.filter((i) => i.start.getTime() <= to && (i.end ?? i.start).getTime() >= from);
  if (near.length <= w.maxItems) return near.map((i) => ({ id: i.id, members: 1 }));
  const size = 2 ** Math.ceil(Math.log2(width / w.buckets));
  const groups = new Map<string, ChartItem[]>();
  for (const item of near) {
    const key = `${item.group}:${Math.floor(item.start.getTime() / size)}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([key, members]) =>
    members.length === 1
      ? { id: members[0].id, members: 1 }
      : {
          id: `cluster:${key}:${Math.round(size)}`,
          members: members.length,
          span: { start: Math.min(...members.map((m) => m.start.getTime())), end: Math.max(...members.map((m) => (m.end ?? m.start).getTime())) },
        },
  );
}

describe('windowing the chart', () => {
  const source = milestones(10_000);
  const index = indexMilestones(source);

  it('finds exactly the milestones overlapping a period, ranges that started before it included', () => {
    const from = T0 + 5000 * DAY;
    const to = T0 + 5100 * DAY;
    const found = milestonesBetween(index, from, to).map((i) => i.milestoneId);
    const expected = source
      .map(milestoneToItem)
      .filter((i) => (i.end ?? i.start).getTime() >= from && i.start.getTime() <= to)
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map((i) => i.milestoneId);
    expect(found).toEqual(expected);
    expect(found).toContain(1000 + 4970); // a range from day 4970 to 5010
    expect(found).toContain(1000 + 4802); // a 300-day range from day 4802
  });

  it('shows the same items and the same counts as clustering every built item, at every zoom and pan', () => {
    const all = source.map(milestoneToItem);
    let clustered = 0;
    for (const days of [20, 90, 200, 400, 1000, 3000, 8000, 12_000]) {
      for (const offset of [-0.3, 0, 0.17, 0.5, 0.9]) {
        const start = T0 + offset * 10_000 * DAY;
        const window = { start, end: start + days * DAY };
        const shown = visibleItems(index, window).map((i) => ({ id: i.id, members: i.members ?? 1, ...(i.span ? { span: i.span } : {}) }));
        const expected = reference(all, window, DEFAULT_WINDOWING);
        const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
        expect(shown.sort(byId)).toEqual(expected.sort(byId));
        if (shown.some((i) => isClusterId(i.id))) clustered++;
      }
    }
    expect(clustered).toBeGreaterThan(10);
  });

  it('gives the same for milestones that come already in start order (no sort) as the reference', () => {
    const inOrder = source.filter((m) => m.start.length === 10 && !m.end);
    const all = inOrder.map(milestoneToItem);
    const ordered = indexMilestones(inOrder);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    for (const days of [50, 2000, 12_000]) {
      const window = { start: T0 + 1000 * DAY, end: T0 + (1000 + days) * DAY };
      const shown = visibleItems(ordered, window).map((i) => ({ id: i.id, members: i.members ?? 1, ...(i.span ? { span: i.span } : {}) }));
      expect(shown.sort(byId)).toEqual(reference(all, window, DEFAULT_WINDOWING).sort(byId));
    }
  });

  it('draws the milestones themselves, with their labels, when few are near the window', () => {
    const shown = visibleItems(index, { start: T0 + 100 * DAY, end: T0 + 200 * DAY });
    expect(shown.every((i) => i.kind === 'milestone')).toBe(true);
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.length).toBeLessThan(250);
    expect(shown.find((i) => i.milestoneId === 1150)?.label).toBe('M150');
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

  it('builds a chart item only for what is drawn on its own, and keeps it', () => {
    let built = 0;
    const counted = indexMilestones(source, (m) => (built++, milestoneToItem(m)));
    expect(built).toBe(0);
    visibleItems(counted, { start: T0 - 100 * DAY, end: T0 + 10_100 * DAY });
    expect(built).toBeLessThan(50);
    const a = visibleItems(counted, { start: T0 + 100 * DAY, end: T0 + 200 * DAY });
    const afterFirst = built;
    const b = visibleItems(counted, { start: T0 + 100 * DAY, end: T0 + 200 * DAY });
    expect(built).toBe(afterFirst);
    expect(b[0]).toBe(a[0]);
  });

  it('finds a milestone by id and gives the earliest start and latest end for fitting', () => {
    expect(index.item(index.positionOf(1000 + 4321)).milestoneId).toBe(1000 + 4321);
    expect(index.positionOf(42)).toBe(-1);
    expect(index.first).toBe(Math.min(...source.map((m) => startInstant(m.start).getTime())));
    expect(index.last).toBe(Math.max(...source.map((m) => endInstant(m.end ?? m.start).getTime())));
    // Not the last milestone's own date: a 300-day range that began a few days before it ends later.
    expect(index.last).toBeGreaterThan(endInstant(source[source.length - 1].start).getTime());
  });

  it('keeps cluster ids while panning, so the chart does not redraw what stays', () => {
    const a = visibleItems(index, { start: T0, end: T0 + 8000 * DAY }).filter((i) => isClusterId(i.id)).map((i) => i.id);
    const b = visibleItems(index, { start: T0 + 100 * DAY, end: T0 + 8100 * DAY }).filter((i) => isClusterId(i.id)).map((i) => i.id);
    const kept = b.filter((id) => a.includes(id)).length;
    expect(kept / b.length).toBeGreaterThan(0.8);
  });
});

describe('a date parsed once for the chart', () => {
  it('gives the instants startInstant and endInstant give, early years, leap days and year ends included', () => {
    const dates = ['0050', '0099-02', '0099-12-31', '1900-02', '1992-01-04', '2000-02-29', '2023-12', '2023-12-31', '2024', '2024-02', '9999-12-31'];
    for (const d of dates) {
      const got = dateInstants(d);
      expect([d, got.start, got.end]).toEqual([d, startInstant(d).getTime(), endInstant(d).getTime()]);
      expect(got.precision).toBe(d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day');
    }
  });
});
