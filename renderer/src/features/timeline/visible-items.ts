/**
 * What the chart draws of a pair's milestones for a given window. vis-timeline slows down with the
 * number of items it holds, so it only gets those in and near the window; when even those are too many
 * to read, milestones are grouped per lane into time buckets drawn as one "cluster" bar each, which
 * zooms into its members when chosen. Pure data: the timeline diffs it into its DataSet.
 */
import type { Category } from '../../../../shared/domain';
import type { ChartItem } from './timeline-data';

export interface Windowing {
  /** Above this many milestones in and near the window, cluster. */
  maxItems: number;
  /** Buckets across the visible window when clustering. */
  buckets: number;
  /** How far beyond each side of the window to draw, as a fraction of its width. */
  margin: number;
}

export const DEFAULT_WINDOWING: Windowing = { maxItems: 300, buckets: 32, margin: 0.5 };

export const CLUSTER_PREFIX = 'cluster:';

export interface MilestoneIndex {
  /** Milestone items sorted by start time. */
  items: ChartItem[];
  starts: Float64Array;
  /** Longest span of any item: how far back an item can start and still reach into a window. */
  longest: number;
}

export function indexMilestones(items: ChartItem[]): MilestoneIndex {
  const sorted = items.filter((i) => i.kind === 'milestone').sort((a, b) => a.start.getTime() - b.start.getTime());
  const starts = Float64Array.from(sorted, (i) => i.start.getTime());
  const longest = sorted.reduce((m, i) => Math.max(m, i.end ? i.end.getTime() - i.start.getTime() : 0), 0);
  return { items: sorted, starts, longest };
}

function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Milestones that overlap [from, to]. */
export function milestonesBetween(index: MilestoneIndex, from: number, to: number): ChartItem[] {
  const out: ChartItem[] = [];
  const first = lowerBound(index.starts, from - index.longest);
  for (let i = first; i < index.items.length && index.starts[i] <= to; i++) {
    const item = index.items[i];
    if ((item.end?.getTime() ?? index.starts[i]) >= from) out.push(item);
  }
  return out;
}

export function isClusterId(id: unknown): id is string {
  return typeof id === 'string' && id.startsWith(CLUSTER_PREFIX);
}

/** The items to draw for a window: milestones themselves, or clusters of them when too many. */
export function visibleItems(index: MilestoneIndex, window: { start: number; end: number }, w: Windowing = DEFAULT_WINDOWING, clusterLabel = (n: number) => `${n} milestones`): ChartItem[] {
  const width = Math.max(1, window.end - window.start);
  const near = milestonesBetween(index, window.start - width * w.margin, window.end + width * w.margin);
  if (near.length <= w.maxItems) return near;
  // Buckets aligned to multiples of their width, and widths in powers of two: panning and small zoom
  // steps keep the same buckets (and ids), so the chart redraws only what really changed.
  const size = 2 ** Math.ceil(Math.log2(width / w.buckets));
  const groups = new Map<string, ChartItem[]>();
  for (const item of near) {
    const key = `${item.group}:${Math.floor(item.start.getTime() / size)}`;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const out: ChartItem[] = [];
  for (const [key, members] of groups) {
    if (members.length === 1) {
      out.push(members[0]);
      continue;
    }
    const bucket = Number(key.slice(key.indexOf(':') + 1));
    const first = Math.min(...members.map((m) => m.start.getTime()));
    const last = Math.max(...members.map((m) => (m.end ?? m.start).getTime()));
    out.push({
      id: `${CLUSTER_PREFIX}${key}:${Math.round(size)}`,
      kind: 'cluster',
      group: members[0].group as Category,
      type: 'range',
      // A bar the width of its bucket (less a gap), so that neighbouring clusters never stack.
      start: new Date(bucket * size + size * 0.1),
      end: new Date((bucket + 1) * size - size * 0.1),
      className: `cluster cat-${members[0].group}`,
      content: '',
      label: clusterLabel(members.length),
      dateLabel: '',
      members: members.length,
      span: { start: first, end: last },
    });
  }
  return out;
}
