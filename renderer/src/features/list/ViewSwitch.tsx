/** Chart or list: two toggle buttons above the pair's view. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';

export function ViewSwitch() {
  const mode = useAppStore((s) => s.viewMode);
  const setMode = useAppStore((s) => s.setViewMode);
  const { t } = useTranslation();
  return (
    <div className="view-switch" role="group" aria-label={t('list.viewLabel')}>
      {(['chart', 'list'] as const).map((m) => (
        <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
          {t(`list.${m}`)}
        </button>
      ))}
    </div>
  );
}
