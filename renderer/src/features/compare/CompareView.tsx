/**
 * Two or more pairs on one time axis, a block of lanes each, with their partnership bands, so that a
 * student can see which partnership moved first. Calendar time, or years since each pair's ties.
 */
import { useState } from 'react';
import { errorText } from '../../i18n/error-text';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import { useQuery } from '../../data/query-cache';
import { reads } from '../../data/reads';
import { useAppStore } from '../../store/app-store';
import { useFilters } from '../filters/filters-store';
import { pairName } from '../../i18n/format';
import { milestoneIdOf, spanWindow, type ChartItem } from '../timeline/timeline-data';
import { YEAR } from '../timeline/vis-adapter';
import { useVisTimeline } from '../timeline/use-vis-timeline';
import { compareChart, TIES_ORIGIN, type CompareGroup } from './compare-data';
import { useCompare } from './compare-store';
import { CompareHeader } from './CompareBar';
import './compare.css';

export function CompareView() {
  const pairIds = useCompare((s) => s.pairIds);
  const align = useCompare((s) => s.align);
  const layout = useCompare((s) => s.layout);
  const filters = useFilters((s) => s.filters);
  const select = useAppStore((s) => s.select);
  const read = useQuery(reads.comparison(pairIds, filters), { keepPrevious: true });
  const timelines = read.data ?? null;
  const error = read.status === 'error' ? errorText(read.error) : null;
  const { t, i18n } = useTranslation('compare');

  const [skipped, setSkipped] = useState<string[]>([]);
  const { container } = useVisTimeline(() => {
    if (!timelines) return null;
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
    return {
      items: new DataSet<ChartItem>(chart.items),
      groups: new DataSet<CompareGroup>(chart.groups),
      options,
      how: { autoLabelWidth: true, laneScrollLabel: i18next.t('timeline.lanesScroll') },
      wire(mounted) {
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
      },
    };
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
