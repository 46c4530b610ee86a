/**
 * The atlas's legend: each status and tier with its colour (shared/atlas/map-style.ts), and the tier ordering's
 * source. On a small window (800 × 600) the full list would take a fifth of the height from the map, so there it
 * folds into one line (the word "Legend" and the colour strip) that opens to the same list.
 */
import { memo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../../../shared/atlas/types';
import { legendEntries, type LegendEntry } from '../../../../shared/atlas/map-style';
import { langOf } from './labels';

const COMPACT = '(max-width: 900px), (max-height: 700px)';

function useCompact(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(COMPACT);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => window.matchMedia(COMPACT).matches,
  );
}

function Swatch({ entry }: { entry: LegendEntry }) {
  return (
    <span
      className={`atlas-swatch${entry.outline ? ' outline' : ''}`}
      style={{ backgroundColor: entry.color, backgroundImage: entry.hatch ? `repeating-linear-gradient(-45deg, transparent 0 3px, ${entry.hatch} 3px 4px)` : undefined }}
      aria-hidden="true"
    />
  );
}

/** Memoised: the year slider re-renders the view many times a second, and the legend never changes with the year. */
export const AtlasLegend = memo(function AtlasLegend({ model, map }: { model: AtlasModel; map: boolean }) {
  const { t, i18n } = useTranslation('atlas');
  const lang = langOf(i18n.language);
  const compact = useCompact();
  const s = model.tierSource;
  const entries = legendEntries(model, map).map((e) => ({ entry: e, label: 'key' in e.label ? t(e.label.key) : e.label.name[lang] }));
  const body = (
    <>
      <ul>
        {entries.map(({ entry, label }) => (
          <li key={label}>
            <Swatch entry={entry} />
            {label}
          </li>
        ))}
      </ul>
      <p className="muted atlas-source">
        <bdi>{t('tierSource', { source: `${s.publisher}, “${s.title}” (${s.date})` })}</bdi>
      </p>
    </>
  );
  if (!compact)
    return (
      <div className="atlas-legend" role="group" aria-label={t('legend')} data-testid="atlas-legend">
        {body}
      </div>
    );
  return (
    <details className="atlas-legend compact" data-testid="atlas-legend">
      <summary>
        {t('legend')}
        <span className="atlas-legend-strip" aria-hidden="true">
          {entries.map(({ entry, label }) => (
            <Swatch key={label} entry={entry} />
          ))}
        </span>
      </summary>
      {body}
    </details>
  );
});
