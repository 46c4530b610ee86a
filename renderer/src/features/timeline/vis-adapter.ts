/**
 * One way to put a vis-timeline on screen, shared by the pair's chart, the comparison and the
 * presentation: the same text-only templates and base options, and the same care after every draw —
 * axis labels that would be cut at the edge are hidden, band names show only where they fit (else in
 * the band's tooltip), milestone labels give way at the chart's end and say in a tooltip what they
 * cut, and labels are made as long as the chart's height allows (lanes sized to their content).
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { AXIS_FORMAT } from './axis-labels';
import { coversAny } from './unicode-range';
import type { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { ChartItem } from './timeline-data';
import { itemElement, laneElement } from './item-element';
import { CATEGORY_ICONS } from './category-icons';
import type { Category } from '../../../../shared/domain';
import { makeLaneScrollFocusable } from './lane-scroll';

export const DAY = 86_400_000;
export const YEAR = 365.25 * DAY;

/** What a lane needs for its label: its text and, for a category lane, the category's shape. */
export interface LaneLike {
  id: string;
  label: string;
  category?: Category | null;
  /** A lane without a category shape (the pair rows of a comparison, the partnership-level row). */
  icon?: string;
}

export const BASE_OPTIONS: TimelineOptions = {
  height: '100%',
  stack: true,
  showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' },
  groupOrder: 'order',
  format: AXIS_FORMAT,
  verticalScroll: true,
  margin: { item: { horizontal: 6, vertical: 3 }, axis: 4 },
  // Text only: our templates build DOM with textContent; nothing becomes HTML.
  // vis-timeline calls these with null while it tears down.
  template: (item: ChartItem | null) => (item ? itemElement(item) : ''),
  groupTemplate: (group: LaneLike | null) => (group ? laneElement(group.label, group.icon ?? CATEGORY_ICONS[(group.category ?? group.id) as Category]) : ''),
};

/** Label widths tried, longest first, until every lane's content fits the chart's height (rem). */
const LABEL_WIDTHS = [26, 23, 20, 18, 16, 14.5, 13, 12, 11, 10, 9];

/**
 * The width the last fit chose, kept across charts and starts: a new chart draws its first frame at it
 * (usually the answer again) and fits after that frame is on screen, so the first drawn chart does not
 * wait for the search. Beside it, the widths chosen for the last charts (size, window, items, language,
 * build): a chart drawn again (the next start, "Fit all" after a zoom, a view returned to) needs no search:
 * at that width already, nothing is measured; from another, only the check that its width still fits.
 */
