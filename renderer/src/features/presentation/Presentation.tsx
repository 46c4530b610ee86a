/**
 * Presentation mode for a classroom: full screen, large type, high contrast, no editing controls. Steps
 * through the pair's milestones (or, while comparing, every compared pair's, on one axis) in date order (→ ← Space PageUp PageDown Home End — what presentation
 * clickers send); the timeline moves to each one and a caption gives its date, title, summary and
 * source, the partnership level of the moment and "7 / 32". F5, the toolbar or the menu enter; Esc leaves.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataSet } from 'vis-data/esnext';
import type { MilestoneDetail, PairTimeline } from '../../../../shared/domain';
import { comparePartialDates, startInstant } from '../../../../shared/dates';
import { fetchQuery } from '../../data/query-cache';
import { reads } from '../../data/reads';
import { useCommands } from '../../api/commands';
import { commandKeys } from '../../api/command-keys';
import { useOpenTimeline } from '../../store/open-pair';
import { formatDate, formatRange, localName, localTitle, pairName } from '../../i18n/format';
import { chartItems, type ChartItem } from '../timeline/timeline-data';
import { YEAR } from '../timeline/vis-adapter';
import { useVisTimeline } from '../timeline/use-vis-timeline';
import { useCompare } from '../compare/compare-store';
import { useFilters } from '../filters/filters-store';
import { Isolated } from '../../ui/Isolated';
import { usePresentation, type Shown } from './presentation-store';
import './presentation.css';

/** Half the window around the current milestone: about eight years in view, its neighbours for context. */
const HALF_WINDOW = 4 * YEAR;
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** The level in force on a date: the last band that started on or before it. */
function levelAt(data: PairTimeline, date: string) {
  return [...data.bands].reverse().find((b) => comparePartialDates(b.start, date) <= 0) ?? null;
}

export function PresentButton() {
  const timeline = useOpenTimeline();
  const comparing = useCompare((s) => (s.active && s.pairIds.length >= 2 ? s.pairIds : null));
  const { shown, show, close } = usePresentation();
  const { t } = useTranslation('presentation');
  const start = () => {
    if (!comparing) return timeline && timeline.milestones.length > 0 && show({ pairs: [timeline], order: null });
    // The comparison's pairs, as filtered on screen; their milestones interleave by date.
    const filters = useFilters.getState().filters;
    void fetchQuery(reads.comparison(comparing, filters)).then(
      (pairs) => pairs.some((p) => p.milestones.length) && show({ pairs, order: null }),
      () => {},
    );
  };
  useCommands({ present: start });
  return (
    <>
      <button type="button" onClick={start} disabled={!comparing && !timeline?.milestones.length} aria-keyshortcuts={commandKeys('present')} data-testid="present-button">
        {t('button')}
      </button>
      {shown && <Presentation shown={shown} onExit={close} />}
    </>
  );
}

/** A story's milestones in its order; else every milestone of the pairs, by date (pairs in order on equal dates). */
function steps({ pairs, order, homes }: Shown) {
  const all = pairs.flatMap((pair) => pair.milestones.map((m) => ({ m, pair })));
  if (order) {
    // On the story's pair for it where it says one, else on the first loaded pair that has it.
    const byId = new Map<number, (typeof all)[number]>();
    for (const s of all) if (!byId.has(s.m.id) || homes?.[s.m.id] === s.pair.pair.id) byId.set(s.m.id, s);
    return order.flatMap((id) => byId.get(id) ?? []);
  }
  // A shared event is one step, on the first compared pair it concerns.
  const seen = new Set<number>();
  const once = all.filter((s) => !seen.has(s.m.id) && !!seen.add(s.m.id));
  return once.sort((a, b) => comparePartialDates(a.m.start, b.m.start) || pairs.indexOf(a.pair) - pairs.indexOf(b.pair));
}

