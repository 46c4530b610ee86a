/**
 * The selected milestone: what happened, when (at its precision), where, who, and the sources to check it
 * against. All text is rendered as text; links open outside the app, and only http(s).
 */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import { CATEGORY_LABELS, type Source } from '../../../../shared/domain';
import { formatDateRange, formatPartialDate, parsePartialDate } from '../../../../shared/dates';
import { safeExternalUrl } from '../../../../shared/links';

const PRECISION_NOTE = { year: 'known to the year', month: 'known to the month', day: 'exact day' } as const;
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ar: 'Arabic', zh: 'Chinese' };

function SourceItem({ source }: { source: Source }) {
  const url = source.url ? safeExternalUrl(source.url) : null;
  return (
    <li className="source">
      <span className="source-publisher">{source.publisher}</span>
      {', '}
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer" dir="auto" title={`Opens ${url} in your browser`}>
          {source.title}
        </a>
      ) : (
        <cite dir="auto">{source.title}</cite>
      )}
      {source.date && <>, {formatPartialDate(source.date)}</>}
      <span className="muted"> · {LANGUAGE_NAMES[source.language] ?? source.language}</span>
    </li>
  );
}

export function DetailPanel() {
  const detail = useAppStore((s) => s.detail);
  const status = useAppStore((s) => s.detailStatus);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (detail) heading.current?.focus();
  }, [detail]);

  if (selectedId === null) {
    return (
      <aside className="detail-panel empty" aria-label="Milestone details">
        <p className="muted">Choose a milestone on the timeline (click it, or Tab to it and press Enter) to read it with its sources.</p>
      </aside>
    );
  }
  if (status === 'loading' || !detail) {
    return (
      <aside className="detail-panel" aria-label="Milestone details" aria-busy={status === 'loading'}>
        <p className="muted">{status === 'error' ? 'This milestone could not be loaded.' : 'Loading…'}</p>
      </aside>
    );
  }
  const precision = parsePartialDate(detail.start)?.precision ?? 'day';
  return (
    <aside
      className="detail-panel"
      aria-label="Milestone details"
      data-testid="detail-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') void select(null);
      }}
    >
      <div className="detail-head">
        <span className={`category-chip cat-${detail.category}`}>{CATEGORY_LABELS[detail.category]}</span>
        <button type="button" className="close" onClick={() => void select(null)} aria-label="Close details" title="Close (Esc)">
          ×
        </button>
      </div>
      <h2 tabIndex={-1} ref={heading} dir="auto">
        {detail.title}
      </h2>
      {detail.titleAr && (
        <p className="alt-title" dir="rtl" lang="ar">
          {detail.titleAr}
        </p>
      )}
      {detail.titleZh && (
        <p className="alt-title" lang="zh">
          {detail.titleZh}
        </p>
      )}
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {formatDateRange(detail.start, detail.end)} <span className="muted">({PRECISION_NOTE[precision]})</span>
        </dd>
        {detail.place && (
          <>
            <dt>Place</dt>
            <dd dir="auto">{detail.place}</dd>
          </>
        )}
        {detail.people.length > 0 && (
          <>
            <dt>People</dt>
            <dd dir="auto">{detail.people.join(', ')}</dd>
          </>
        )}
        {detail.level && (
          <>
            <dt>Partnership level set</dt>
            <dd dir="auto">{detail.level.name.en}</dd>
          </>
        )}
      </dl>
      {detail.summary && (
        <p className="summary" dir="auto">
          {detail.summary}
        </p>
      )}
      <h3>Sources</h3>
      {detail.sources.length ? (
        <ol className="sources" data-testid="sources">
          {detail.sources.map((s) => (
            <SourceItem key={s.id} source={s} />
          ))}
        </ol>
      ) : (
        <p className="muted">No source recorded.</p>
      )}
    </aside>
  );
}