const WIDTH_KEY = 'bilateral.labelWidth';
const FITTED_KEY = 'bilateral.labelWidthCharts';
// Widths fitted by another build (other styles, other fonts) are not this one's: the bundle's name carries its hash.
const BUILD = import.meta.url;
const FITTED_KEPT = 16;
function rememberedWidth(): number {
  const i = Number(globalThis.localStorage?.getItem(WIDTH_KEY));
  return validWidth(i) ? i : LABEL_WIDTHS.indexOf(20);
}
const validWidth = (i: unknown): i is number => Number.isInteger(i) && (i as number) >= 0 && (i as number) < LABEL_WIDTHS.length;
/** Chart → width index, oldest first; anything unreadable counts as none. */
function fittedCharts(): [string, number][] {
  try {
    const list: unknown = JSON.parse(globalThis.localStorage?.getItem(FITTED_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === 'string' && validWidth(e[1])) : [];
  } catch {
    return [];
  }
}
function rememberWidth(i: number, chart: string): void {
  try {
    globalThis.localStorage?.setItem(WIDTH_KEY, String(i));
    const kept = [...fittedCharts().filter(([c]) => c !== chart), [chart, i] as [string, number]].slice(-FITTED_KEPT);
    globalThis.localStorage?.setItem(FITTED_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or off: the next chart starts from the default width.
  }
}

/** An item as vis-timeline holds it: `redraw(true)` returns its drawing steps instead of running them. */
interface VisItem {
  displayed: boolean;
  dirty: boolean;
  _updateEditStatus(): void;
  redraw(returnQueue: true): (() => void)[];
}

/** A lane as vis-timeline holds it; `_checkIfVisible` draws an item the moment it joins the lane. */
interface VisGroup {
  _checkIfVisible(item: unknown, visibleItems: unknown[], range: unknown): void;
}

interface VisInternals {
  initialFitDone: boolean;
  itemSet?: { markDirty(o: { refreshItems?: boolean; restackGroups?: boolean }): void; props: { height: number }; items: Record<string, VisItem>; groups: Record<string, VisGroup> };
  props: { centerContainer: { height: number } };
  _origRedraw(): void;
}

export interface Mounted {
  timeline: Timeline;
  /**
   * Lengthens or shortens labels to what the chart's height allows; call after the data or size changed.
   * Done once in the next frame, however often it is asked for before then.
   */
  fitLabels(): void;
  /**
   * The app has just set the window without an animation: refits the labels now if the zoom changed, as
   * vis-timeline's "rangechanged" would, which comes only 200 ms after such a window is set.
   */
  windowJumped(): void;
  destroy(): void;
}

export interface MountOptions {
  /** Make labels as long as the height allows (the pair's chart); else they keep the CSS default. */
  autoLabelWidth?: boolean;
  laneScrollLabel?: string;
}

function internals(t: Timeline): VisInternals {
  return t as unknown as VisInternals;
}

/**
 * Has every item read the chart's `editable` option again, after `setOptions` changed it: vis-timeline reads
 * it only when an item is set. Setting all drawn items again (a DataSet update) redrew each one at once, a
 * layout for each (a tenth of a "Fit all" from a zoom where milestones can be dragged); marked dirty, they
 * are drawn with their new state by the redraw that follows.
 */
export function refreshEditability(timeline: Timeline): void {
  const vis = internals(timeline);
  for (const item of Object.values(vis.itemSet?.items ?? {})) {
    item._updateEditStatus();
    item.dirty = true;
  }
  vis.itemSet?.markDirty({});
}

/**
 * Has every drawn item measured again, as vis-timeline draws new items: each step for all items, then
 * the next, so that the page lays out once per step (its own `markDirty({ refreshItems })` redraws item
 * by item, a layout for each, which at a few hundred items costs most of a zoom).
 */
const BATCHED = Symbol('bilateral.batchedAdd');

/**
 * vis-timeline draws each item added to a lane at once, reading its size right after writing it: a
 * layout per item (at a few hundred items, most of a first paint). Added items are left to the redraw
 * that every addition queues, which draws all new items together (a layout per step, not per item) and
 * finds the visible ones itself. Patched on the lanes' shared prototype, once.
 */
function batchItemAdds(vis: VisInternals): void {
  for (const group of Object.values(vis.itemSet?.groups ?? {})) {
    const proto = Object.getPrototypeOf(group) as VisGroup & { [BATCHED]?: true };
    const owner = Object.prototype.hasOwnProperty.call(proto, '_checkIfVisible') ? proto : (Object.getPrototypeOf(proto) as typeof proto);
    if (owner[BATCHED] || typeof owner._checkIfVisible !== 'function') continue;
    owner[BATCHED] = true;
    owner._checkIfVisible = () => {};
  }
}

function remeasureItems(vis: VisInternals): void {
  const queues = Object.values(vis.itemSet?.items ?? {})
    .filter((item) => item.displayed)
    .map((item) => ((item.dirty = true), item.redraw(true)));
  const steps = Math.max(0, ...queues.map((q) => q.length));
  for (let j = 0; j < steps; j++) for (const q of queues) q[j]?.();
}

export function mountTimeline<G extends { id: string }>(container: HTMLElement, items: DataSet<ChartItem>, groups: DataSet<G> | null, options: TimelineOptions, how: MountOptions = {}): Mounted {
  const all = { ...BASE_OPTIONS, ...options };
  const timeline = groups ? new Timeline(container, items, groups as never, all) : new Timeline(container, items, all);
  // The window is always set by the app: vis-timeline would otherwise fit all items on its first draw,
  // which on a busy machine comes after the app's own window and replaces it.
  internals(timeline).initialFitDone = true;
  batchItemAdds(internals(timeline));
  if (how.laneScrollLabel) makeLaneScrollFocusable(container, how.laneScrollLabel);

  let frame = 0;
  const tidySoon = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), tidy(container)));
  };
  timeline.on('changed', tidySoon);

  let widthIndex = how.autoLabelWidth ? rememberedWidth() : 0;
  if (how.autoLabelWidth) container.style.setProperty('--label-max', `${LABEL_WIDTHS[widthIndex]}rem`);
  // What the labels were last fitted with: the fonts loaded when they were measured, the chart's size and
  // the window's span. A font that finishes loading later, a new size or a zoom calls for a fit; the
  // notices that repeat them do not (the resize observer's first notice, a loadingdone listing faces
  // that had loaded before the labels drew, vis-timeline's rangechanged 200 ms after a window was set).
  let measuredFonts = loadedFonts();
  let measuredSize = '';
  let lastScale = 0; // the window's span the labels were fitted at
  /** `remeasure`: the labels' font changed since they were drawn, so the width in use is measured again too. */
  const fitLabelsNow = (remeasure: boolean) => {
    measuredSize = sizeOf(container);
    const shown = timeline.getWindow();
    lastScale = shown.end.getTime() - shown.start.getTime();
    // Only milestone labels take the width: with none held (all clustered), every width draws the same.
    if (!items.getIds({ filter: (item) => item.kind === 'milestone' }).length) return;
    // The window to within a pixel's share of its span: "Fit all" sets the same window again give or take
    // a few milliseconds.
    const pixel = lastScale / 2000;
    // And what the labels say, in sum: an edit that keeps the number of items still makes another chart.
    let text = 0;
    items.forEach((item) => void (text += item.label.length + item.dateLabel.length));
    const chart = `${BUILD} ${measuredSize} ${Math.round(shown.start.getTime() / pixel)}–${Math.round(shown.end.getTime() / pixel)} ${items.length} ${text} ${document.documentElement.lang}`;
    const vis = internals(timeline);
    const fits = () => (vis.itemSet?.props.height ?? 0) <= vis.props.centerContainer.height + 1;
    // Measuring again redraws the labels' elements: the one the keyboard is on takes the focus back after.
    const focused = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement.dataset.milestoneId : undefined;
    let remeasured = false;
    const setWidth = (i: number) => {
      remeasured = true;
      widthIndex = i;
      container.style.setProperty('--label-max', `${LABEL_WIDTHS[i]}rem`);
      remeasureItems(vis);
      vis.itemSet?.markDirty({ restackGroups: true });
      vis._origRedraw();
      vis._origRedraw();
    };
    // The longest that fits (the shortest when none does: then the lanes scroll). Fitting is monotone in
    // the index (shorter labels stack lower). From the width in use, which needs only a redraw (items new
    // since the last one are measured by it): when it fits and the next wider does not, it is the answer
    // (a start, a pan; two measurements). Else the extreme on its side (the widest fits once lanes have
    // room, or not even the shortest does), then outwards in doubling steps, and halve the gap.
    const last = LABEL_WIDTHS.length - 1;
    const fitsAt = (i: number) => (setWidth(i), fits());
    // The width a fit chose for this same chart before (the next wider did not fit it then), else the one in use.
    const known = remeasure ? undefined : fittedCharts().find(([c]) => c === chart)?.[1];
    // The same chart at the width it was fitted with ("Fit all" back to it): it stacks as it did, nothing to measure.
    if (known === widthIndex) return;
    const start = known ?? widthIndex;
    let lo: number; // an index known not to fit, or -1
    let hi: number; // an index known to fit, or the last
    const startFits = remeasure || start !== widthIndex ? fitsAt(start) : (vis._origRedraw(), fits());
    const fittedBefore = known !== undefined;
    if (startFits) {
      hi = start;
      lo = -1;
      if (start > 0 && (fittedBefore || !fitsAt(start - 1))) lo = start - 1;
      else if (start > 0) {
        hi = start - 1;
        if (hi > 0 && fitsAt(0)) hi = 0;
        else if (hi > 0) {
          lo = 0;
          let step = 1;
          while (hi - step > lo && fitsAt(hi - step)) (hi -= step), (step *= 2);
          lo = Math.max(lo, hi - step);
        }
      }
    } else if (start !== last && !fitsAt(last)) {
      // Not even the shortest fits (lanes crowded with clusters): the lanes scroll, nothing to search.
      lo = last - 1;
      hi = last;
    } else {
      lo = start;
      let step = 1;
      while (lo + step < last && !fitsAt(lo + step)) (lo += step), (step *= 2);
      hi = Math.min(last, lo + step);
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (fitsAt(mid)) hi = mid;
      else lo = mid;
    }
    if (widthIndex !== hi) setWidth(hi);
    // Every drawn label was measured in this task: with the fonts loaded now.
    if (remeasured) measuredFonts = loadedFonts();
    rememberWidth(hi, chart);
    if (focused !== undefined && !container.contains(document.activeElement)) {
      container.querySelector<HTMLElement>(`[data-milestone-id="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
    }
    tidySoon();
  };
  // A new pair asks for it on its data, its markers and its new window: one fit serves them all.
  let fitFrame = 0;
  let fitTimer = 0;
  let firstFit = true;
  let fontsChanged = false;
  const fitLabels = () => {
    if (!how.autoLabelWidth || fitFrame || fitTimer) return;
    const fitNow = () => {
      const remeasure = fontsChanged;
      fontsChanged = false;
      fitLabelsNow(remeasure);
    };
    if (firstFit) {
      // The chart's first frame goes on screen at the remembered width; the fit runs right after it.
      firstFit = false;
      fitFrame = requestAnimationFrame(() => {
        fitFrame = 0;
        fitTimer = window.setTimeout(() => ((fitTimer = 0), fitNow()));
      });
    } else fitFrame = requestAnimationFrame(() => ((fitFrame = 0), fitNow()));
  };

  // Stacking depends on the zoom, not on panning: refit the labels when the scale changed.
  const refitIfZoomed = ({ start, end }: { start: Date; end: Date }) => {
    const scale = end.getTime() - start.getTime();
    if (how.autoLabelWidth && Math.abs(scale - lastScale) / Math.max(scale, 1) > 0.02) {
      lastScale = scale;
      fitLabels();
    }
  };
  timeline.on('rangechanged', refitIfZoomed);
  let resizeTimer = 0;
  const resize = new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => sizeOf(container) !== measuredSize && fitLabels(), 120);
  });
  resize.observe(container);
  // Labels drawn before their font arrived were measured in a fallback face: measure and fit them again.
  // A face draws only the characters of its range: one that covers none of the labels' text (a rare
  // Chinese character's face, loaded for a source title elsewhere) leaves the labels as they were.
  const fontsLoaded = (event: Event) => {
    const faces = (event as FontFaceSetLoadEvent).fontfaces ?? [];
    const fresh = faces.filter((face) => !measuredFonts.has(face));
    const text = fresh.length ? fontSizedText(container) : '';
    if (faces.length && !fresh.some((face) => coversAny(face.unicodeRange, text))) {
      for (const face of fresh) measuredFonts.add(face);
      return;
    }
    fontsChanged = true;
    fitLabels();
  };
  document.fonts?.addEventListener('loadingdone', fontsLoaded);

  return {
    timeline,
    fitLabels,
    windowJumped: () => refitIfZoomed(timeline.getWindow()),
    destroy() {
      resize.disconnect();
      document.fonts?.removeEventListener('loadingdone', fontsLoaded);
      clearTimeout(resizeTimer);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(fitFrame);
      clearTimeout(fitTimer);
      timeline.destroy();
    },
  };
}

function loadedFonts(): Set<FontFace> {
  const loaded = new Set<FontFace>();
  document.fonts?.forEach((face) => face.status === 'loaded' && loaded.add(face));
  return loaded;
}

/** The chart's text whose size follows its font: a category mark is a box of its own fixed width. */
function fontSizedText(container: HTMLElement): string {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('.category-icon')) text += node.nodeValue ?? '';
  return text;
}

function sizeOf(element: HTMLElement): string {
  return `${element.clientWidth}×${element.clientHeight}`;
}

/** The chores after a draw. Reads everything first, then writes, so that the page lays out once. */
export function tidy(container: HTMLElement): void {
  const center = container.querySelector<HTMLElement>('.vis-panel.vis-center');
  if (!center) return;
  const box = center.getBoundingClientRect();

  // 1. Axis labels: one cut by the chart's edge ("990" for 1990) is hidden rather than misread.
  const axisTexts = [...container.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text.vis-minor')].map((el) => {
    const r = el.getBoundingClientRect();
    const textWidth = el.scrollWidth;
    return { el, cut: r.left < box.left - 0.5 || r.left + Math.min(textWidth, r.width || textWidth) > box.right + 0.5 };
  });

  // 2. Band names: where the band is too narrow for its name, the name moves to the band's tooltip.
  const bands = [...container.querySelectorAll<HTMLElement>('.vis-item.vis-background.band')].map((band) => {
    const label = band.querySelector<HTMLElement>('.band-label');
    const bandBox = band.getBoundingClientRect();
    const visibleWidth = Math.min(bandBox.right, box.right) - Math.max(bandBox.left, box.left);
    // A name may wrap onto two lines; it fits when no word is cut and no third line is hidden.
    return { band, label, fits: !!label && label.scrollWidth <= Math.min(visibleWidth, bandBox.width) && label.scrollHeight <= label.clientHeight + 1 && visibleWidth > 30 };
  });

  // 3. Milestone labels: those running past the chart's end give way; cut ones say it all in a tooltip.
  // The labels' own maximum (set in rem by fitLabels or the view's CSS), not the clamp we may have set.
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const maxRem = parseFloat(getComputedStyle(container).getPropertyValue('--label-max'));
  const max = (Number.isFinite(maxRem) ? maxRem : 20) * rem;
  const labels = [...container.querySelectorAll<HTMLElement>('.milestone-label')].map((el) => {
    const r = el.getBoundingClientRect();
    return { el, room: box.right - r.left - 4 };
  });

  for (const { el, cut } of axisTexts) el.style.visibility = cut ? 'hidden' : '';
  for (const { band, label, fits } of bands) {
    if (!label) continue;
    band.title = label.title || label.textContent || '';
    label.style.visibility = fits ? '' : 'hidden';
  }
  for (const { el, room } of labels) {
    const clamp = room > 40 && room < max;
    el.style.maxWidth = clamp ? `${Math.floor(room)}px` : '';
    el.classList.toggle('tight', clamp);
  }
  // One more read, after the clamps: a label whose date or title is cut gets the whole of it as tooltip.
  const cut = labels.map(({ el }) => [...el.children].some((c) => c.scrollWidth > c.clientWidth + 1));
  labels.forEach(({ el }, i) => {
    if (cut[i]) el.title = el.getAttribute('aria-label') ?? '';
    else el.removeAttribute('title');
  });
}
