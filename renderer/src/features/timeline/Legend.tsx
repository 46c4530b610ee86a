import { CATEGORIES, CATEGORY_LABELS, type PairTimeline } from '../../../../shared/domain';
import { formatDateRange } from '../../../../shared/dates';

/** Lane colours and the partnership bands, with their dates. */
export function Legend({ data }: { data: PairTimeline }) {
  return (
    <aside className="legend" aria-label="Legend">
      <ul className="legend-categories">
        {CATEGORIES.map((c) => (
          <li key={c}>
            <span className={`swatch cat-${c}`} aria-hidden="true" />
            {CATEGORY_LABELS[c]}
          </li>
        ))}
      </ul>
      {data.bands.length > 0 && (
        <ul className="legend-bands" aria-label="Partnership levels">
          {data.bands.map((b, i) => (
            <li key={`${b.levelId}-${b.milestoneId}`}>
              <span className={`swatch band band-${i % 4}`} aria-hidden="true" />
              <span dir="auto">{b.name.en}</span> <span className="muted">({formatDateRange(b.start, b.end) + (b.end ? '' : ' – today')})</span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
