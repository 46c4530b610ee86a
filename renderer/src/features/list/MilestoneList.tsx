/**
 * The pair's milestones as a table: the accessible alternative to the chart, with every milestone in it
 * whatever the zoom (the chart clusters when there are many). Virtualised, so ten thousand rows scroll
 * smoothly; arrow keys move between rows, Enter opens one. The column headers sort (a button each, so
 * the keyboard reaches them; aria-sort says the order); a cell cut short shows all of it in its tooltip.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MilestoneItem, PairTimeline } from '../../../../shared/domain';
import { formatRange, localTitle } from '../../i18n/format';
import { useAppStore } from '../../store/app-store';
import { CATEGORY_ICONS } from '../timeline/category-icons';
import { isJustImported, useJustImported } from '../exchange/just-imported';
import { sortRows, type ListSort, type SortKey } from './list-sort';
import './list.css';

const ROW_HEIGHT = 34;
const COLUMNS: SortKey[] = ['date', 'title', 'category'];

export function MilestoneList({ data }: { data: PairTimeline }) {
  const scroller = useRef<HTMLDivElement>(null);
  const select = useAppStore((s) => s.select);
  const selectedId = useAppStore((s) => s.selectedId);
  useJustImported((s) => s.ids);
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<ListSort>({ key: 'date', direction: 'ascending' });
  const rows = useMemo(
    () => sortRows<MilestoneItem>(data.milestones, sort, { title: localTitle, category: (c) => t(`category.${c}`), language: i18n.language }),
    [data.milestones, sort, t, i18n.language],
  );
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });

  // Opened with a milestone selected (a search result, an import's first): start where it is.
  useEffect(() => {
    const at = selectedId === null ? -1 : rows.findIndex((m) => m.id === selectedId);
    if (at >= 0) virtual.scrollToIndex(at, { align: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only: a click in the list must not scroll it
  }, []);

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
  /** A header sorts by its column; again, the other way round. */
  const sortBy = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: 'ascending' }));

  return (
    <section className="milestone-list" aria-label={t('list.label')} data-testid="milestone-list">
      <p className="list-count" data-testid="list-count">
        {t('list.count', { count: rows.length })}
      </p>
      <div className="list-table" role="table" aria-label={t('list.label')} aria-rowcount={rows.length + 1} data-count={rows.length}>
        <div className="list-head" role="rowgroup">
          <div className="list-header-row" role="row" aria-rowindex={1}>
            <span className="list-mark" aria-hidden="true" />
            {COLUMNS.map((key) => (
              <div key={key} role="columnheader" className={`list-${key}`} aria-sort={sort.key === key ? sort.direction : undefined}>
                <button type="button" onClick={() => sortBy(key)} data-testid={`list-sort-${key}`} title={t('list.sortBy', { column: t(`list.column.${key}`) })}>
                  {t(`list.column.${key}`)}
                  <span className="sort-arrow" aria-hidden="true">
                    {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </div>
            ))}
          </div>
        </div>
        <div ref={scroller} className="list-scroller" role="rowgroup">
          <div style={{ blockSize: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((v) => {
              const m = rows[v.index];
              const date = formatRange(m.start, m.end);
              const title = localTitle(m);
              const category = t(`category.${m.category}`);
              return (
                <div
                  key={m.id}
                  role="row"
                  tabIndex={v.index === 0 ? 0 : -1}
                  data-index={v.index}
                  data-milestone-id={m.id}
                  aria-rowindex={v.index + 2}
                  aria-current={m.id === selectedId || undefined}
                  className={`list-row cat-${m.category}${isJustImported(m.id) ? ' just-added' : ''}`}
                  style={{ transform: `translateY(${v.start}px)`, blockSize: ROW_HEIGHT }}
                  onClick={() => void select(m.id)}
                  onKeyDown={(e) => onKeyDown(e, v.index)}
                >
                  <span className="list-mark" aria-hidden="true">
                    <span className={`swatch cat-${m.category}`} />
                    <span className="category-icon">{CATEGORY_ICONS[m.category]}</span>
                  </span>
                  <span role="cell" className="list-date" dir="auto" title={date}>
                    {date}
                  </span>
                  <span role="cell" className="list-title" dir="auto" title={title}>
                    {title}
                  </span>
                  <span role="cell" className="list-category" title={category}>
                    {category}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
