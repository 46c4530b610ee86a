/**
 * Two or more pairs on one time axis, a block of lanes each, with their partnership bands, so that a
 * student can see which partnership moved first. Calendar time, or years since each pair's ties.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import type { PairTimeline } from '../../../../shared/domain';
import { api } from '../../api/api';
import { useAppStore } from '../../store/app-store';
import { useFilters } from '../filters/filters-store';
import { pairName } from '../../i18n/format';
import { itemElement, laneElement } from '../timeline/item-element';
import { milestoneIdOf, type ChartItem } from '../timeline/timeline-data';
import { CATEGORY_ICONS } from '../timeline/category-icons';
import { makeLaneScrollFocusable } from '../timeline/lane-scroll';
import { compareChart, TIES_ORIGIN, type CompareGroup } from './compare-data';
import { useCompare } from './compare-store';
import './compare.css';

const YEAR = 365.25 * 86_400_000;

export function CompareView() {
  const container = useRef<HTMLDivElement>(null);
  const pairIds = useCompare((s) => s.pairIds);
  const align = useCompare((s) => s.align);
  const filters = useFilters((s) => s.filters);
  const select = useAppStore((s) => s.select);
  const [timelines, setTimelines] = useState<PairTimeline[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t, i18n } = useTranslation('compare');

  useEffect(() => {
    let live = true;
    Promise.all(pairIds.map((pairId) => api.getPairTimeline({ pairId, filters }))).then(
      (list) => live && setTimelines(list),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [pairIds, filters]);

  const [skipped, setSkipped] = useState<string[]>([]);
  useEffect(() => {
    if (!timelines || !container.current) return;
    const chart = compareChart(timelines, align, { pair: (tl) => pairName(tl.pair), lane: (c) => i18next.t(`category.${c}`) });
    setSkipped(chart.skipped);
    const options: TimelineOptions = {
      height: '100%',
      stack: true,
      groupOrder: 'order',
      orientation: { axis: 'top', item: 'top' },
      verticalScroll: true,
      showCurrentTime: false,
      zoomMin: align === 'ties' ? 2 * YEAR : 7 * 86_400_000,
      zoomMax: 80 * YEAR,
      margin: { item: { horizontal: 4, vertical: 4 }, axis: 6 },
      template: (item: ChartItem | null) => (item ? itemElement(item) : ''),
      groupTemplate: (group: CompareGroup | null) => (group ? laneElement(group.label, CATEGORY_ICONS[group.category]) : ''),
      ...(align === 'ties'
        ? {
            format: {
              // The axis counts years since each pair's establishment of diplomatic relations.
              minorLabels: (date: Date) => t('yearsAxis', { years: new Date(date.valueOf()).getUTCFullYear() - new Date(TIES_ORIGIN).getUTCFullYear() }),
              majorLabels: () => '',
            },
          }
        : {}),
    };
    const timeline = new Timeline(container.current, new DataSet<ChartItem>(chart.items), new DataSet<CompareGroup>(chart.groups), options);
    // The window is ours (see TimelineView): every milestone of every pair, with room for labels.
    (timeline as unknown as { initialFitDone: boolean }).initialFitDone = true;
    makeLaneScrollFocusable(container.current, i18next.t('timeline.lanesScroll'));
    const times = chart.items.filter((i) => i.kind === 'milestone').flatMap((i) => [i.start.getTime(), (i.end ?? i.start).getTime()]);
    if (times.length) {
      const first = Math.min(...times);
      const last = Math.max(...times);
      const span = Math.max(last - first, YEAR);
      timeline.setWindow(new Date(first - span * 0.04), new Date(last + span * 0.3), { animation: false });
    }
    timeline.on('select', ({ items }: { items: string[] }) => {
      const id = milestoneIdOf(items[0]);
      if (id !== null) void select(id);
    });
    return () => timeline.destroy();
  }, [timelines, align, select, t, i18n.language]);

  return (
    <section className="compare-view" aria-label={t('region')}>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {skipped.length > 0 && (
        <p className="muted" role="status">
          {t('noEstablishment', { pairs: skipped.join(', ') })}
        </p>
      )}
      <div className="compare-frame" ref={container} dir="ltr" data-testid="compare-timeline" />
    </section>
  );
}
