/**
 * Import, export, backup and restore in one dialog (File menu, or the toolbar's "Data" button).
 * Import reads the file with progress (cancellable), shows a preview — rows to add, duplicates, invalid
 * rows with line and reason — and writes only when confirmed, as one undoable step.
 */
import { useRef, useState } from 'react';
import { FILE } from '../../../../shared/limits';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ImportFormat, ImportPreview } from '../../../../shared/exchange';
import { hasFilters } from '../../../../shared/filters';
import { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api/api';
import { uploadFile } from '../../api/transport';
import { useCommands } from '../../api/commands';
import { decodeText, pickFile, pickUpload, saveStaged, type PickedUpload } from '../../api/files';
import { useAppStore } from '../../store/app-store';
import { refreshViews } from '../../store/open-pair';
import { errorText, rowNoteText } from '../../i18n/error-text';
import { fractionOf, runJob } from '../../api/jobs';
import type { JobProgress } from '../../../../shared/api/calls/jobs';
import { Modal } from '../../ui/Modal';
import { StatusMessages } from '../../ui/StatusMessages';
import { useFilters } from '../filters/filters-store';
import { runEdit, useEditing } from '../editing/editing-store';
import { destinationOf, showImported } from './show-imported';
import './exchange.css';

type Section = 'export' | 'import' | 'backup';
const FILTERS = {
  json: [{ name: 'Bilateral Timelines JSON', extensions: ['json'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  timelinejs: [{ name: 'TimelineJS JSON', extensions: ['json'] }],
  importable: [{ name: 'JSON or CSV', extensions: ['json', 'csv'] }],
  backup: [{ name: 'Database backup', extensions: ['sqlite', 'db'] }],
};

/** By the file's extension, else by its first character (a JSON export starts with "{"). */
function importFormatOf(name: string, text: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'json' : 'csv';
}

type Busy = { what: string; progress: number | null; cancel?: () => void } | null;

/** Runs a long call as a job, showing its phase and progress with a Cancel button. */
function asJob<T>(setBusy: (b: Busy) => void, what: (p: JobProgress) => string, start: (jobId: string) => Promise<T>): Promise<T> {
  return runJob(start, (p, handle) => setBusy({ what: what(p), progress: fractionOf(p), cancel: () => handle.cancel() }));
}

export function DataDialog() {
  const [section, setSection] = useState<Section | null>(null);
  useCommands({ import: () => setSection('import'), export: () => setSection('export'), backup: () => setSection('backup'), restore: () => setSection('backup') });
  const { t } = useTranslation('data');
  return (
    <>
      <button type="button" onClick={() => setSection('export')} aria-haspopup="dialog" data-testid="data-button">
        {t('exchange.button')}
      </button>
      {section && <DataDialogBody section={section} setSection={setSection} onClose={() => setSection(null)} />}
    </>
  );
}

function DataDialogBody({ section, setSection, onClose }: { section: Section; setSection: (s: Section) => void; onClose: () => void }) {
  const { t } = useTranslation('data');
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (what: string, work: () => Promise<void>) => {
    setError(null);
    setStatus(null);
    setBusy({ what, progress: null });
    try {
      await work();
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  const tabs: Section[] = ['export', 'import', 'backup'];
  return (
    <Modal title={t('exchange.title')} onClose={() => (busy?.cancel ? busy.cancel() : !busy && onClose())} className="data-dialog" testId="data-dialog">
      <div role="tablist" className="tabs">
        {tabs.map((s) => (
          <button key={s} type="button" role="tab" aria-selected={section === s} onClick={() => setSection(s)} disabled={!!busy}>
            {t(`exchange.tab.${s}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tab-panel">
        {section === 'export' && <ExportSection run={run} setBusy={setBusy} setStatus={setStatus} />}
        {section === 'import' && <ImportSection run={run} setBusy={setBusy} setStatus={setStatus} />}
        {section === 'backup' && <BackupSection run={run} setBusy={setBusy} setStatus={setStatus} onRestored={onClose} />}
      </div>
      {busy && (
        <div className="busy" role="status" aria-live="polite">
          <span>{busy.what}</span>
          {busy.progress === null ? <progress /> : <progress value={busy.progress} max={1} />}
          {busy.cancel && (
            <button type="button" onClick={busy.cancel}>
              {t('cancel')}
            </button>
          )}
        </div>
      )}
      <StatusMessages status={status} error={error} testId="data" />
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={!!busy}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}

type Run = (what: string, work: () => Promise<void>) => Promise<void>;

function ExportSection({ run, setBusy, setStatus }: { run: Run; setBusy: (b: Busy) => void; setStatus: (s: string) => void }) {
  const { t } = useTranslation('data');
  const pairId = useAppStore((s) => s.pairId);
  const filters = useFilters((s) => s.filters);
  const [scope, setScope] = useState<'pair' | 'all'>(pairId ? 'pair' : 'all');
  const [format, setFormat] = useState<ExportFormat>('json');
  const [bom, setBom] = useState(false);
  const [useFiltersToo, setUseFilters] = useState(false);
  const doExport = () =>
    run(t('exchange.exporting'), async () => {
      const file = await asJob(setBusy, (p) => t(`exchange.phase.${p.phase}`), (jobId) =>
        api.exportData({
          format,
          pairIds: scope === 'pair' && pairId ? [pairId] : null,
          filters: useFiltersToo ? filters : undefined,
          bom: format === 'csv' && bom,
          jobId,
        }),
      );
      const saved = await saveStaged(file, FILTERS[format]);
      if (saved) setStatus(t('exchange.exported', { count: file.milestones, file: file.fileName }));
    });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void doExport();
      }}
    >
      <fieldset>
        <legend>{t('exchange.scope')}</legend>
        <label className="check">
          <input type="radio" name="scope" checked={scope === 'pair'} disabled={!pairId} onChange={() => setScope('pair')} />
          {t('exchange.thisPair')}
        </label>
        <label className="check">
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          {t('exchange.wholeDatabase')}
        </label>
        {hasFilters(filters) && (
          <label className="check">
            <input type="checkbox" checked={useFiltersToo} onChange={(e) => setUseFilters(e.target.checked)} />
            {t('exchange.onlyFiltered')}
          </label>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('exchange.format')}</legend>
        {(['json', 'csv', 'timelinejs'] as const).map((f) => (
          <label key={f} className="check">
            <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
            {t(`exchange.formats.${f}`)}
          </label>
        ))}
        {format === 'csv' && (
          <label className="check">
            <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
            {t('exchange.bom')}
          </label>
        )}
      </fieldset>
      <button type="submit" className="primary" data-testid="export-button">
        {t('exchange.export')}
      </button>
    </form>
  );
}

function ImportSection({ run, setBusy, setStatus }: { run: Run; setBusy: (b: Busy) => void; setStatus: (s: string) => void }) {
  const { t } = useTranslation('data');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const abort = useRef<AbortController | null>(null);
  const choose = () =>
    run(t('exchange.reading'), async () => {
      setPreview(null);
      const file = await pickFile(FILTERS.importable, FILE.importBytes);
      if (!file) return;
      abort.current = new AbortController();
      const cancel = () => abort.current?.abort();
      setBusy({ what: t('exchange.readingFile', { file: file.name }), progress: 0, cancel });
      const preview = (source: { text: string } | { upload: string }, format: ImportFormat) =>
        asJob(setBusy, (p) => t(`exchange.phase.${p.phase}`), (jobId) => api.importPreview({ format, ...source, fileName: file.name, jobId }));
      if (file.blob) {
        // Browser mode: the file goes to the server's disk as it is, and the preview job reads it there.
        setBusy({ what: t('exchange.readingFile', { file: file.name }), progress: null, cancel });
        const head = new TextDecoder().decode(await file.blob.slice(0, 1024).arrayBuffer());
        const upload = await uploadFile(file.blob, abort.current.signal);
        setPreview(await preview({ upload }, importFormatOf(file.name, head)));
        return;
      }
      const bytes = await file.read((p) => setBusy({ what: t('exchange.readingFile', { file: file.name }), progress: p, cancel }), abort.current.signal);
      const text = decodeText(bytes);
      setPreview(await preview({ text }, importFormatOf(file.name, text)));
    });
  const commit = (p: ImportPreview) =>
    run(t('exchange.importing'), async () => {
      const shown = useAppStore.getState().pairId ?? '';
      const done = await runEdit(() => asJob(setBusy, (progress) => t(`exchange.phase.${progress.phase}`), (jobId) => api.importCommit({ token: p.token, jobId })), {
        openPair: (value) => destinationOf(value, shown),
      });
      setPreview(null);
      setStatus(`${t('exchange.imported', { count: done.added })} ${await showImported(done)}`);
    });
  return (
    <div>
      <p className="muted">{t('exchange.importHelp')}</p>
      <button type="button" onClick={() => void choose()} data-testid="import-choose">
        {t('exchange.chooseFile')}
      </button>
      {preview && (
        <div className="preview" data-testid="import-preview">
          <h3 dir="auto">{preview.fileName}</h3>
          <ul className="preview-counts">
            <li>{t('exchange.toAdd', { count: preview.toAdd })}</li>
            <li>{t('exchange.duplicates', { count: preview.duplicateCount })}</li>
            <li>{t('exchange.invalid', { count: preview.invalidCount })}</li>
            {preview.newPairs.length > 0 && <li>{t('exchange.newPairs', { pairs: preview.newPairs.join(', ') })}</li>}
          </ul>
          {preview.invalid.length > 0 && (
            <details open>
              <summary>{t('exchange.invalidRows')}</summary>
              <ul className="row-notes" data-testid="invalid-rows">
                {preview.invalid.map((n, i) => (
                  <li key={i} dir="auto">
                    {t('exchange.line', { line: n.line })}: {rowNoteText(n.why)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {preview.duplicates.length > 0 && (
            <details>
              <summary>{t('exchange.duplicateRows')}</summary>
              <ul className="row-notes">
                {preview.duplicates.map((n, i) => (
                  <li key={i} dir="auto">
                    {t('exchange.line', { line: n.line })}: {n.title} — {rowNoteText(n.why)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {preview.sample.length > 0 && (
            <details>
              <summary>{t('exchange.sample')}</summary>
              <ul className="row-notes">
                {preview.sample.map((r, i) => (
                  <li key={i} dir="auto">
                    {r.pairId} · {r.start} · {r.title}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" className="primary" disabled={preview.toAdd === 0} onClick={() => void commit(preview)} data-testid="import-commit">
            {preview.invalidCount > 0 ? t('exchange.importValid', { count: preview.toAdd }) : t('exchange.importN', { count: preview.toAdd })}
          </button>
        </div>
      )}
    </div>
  );
}

function BackupSection({ run, setBusy, setStatus, onRestored }: { run: Run; setBusy: (b: Busy) => void; setStatus: (s: string) => void; onRestored: () => void }) {
  const { t } = useTranslation('data');
  const [confirming, setConfirming] = useState<PickedUpload | null>(null);
  const backup = () =>
    run(t('exchange.backingUp'), async () => {
      const file = await asJob(setBusy, (p) => t(`exchange.phase.${p.phase}`), (jobId) => api.createBackup({ jobId }));
      const saved = await saveStaged(file, FILTERS.backup);
      if (saved) setStatus(t('exchange.backedUp', { file: file.fileName }));
    });
  // Refused above FILE.backupBytes as it is picked, before anything is read or sent.
  const choose = () =>
    run(t('exchange.reading'), async () => {
      const file = await pickUpload(FILTERS.backup, 'backup');
      if (file) setConfirming(file);
    });
  const restore = (file: PickedUpload) =>
    run(t('exchange.restoring'), async () => {
      setConfirming(null);
      // Browser mode streams the file to the server's disk now (POST /upload); the restore takes it from there.
      const abort = new AbortController();
      setBusy({ what: t('exchange.readingFile', { file: file.name }), progress: null, cancel: () => abort.abort() });
      const upload = await file.send(abort.signal);
      const result = await asJob(setBusy, (p) => t(`exchange.phase.${p.phase}`), (jobId) => api.restoreBackup({ upload, jobId }));
      await useEditing.getState().loadHistory();
      await refreshViews();
      setStatus(t(result.migrated ? 'exchange.restoredMigrated' : 'exchange.restored', { file: result.previousFile }));
      if (!result.migrated) onRestored();
    });
  return (
    <div>
      <p className="muted">{t('exchange.backupHelp')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void backup()}>
          {t('exchange.backup')}
        </button>
        <button type="button" onClick={() => void choose()}>
          {t('exchange.restore')}
        </button>
      </div>
      {confirming && (
        <div className="confirm-restore" role="alertdialog" aria-label={t('exchange.restore')}>
          <p dir="auto">{t('exchange.restoreConfirm', { file: confirming.name })}</p>
          <button type="button" onClick={() => setConfirming(null)}>
            {t('cancel')}
          </button>
          <button type="button" className="danger" onClick={() => void restore(confirming)}>
            {t('exchange.restoreNow')}
          </button>
        </div>
      )}
    </div>
  );
}
