/** The atlas's legend: each status and tier with its colour (tier names from the model), and the tier ordering's source. */
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../../../shared/atlas/types';
import { CHINA_COLOR, INTERRUPTED, NO_DATA_COLOR, cellColor } from '../../../../shared/atlas/palette';
import { langOf } from './labels';

export function AtlasLegend({ model, map }: { model: AtlasModel; map: boolean }) {
  const { t, i18n } = useTranslation('atlas');
  const lang = langOf(i18n.language);
  const entries: { color: string; label: string; outline?: boolean }[] = [
    { color: cellColor(0), label: t('status.none') },
    { color: cellColor(INTERRUPTED), label: t('status.interrupted'), outline: true },
    { color: cellColor(1), label: t('status.relations') },
    ...model.tiers.map((x) => ({ color: cellColor(1 + x.tier), label: x.name[lang] })),
    ...(map ? [{ color: CHINA_COLOR, label: t('status.china') }, { color: NO_DATA_COLOR, label: t('status.noData') }] : []),
  ];
  const s = model.tierSource;
  return (
    <div className="atlas-legend" role="group" aria-label={t('legend')} data-testid="atlas-legend">
      <ul>
        {entries.map((e) => (
          <li key={e.label}>
            <span className={`atlas-swatch${e.outline ? ' outline' : ''}`} style={{ background: e.color }} aria-hidden="true" />
            {e.label}
          </li>
        ))}
      </ul>
      <p className="muted atlas-source">
        <bdi>{t('tierSource', { source: `${s.publisher}, “${s.title}” (${s.date})` })}</bdi>
      </p>
    </div>
  );
}
