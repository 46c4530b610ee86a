/**
 * Search across all pairs (the filters apply). Results show the words found, marked; choosing one opens
 * its pair, selects the milestone and brings it into view. Ctrl/Cmd+F or the menu's Find focuses the box.
 */
import { useEffect, useRef, useState } from 'react';
import { TEXT } from '../../../../shared/limits';
import { errorText } from '../../i18n/error-text';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../../shared/search';
import type { SnippetPart } from '../../../../shared/text/highlight';
import { formatRange, pairName as localPairName } from '../../i18n/format';
import { api } from '../../api/api';
import { useCommands } from '../../api/commands';
import { commandKeys } from '../../api/command-keys';
import { useAppStore } from '../../store/app-store';
import { usePairs } from '../../store/open-pair';
import { useFilters } from '../filters/filters-store';
import './search.css';

/** Marked parts as text nodes in <mark>: never HTML. */
function Marked({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

export function SearchBox() {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const filters = useFilters((s) => s.filters);
  const pairs = usePairs();
  const showMilestone = useAppStore((s) => s.showMilestone);
  const { t } = useTranslation('data');
  const { t: tc } = useTranslation();
  const { t: tl } = useTranslation('layout');

  useCommands({ find: () => input.current?.focus() });

  useEffect(() => {
    if (query.trim() === '') {
      setResult(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api.search({ query, filters, limit: 50 }).then(
        (r) => live && (setResult(r), setError(null)),
        (e: unknown) => live && setError(errorText(e)),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, filters]);

  const pairName = (id: string) => {
    const p = pairs.find((x) => x.id === id);
    return p ? localPairName(p) : id;
  };

  const results = useRef<HTMLDivElement>(null);
  const open1 = (hit: { pairId: string; id: number }) => {
    setOpen(false);
    void showMilestone(hit.pairId, hit.id);
  };
  /** A suggestion replaces the query; focus stays in the box, so typing goes on from there. */
  const searchFor = (suggestion: string) => {
    setQuery(suggestion);
    setOpen(true);
    input.current?.focus();
  };
  /** ↓/↑ move between the input and the results, Enter in the input opens the first result (or searches for the first suggestion). */
  const onKeys = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      setOpen(false);
      input.current?.focus();
      return;
    }
    const hits = [...(results.current?.querySelectorAll<HTMLElement>('.search-hit, .search-suggestion') ?? [])];
    const at = hits.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(hits.length - 1, at + 1) : at - 1;
      if (next < 0) input.current?.focus();
      else hits[next].focus();
    } else if (e.key === 'Enter' && e.target === input.current && result?.hits[0]) {
      e.preventDefault();
      open1(result.hits[0]);
    } else if (e.key === 'Enter' && e.target === input.current && result?.suggestions?.[0]) {
      e.preventDefault();
      searchFor(result.suggestions[0]);
    }
  };

  return (
    <div className="search" role="search" onKeyDown={onKeys}>
      <label htmlFor="search-input" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id="search-input"
        ref={input}
        type="search"
        value={query}
        placeholder={tl('search.placeholder')}
        title={t('search.placeholder')}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        role="combobox"
        aria-autocomplete="list"
        aria-controls="search-results"
        aria-expanded={open && !!result}
        maxLength={TEXT.searchQuery}
        aria-keyshortcuts={commandKeys('find')}
        data-testid="search-input"
      />
      {open && (result || error) && (
        <div id="search-results" className="search-results" data-testid="search-results" ref={results}>
          {error && <p className="field-error">{error}</p>}
          {result && (
            <p className="muted search-count" role="status">
              {t(result.more ? 'search.countMore' : 'search.count', { count: result.total })}
            </p>
          )}
          {result?.suggestions && result.suggestions.length > 0 && (
            <p className="search-suggestions" data-testid="search-suggestions">
              <span className="muted">{t('search.didYouMean')} </span>
              {result.suggestions.map((s) => (
                <button key={s} type="button" className="search-suggestion link-button" dir="auto" aria-label={t('search.suggestion', { query: s })} onClick={() => searchFor(s)}>
                  {s}
                </button>
              ))}
            </p>
          )}
          <ul>
            {result?.hits.map((hit) => (
              <li key={hit.id}>
                <button
                  type="button"
                  className="search-hit"
                  onClick={() => open1(hit)}
                >
                  <span className="hit-title" dir="auto">
                    <Marked parts={hit.titleParts} />
                  </span>
                  <span className="hit-meta muted">
                    {pairName(hit.pairId)} · {formatRange(hit.start, hit.end)} · {tc(`category.${hit.category}`)}
                  </span>
                  {hit.context && (
                    <span className="hit-context" dir="auto">
                      <span className="muted">{t(`search.field.${hit.context.field}`)}: </span>
                      <Marked parts={hit.context.parts} />
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
