/**
 * Export the timeline as PNG, SVG or PDF (toolbar, File menu, Ctrl+Shift+E): the pair shown, or every
 * pair of the comparison, for the current view, the whole history or chosen years. The main side draws
 * the image (the same code as `npm run export`); here it is saved (native dialog or download) or copied.
 */
import { useState } from 'react';
import { TEXT } from '../../../../shared/limits';
import { useTranslation } from 'react-i18next';
import { BACKGROUNDS, IMAGE_FORMATS, MAX_PNG_WIDTH, MIN_PNG_WIDTH, NOTE_STYLES, PAPER_SIZES, defaultNotePlacement, notePlacementsFor, type ImageFile, type NoteStyle } from '../../../../shared/image-export';
import { toDayDate } from '../../../../shared/dates';
import type { Language } from '../../../../shared/domain';
import { api } from '../../api/api';
import { dispatchCommand } from '../../api/commands';
import { CommandDialogButton } from '../../ui/CommandDialogButton';
import { base64ToBytes, saveFile } from '../../api/files';
import { useAppStore } from '../../store/app-store';
import { useOpenTimeline } from '../../store/open-pair';
import { errorText } from '../../i18n/error-text';
import { digits } from '../../i18n/format';
import { copyPng } from '../../api/clipboard';
import { Modal } from '../../ui/Modal';
import { StatusMessages } from '../../ui/StatusMessages';
import { RadioChoices } from '../../ui/RadioChoices';
import { useFilters } from '../filters/filters-store';
import { useCompare } from '../compare/compare-store';
import { useImageExport, type Period } from './image-export-store';
import { ExportPreview } from './ExportPreview';
import './image-export.css';

