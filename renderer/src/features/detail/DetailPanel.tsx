/**
 * The selected milestone: what happened, when (at its precision), where, who, and the sources to check it
 * against. All text is rendered as text; links open outside the app, and only http(s).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import type { Source } from '../../../../shared/domain';
import { parsePartialDate } from '../../../../shared/dates';
import { formatDate, formatRange, localName } from '../../i18n/format';
import { safeExternalUrl } from '../../../../shared/links';
import { DetailActions } from '../editing/DetailActions';

function SourceItem({ source }: { source: Source }) {
  const { t } = useTranslation();
  const url = source.url ? safeExternalUrl(source.url) : null;
  return (
    <li className="source">
      <bdi className="source-publisher">{source.publisher}</bdi>
      {', '}
      {url ? (
        <bdi>
          <a href={url} target="_blank" rel="noopener noreferrer" dir="auto" title={t('detail.opensInBrowser', { url })}>
            {source.title}
          </a>
        </bdi>
      ) : (
        <bdi><cite dir="auto">{source.title}</cite></bdi>
      )}
      {source.date && <>, <bdi className="source-date">{formatDate(source.date)}</bdi></>}
      <span className="muted"> · {t(`language.${source.language}`, { defaultValue: source.language })}</span>
    </li>
  );
}

export function DetailPanel() {
  const detail = useAppStore((s) => s.detail);
  const status = useAppStore((s) => s.detailStatus);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();

  useEffect(() => {
    if (detail) heading.current?.focus();
  }, [detail]);

  // Nothing chosen: no panel (DetailDock gives the chart the room; the chart's hint says how to choose).
  if (selectedId === null) return null;
  if (status === 'loading' || !detail) {
    return (
      <aside className="detail-panel" aria-label={t('detail.label')} aria-busy={status === 'loading'}>
        <p className="muted">{status === 'error' ? t('detail.loadFailed') : t('status.loading')}</p>
      </aside>
    );
  }
  const precision = parsePartialDate(detail.start)?.precision ?? 'day';
  return (
    <aside
      className="detail-panel"
      aria-label={t('detail.label')}
      data-testid="detail-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') void select(null);
      }}
    >
      <div className="detail-head">
        <span className={`category-chip cat-${detail.category}`}>{t(`category.${detail.category}`)}</span>
        <button type="button" className="close" onClick={() => void select(null)} aria-label={t('detail.close')} title={t('detail.closeTitle')}>
          ×
        </button>
      </div>
      <h2 tabIndex={-1} ref={heading} dir="auto">
        {detail.title}
      </h2>
      {detail.modified && (
        <p>
          <span className="modified-badge" data-testid="modified-badge">
            {t('data:detail.modified')}
          </span>
        </p>
      )}
      <DetailActions detail={detail} />
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
        <dt>{t('detail.date')}</dt>
        <dd>
          <bdi>{formatRange(detail.start, detail.end)}</bdi> <span className="muted">({t(`detail.precision.${precision}`)})</span>
        </dd>
        {detail.place && (
          <>
            <dt>{t('detail.place')}</dt>
            <dd dir="auto">{detail.place}</dd>
          </>
        )}
        {detail.people.length > 0 && (
          <>
            <dt>{t('detail.people')}</dt>
            <dd dir="auto">{detail.people.join(', ')}</dd>
          </>
        )}
        {detail.level && (
          <>
            <dt>{t('detail.levelSet')}</dt>
            <dd dir="auto" lang={localName(detail.level.name).lang}>{localName(detail.level.name).text}</dd>
          </>
        )}
      </dl>
      {detail.summary && (
        <p className="summary" dir="auto">
          {detail.summary}
        </p>
      )}
      <h3>{t('detail.sources')}</h3>
      {detail.sources.length ? (
        <ol className="sources" data-testid="sources">
          {detail.sources.map((s) => (
            <SourceItem key={s.id} source={s} />
          ))}
        </ol>
      ) : (
        <p className="muted">{t('detail.noSources')}</p>
      )}
    </aside>
  );
}
