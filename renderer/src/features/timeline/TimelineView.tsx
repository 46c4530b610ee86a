/**
 * The pair's timeline, drawn by vis-timeline: lanes per category, milestones, partnership bands.
 * vis-timeline owns its DOM; React owns the frame, the toolbar and the wiring to the store.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { Timeline, TimelineItem, TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import type { PairTimeline } from '../../../../shared/domain';
import { useAppStore } from '../../store/app-store';
import { anniversaryItems, bandItems, lanes, milestoneIdOf, spanWindow, type ChartItem, type LaneGroup } from './timeline-data';
import { TimelineControls } from './TimelineControls';
import { useCommands } from '../../api/commands';
import { useEditing } from '../editing/editing-store';
import { DEFAULT_WINDOWING, indexMilestones, isClusterId, visibleItems, type MilestoneIndex } from './visible-items';
import { shiftDates } from '../../../../shared/dates';
import { pairName } from '../../i18n/format';
import { DAY, YEAR, refreshEditability, type Mounted } from './vis-adapter';
import { useVisTimeline } from './use-vis-timeline';
import { isJustImported, useJustImported } from '../exchange/just-imported';

const laneList = () => lanes((c) => i18next.t(`category.${c}`), i18next.t('layout:chart.levelsRow'));

const OPTIONS: TimelineOptions = {
  selectable: true,
  multiselect: false,
  zoomMin: 7 * DAY,
  zoomMax: 80 * YEAR,
  min: new Date(Date.UTC(1985, 0, 1)),
  max: new Date(Date.now() + 10 * YEAR),
  // Milestones can be dragged to new dates (confirmed in a dialog); bands and markers are fixed.
  editable: { updateTime: true, updateGroup: false, add: false, remove: false, overrideItems: false },
  itemsAlwaysDraggable: { item: false, range: false },
};

/**
 * Milestones can be dragged only in a window at most this wide: wider, one pixel is weeks and a short
 * drag moves a milestone by years (120 px was seven years at the whole history). There a drag pans.
 */
export const DRAG_SPAN = 4 * YEAR;

/** The window that shows every milestone (see spanWindow), from the index: no pass over the milestones. */
function fullWindow(index: MilestoneIndex, now = Date.now()): { start: Date; end: Date } | null {
  return index.size ? spanWindow(index.first, Math.max(now, index.last)) : null;
}

function fitTo(timeline: Timeline, index: MilestoneIndex, animate: boolean): void {
  const window = fullWindow(index);
  if (window) timeline.setWindow(window.start, window.end, { animation: animate });
}

/**
 * Where, as a fraction of the chart's width from its left edge, the middle of the part not covered by
 * the detail panel lies (the panel lies over the chart in narrow windows): a milestone brought into view
 * goes there, not under the panel. One half when nothing covers the chart.
 */
function uncoveredCentre(frame: HTMLElement | null): number {
  const panel = frame?.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  const dock = document.querySelector('[data-testid="detail-dock"]')?.getBoundingClientRect();
  if (!panel || !dock || panel.width <= 0 || dock.left >= panel.right || dock.right <= panel.left) return 0.5;
  const left = { from: panel.left, to: Math.max(panel.left, dock.left) };
  const right = { from: Math.min(panel.right, dock.right), to: panel.right };
  const open = left.to - left.from >= right.to - right.from ? left : right;
  if (open.to - open.from < panel.width * 0.2) return 0.5;
  return ((open.from + open.to) / 2 - panel.left) / panel.width;
}

