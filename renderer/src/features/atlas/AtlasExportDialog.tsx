/**
 * Export the atlas (the map at a year, or the matrix) as PNG, SVG or PDF through the same pipeline as a pair's
 * timeline: the core draws the image (as `npm run export -- --atlas …` does); here it is saved or copied.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_FORMATS, MAX_PNG_WIDTH, MIN_PNG_WIDTH, type ImageFile, type ImageFormat } from '../../../../shared/image-export';
import { ATLAS_IMAGE_VIEWS } from '../../../../shared/image-export';
import type { Language } from '../../../../shared/domain';
import { api } from '../../api/api';
import { CommandDialogButton } from '../../ui/CommandDialogButton';
import { base64ToBytes, saveFile } from '../../api/files';
import { copyPng } from '../../api/clipboard';
import { errorText } from '../../i18n/error-text';
import { digits } from '../../i18n/format';
import { Modal } from '../../ui/Modal';
import { StatusMessages } from '../../ui/StatusMessages';
import { RadioChoices } from '../../ui/RadioChoices';
import { FILE_FILTERS } from '../image-export/ImageExportDialog';


type View = (typeof ATLAS_IMAGE_VIEWS)[number];

export function AtlasExportButton({ view, year }: { view: View; year: number }) {
  const { t } = useTranslation('atlas');
  // The toolbar's Export image…, the File menu and Ctrl+Shift+E export the atlas while it is shown.
  return (
    <CommandDialogButton
      label={t('export.button')}
      command="export-image"
      className="atlas-export"
      testId="atlas-export-button"
      dialog={(close) => <AtlasExportDialog initialView={view} year={year} onClose={close} />}
    />
  );
}

function AtlasExportDialog({ initialView, year, onClose }: { initialView: View; year: number; onClose(): void }) {
  const { t, i18n } = useTranslation('atlas');
  const { t: te } = useTranslation('export');
  const [view, setView] = useState<View>(initialView);
  const [format, setFormat] = useState<ImageFormat>('png');
  const [width, setWidth] = useState(3200);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (then: (file: ImageFile) => Promise<string | null>) => {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      const file = await api.exportAtlasImage({ view, year, format, width, language: i18n.language as Language, digits: digits() });
      setStatus(await then(file));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const save = () => run(async (file) => ((await saveFile(file.fileName, FILE_FILTERS[format], base64ToBytes(file.base64), file.mimeType)) ? te('dialog.saved', { file: file.fileName }) : null));

  return (
    <Modal title={t('export.title')} onClose={() => !busy && onClose()} className="image-export-dialog" testId="atlas-export-dialog">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <RadioChoices name="atlas-view" legend={t('export.view')} choices={ATLAS_IMAGE_VIEWS} value={view} onChange={setView} label={(v) => t(`export.${v}`)} />
        <p className="muted">{t('mapLabel', { year })}</p>
        <RadioChoices name="atlas-format" legend={te('dialog.format')} choices={IMAGE_FORMATS} value={format} onChange={setFormat} label={(f) => te(`dialog.${f}`)} />
        {format === 'png' && (
          <label className="field">
            {te('dialog.width')}
            <input type="number" min={MIN_PNG_WIDTH} max={MAX_PNG_WIDTH} step={100} value={width} onChange={(e) => setWidth(Number(e.target.value))} data-testid="atlas-export-width" />
            <small className="muted">{te('dialog.widthHint')}</small>
          </label>
        )}
        {busy && (
          <p className="busy" role="status">
            <progress aria-label={te('dialog.exporting')} /> {te('dialog.exporting')}
          </p>
        )}
        <StatusMessages status={status} error={error} testId="atlas-export" />
        <div className="button-row">
          <button type="submit" disabled={busy} data-testid="atlas-export-save">
            {te('dialog.export')}
          </button>
          {format === 'png' && (
            <button type="button" disabled={busy} onClick={() => void run(async (file) => (await copyPng(base64ToBytes(file.base64)), te('dialog.copied')))}>
              {te('dialog.copy')}
            </button>
          )}
          <button type="button" disabled={busy} onClick={onClose}>
            {te('dialog.close')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
