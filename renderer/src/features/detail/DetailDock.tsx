/**
 * Where the milestone panel sits: beside the chart when the window is wide enough, over it (a drawer at
 * the reading end) when it is not, and nowhere while nothing is chosen, so the chart gets the room.
 * It can be folded away without losing the selection, and comes back when another milestone is chosen.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { DetailPanel } from './DetailPanel';

export function DetailDock() {
  const selectedId = useAppStore((s) => s.selectedId);
  const [folded, setFolded] = useState(false);
  const { t } = useTranslation('layout');
  useEffect(() => setFolded(false), [selectedId]);
  if (selectedId === null) return null;
  if (folded) {
    return (
      <button type="button" className="detail-unfold" onClick={() => setFolded(false)} data-testid="detail-unfold" aria-expanded={false}>
        {t('detail.expand')}
      </button>
    );
  }
  return (
    <div className="detail-dock" data-testid="detail-dock">
      <button type="button" className="detail-fold" onClick={() => setFolded(true)} aria-label={t('detail.collapse')} title={t('detail.collapse')} aria-expanded data-testid="detail-fold">
        <span aria-hidden="true">⟩</span>
      </button>
      <DetailPanel />
    </div>
  );
}