export function TimelineView({ data }: { data: PairTimeline }) {
  const handle = useRef<{ timeline: Timeline; mounted: Mounted; items: DataSet<ChartItem>; groups: DataSet<LaneGroup>; index: MilestoneIndex } | null>(null);
  const restored = useRef(false);
  const select = useAppStore((s) => s.select);
  const setWindow = useAppStore((s) => s.setWindow);
  const selectedId = useAppStore((s) => s.selectedId);
  const showAnniversaries = useAppStore((s) => s.showAnniversaries);
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const pairIdRef = useRef(data.pair.id);
  pairIdRef.current = data.pair.id;
  const dataRef = useRef(data);
  dataRef.current = data;
  const focusRequest = useAppStore((s) => s.focusRequest);

  const draggable = useRef<boolean | null>(null);
  const [canDragNow, setCanDragNow] = useState(false);
  /** Gives vis-timeline the milestones (or clusters) for the current window, changing only what differs. */
  const syncVisible = () => {
    const h = handle.current;
    if (!h) return;
    const { start, end } = h.timeline.getWindow();
    const canDrag = end.getTime() - start.getTime() <= DRAG_SPAN;
    if (canDrag !== draggable.current) {
      draggable.current = canDrag;
      h.timeline.setOptions({ editable: { ...(OPTIONS.editable as object), updateTime: canDrag } });
      refreshEditability(h.timeline);
      setCanDragNow(canDrag);
    }
    const next = visibleItems(h.index, { start: start.getTime(), end: end.getTime() }, DEFAULT_WINDOWING, (n) => i18next.t('timeline.cluster', { count: n }));
    const nextIds = new Set(next.map((i) => i.id));
    const stale = h.items.getIds({ filter: (i) => (i.kind === 'milestone' || i.kind === 'cluster') && !nextIds.has(i.id) });
    const added = next.filter((i) => !h.items.get(i.id));
    if (stale.length) h.items.remove(stale);
    if (added.length) h.items.add(added);
  };

  /** After a window set without animation: its items and labels now, not when vis-timeline reports it settled (200 ms on). */
  const jumped = (h: NonNullable<typeof handle.current>) => {
    syncVisible();
    h.mounted.windowJumped();
  };

  const { container } = useVisTimeline(() => {
    const items = new DataSet<ChartItem>();
    const groups = new DataSet<LaneGroup>(laneList());
    return { items, groups, options: OPTIONS, how: { autoLabelWidth: true, laneScrollLabel: i18next.t('timeline.lanesScroll') }, wire: (mounted) => wire(mounted, items, groups) };
  }, [select, setWindow]);

  /** The chart's listeners, once mounted; the handle the other effects use lives until it is taken down. */
  const wire = (mounted: Mounted, items: DataSet<ChartItem>, groups: DataSet<LaneGroup>) => {
    const timeline = mounted.timeline;
    timeline.on('select', ({ items: ids }: { items: string[] }) => {
      const cluster = isClusterId(ids[0]) ? items.get(ids[0]) : null;
      if (cluster?.span) {
        // A cluster opens to its members: zoom to the time they span.
        timeline.setSelection([]);
        const pad = Math.max((cluster.span.end - cluster.span.start) * 0.1, 15 * DAY);
        timeline.setWindow(new Date(cluster.span.start - pad), new Date(cluster.span.end + pad), { animation: true });
        return;
      }
      const id = milestoneIdOf(ids[0]);
      if (id !== null) void select(id);
    });
    // Keep the drawn items in step while the window moves (once a frame), not only when it stops.
    let pending = 0;
    timeline.on('rangechange', () => {
      if (!pending) pending = requestAnimationFrame(() => ((pending = 0), syncVisible()));
    });
    timeline.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => {
      syncVisible();
      // Until the pair's remembered window is applied, range events are vis-timeline's own defaults.
      if (restored.current) setWindow(pairIdRef.current, { start: start.getTime(), end: end.getTime() });
    });
    // For the renderer benchmark (bench/renderer.bench.ts), which times this chart against bare vis-timeline.
    Object.defineProperty(container.current as HTMLDivElement, 'bilateralTimeline', { value: timeline, configurable: true });
    timeline.setOptions({
      onMove: (item: TimelineItem, callback: (item: TimelineItem | null) => void) => {
        const id = milestoneIdOf(item.id);
        const milestone = id === null ? undefined : dataRef.current.milestones.find((m) => m.id === id);
        const original = handle.current?.items.get(item.id);
        if (!milestone || !original) return callback(null);
        const to = shiftDates(milestone.start, milestone.end, new Date(item.start as Date).getTime() - new Date(original.start).getTime());
        if (to.start === milestone.start && to.end === milestone.end) return callback(null);
        useEditing.getState().proposeMove({
          id: milestone.id,
          title: milestone.title,
          from: { start: milestone.start, end: milestone.end },
          to,
          // The chart redraws from the database after a confirmed move; until then the item snaps back.
          settle: () => callback(null),
        });
      },
    });
    handle.current = { timeline, mounted, items, groups, index: indexMilestones([]) };
    draggable.current = null;
    restored.current = false;
    return () => {
      handle.current = null;
    };
  };

  useEffect(() => {
    const h = handle.current;
    if (!h) return;
    // Only numbers per milestone here; their chart items are built when drawn (see visible-items.ts).
    h.index = indexMilestones(data.milestones);
    h.items.clear();
    h.items.add(bandItems(data.bands, h.index.last));
    restored.current = false;
    const saved = useAppStore.getState().windows[data.pair.id];
    const target = saved ? { start: new Date(saved.start), end: new Date(saved.end) } : fullWindow(h.index);
    if (target) h.timeline.setWindow(target.start, target.end, { animation: false });
    syncVisible();
    h.mounted.fitLabels();
    restored.current = true;
    // Labels are built in the interface language: rebuild them when it changes.
  }, [data, language]);

  useEffect(() => {
    handle.current?.groups.update(laneList());
  }, [language]);

  useEffect(() => {
    const h = handle.current;
    if (!h) return;
    const markers = showAnniversaries && data.pair.established
      ? anniversaryItems(data.pair.established, (years) => i18next.t('anniversary:markers.label', { years }))
      : [];
    h.items.remove(h.items.getIds({ filter: (item) => item.kind === 'anniversary' }));
    h.items.add(markers);
    h.mounted.fitLabels();
  }, [data, showAnniversaries, language]);

  useEffect(() => {
    const h = handle.current;
    if (!h) return;
    const itemId = selectedId === null ? null : `m${selectedId}`;
    const current = h.timeline.getSelection()[0] ?? null;
    if (current !== itemId) h.timeline.setSelection(itemId ? [itemId] : []);
  }, [selectedId, data]);

  useEffect(() => {
    const h = handle.current;
    const position = focusRequest && h ? h.index.positionOf(focusRequest.id) : -1;
    if (!h || position < 0) return;
    const target = h.index.item(position);
    // It may not be drawn (out of the window, or inside a cluster): centre on it at a readable zoom first.
    const { start, end } = h.timeline.getWindow();
    const width = Math.min(end.getTime() - start.getTime(), 3 * YEAR);
    const at = target.start.getTime();
    const before = width * uncoveredCentre(container.current);
    h.timeline.setWindow(new Date(at - before), new Date(at - before + width), { animation: false });
    jumped(h);
    h.timeline.setSelection([target.id]);
  }, [focusRequest, data]);

  // The last import's milestones are marked as they are drawn (item-element.ts); those drawn already, here.
  const justImported = useJustImported((s) => s.ids);
  useEffect(() => {
    for (const el of container.current?.querySelectorAll<HTMLElement>('.milestone-label[data-milestone-id]') ?? []) {
      el.classList.toggle('just-added', isJustImported(Number(el.dataset.milestoneId)));
    }
  }, [justImported, data]);

  const zoom = (factor: number) => {
    const t = handle.current?.timeline;
    if (!t) return;
    if (factor < 1) t.zoomIn(1 - factor, { animation: true });
    else t.zoomOut(factor - 1, { animation: true });
  };
  const pan = (fraction: number) => {
    const t = handle.current?.timeline;
    if (!t) return;
    const { start, end } = t.getWindow();
    const shift = (end.getTime() - start.getTime()) * fraction;
    t.setWindow(new Date(start.getTime() + shift), new Date(end.getTime() + shift), { animation: true });
  };
  // Animated for a readable number of items; a large pair jumps (an animation over thousands stutters).
  const fit = () => {
    const h = handle.current;
    if (!h) return;
    const animate = h.index.size <= DEFAULT_WINDOWING.maxItems;
    fitTo(h.timeline, h.index, animate);
    if (!animate) jumped(h);
  };
  useCommands({ 'fit-all': fit, 'zoom-in': () => zoom(0.5), 'zoom-out': () => zoom(1.5) });

  // vis-timeline draws a moved window on a later frame (several under load): keep trying for about half a second.
  const focusDrawn = (id: number, frames = 30) => {
    const label = container.current?.querySelector<HTMLElement>(`.milestone-label[data-milestone-id="${id}"]`);
    if (label) label.focus();
    else if (frames > 0) requestAnimationFrame(() => focusDrawn(id, frames - 1));
  };
  const stepMilestone = (from: number | null, by: 1 | -1) => {
    const h = handle.current;
    if (!h || !h.index.size) return;
    const { starts, size } = h.index;
    let at: number;
    if (from === null) {
      // From the chart: the first (↓) or last (↑) milestone in the window, else the nearest one.
      const { start, end } = h.timeline.getWindow();
      const inView = (i: number) => starts[i] >= start.getTime() && starts[i] <= end.getTime();
      let firstInView = -1;
      let lastInView = -1;
      for (let i = 0; i < size; i++) {
        if (!inView(i)) continue;
        if (firstInView < 0) firstInView = i;
        lastInView = i;
      }
      at = by === 1 ? (firstInView >= 0 ? firstInView : 0) : lastInView >= 0 ? lastInView : size - 1;
    } else {
      const here = h.index.positionOf(from);
      at = Math.max(0, Math.min(size - 1, here + by));
    }
    const target = h.index.item(at);
    if (!target?.milestoneId) return;
    const { start, end } = h.timeline.getWindow();
    const t = target.start.getTime();
    const width = end.getTime() - start.getTime();
    if (t < start.getTime() + width * 0.02 || t > end.getTime() - width * 0.1) {
      // Outside the window (or about to leave it): move the window, keeping its zoom.
      h.timeline.setWindow(new Date(t - width / 2), new Date(t + width / 2), { animation: false });
      jumped(h);
    }
    const id = target.milestoneId;
    focusDrawn(id);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const milestoneId = target.dataset?.milestoneId;
    if (milestoneId && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      void select(Number(milestoneId));
      return;
    }
    // ↑/↓ move to the previous/next milestone in time (from the chart itself: the first or last in view),
    // bringing it into view when it lies outside the window.
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      stepMilestone(milestoneId ? Number(milestoneId) : null, event.key === 'ArrowDown' ? 1 : -1);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const actions: Record<string, () => void> = {
      '+': () => zoom(0.5),
      '=': () => zoom(0.5),
      '-': () => zoom(1.5),
      ArrowLeft: () => pan(-0.2),
      ArrowRight: () => pan(0.2),
      f: fit,
      '0': fit,
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <section className="timeline-pane" aria-label={t('timeline.region')} data-draggable={canDragNow}>
      <TimelineControls onZoomIn={() => zoom(0.5)} onZoomOut={() => zoom(1.5)} onFit={fit} hint={`${t('layout:chart.hint')} · ${t(canDragNow ? 'layout:chart.dragHint' : 'layout:chart.zoomToDrag')}`} />
      <div
        className="timeline-frame"
        // Time runs left to right in every language (labels inside still read right to left in Arabic).
        dir="ltr"
        ref={container}
        tabIndex={0}
        role="application"
        aria-roledescription={t('timeline.roleDescription')}
        aria-label={t('timeline.ariaLabel', { pair: pairName(data.pair) })}
        onKeyDown={onKeyDown}
        data-testid="timeline"
      />
    </section>
  );
}
