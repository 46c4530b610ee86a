/**
 * Two or more pairs on one time axis, a block of lanes each, with their partnership bands, so that a
 * student can see which partnership moved first. Calendar time, or years since each pair's ties.
 */
import { useEffect, useRef, useState } from 'react';
import { errorText } from '../../i18n/error-text';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { TimelineOptions } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import type { PairTimeline } from '../../../../shared/domain';
import { api } from '../../api/api';
import { useAppStore } from '../../store/app-store';
import { useFilters } from '../filters/filters-store';
import { pairName } from '../../i18n/format';
import { milestoneIdOf, spanWindow, type ChartItem } from '../timeline/timeline-data';
import { mountTimeline, YEAR } from '../timeline/vis-adapter';
import { compareChart, TIES_ORIGIN, type CompareGroup } from './compare-data';
import { useCompare } from './compare-store';
import { CompareHeader } from './CompareBar';
import './compare.css';

export function CompareView() {
  const container = useRef<HTMLDivElement>(null);
  const pairIds = useCompare((s) => s.pairIds);
  const align = useCompare((s) => s.align);
  const layout = useCompare((s) => s.layout);
  const filters = useFilters((s) => s.filters);
  const select = useAppStore((s) => s.select);
  const [timelines, setTimelines] = useState<PairTimeline[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t, i18n } = useTranslation('compare');

  useEffect(() => {
    let live = true;
    Promise.all(pairIds.map((pairId) => api.getPairTimeline({ pairId, filters }))).then(
      (list) => live && setTimelines(list),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [pairIds, filters]);

  const [skipped, setSkipped] = useState<string[]>([]);
  useEffect(() => {
    if (!timelines || !container.current) return;
    const chart = compareChart(timelines, align, { pair: (tl) => pairName(tl.pair), lane: (c) => i18next.t(`category.${c}`) }, layout);
    setSkipped(chart.skipped);
    const options: TimelineOptions = {
      zoomMin: align === 'ties' ? 2 * YEAR : 7 * 86_400_000,
      zoomMax: 80 * YEAR,
      ...(align === 'ties'
        ? {
            format: {
              // The axis counts years since each pair's establishment of diplomatic relations (its title is in the header).
              minorLabels: (date: Date) => t('yearsAxis', { years: new Date(date.valueOf()).getUTCFullYear() - new Date(TIES_ORIGIN).getUTCFullYear() }),
              majorLabels: () => '',
            },
          }
        : {}),
    };
    const mounted = mountTimeline(container.current, new DataSet<ChartItem>(chart.items), new DataSet<CompareGroup>(chart.groups), options, { autoLabelWidth: true, laneScrollLabel: i18next.t('timeline.lanesScroll') });
    const timeline = mounted.timeline;
    const times = chart.items.filter((i) => i.kind === 'milestone').flatMap((i) => [i.start.getTime(), (i.end ?? i.start).getTime()]);
    if (times.length) {
      const w = spanWindow(Math.min(...times), Math.max(...times));
      timeline.setWindow(w.start, w.end, { animation: false });
    }
    mounted.fitLabels();
    timeline.on('select', ({ items }: { items: string[] }) => {
      const id = milestoneIdOf(items[0]);
      if (id !== null) void select(id);
    });
    return () => mounted.destroy();
  }, [timelines, align, layout, select, t, i18n.language]);

  return (
    <section className="compare-view" aria-label={t('region')}>
      <CompareHeader>{align === 'ties' && <span className="compare-axis-title">{t('axisTitle')}</span>}</CompareHeader>
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
