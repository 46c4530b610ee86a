/**
 * Choosing pairs to compare (a toolbar button and its dialog), and the comparison's own header: which
 * pairs, the alignment, compact rows or lanes, and leaving the comparison.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { usePairs } from '../../store/open-pair';
import { pairName } from '../../i18n/format';
import { Modal } from '../../ui/Modal';
import { Isolated } from '../../ui/Isolated';
import { useCompare, type Alignment, type CompareLayout } from './compare-store';

/** Pair names, each isolated, separated by commas. */
export function PairList({ names }: { names: string[] }) {
  return (
    <>
      {names.map((n, i) => (
        <span key={n}>
          {i > 0 && ', '}
          <bdi>{n}</bdi>
        </span>
      ))}
    </>
  );
}

/** The compared pairs' names in the interface language. */
export function useComparedNames(): string[] | null {
  const { pairIds, active } = useCompare();
  const pairs = usePairs();
  if (!active || pairIds.length < 2) return null;
  return pairIds.map((id) => {
    const p = pairs.find((x) => x.id === id);
    return p ? pairName(p) : id;
  });
}

export function CompareButton() {
  const { pairIds, active, setPairs, setActive } = useCompare();
  const pairs = usePairs();
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
    <>
      <button type="button" onClick={start} aria-haspopup="dialog" data-testid="compare-button">
        {comparing ? t('change') : t('button')}
      </button>
      {choosing && (
        <Modal title={t('title')} onClose={() => setChoosing(false)} testId="compare-dialog">
          <fieldset>
            <legend>{t('choose')}</legend>
            {pairs.map((p) => (
              <label key={p.id} className="check">
                <input type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, p.id] : chosen.filter((x) => x !== p.id))} />
                <bdi>{pairName(p)}</bdi>
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
    </>
  );
}

/** Above the comparison: alignment, compact rows or full lanes, and the way out. */
export function CompareHeader({ children }: { children?: React.ReactNode }) {
  const { align, layout, setAlign, setLayout, setActive } = useCompare();
  const names = useComparedNames();
  const { t } = useTranslation('compare');
  if (!names) return null;
  return (
    <div className="compare-bar" data-testid="compare-bar">
      {children}
      <span className="compare-pairs muted" data-testid="compare-pairs">
        <Isolated format={(v) => t('comparing', v)} values={{ pairs: <PairList names={names} /> }} />
      </span>
      <div role="radiogroup" aria-label={t('align')} className="align-switch">
        {(['calendar', 'ties'] as Alignment[]).map((a) => (
          <label key={a} className="check">
            <input type="radio" name="align" checked={align === a} onChange={() => setAlign(a)} />
            {t(`alignment.${a}`)}
          </label>
        ))}
      </div>
      <div role="radiogroup" aria-label={t('layout')} className="align-switch">
        {(['rows', 'lanes'] as CompareLayout[]).map((l) => (
          <label key={l} className="check">
            <input type="radio" name="compare-layout" checked={layout === l} onChange={() => setLayout(l)} data-testid={`compare-layout-${l}`} />
            {t(`layouts.${l}`)}
          </label>
        ))}
      </div>
      <button type="button" onClick={() => setActive(false)}>
        {t('close')}
      </button>
    </div>
  );
}
