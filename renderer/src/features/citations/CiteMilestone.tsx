/**
 * "Copy citation" in the detail panel: the milestone as a versioned record of the dataset (bundled ones)
 * and each of its sources, in the chosen style, as plain text on the clipboard.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { CITATION_STYLES, type CitationStyle } from '../../../../shared/citations';
import type { Language } from '../../../../shared/domain';
import { api } from '../../api/api';
import { copyText } from '../../api/clipboard';
import { errorText } from '../../i18n/error-text';
import { useCitations } from './citations-store';

export function citationText(cited: { record: { entry: string } | null; sources: { entry: string; note?: string }[] }, style: CitationStyle): string {
  const lines = [...(cited.record ? [cited.record.entry] : []), ...cited.sources.map((s) => (style === 'chicago' && s.note ? `${s.note}\n${s.entry}` : s.entry))];
  return lines.join('\n\n');
}

export function CiteMilestone({ milestoneId }: { milestoneId: number }) {
  const { t } = useTranslation('citations');
  const style = useCitations((s) => s.style);
  const setStyle = useCitations((s) => s.setStyle);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const copy = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const cited = await api.citeMilestone({ id: milestoneId, style, language: i18next.language as Language });
      await copyText(citationText(cited, style));
      setStatus({ kind: 'ok', text: t('copied', { count: (cited.record ? 1 : 0) + cited.sources.length }) });
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cite-milestone" data-testid="cite-milestone">
      <label>
        {t('style')}{' '}
        <select value={style} onChange={(e) => setStyle(e.target.value as CitationStyle)} data-testid="cite-style">
          {CITATION_STYLES.map((s) => (
            <option key={s} value={s}>
              {t(`styles.${s}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" onClick={() => void copy()} disabled={busy} data-testid="copy-citation">
        {t('copy')}
      </button>
      {status && (
        <span role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'error-text' : 'muted'}>
          {' '}
          {status.text}
        </span>
      )}
    </div>
  );
}
