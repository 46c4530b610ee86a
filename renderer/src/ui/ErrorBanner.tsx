import { useAppStore } from '../store/app-store';

export function ErrorBanner() {
  const error = useAppStore((s) => s.error);
  const dismiss = useAppStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <span dir="auto">{error}</span>
      <button type="button" onClick={dismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
