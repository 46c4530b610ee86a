/** Choosing pairs to compare, the alignment, and leaving the comparison. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { pairName } from '../../i18n/format';
import { Modal } from '../../ui/Modal';
import { useCompare, type Alignment } from './compare-store';

export function CompareBar() {
  const { pairIds, active, align, setPairs, setActive, setAlign } = useCompare();
  const pairs = useAppStore((s) => s.pairs);
  const current = useAppStore((s) => s.pairId);
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const { t } = useTranslation('compare');
  const comparing = active && pairIds.length >= 2;

  const start = () => {
    setChosen(pairIds.length >= 2 ? pairIds : [current, ...pairs.map((p) => p.id).filter((id) => id !== current)].filter((x): x is string => !!x).slice(0, 2));
    setChoosing(true);
  };
  return (
    <div className="compare-bar" data-testid="compare-bar">
      <button type="button" onClick={start} aria-haspopup="dialog" data-testid="compare-button">
        {comparing ? t('change') : t('button')}
      </button>
      {comparing && (
        <>
          <span className="muted" data-testid="compare-pairs">
            {t('comparing', { pairs: pairIds.map((id) => { const p = pairs.find((x) => x.id === id); return p ? pairName(p) : id; }).join(', ') })}
          </span>
          <div role="radiogroup" aria-label={t('align')} className="align-switch">
            {(['calendar', 'ties'] as Alignment[]).map((a) => (
              <label key={a} className="check">
                <input type="radio" name="align" checked={align === a} onChange={() => setAlign(a)} />
                {t(`alignment.${a}`)}
              </label>
            ))}
          </div>
          <button type="button" onClick={() => setActive(false)}>
            {t('close')}
          </button>
        </>
      )}
      {choosing && (
        <Modal title={t('title')} onClose={() => setChoosing(false)} testId="compare-dialog">
          <fieldset>
            <legend>{t('choose')}</legend>
            {pairs.map((p) => (
              <label key={p.id} className="check">
                <input type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, p.id] : chosen.filter((x) => x !== p.id))} />
                {pairName(p)}
              </label>
            ))}
          </fieldset>
          <div className="dialog-actions">
            <button type="button" onClick={() => setChoosing(false)}>
              {t('cancel')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={chosen.length < 2}
              onClick={() => {
                setPairs(chosen);
                setActive(true);
                setChoosing(false);
              }}
            >
              {t('show')}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
