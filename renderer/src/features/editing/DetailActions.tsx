/** Edit, delete and (for an edited bundled milestone) reset, under the milestone's title. */
import { useTranslation } from 'react-i18next';
import type { MilestoneDetail } from '../../../../shared/domain';
import { useEditing } from './editing-store';

export function DetailActions({ detail }: { detail: MilestoneDetail }) {
  const { openEdit, askDelete, reset } = useEditing.getState();
  const { t } = useTranslation('data');
  return (
    <div className="detail-actions">
      <button type="button" onClick={() => openEdit(detail)} data-testid="edit-milestone">
        {t('detail.edit')}
      </button>
      <button type="button" onClick={() => askDelete(detail)} data-testid="delete-milestone">
        {t('detail.delete')}
      </button>
      {detail.modified && (
        <button type="button" onClick={() => void reset(detail.id)} title={t('detail.resetTitle')}>
          {t('detail.reset')}
        </button>
      )}
    </div>
  );
}
