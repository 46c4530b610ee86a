import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';

export function TimelineControls(props: { onZoomIn(): void; onZoomOut(): void; onFit(): void; hint?: string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const showAnniversaries = useAppStore((s) => s.showAnniversaries);
  const setShowAnniversaries = useAppStore((s) => s.setShowAnniversaries);
  return (
    <div className="timeline-controls" role="toolbar" aria-label={t('timeline.toolbar')}>
      <button type="button" onClick={props.onZoomIn} aria-label={t('timeline.zoomIn')} title={t('timeline.zoomInTitle')}>+</button>
      <button type="button" onClick={props.onZoomOut} aria-label={t('timeline.zoomOut')} title={t('timeline.zoomOutTitle')}>−</button>
      <button type="button" onClick={props.onFit} title={t('timeline.fitTitle')}>{t('timeline.fit')}</button>
      <label className="toggle">
        <input type="checkbox" checked={showAnniversaries} onChange={(e) => setShowAnniversaries(e.target.checked)} />
        {t('anniversary:markers.toggle')}
      </label>
      {props.children}
      {props.hint && <span className="chart-hint" title={props.hint}>{props.hint}</span>}
    </div>
  );
}
