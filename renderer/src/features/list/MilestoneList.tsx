/**
 * The pair's milestones as a list: the accessible alternative to the chart, with every milestone in it
 * whatever the zoom (the chart clusters when there are many). Virtualised, so ten thousand rows scroll
 * smoothly; arrow keys move between rows, Enter opens one.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PairTimeline } from '../../../../shared/domain';
import { formatRange, localTitle } from '../../i18n/format';
import { useAppStore } from '../../store/app-store';
import { CATEGORY_ICONS } from '../timeline/category-icons';
import './list.css';

const ROW_HEIGHT = 34;

export function MilestoneList({ data }: { data: PairTimeline }) {
  const scroller = useRef<HTMLDivElement>(null);
  const select = useAppStore((s) => s.select);
  const selectedId = useAppStore((s) => s.selectedId);
  const { t } = useTranslation();
  const rows = data.milestones;
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });

  const focusRow = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
    virtual.scrollToIndex(i);
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus());
  };
  const onKeyDown = (e: React.KeyboardEvent, index: number) => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + 10, PageUp: index - 10, Home: 0, End: rows.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      void select(rows[index].id);
    }
  };

  return (
    <section className="milestone-list" aria-label={t('list.label')} data-testid="milestone-list">
      <p className="list-count" data-testid="list-count">
        {t('list.count', { count: rows.length })}
      </p>
      <div ref={scroller} className="list-scroller" role="list" data-count={rows.length}>
        <div style={{ blockSize: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const m = rows[v.index];
            return (
              <div
                key={m.id}
                role="listitem"
                tabIndex={v.index === 0 ? 0 : -1}
                data-index={v.index}
                aria-posinset={v.index + 1}
                aria-setsize={rows.length}
                aria-current={m.id === selectedId || undefined}
                className={`list-row cat-${m.category}`}
                style={{ transform: `translateY(${v.start}px)`, blockSize: ROW_HEIGHT }}
                onClick={() => void select(m.id)}
                onKeyDown={(e) => onKeyDown(e, v.index)}
              >
                <span className={`swatch cat-${m.category}`} aria-hidden="true" />
                <span className="category-icon" aria-hidden="true">
                  {CATEGORY_ICONS[m.category]}
                </span>
                <span className="list-date" dir="auto">{formatRange(m.start, m.end)}</span>
                <span className="list-title" dir="auto">
                  {localTitle(m)}
                </span>
                <span className="list-category">{t(`category.${m.category}`)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