function Presentation({ shown, onExit }: { shown: Shown; onExit: () => void }) {
  const { pairs } = shown;
  const root = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const [loaded, setDetail] = useState<MilestoneDetail | null>(null);
  const { t } = useTranslation('presentation');
  const milestones = useMemo(() => steps(shown), [shown]);
  const step = milestones[index];
  const current = step?.m;
  const data = step?.pair ?? pairs[0];
  const names = shown.name ?? pairs.map((p) => pairName(p.pair)).join(' · ');

  // Full screen where the platform allows it (Electron and browsers do, on a key press or click).
  useEffect(() => {
    const el = root.current;
    el?.focus();
    el?.requestFullscreen?.().catch(() => {});
    const onChange = () => {
      if (!document.fullscreenElement) onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [onExit]);

  // One chart, showing the current slide's pair: whatever the story or comparison, the milestone being
  // described is drawn with its own pair's milestones and bands, centred and highlighted.
  const items = useRef(new DataSet<ChartItem>());
  const shownPair = useRef<string | null>(null);
  const currentId = useRef<number | null>(null);
  const { container: chart, mounted: timeline } = useVisTimeline(
    () => ({
      items: items.current,
      groups: null,
      options: {
        selectable: true,
        zoomable: false,
        moveable: false,
        stack: true,
        margin: { item: { horizontal: 10, vertical: 6 }, axis: 6 },
        // Stacked first, so the milestone being described is always on the top row, never scrolled away.
        order: (a: ChartItem, b: ChartItem) => (a.milestoneId === currentId.current ? -1 : b.milestoneId === currentId.current ? 1 : a.start.getTime() - b.start.getTime()),
      },
      wire: () => () => {
        shownPair.current = null;
      },
    }),
    [],
  );

  useEffect(() => {
    const m = timeline.current;
    if (!current || !m) return;
    const at = startInstant(current.start).getTime();
    currentId.current = current.id;
    if (shownPair.current !== data.pair.id) {
      shownPair.current = data.pair.id;
      items.current.clear();
      items.current.add(chartItems(data));
    }
    // Only the milestones near this one take part in stacking, so that the current one is never pushed
    // below the visible strip; the rest of the pair's history returns as the slides move on.
    const near = (i: ChartItem) => i.kind !== 'milestone' || Math.abs(i.start.getTime() - at) <= HALF_WINDOW * 1.05 || i.milestoneId === current.id;
    const all = chartItems(data);
    const wanted = new Set(all.filter(near).map((i) => i.id));
    items.current.remove(items.current.getIds({ filter: (i) => !wanted.has(i.id) }));
    items.current.add(all.filter((i) => wanted.has(i.id) && !items.current.get(i.id)));
    m.timeline.setWindow(new Date(at - HALF_WINDOW), new Date(at + HALF_WINDOW), { animation: false });
    m.timeline.setSelection([`m${current.id}`]);
    // Restack with the new current item first (the order function reads currentId).
    (m.timeline as unknown as { itemSet?: { markDirty(o: object): void } }).itemSet?.markDirty({ restackGroups: true });
    m.timeline.redraw();
    let live = true;
    setDetail(null);
    fetchQuery(reads.milestone(current.id)).then((d) => live && setDetail(d), () => {});
    return () => {
      live = false;
    };
  }, [current, data]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const go = (i: number) => setIndex(Math.max(0, Math.min(milestones.length - 1, i)));
    if (NEXT.has(e.key)) go(index + 1);
    else if (PREVIOUS.has(e.key)) go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(milestones.length - 1);
    else if (e.key === 'Escape') onExit();
    else return;
    e.preventDefault();
  };

  const level = current ? levelAt(data, current.start) : null;
  // The previous slide's details never show under this slide's date (they arrive a moment later).
  const detail = loaded && current && loaded.id === current.id ? loaded : null;
  const source = detail?.sources[0];
  return (
    <div ref={root} className="presentation" role="dialog" aria-modal="true" aria-label={t('label', { pair: names })} tabIndex={-1} onKeyDown={onKeyDown} data-testid="presentation">
      <header className="presentation-head">
        {shown.name && (
          <span className="presentation-story" dir="auto" data-testid="presentation-story">
            {shown.name}
          </span>
        )}
        <span className="presentation-pair" data-testid="presentation-pair" data-pair={data.pair.id}>
          <bdi>{pairName(data.pair)}</bdi>
        </span>
        {level && (
          <span className="presentation-level" data-testid="presentation-level" title={localName(level.name).text}>
            <Isolated format={(v) => t('level', v)} values={{ level: localName(level.name).text }} />
          </span>
        )}
        <span className="presentation-progress" data-testid="presentation-progress" aria-live="polite">
          {t('progress', { current: index + 1, total: milestones.length })}
        </span>
      </header>
      <div className="presentation-chart" ref={chart} dir="ltr" data-testid="presentation-chart" data-pair={data.pair.id} />
      {current && (
        <article className="presentation-caption" aria-live="polite" data-testid="presentation-caption">
          <p className="presentation-date" dir="auto">{formatRange(current.start, current.end)}</p>
          <h2 dir="auto">{localTitle(detail ?? current)}</h2>
          {detail?.summary && <p className="presentation-summary" dir="auto">{detail.summary}</p>}
          {source && (
            <p className="presentation-source" data-testid="presentation-source">
              <Isolated format={(v) => t('source', v)} values={{ publisher: source.publisher, title: source.title, date: source.date ? formatDate(source.date) : '' }} />
            </p>
          )}
        </article>
      )}
      <p className="presentation-help">{t('help')}</p>
    </div>
  );
}
