import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type PairTimeline } from '../../../../shared/domain';
import { CATEGORY_ICONS } from './category-icons';
import { bandColorIndex } from '../../../../shared/palette';
import { formatDate, formatRange, localName } from '../../i18n/format';

/** Lane colours and the partnership bands, with their dates. */
export function Legend({ data }: { data: PairTimeline }) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation('layout');
  // Folded by default only where the height is short (800×600): the chart needs every line there.
  const [open, setOpen] = useState(() => window.innerHeight >= 700);
  return (
    <aside className="legend" aria-label={t('legend.label')} data-open={open}>
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="legend-toggle">
        {open ? tl('legend.hide') : tl('legend.show')}
      </button>
      {open && (
      <>
      <ul className="legend-categories">
        {CATEGORIES.map((c) => (
          <li key={c}>
            <span className={`swatch cat-${c}`} aria-hidden="true" />
            <span className="category-icon" aria-hidden="true">
              {CATEGORY_ICONS[c]}
            </span>
            {t(`category.${c}`)}
          </li>
        ))}
      </ul>
      {data.bands.length > 0 && (
        <ul className="legend-bands" aria-label={t('legend.levels')}>
          {data.bands.map((b, i) => (
            <li key={`${b.levelId}-${b.milestoneId}`}>
              <span className={`swatch band band-${bandColorIndex(i)}`} aria-hidden="true" />
              <bdi lang={localName(b.name).lang}>{localName(b.name).text}</bdi> <span className="muted">(<bdi>{b.end ? formatRange(b.start, b.end) : t('legend.untilToday', { from: formatDate(b.start) })}</bdi>)</span>
            </li>
          ))}
        </ul>
      )}
      </>
      )}
    </aside>
  );
}
