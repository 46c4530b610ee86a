import { useTranslation } from 'react-i18next';

export function TimelineControls(props: { onZoomIn(): void; onZoomOut(): void; onFit(): void }) {
  const { t } = useTranslation();
  return (
    <div className="timeline-controls" role="toolbar" aria-label={t('timeline.toolbar')}>
      <button type="button" onClick={props.onZoomIn} aria-label={t('timeline.zoomIn')} title={t('timeline.zoomInTitle')}>+</button>
      <button type="button" onClick={props.onZoomOut} aria-label={t('timeline.zoomOut')} title={t('timeline.zoomOutTitle')}>−</button>
      <button type="button" onClick={props.onFit} title={t('timeline.fitTitle')}>{t('timeline.fit')}</button>
    </div>
  );
}
