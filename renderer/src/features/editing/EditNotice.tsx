/**
 * The visible confirmation of an edit ("Saved: …", "Undone: …", "12 milestones added to China–Kazakhstan"):
 * a polite status at the foot of the window with the step that reverses it, gone after a while or when
 * dismissed. The live region is always in the page, so screen readers hear each new message.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditing } from './editing-store';

/** Long enough to read a sentence and reach for Undo. */
const SHOWN_MS = 10_000;

export function EditNotice() {
  const notice = useEditing((s) => s.notice);
  const offer = useEditing((s) => s.noticeOffer);
  const history = useEditing((s) => s.history);
  const { t } = useTranslation('data');

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => useEditing.setState({ notice: null }), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const dismiss = () => useEditing.setState({ notice: null });
  const reverse = offer === 'redo' ? (history.canRedo ? 'redo' : null) : history.canUndo ? 'undo' : null;
  return (
    <div className={`edit-notice ${notice ? 'shown' : ''}`} data-testid="edit-notice">
      <p role="status" aria-live="polite" dir="auto">
        {notice ?? ''}
      </p>
      {notice && reverse && (
        <button type="button" onClick={() => void useEditing.getState()[reverse]()} data-testid="edit-notice-reverse">
          {t(`toolbar.${reverse}`)}
        </button>
      )}
      {notice && (
        <button type="button" className="edit-notice-close" onClick={dismiss} aria-label={t('notice.dismiss')} title={t('notice.dismiss')}>
          ×
        </button>
      )}
    </div>
  );
}
