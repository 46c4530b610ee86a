/**
 * Several pairs on one time axis: a block of lanes per pair (only the categories it has), its
 * milestones and its partnership bands. Aligned on the calendar, or on years since each pair's
 * diplomatic ties, where every time is shifted so that each establishment date falls on one origin.
 */
import { CATEGORIES, type PairTimeline } from '../../../../shared/domain';
import { startInstant } from '../../../../shared/dates';
import { bandToItem, milestoneToItem, pairItemId, type ChartItem } from '../timeline/timeline-data';
import type { Alignment, CompareLayout } from './compare-store';

/** The origin of the "years since ties" axis: year 0 is drawn as 2000. */
export const TIES_ORIGIN = Date.UTC(2000, 0, 1);

export interface CompareGroup {
  id: string;
  /** A category lane; null for a pair's compact row (every category on it, told by shape and colour). */
  category: (typeof CATEGORIES)[number] | null;
  content: '';
  label: string;
  order: number;
  className: string;
}

function shiftFor(t: PairTimeline, align: Alignment): number | null {
  if (align === 'calendar') return 0;
  return t.pair.established ? TIES_ORIGIN - startInstant(t.pair.established).getTime() : null;
}

const moved = (d: Date | undefined, by: number) => (d ? new Date(d.getTime() + by) : d);

export function compareChart(
  timelines: PairTimeline[],
  align: Alignment,
  labels: { pair: (t: PairTimeline) => string; lane: (c: (typeof CATEGORIES)[number]) => string },
  layout: CompareLayout = 'lanes',
): { groups: CompareGroup[]; items: ChartItem[]; skipped: string[] } {
  const groups: CompareGroup[] = [];
  const items: ChartItem[] = [];
  const skipped: string[] = [];
  timelines.forEach((t, p) => {
    const by = shiftFor(t, align);
    // Without an establishment date a pair has no place on the "years since ties" axis.
    if (by === null) return skipped.push(t.pair.id);
    const used = CATEGORIES.filter((c) => t.milestones.some((m) => m.category === c));
    const until = new Date();
    if (layout === 'rows') {
      // One row: the pair's name for the row's whole height, its bands behind, every milestone on it.
      groups.push({ id: t.pair.id, category: null, content: '', label: labels.pair(t), order: p, className: `compare-pair-${p % 2} compare-pair-first compare-row` });
      for (const m of t.milestones) {
        const item = milestoneToItem(m);
        // A shared event is on several pairs' rows: one item per pair, each with its own id.
        items.push({ ...item, id: pairItemId(m.id, t.pair.id), group: t.pair.id, showCategory: true, start: moved(item.start, by) as Date, end: moved(item.end, by) });
      }
      t.bands.forEach((b, i) => {
        const band = bandToItem(b, i, until);
        items.push({ ...band, group: t.pair.id, start: moved(band.start, by) as Date, end: moved(band.end, by) });
      });
      return;
    }
    used.forEach((c, i) =>
      groups.push({ id: `${t.pair.id}:${c}`, category: c, content: '', label: i === 0 ? `${labels.pair(t)} · ${labels.lane(c)}` : labels.lane(c), order: p * 10 + i, className: `compare-pair-${p % 2}${i === 0 ? ' compare-pair-first' : ''}` }),
    );
    for (const m of t.milestones) {
      const item = milestoneToItem(m);
      items.push({ ...item, id: pairItemId(m.id, t.pair.id), group: `${t.pair.id}:${m.category}`, start: moved(item.start, by) as Date, end: moved(item.end, by) });
    }
    t.bands.forEach((b, i) => {
      const band = bandToItem(b, i, until);
      // A band per lane of the pair: background items are drawn in their own group's row.
      for (const c of used) items.push({ ...band, id: `${band.id}:${c}`, group: `${t.pair.id}:${c}`, start: moved(band.start, by) as Date, end: moved(band.end, by), label: c === used[0] ? band.label : '' });
    });
  });
  return { groups, items, skipped };
}
