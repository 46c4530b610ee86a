import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { usePairs } from '../../store/open-pair';
import type { PairSummary } from '../../../../shared/domain';
import { pairName } from '../../i18n/format';
import { pairGroups } from './pair-groups';

export function pairLabel(p: PairSummary): string {
  return pairName(p);
}

/**
 * Chooses the country pair whose timeline is shown: a native select (type-ahead and arrow keys work), its
 * options grouped: the detailed timelines first, then the world pairs by region.
 */
export function PairPicker() {
  const pairs = usePairs();
  const pairId = useAppStore((s) => s.pairId);
  const openPair = useAppStore((s) => s.openPair);
  const { t, i18n } = useTranslation();
  const groups = useMemo(() => pairGroups(pairs, i18n.language), [pairs, i18n.language]);
  return (
    <label className="pair-picker">
      <span>{t('pairPicker.label')}</span>
      <select value={pairId ?? ''} onChange={(e) => void openPair(e.target.value)} disabled={!pairs.length} data-testid="pair-picker">
        {!pairs.length && <option value="">{t('pairPicker.empty')}</option>}
        {groups.map((g) => (
          <optgroup key={g.key} label={g.label ?? t(g.key === 'detailed' ? 'pairPicker.detailed' : 'pairPicker.other')} data-group={g.key}>
            {g.pairs.map((p) => (
              <option key={p.id} value={p.id}>
                {t('pairPicker.option', { pair: pairLabel(p), count: p.milestoneCount })}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
