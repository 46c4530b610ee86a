/**
 * Turns a pair's timeline into what vis-timeline draws: one group (lane) per category, an item per
 * milestone, and a background item per partnership band. Plain data: text stays text (see item-element.ts).
 */
import { CATEGORIES, CATEGORY_LABELS, type Category, type MilestoneItem, type PairTimeline, type PartnershipBand } from '../../../../shared/domain';
import { bandColorIndex } from '../../../../shared/palette';
import { endInstant, parsePartialDate, startInstant, toDayDate, type PartialDate } from '../../../../shared/dates';
import { formatDate, formatRange, localName, localTitle } from '../../i18n/format';
import { roundAnniversaries } from '../../../../shared/anniversary';

export interface LaneGroup {
  id: Category | typeof LEVELS_LANE;
  /** Required by vis-timeline, never drawn: see groupTemplate. */
  content: '';
  label: string;
  order: number;
  className?: string;
}

export type ChartItemKind = 'milestone' | 'band' | 'anniversary' | 'cluster';

export interface ChartItem {
  id: string;
  kind: ChartItemKind;
  /** The lane: a category, or (comparing pairs) a pair and a category. */
  group?: string;
  type: 'point' | 'range' | 'background';
  start: Date;
  end?: Date;
  className: string;
  /** Required by vis-timeline but never drawn: the template builds the item from `label` as text. */
  content: '';
  /** What the item says (never HTML). */
  label: string;
  dateLabel: string;
  milestoneId?: number;
  /** Draw the category's shape before the label (rows that mix categories: the comparison's). */
  showCategory?: boolean;
  /** A cluster's member count and the time its members span (epoch ms). */
  members?: number;
  span?: { start: number; end: number };
}

export const MILESTONE_PREFIX = 'm';
/** The last row: no milestones, the partnership bands' names and the anniversary marks (clear of labels). */
export const LEVELS_LANE = 'levels';
const SHORT_RANGE_MS = 120 * 86_400_000;
export const BAND_PREFIX = 'band';

export function lanes(label: (c: Category) => string = (c) => CATEGORY_LABELS[c], levelsLabel?: string): LaneGroup[] {
  const categories: LaneGroup[] = CATEGORIES.map((id, order) => ({ id, content: '', label: label(id), order }));
  return levelsLabel === undefined ? categories : [...categories, { id: LEVELS_LANE, content: '', label: levelsLabel, order: 99, className: 'levels-lane' } as LaneGroup];
}

/** Middle of a date's span: a year-only date sits mid-year, not on a fake 1 January. */
function midpoint(date: PartialDate): Date {
  const a = startInstant(date).getTime();
  const b = endInstant(date).getTime();
  return new Date(a + (b - a) / 2);
}

/** A partial date's first instant, the first instant after it (epoch ms), and its precision: parsed once. */
export interface DateInstants {
  start: number;
  end: number;
  precision: 'year' | 'month' | 'day';
}

