import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store';

export function ErrorBanner() {
  const error = useAppStore((s) => s.error);
  const dismiss = useAppStore((s) => s.dismissError);
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <span dir="auto">{error}</span>
      <button type="button" onClick={dismiss} aria-label={t('status.dismiss')}>
        ×
      </button>
    </div>
  );
}
