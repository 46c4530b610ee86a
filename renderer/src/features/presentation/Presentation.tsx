/**
 * Presentation mode for a classroom: full screen, large type, high contrast, no editing controls. Steps
 * through the pair's milestones (or, while comparing, every compared pair's, on one axis) in date order (→ ← Space PageUp PageDown Home End — what presentation
 * clickers send); the timeline moves to each one and a caption gives its date, title, summary and
 * source, the partnership level of the moment and "7 / 32". F5, the toolbar or the menu enter; Esc leaves.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Timeline } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import type { MilestoneDetail, PairTimeline } from '../../../../shared/domain';
import { comparePartialDates, startInstant } from '../../../../shared/dates';
import { api } from '../../api/api';
import { useCommands, dispatchCommand } from '../../api/commands';
import { useShortcut } from '../../ui/use-shortcut';
import { useAppStore } from '../../store/app-store';
import { formatDate, formatRange, localName, localTitle, pairName } from '../../i18n/format';
import { chartItems, pairItemId, type ChartItem } from '../timeline/timeline-data';
import { itemElement, laneElement } from '../timeline/item-element';
import { compareChart, type CompareGroup } from '../compare/compare-data';
import { useCompare } from '../compare/compare-store';
import { useFilters } from '../filters/filters-store';
import { CATEGORY_ICONS } from '../timeline/category-icons';
import i18next from 'i18next';
import { usePresentation, type Shown } from './presentation-store';
import './presentation.css';

const YEAR = 365.25 * 86_400_000;
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** The level in force on a date: the last band that started on or before it. */
function levelAt(data: PairTimeline, date: string) {
  return [...data.bands].reverse().find((b) => comparePartialDates(b.start, date) <= 0) ?? null;
}

export function PresentButton() {
  const timeline = useAppStore((s) => s.timeline);
  const comparing = useCompare((s) => (s.active && s.pairIds.length >= 2 ? s.pairIds : null));
  const { shown, show, close } = usePresentation();
  const { t } = useTranslation('presentation');
  const start = () => {
    if (!comparing) return timeline && timeline.milestones.length > 0 && show({ pairs: [timeline], order: null });
    // The comparison's pairs, as filtered on screen; their milestones interleave by date.
    const filters = useFilters.getState().filters;
    void Promise.all(comparing.map((pairId) => api.getPairTimeline({ pairId, filters }))).then(
      (pairs) => pairs.some((p) => p.milestones.length) && show({ pairs, order: null }),
      () => {},
    );
  };
  useCommands({ present: start });
  useShortcut((e) => e.key === 'F5' && !e.ctrlKey && !e.metaKey, () => dispatchCommand('present'));
  return (
    <>
      <button type="button" onClick={start} disabled={!comparing && !timeline?.milestones.length} aria-keyshortcuts="F5" data-testid="present-button">
        {t('button')}
      </button>
      {shown && <Presentation shown={shown} onExit={close} />}
    </>
  );
}

/** A story's milestones in its order; else every milestone of the pairs, by date (pairs in order on equal dates). */
function steps({ pairs, order }: Shown) {
  const all = pairs.flatMap((pair) => pair.milestones.map((m) => ({ m, pair })));
  if (order) {
    const byId = new Map(all.map((s) => [s.m.id, s]));
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
  const chart = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const [index, setIndex] = useState(0);
  const [detail, setDetail] = useState<MilestoneDetail | null>(null);
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

  useEffect(() => {
    if (!chart.current) return;
    const options = {
      height: '100%',
      selectable: true,
      showCurrentTime: false,
      orientation: { axis: 'top' as const, item: 'top' as const },
      zoomable: false,
      moveable: false,
      template: (item: ChartItem | null) => (item ? itemElement(item) : ''),
    };
    if (pairs.length === 1) {
      timeline.current = new Timeline(chart.current, new DataSet<ChartItem>(chartItems(pairs[0])), options);
    } else {
      // The comparison's own layout: a block of lanes per pair, each with its bands, on calendar time.
      const both = compareChart(pairs, 'calendar', { pair: (p) => pairName(p.pair), lane: (c) => i18next.t(`category.${c}`) });
      timeline.current = new Timeline(chart.current, new DataSet<ChartItem>(both.items), new DataSet<CompareGroup>(both.groups), {
        ...options,
        groupOrder: 'order',
        groupTemplate: (group: CompareGroup | null) => (group ? laneElement(group.label, CATEGORY_ICONS[group.category]) : ''),
      });
    }
    return () => timeline.current?.destroy();
  }, [pairs]);

  useEffect(() => {
    if (!current) return;
    timeline.current?.setSelection(
      pairs.length === 1 ? [`m${current.id}`] : pairs.filter((p) => p.milestones.some((m) => m.id === current.id)).map((p) => pairItemId(current.id, p.pair.id)),
    );
    // Centre it in a window of about eight years, so that its neighbours give it context.
    const at = startInstant(current.start).getTime();
    timeline.current?.setWindow(new Date(at - 4 * YEAR), new Date(at + 4 * YEAR), { animation: { duration: 600, easingFunction: 'easeInOutQuad' } });
    let live = true;
    setDetail(null);
    api.getMilestone({ id: current.id }).then((d) => live && setDetail(d), () => {});
    return () => {
      live = false;
    };
  }, [current]);

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
  const source = detail?.sources[0];
  return (
    <div ref={root} className="presentation" role="dialog" aria-modal="true" aria-label={t('label', { pair: names })} tabIndex={-1} onKeyDown={onKeyDown} data-testid="presentation">
      <header className="presentation-head">
        {shown.name && (
          <span className="presentation-story" dir="auto" data-testid="presentation-story">
            {shown.name}
          </span>
        )}
        <span className="presentation-pair" data-testid="presentation-pair">
          {pairName(data.pair)}
        </span>
        {level && (
          <span className="presentation-level" data-testid="presentation-level">
            {t('level', { level: localName(level.name).text })}
          </span>
        )}
        <span className="presentation-progress" data-testid="presentation-progress" aria-live="polite">
          {t('progress', { current: index + 1, total: milestones.length })}
        </span>
      </header>
      <div className="presentation-chart" ref={chart} dir="ltr" />
      {current && (
        <article className="presentation-caption" aria-live="polite" data-testid="presentation-caption">
          <p className="presentation-date">{formatRange(current.start, current.end)}</p>
          <h2 dir="auto">{localTitle(detail ?? current)}</h2>
          {detail?.summary && <p className="presentation-summary" dir="auto">{detail.summary}</p>}
          {source && (
            <p className="presentation-source" dir="auto">
              {t('source', { publisher: source.publisher, title: source.title, date: source.date ? formatDate(source.date) : '' })}
            </p>
          )}
        </article>
      )}
      <p className="presentation-help">{t('help')}</p>
    </div>
  );
}
