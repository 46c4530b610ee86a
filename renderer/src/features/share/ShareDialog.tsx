/**
 * "Share as web page…": one offline .html file of the pair or comparison on screen, or of a story, in a
 * chosen language, with or without practice (exportWebPage writes it; it is saved here).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain';
import { NO_FILTERS, hasFilters } from '../../../../shared/filters';
import { api } from '../../api/api';
import { CommandDialogButton } from '../../ui/CommandDialogButton';
import { saveFile } from '../../api/files';
import { digits, pairName } from '../../i18n/format';
import { useOpenTimeline, usePairs } from '../../store/open-pair';
import { errorText } from '../../i18n/error-text';
import { useStoryChoice } from '../stories/use-story-choice';
import { Modal } from '../../ui/Modal';
import { RadioChoices } from '../../ui/RadioChoices';
import { StatusMessages } from '../../ui/StatusMessages';
import { useCompare } from '../compare/compare-store';
import { useFilters } from '../filters/filters-store';
import './share.css';

const SCOPES = ['view', 'story'] as const;

export function ShareButton() {
  const { t } = useTranslation('share');
  return <CommandDialogButton label={t('button')} command="share-web-page" testId="share-button" dialog={(close) => <ShareDialog onClose={close} />} />;
}

function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('share');
  const { t: tc } = useTranslation();
  const timeline = useOpenTimeline();
  const pairs = usePairs();
  const compare = useCompare((s) => (s.active && s.pairIds.length >= 2 ? s.pairIds : null));
  const filters = useFilters((s) => s.filters);
  const [scope, setScope] = useState<(typeof SCOPES)[number]>(timeline || compare ? 'view' : 'story');
  const { stories, storyId, setStoryId, error: storiesError } = useStoryChoice();
  const [language, setLanguage] = useState<Language>(i18next.language as Language);
  const [practice, setPractice] = useState(true);
  const [filtered, setFiltered] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const pairIds = compare ?? (timeline ? [timeline.pair.id] : null);
  const names = (pairIds ?? []).map((id) => {
    const p = pairs.find((x) => x.id === id);
    return p ? pairName(p) : id;
  });
  const ready = scope === 'view' ? !!pairIds : storyId !== null;

  const save = async () => {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      const request = scope === 'story' ? { kind: 'story' as const, id: storyId! } : { kind: 'pairs' as const, pairIds: pairIds!, filters: filtered ? filters : NO_FILTERS };
      const file = await api.exportWebPage({ scope: request, language, practice, digits: digits() });
      if (await saveFile(file.fileName, [{ name: 'HTML', extensions: ['html'] }], file.text, file.mimeType)) {
        setStatus(t('dialog.saved', { file: file.fileName, kb: Math.ceil(file.bytes / 1024), count: file.milestones }));
      }
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('dialog.title')} onClose={onClose} className="share-dialog" testId="share-dialog">
      <p className="muted">{t('dialog.intro')}</p>
      <RadioChoices
        name="share-scope"
        legend={t('dialog.what')}
        choices={SCOPES}
        value={scope}
        onChange={setScope}
        label={(s) => (s === 'story' ? t('dialog.story') : compare ? t('dialog.compare', { pairs: names.join(', ') }) : t('dialog.pair', { pair: names[0] ?? '—' }))}
      >
        {scope === 'story' && (
          <label>
            <select value={storyId ?? ''} onChange={(e) => setStoryId(Number(e.target.value))} disabled={stories.length === 0} aria-label={t('dialog.story')}>
              {stories.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            {stories.length === 0 && <span className="muted"> {t('dialog.noStories')}</span>}
          </label>
        )}
        {scope === 'view' && hasFilters(filters) && (
          <label>
            <input type="checkbox" checked={filtered} onChange={(e) => setFiltered(e.target.checked)} /> {t('dialog.filters')}
          </label>
        )}
      </RadioChoices>
      <RadioChoices name="share-language" legend={t('dialog.language')} choices={LANGUAGES} value={language} onChange={setLanguage} label={(l) => tc(`language.${l}`)} />
      <label className="share-practice">
        <input type="checkbox" checked={practice} onChange={(e) => setPractice(e.target.checked)} data-testid="share-practice" /> {t('dialog.practice')}
      </label>
      {busy && <p role="status">{t('dialog.working')}</p>}
      <StatusMessages error={error ?? (storiesError ? errorText(storiesError) : null)} status={status} testId="share" />
      <div className="modal-actions">
        <button type="button" onClick={() => void save()} disabled={!ready || busy} data-testid="share-save">
          {t('dialog.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}
