/**
 * The selected milestone: what happened, when (at its precision), where, who, and the sources to check it
 * against. All text is rendered as text; links open outside the app, and only http(s).
 */
import { Fragment, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { usePairs, useSelectedMilestone } from '../../store/open-pair';
import type { MilestoneDetail, Source, TextField } from '../../../../shared/domain';
import { parsePartialDate } from '../../../../shared/dates';
import i18next from 'i18next';
import { formatDate, formatRange, localName, pairName } from '../../i18n/format';
import { safeExternalUrl } from '../../../../shared/links';
import { DetailActions } from '../editing/DetailActions';
import { CiteMilestone } from '../citations/CiteMilestone';

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
      <span className="muted">
        {' · '}
        {t(`language.${source.language}`, { defaultValue: source.language })}
        {source.kind && <span data-testid="source-kind"> · {t(`detail.kind.${source.kind}`)}</span>}
        {source.copyOfPublisher && <> ({source.copyOfPublisher})</>}
      </span>
    </li>
  );
}

type Lang = 'en' | 'ar' | 'zh';

/** A text of the milestone in the interface's language, or in English, and what it is: the source's words or a translation. */
function textIn(detail: MilestoneDetail, what: 'title' | 'summary', lng: string): { text: string | null; lang: Lang; mark: 'translated' | 'sourceLanguage' | 'untranslated' | null } {
  const wanted: Lang = lng === 'ar' || lng === 'zh' ? lng : 'en';
  const own = wanted === 'en' ? detail[what] : detail[`${what}${wanted === 'ar' ? 'Ar' : 'Zh'}`];
  const english = detail[what];
  const text = own ?? english;
  const lang: Lang = own ? wanted : 'en';
  if (!text) return { text: null, lang, mark: null };
  if (!own && wanted !== 'en') return { text, lang, mark: 'untranslated' };
  if (detail.translated === null) return { text, lang, mark: null }; // the user's own: not said
  const field = (lang === 'en' ? what : `${what}_${lang}`) as TextField;
  return { text, lang, mark: detail.translated.includes(field) ? 'translated' : 'sourceLanguage' };
}

function LanguageMark({ mark, testId }: { mark: ReturnType<typeof textIn>['mark']; testId: string }) {
  const { t } = useTranslation();
  if (!mark) return null;
  return (
    <span className={`text-origin text-origin-${mark}`} data-testid={testId} data-origin={mark}>
      {t(`detail.${mark}`)}
    </span>
  );
}

export function DetailPanel() {
  const pairs = usePairs();
  const openPairId = useAppStore((s) => s.pairId);
  const { detail, status } = useSelectedMilestone();
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
  const lng = i18next.language;
  const title = textIn(detail, 'title', lng);
  const summary = textIn(detail, 'summary', lng);
  const otherPairs = detail.pairIds.length > 1 ? detail.pairIds.filter((id) => id !== openPairId) : [];
  const nameOf = (id: string) => {
    const p = pairs.find((x) => x.id === id);
    return p ? pairName(p) : id;
  };
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
      <h2 tabIndex={-1} ref={heading} dir="auto" lang={title.lang}>
        {title.text}
      </h2>
      <p className="text-origin-line">
        <LanguageMark mark={title.mark} testId="title-origin" />
      </p>
      {detail.modified && (
        <p>
          <span className="modified-badge" data-testid="modified-badge">
            {t('data:detail.modified')}
          </span>
        </p>
      )}
      <DetailActions detail={detail} />
      {title.lang !== 'en' && (
        <p className="alt-title" lang="en" dir="ltr">
          {detail.title}
        </p>
      )}
      {detail.titleAr && title.lang !== 'ar' && (
        <p className="alt-title" dir="rtl" lang="ar">
          {detail.titleAr}
        </p>
      )}
      {detail.titleZh && title.lang !== 'zh' && (
        <p className="alt-title" lang="zh">
          {detail.titleZh}
        </p>
      )}
      <dl className="facts">
        <dt>{t('detail.date')}</dt>
        <dd>
          <bdi>{formatRange(detail.start, detail.end)}</bdi> <span className="muted">({t(`detail.precision.${precision}`)})</span>
        </dd>
        {detail.placeName && (
          <>
            <dt>{t('detail.place')}</dt>
            <dd dir="auto" lang={localName(detail.placeName).lang} data-testid="detail-place">{localName(detail.placeName).text}</dd>
          </>
        )}
        {detail.peopleNames.length > 0 && (
          <>
            <dt>{t('detail.people')}</dt>
            <dd data-testid="detail-people">
              {detail.peopleNames.map((n, i) => {
                const name = localName(n);
                return (
                  <Fragment key={n.en}>
                    {i > 0 && t('detail.peopleSeparator')}
                    <bdi lang={name.lang}>{name.text}</bdi>
                  </Fragment>
                );
              })}
            </dd>
          </>
        )}
        {detail.level && (
          <>
            <dt>{t('detail.levelSet')}</dt>
            <dd dir="auto" lang={localName(detail.level.name).lang}>{localName(detail.level.name).text}</dd>
          </>
        )}
      </dl>
      {summary.text && (
        <>
          <p className="summary" dir="auto" lang={summary.lang} data-testid="summary">
            {summary.text}
          </p>
          {summary.mark !== title.mark && (
            <p className="text-origin-line">
              <LanguageMark mark={summary.mark} testId="summary-origin" />
            </p>
          )}
        </>
      )}
      {detail.quote && (
        <p className="quote">
          <span className="muted">{t('detail.quote')}: </span>
          <q lang={detail.quote.language} dir="auto">
            {detail.quote.text}
          </q>
        </p>
      )}
      {otherPairs.length > 0 && (
        <p className="shared-with" data-testid="shared-with">
          <span className="muted">{t('detail.sharedWith')}: </span>
          {otherPairs.map(nameOf).join(', ')}
        </p>
      )}
      <h3>{t('detail.sources')}</h3>
      {detail.sources.length > 0 && (
        <p className="evidence" data-testid="independent-sources">
          {t('detail.independentSources', { count: detail.independentSources })}
        </p>
      )}
      {detail.disagreement && (
        <p className="disagreement" role="note" data-testid="disagreement" dir="auto">
          <strong>{t('detail.disagreement')}:</strong> {detail.disagreement}
        </p>
      )}
      {detail.sources.length ? (
        <ol className="sources" data-testid="sources">
          {detail.sources.map((s) => (
            <SourceItem key={s.id} source={s} />
          ))}
        </ol>
      ) : (
        <p className="muted">{t('detail.noSources')}</p>
      )}
      <CiteMilestone milestoneId={detail.id} />
    </aside>
  );
}
