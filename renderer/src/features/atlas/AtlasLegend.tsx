/** The atlas's legend: each status and tier with its colour (shared/atlas/map-style.ts), and the tier ordering's source. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../../../shared/atlas/types';
import { legendEntries } from '../../../../shared/atlas/map-style';
import { langOf } from './labels';

/** Memoised: the year slider re-renders the view many times a second, and the legend never changes with the year. */
export const AtlasLegend = memo(function AtlasLegend({ model, map }: { model: AtlasModel; map: boolean }) {
  const { t, i18n } = useTranslation('atlas');
  const lang = langOf(i18n.language);
  const s = model.tierSource;
  return (
    <div className="atlas-legend" role="group" aria-label={t('legend')} data-testid="atlas-legend">
      <ul>
        {legendEntries(model, map).map((e) => {
          const label = 'key' in e.label ? t(e.label.key) : e.label.name[lang];
          return (
            <li key={label}>
              <span
                className={`atlas-swatch${e.outline ? ' outline' : ''}`}
                style={{ backgroundColor: e.color, backgroundImage: e.hatch ? `repeating-linear-gradient(-45deg, transparent 0 3px, ${e.hatch} 3px 4px)` : undefined }}
                aria-hidden="true"
              />
              {label}
            </li>
          );
        })}
      </ul>
      <p className="muted atlas-source">
        <bdi>{t('tierSource', { source: `${s.publisher}, “${s.title}” (${s.date})` })}</bdi>
      </p>
    </div>
  );
});
