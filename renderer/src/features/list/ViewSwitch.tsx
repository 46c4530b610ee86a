/** Chart, list or atlas: toggle buttons for the main view. */
import { useTranslation } from 'react-i18next';
import { useAppStore, VIEW_MODES } from '../../store/app-store';

export function ViewSwitch() {
  const mode = useAppStore((s) => s.viewMode);
  const setMode = useAppStore((s) => s.setViewMode);
  const { t } = useTranslation();
  return (
    <div className="view-switch" role="group" aria-label={t('list.viewLabel')}>
      {VIEW_MODES.map((m) => (
        <button key={m} type="button" data-testid={`view-${m}`} aria-pressed={mode === m} onClick={() => setMode(m)}>
          {t(`list.${m}`)}
        </button>
      ))}
    </div>
  );
}
