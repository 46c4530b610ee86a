/** Confirmations: deleting a milestone, and the new dates of a dragged one (at their precision). */
import { useTranslation } from 'react-i18next';
import { formatRange } from '../../i18n/format';
import { Modal } from '../../ui/Modal';
import { useEditing } from './editing-store';

export function EditDialogs() {
  const move = useEditing((s) => s.move);
  const confirmDelete = useEditing((s) => s.confirmDelete);
  const { settleMove, askDelete, remove } = useEditing.getState();
  const { t } = useTranslation('data');
  return (
    <>
      {move && (
        <Modal title={t('move.title')} onClose={() => void settleMove(false)} testId="move-dialog">
          <p dir="auto" data-from={move.from.start} data-to={move.to.start}>{t('move.body', { title: move.title, from: formatRange(move.from.start, move.from.end), to: formatRange(move.to.start, move.to.end) })}</p>
          <p className="muted">{t('move.precision')}</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => void settleMove(false)}>
              {t('cancel')}
            </button>
            <button type="button" className="primary" autoFocus onClick={() => void settleMove(true)}>
              {t('move.confirm')}
            </button>
          </div>
        </Modal>
      )}
      {confirmDelete && (
        <Modal title={t('delete.title')} onClose={() => askDelete(null)} testId="delete-dialog">
          <p dir="auto">{t('delete.body', { title: confirmDelete.title })}</p>
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={() => askDelete(null)}>
              {t('cancel')}
            </button>
            <button type="button" className="danger" onClick={() => void remove(confirmDelete.id)}>
              {t('delete.confirm')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
