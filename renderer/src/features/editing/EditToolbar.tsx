/**
 * Add, undo and redo. The command table's keys (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y) undo and redo the
 * app's edits, except in a text field, where they stay the field's own.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { usePairs } from '../../store/open-pair';
import { useCommands } from '../../api/commands';
import { commandKeys, inTextField } from '../../api/command-keys';
import { useEditing } from './editing-store';

export function EditToolbar() {
  const history = useEditing((s) => s.history);
  const { undo, redo, openAdd, loadHistory } = useEditing.getState();
  const pairId = useAppStore((s) => s.pairId);
  const pairs = usePairs();
  const { t } = useTranslation('data');

  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  const add = () => {
    const id = pairId ?? pairs[0]?.id;
    if (id) openAdd(id);
  };
  // From the menu: in a text field, the field's own undo; elsewhere the app's.
  const textOr = (command: 'undo' | 'redo', run: () => Promise<void>) => () => {
    if (inTextField(document.activeElement)) document.execCommand(command);
    else void run();
  };
  useCommands({ undo: textOr('undo', undo), redo: textOr('redo', redo), 'new-milestone': add });

  return (
    <div className="edit-toolbar" role="group" aria-label={t('toolbar.label')}>
      <button type="button" onClick={add} disabled={pairs.length === 0} data-testid="add-milestone" data-tb-icon="+">
        {t('toolbar.add')}
      </button>
      <button type="button" onClick={() => void undo()} disabled={!history.canUndo} title={history.undoLabel ? t('toolbar.undoWhat', { what: history.undoLabel }) : t('toolbar.undo')} aria-keyshortcuts={commandKeys('undo')} data-tb-icon="↶">
        {t('toolbar.undo')}
      </button>
      <button type="button" onClick={() => void redo()} disabled={!history.canRedo} title={history.redoLabel ? t('toolbar.redoWhat', { what: history.redoLabel }) : t('toolbar.redo')} aria-keyshortcuts={commandKeys('redo')} data-tb-icon="↷">
        {t('toolbar.redo')}
      </button>
    </div>
  );
}
