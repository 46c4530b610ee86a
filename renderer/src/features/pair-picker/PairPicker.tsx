import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import type { PairSummary } from '../../../../shared/domain';
import { pairName } from '../../i18n/format';

export function pairLabel(p: PairSummary): string {
  return pairName(p);
}

/** Chooses the country pair whose timeline is shown. */
export function PairPicker() {
  const pairs = useAppStore((s) => s.pairs);
  const pairId = useAppStore((s) => s.pairId);
  const openPair = useAppStore((s) => s.openPair);
  const { t } = useTranslation();
  return (
    <label className="pair-picker">
      <span>{t('pairPicker.label')}</span>
      <select value={pairId ?? ''} onChange={(e) => void openPair(e.target.value)} disabled={!pairs.length} data-testid="pair-picker">
        {!pairs.length && <option value="">{t('pairPicker.empty')}</option>}
        {pairs.map((p) => (
          <option key={p.id} value={p.id}>
            {t('pairPicker.option', { pair: pairLabel(p), count: p.milestoneCount })}
          </option>
        ))}
      </select>
    </label>
  );
}
