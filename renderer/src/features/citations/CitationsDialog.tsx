/**
 * "Export citations…": the sources of what is on screen (the pair or the compared pairs, with the filters
 * applied), of a story, or the dataset's own citation, as a reference list in APA, Chicago or MLA, or as a
 * BibTeX, RIS or CSL-JSON file for a reference manager. The text is previewed as text, then saved or copied.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { CITATION_FORMATS, CITATION_FILE_TYPES, type CitationFormat } from '../../../../shared/citations';
import type { CitationExport, CitationScope } from '../../../../shared/api/calls/citations';
import type { Language } from '../../../../shared/domain';
import { api } from '../../api/api';
import { copyText } from '../../api/clipboard';
import { CommandDialogButton } from '../../ui/CommandDialogButton';
import { saveFile } from '../../api/files';
import { useOpenTimeline } from '../../store/open-pair';
import { errorText } from '../../i18n/error-text';
import { useStoryChoice } from '../stories/use-story-choice';
import { Modal } from '../../ui/Modal';
import { RadioChoices } from '../../ui/RadioChoices';
import { StatusMessages } from '../../ui/StatusMessages';
import { useFilters } from '../filters/filters-store';
import { useCompare } from '../compare/compare-store';
import { useCitations } from './citations-store';
import './citations.css';

const SCOPES = ['view', 'story', 'dataset'] as const;
type ScopeChoice = (typeof SCOPES)[number];

export function CitationsButton() {
  const { t } = useTranslation('citations');
  return <CommandDialogButton label={t('button')} command="export-citations" testId="citations-button" dialog={(close) => <CitationsDialog onClose={close} />} />;
}

function CitationsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('citations');
  const pairId = useOpenTimeline()?.pair.id ?? null;
  const compare = useCompare((s) => (s.active && s.pairIds.length >= 2 ? s.pairIds : null));
  const format = useCitations((s) => s.format);
  const setFormat = useCitations((s) => s.setFormat);
  const [scope, setScope] = useState<ScopeChoice>(pairId || compare ? 'view' : 'dataset');
  const { stories, storyId, setStoryId, error: storiesError } = useStoryChoice();
  const [result, setResult] = useState<CitationExport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const request = ((): CitationScope | null => {
    if (scope === 'dataset') return { kind: 'dataset' };
    if (scope === 'story') return storyId === null ? null : { kind: 'story', id: storyId };
    const pairIds = compare ?? (pairId ? [pairId] : null);
    return pairIds ? { kind: 'pairs', pairIds, filters: useFilters.getState().filters, from: null, to: null } : null;
  })();
  const key = JSON.stringify([request, format]);

  useEffect(() => {
    setResult(null);
    setError(null);
    setStatus(null);
    if (!request) return;
    let live = true;
    api.exportCitations({ scope: request, format, language: i18next.language as Language }).then(
      (r) => live && setResult(r),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const save = async () => {
    if (!result) return;
    try {
      const type = CITATION_FILE_TYPES[result.format];
      if (await saveFile(result.filename, [{ name: t(`formats.${result.format}`), extensions: [type.extension] }], result.content, type.mime)) setStatus(t('saved', { file: result.filename }));
    } catch (e) {
      setError(errorText(e));
    }
  };
  const copy = async () => {
    if (!result) return;
    try {
      await copyText(result.content);
      setStatus(t('copiedAll', { count: result.count }));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Modal title={t('title')} onClose={onClose} className="citations-dialog" testId="citations-dialog">
      <RadioChoices
        name="citation-scope"
        legend={t('scope')}
        choices={SCOPES}
        value={scope}
        onChange={setScope}
        label={(s) => (s === 'view' ? t(compare ? 'scopes.comparison' : 'scopes.view') : t(`scopes.${s}`))}
      >
        {scope === 'story' && (
          <label>
            {t('story')}{' '}
            <select value={storyId ?? ''} onChange={(e) => setStoryId(Number(e.target.value))} disabled={stories.length === 0}>
              {stories.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            {stories.length === 0 && <span className="muted"> {t('noStories')}</span>}
          </label>
        )}
      </RadioChoices>
      <RadioChoices name="citation-format" legend={t('format')} choices={CITATION_FORMATS} value={format} onChange={(f: CitationFormat) => setFormat(f)} label={(f) => t(`formats.${f}`)} />
      <label className="citations-preview-label">
        {result ? t('preview', { count: result.count }) : t('previewEmpty')}
        <textarea readOnly dir="auto" value={result?.content ?? ''} rows={12} data-testid="citations-preview" />
      </label>
      <StatusMessages error={error ?? (storiesError ? errorText(storiesError) : null)} status={status} testId="citations" />
      <div className="modal-actions">
        <button type="button" onClick={() => void save()} disabled={!result || result.count === 0} data-testid="citations-save">
          {t('save')}
        </button>
        <button type="button" onClick={() => void copy()} disabled={!result || result.count === 0} data-testid="citations-copy">
          {t('copyAll')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
