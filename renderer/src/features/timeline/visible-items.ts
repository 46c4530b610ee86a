/**
 * What the chart draws of a pair's milestones for a given window. vis-timeline slows down with the
 * number of items it holds, so it only gets those in and near the window; when even those are too many
 * to read, milestones are grouped per lane into time buckets drawn as one "cluster" bar each, which
 * zooms into its members when chosen. Pure data: the timeline diffs it into its DataSet.
 *
 * At tens of thousands of milestones, building a chart item (labels, dates in the interface's locale)
 * for each one costs far more than drawing: the index keeps only numbers (start, end, lane, sorted by
 * start), counts per lane and bucket are summed from them, and an item is built only when it is drawn
 * on its own (then kept, so that panning back costs nothing).
 */
import { CATEGORIES, type Category, type MilestoneItem } from '../../../../shared/domain';
import { dateInstants, milestoneToItem, spanOf, type ChartItem } from './timeline-data';

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
  /** How many milestones. */
  size: number;
  /** Drawn start of each milestone (epoch ms), ascending; ties keep the order they came in. */
  starts: Float64Array;
  /** Drawn end (the start for a point). */
  ends: Float64Array;
  /** Lane of each, as an index into CATEGORIES. */
  lanes: Uint8Array;
  /** Milestone id of each. */
  ids: Float64Array;
  /** Longest span of any item: how far back an item can start and still reach into a window. */
  longest: number;
  /** Earliest start and latest end of the milestones' own dates (not of the drawn marks): for "fit all". */
  first: number;
  last: number;
  /** The chart item of the milestone at a position (built on first use, then kept). */
  item(position: number): ChartItem;
  /** Position of a milestone by its id, or -1. */
  positionOf(milestoneId: number): number;
}

const LANE = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));

export function indexMilestones(milestones: readonly MilestoneItem[], toItem: (m: MilestoneItem) => ChartItem = milestoneToItem): MilestoneIndex {
  const n = milestones.length;
  const rawStarts = new Float64Array(n);
  const rawEnds = new Float64Array(n);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const m = milestones[i];
    const start = dateInstants(m.start);
    const end = m.end ? dateInstants(m.end) : null;
    const span = spanOf(start, end);
    rawStarts[i] = span.start;
    rawEnds[i] = span.end ?? span.start;
    first = Math.min(first, start.start);
    last = Math.max(last, (end ?? start).end);
  }
  // Positions by start; equal starts keep their input order (as a stable sort of the items would).
  // The database gives them in date order, which is nearly always start order already: then no sort.
  const order = Array.from({ length: n }, (_, i) => i);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = rawStarts[i - 1] <= rawStarts[i];
  if (!sorted) order.sort((a, b) => rawStarts[a] - rawStarts[b] || a - b);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const lanes = new Uint8Array(n);
  const ids = new Float64Array(n);
  const byId = new Map<number, number>();
  let longest = 0;
  order.forEach((from, to) => {
    starts[to] = rawStarts[from];
    ends[to] = rawEnds[from];
    lanes[to] = LANE.get(milestones[from].category) ?? 0;
    ids[to] = milestones[from].id;
    byId.set(milestones[from].id, to);
    longest = Math.max(longest, rawEnds[from] - rawStarts[from]);
  });
  const built: (ChartItem | undefined)[] = new Array(n);
  return {
    size: n,
    starts,
    ends,
    lanes,
    ids,
    longest,
    first,
    last,
    item: (p) => (built[p] ??= toItem(milestones[order[p]])),
    positionOf: (id) => byId.get(id) ?? -1,
  };
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

/** Positions of the milestones that overlap [from, to], in start order. */
function positionsBetween(index: MilestoneIndex, from: number, to: number): number[] {
  const out: number[] = [];
  const { starts, ends } = index;
  for (let i = lowerBound(starts, from - index.longest); i < index.size && starts[i] <= to; i++) {
    if (ends[i] >= from) out.push(i);
  }
  return out;
}

/** Milestones that overlap [from, to]. */
export function milestonesBetween(index: MilestoneIndex, from: number, to: number): ChartItem[] {
  return positionsBetween(index, from, to).map(index.item);
}

export function isClusterId(id: unknown): id is string {
  return typeof id === 'string' && id.startsWith(CLUSTER_PREFIX);
}

/** Per lane and bucket: how many, the first member's position, and the time the members span. */
interface Bucket {
  lane: number;
  bucket: number;
  count: number;
  firstPosition: number;
  start: number;
  end: number;
}

/** The items to draw for a window: milestones themselves, or clusters of them when too many. */
export function visibleItems(index: MilestoneIndex, window: { start: number; end: number }, w: Windowing = DEFAULT_WINDOWING, clusterLabel = (n: number) => `${n} milestones`): ChartItem[] {
  const width = Math.max(1, window.end - window.start);
  const near = positionsBetween(index, window.start - width * w.margin, window.end + width * w.margin);
  if (near.length <= w.maxItems) return near.map(index.item);
  // Buckets aligned to multiples of their width, and widths in powers of two: panning and small zoom
  // steps keep the same buckets (and ids), so the chart redraws only what really changed.
  const size = 2 ** Math.ceil(Math.log2(width / w.buckets));
  const { starts, ends, lanes } = index;
  // Keyed by bucket and lane in one number (lanes < 8), in the order buckets are first met.
  const buckets = new Map<number, Bucket>();
  for (const p of near) {
    const bucket = Math.floor(starts[p] / size);
    const key = bucket * 8 + lanes[p];
    const b = buckets.get(key);
    if (b) {
      b.count++;
      b.end = Math.max(b.end, ends[p]);
    } else {
      buckets.set(key, { lane: lanes[p], bucket, count: 1, firstPosition: p, start: starts[p], end: ends[p] });
    }
  }
  const out: ChartItem[] = [];
  for (const b of buckets.values()) {
    if (b.count === 1) {
      out.push(index.item(b.firstPosition));
      continue;
    }
    const lane = CATEGORIES[b.lane] as Category;
    out.push({
      id: `${CLUSTER_PREFIX}${lane}:${b.bucket}:${Math.round(size)}`,
      kind: 'cluster',
      group: lane,
      type: 'range',
      // A bar the width of its bucket (less a gap), so that neighbouring clusters never stack.
      start: new Date(b.bucket * size + size * 0.1),
      end: new Date((b.bucket + 1) * size - size * 0.1),
      className: `cluster cat-${lane}`,
      content: '',
      label: clusterLabel(b.count),
      dateLabel: '',
      members: b.count,
      // Members are met in start order, so the first one starts earliest.
      span: { start: b.start, end: b.end },
    });
  }
  return out;
}