/** The same instants as startInstant and endInstant (shared/dates.ts), from one parse instead of three. */
export function dateInstants(date: PartialDate): DateInstants {
  const p = parsePartialDate(date);
  if (!p) return { start: startInstant(date).getTime(), end: endInstant(date).getTime(), precision: 'day' };
  const d = new Date(Date.UTC(2000, (p.month ?? 1) - 1, p.day ?? 1));
  d.setUTCFullYear(p.year);
  const start = d.getTime();
  if (p.precision === 'year') d.setUTCFullYear(p.year + 1);
  else if (p.precision === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return { start, end: d.getTime(), precision: p.precision };
}

/**
 * Where a milestone is drawn (epoch ms): a range too short to read as a bar (a three-day visit) is a
 * point at its start; a point of a year or month sits mid-span (not on a fake 1 January). No end for a point.
 */
export function spanOf(start: DateInstants, end: DateInstants | null): { type: 'point' | 'range'; start: number; end?: number } {
  if (end) return end.end - start.start > SHORT_RANGE_MS ? { type: 'range', start: start.start, end: end.end } : { type: 'point', start: start.start };
  return { type: 'point', start: start.precision === 'day' ? start.start : start.start + (start.end - start.start) / 2 };
}

export function milestoneSpan(m: Pick<MilestoneItem, 'start' | 'end'>): { type: 'point' | 'range'; start: number; end?: number } {
  return spanOf(dateInstants(m.start), m.end ? dateInstants(m.end) : null);
}

export function milestoneToItem(m: MilestoneItem): ChartItem {
  const precision = parsePartialDate(m.start)?.precision ?? 'day';
  const span = milestoneSpan(m);
  return {
    id: `${MILESTONE_PREFIX}${m.id}`,
    kind: 'milestone' as const,
    group: m.category,
    content: '' as const,
    label: localTitle(m),
    dateLabel: formatRange(m.start, m.end),
    milestoneId: m.id,
    type: span.type,
    start: new Date(span.start),
    ...(span.end === undefined ? {} : { end: new Date(span.end) }),
    className: `cat-${m.category} precision-${precision}`,
  };
}

export function bandToItem(band: PartnershipBand, index: number, until: Date): ChartItem {
  return {
    id: `${BAND_PREFIX}${band.levelId}-${band.milestoneId}`,
    kind: 'band',
    type: 'background',
    content: '',
    start: startInstant(band.start),
    end: band.end ? startInstant(band.end) : until,
    className: `band band-${bandColorIndex(index)}`,
    label: localName(band.name).text,
    dateLabel: formatRange(band.start, band.end),
  };
}

/** Thin vertical markers at the round anniversaries of diplomatic ties (5, 10, 15 … years). */
export function anniversaryItems(established: PartialDate, label: (years: number) => string, now = new Date()): ChartItem[] {
  return roundAnniversaries(established, toDayDate(now)).map(({ years, date }) => {
    const at = parsePartialDate(date)?.precision === 'day' ? startInstant(date) : midpoint(date);
    return {
      id: `anniversary${years}`,
      kind: 'anniversary',
      type: 'background',
      content: '',
      start: at,
      end: new Date(at.getTime() + 86_400_000),
      className: 'anniversary',
      label: label(years),
      dateLabel: formatDate(date),
    };
  });
}

/** The bands run to today or to the last milestone's end, whichever is later. */
export function bandItems(bands: PartnershipBand[], lastEnd: number, now = new Date()): ChartItem[] {
  const until = new Date(Math.max(now.getTime(), lastEnd));
  return bands.map((b, i) => bandToItem(b, i, until));
}

export function chartItems(timeline: PairTimeline, now = new Date()): ChartItem[] {
  const lastEnd = timeline.milestones.reduce((m, x) => Math.max(m, endInstant(x.end ?? x.start).getTime()), -Infinity);
  return [...bandItems(timeline.bands, lastEnd, now), ...timeline.milestones.map(milestoneToItem)];
}

/**
 * A milestone's item id on a chart of several pairs: a shared event is drawn in the block of each pair it
 * concerns, and a chart's item ids are unique.
 */
export function pairItemId(milestoneId: number, pairId: string): string {
  return `${MILESTONE_PREFIX}${milestoneId}@${pairId}`;
}

export function milestoneIdOf(itemId: string | number | null | undefined): number | null {
  if (typeof itemId !== 'string' || !itemId.startsWith(MILESTONE_PREFIX)) return null;
  const id = Number(itemId.slice(MILESTONE_PREFIX.length).split('@')[0]);
  return Number.isInteger(id) ? id : null;
}

/**
 * The window that shows every milestone: from a little before the first to a little after the last one
 * or today, whichever is later (the bands run to today). Labels near the end give way rather than the
 * axis running on into empty years (see vis-adapter.ts).
 */
export function fullWindow(timeline: Pick<PairTimeline, 'milestones'>, now = Date.now()): { start: Date; end: Date } | null {
  if (!timeline.milestones.length) return null;
  const first = Math.min(...timeline.milestones.map((m) => startInstant(m.start).getTime()));
  const last = Math.max(now, ...timeline.milestones.map((m) => endInstant(m.end ?? m.start).getTime()));
  return spanWindow(first, last);
}

/** [first, last] with a small margin on each side (at least a year wide). */
export function spanWindow(first: number, last: number): { start: Date; end: Date } {
  const span = Math.max(last - first, 365 * 86_400_000);
  return { start: new Date(first - span * 0.03), end: new Date(last + span * 0.04) };
}