export const FILE_FILTERS = {
  png: [{ name: 'PNG image', extensions: ['png'] }],
  svg: [{ name: 'SVG image', extensions: ['svg'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
};
const WIDTH_PRESETS = [1600, 3200, 4800];

export function ImageExportButton() {
  const { t } = useTranslation('export');
  const timeline = useOpenTimeline();
  const compare = useCompare();
  // The atlas on screen exports itself (its view listens to the same command).
  const atlas = useAppStore((s) => s.viewMode === 'atlas') && !(compare.active && compare.pairIds.length >= 2);
  return (
    <CommandDialogButton
      label={t('dialog.open')}
      command="export-image"
      testId="image-export-button"
      title={t('dialog.openTitle')}
      disabled={!timeline && !atlas}
      commandOpens={!!timeline && !atlas}
      instead={() => atlas && (dispatchCommand('export-image'), true)}
      dialog={(close) => <ImageExportDialog onClose={close} />}
    />
  );
}

function ImageExportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('export');
  const choices = useImageExport();
  const timeline = useOpenTimeline();
  const windows = useAppStore((s) => s.windows);
  const compare = useCompare();
  const comparing = compare.active && compare.pairIds.length >= 2;
  const pairIds = comparing ? compare.pairIds : timeline ? [timeline.pair.id] : [];
  const view = !comparing && timeline ? windows[timeline.pair.id] : undefined;
  // The comparison has no single remembered window: its choices are the whole history or chosen years.
  const period: Period = choices.period === 'view' && !view ? 'all' : choices.period;
  const filters = useFilters((s) => s.filters);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const range = (): { from: string | null; to: string | null } => {
    if (period === 'view' && view) return { from: toDayDate(new Date(view.start)), to: toDayDate(new Date(view.end)) };
    if (period === 'years') return { from: choices.fromYear.trim() || null, to: choices.toYear.trim() || null };
    return { from: null, to: null };
  };

  // A remembered 'page' does not apply to PNG or SVG: they fall back to their own default.
  const placement = choices.notesPlacement && notePlacementsFor(choices.format).includes(choices.notesPlacement) ? choices.notesPlacement : defaultNotePlacement(choices.format);
  const request = () => ({
    format: choices.format,
    pairIds,
    ...range(),
    filters,
    title: title.trim() || null,
    language: i18n.language as Language,
    digits: digits(),
    width: choices.width,
    background: choices.background,
    paper: choices.paper,
    sourcesPage: choices.sourcesPage,
    notesStyle: choices.notesStyle,
    notesPlacement: placement,
  });

  const run = async (then: (file: ImageFile) => Promise<string | null>) => {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      const file = await api.exportImage(request());
      setStatus(await then(file));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async (file) => ((await saveFile(file.fileName, FILE_FILTERS[choices.format], base64ToBytes(file.base64), file.mimeType)) ? t('dialog.saved', { file: file.fileName }) : null));

  const copy = () =>
    run(async (file) => {
      await copyPng(base64ToBytes(file.base64));
      return t('dialog.copied');
    });

  const set = choices.set;
  return (
    <Modal title={t('dialog.title')} onClose={() => !busy && onClose()} className="image-export-dialog" testId="image-export-dialog">
      <div className="export-layout">
        <form
          noValidate // the contract's messages, in the interface's language, rather than the browser's
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {comparing && <p className="muted">{t('dialog.pairs', { count: pairIds.length })}</p>}
          <RadioChoices name="format" legend={t('dialog.format')} choices={IMAGE_FORMATS} value={choices.format} onChange={(format) => set({ format })} label={(f) => t(`dialog.${f}`)} />
          <fieldset>
            <legend>{t('dialog.range')}</legend>
            {view && (
              <label>
                <input type="radio" name="period" checked={period === 'view'} onChange={() => set({ period: 'view' })} /> {t('dialog.rangeView')}
              </label>
            )}
            <label>
              <input type="radio" name="period" checked={period === 'all'} onChange={() => set({ period: 'all' })} /> {t('dialog.rangeAll')}
            </label>
            <label>
              <input type="radio" name="period" checked={period === 'years'} onChange={() => set({ period: 'years' })} /> {t('dialog.rangeYears')}
            </label>
            {period === 'years' && (
              <span className="years">
                <input aria-label={t('dialog.fromYear')} inputMode="numeric" placeholder="1992" size={6} value={choices.fromYear} onChange={(e) => set({ fromYear: e.target.value })} />
                –
                <input aria-label={t('dialog.toYear')} inputMode="numeric" placeholder="2025" size={6} value={choices.toYear} onChange={(e) => set({ toYear: e.target.value })} />
              </span>
            )}
          </fieldset>
          <label className="field">
            {t('dialog.imageTitle')}
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} placeholder={t('dialog.titlePlaceholder')} dir="auto" data-testid="image-title" />
          </label>
          {choices.format === 'png' && (
            <>
              <label className="field">
                {t('dialog.width')}
                <span className="width-row">
                  <input type="number" min={MIN_PNG_WIDTH} max={MAX_PNG_WIDTH} step={100} value={choices.width} onChange={(e) => set({ width: Number(e.target.value) })} data-testid="image-width" />
                  {WIDTH_PRESETS.map((w, i) => (
                    <button key={w} type="button" onClick={() => set({ width: w })} aria-pressed={choices.width === w}>
                      {i + 1}×
                    </button>
                  ))}
                </span>
                <small className="muted">{t('dialog.widthHint')}</small>
              </label>
            </>
          )}
          {choices.format !== 'pdf' && (
            <RadioChoices name="background" legend={t('dialog.background')} choices={BACKGROUNDS} value={choices.background} onChange={(background) => set({ background })} label={(b) => t(`dialog.${b}`)} />
          )}
          {choices.format === 'pdf' && (
            <RadioChoices name="paper" legend={t('dialog.paper')} choices={PAPER_SIZES} value={choices.paper} onChange={(paper) => set({ paper })} label={(p) => t(`dialog.${p}`)}>
              <label>
                <input type="checkbox" checked={choices.sourcesPage} onChange={(e) => set({ sourcesPage: e.target.checked })} /> {t('dialog.sourcesPage')}
              </label>
            </RadioChoices>
          )}
          <label>
            {t('dialog.notesStyle')}{' '}
            <select value={choices.notesStyle} onChange={(e) => set({ notesStyle: e.target.value as NoteStyle })} data-testid="image-notes-style">
              {NOTE_STYLES.map((n) => (
                <option key={n} value={n}>
                  {t(`dialog.notes.${n}`)}
                </option>
              ))}
            </select>
          </label>
          <RadioChoices
            name="notes-placement"
            legend={t('dialog.notesPlacement')}
            choices={notePlacementsFor(choices.format)}
            value={placement}
            onChange={(notesPlacement) => set({ notesPlacement })}
            label={(p) => t(`dialog.placement.${p}`)}
          />
          {busy && (
            <p className="busy" role="status">
              <progress aria-label={t('dialog.exporting')} /> {t('dialog.exporting')}
            </p>
          )}
          <StatusMessages status={status} error={error} testId="image-export" />
          <div className="button-row">
            <button type="submit" disabled={busy} data-testid="image-export-save">
              {t('dialog.export')}
            </button>
            {choices.format === 'png' && (
              <button type="button" disabled={busy} onClick={() => void copy()} data-testid="image-export-copy">
                {t('dialog.copy')}
              </button>
            )}
            <button type="button" disabled={busy} onClick={onClose}>
              {t('dialog.close')}
            </button>
          </div>
        </form>
        <ExportPreview request={request()} />
      </div>
    </Modal>
  );
}
