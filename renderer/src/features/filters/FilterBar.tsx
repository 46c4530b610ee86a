/**
 * Filters: category, partnership level, period, source language and publisher. Active filters show as
 * chips with a remove button; the timeline's read is keyed by them, so it follows (search reads them too).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../../../../shared/domain';
import { hasFilters, type MilestoneFilters } from '../../../../shared/filters';
import type { FilterOptions } from '../../../../shared/api/calls/search';
import { endInstant, isPartialDate, startInstant } from '../../../../shared/dates';
import { api } from '../../api/api';
import { useAppStore } from '../../store/app-store';
import { peekOpenTimeline } from '../../store/open-pair';
import { Modal } from '../../ui/Modal';
import { useFilters } from './filters-store';
import './filters.css';
import { localName } from '../../i18n/format';

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function FilterDialog({ onClose }: { onClose: () => void }) {
  const current = useFilters((s) => s.filters);
  const setFilters = useFilters((s) => s.setFilters);
  const [draft, setDraft] = useState<MilestoneFilters>(current);
  const [options, setOptions] = useState<FilterOptions | null>(null);
  const [periodError, setPeriodError] = useState<string | null>(null);
  const [publisherQuery, setPublisherQuery] = useState('');
  const { t: tl } = useTranslation('layout');
  const { t } = useTranslation('data');
  const { t: tc } = useTranslation();

  useEffect(() => {
    api.filterOptions({}).then(setOptions, () => setOptions({ levels: [], languages: [], publishers: [] }));
  }, []);

  const apply = () => {
    const bad = [draft.from, draft.to].find((d) => d !== null && !isPartialDate(d));
    if (bad) return setPeriodError(t('filters.badDate', { date: bad }));
    if (draft.from && draft.to && draft.to < draft.from) return setPeriodError(t('filters.badPeriod'));
    // A new period is also where the chart goes: it opens on it (from the pair's start, or to today, where one end is open).
    const { setWindow } = useAppStore.getState();
    const timeline = peekOpenTimeline();
    if (timeline && (draft.from || draft.to) && (draft.from !== current.from || draft.to !== current.to)) {
      const first = timeline.pair.firstDate;
      const start = draft.from ? startInstant(draft.from) : first ? startInstant(first) : null;
      const end = draft.to ? endInstant(draft.to) : new Date();
      if (start && end > start) {
        const pad = (end.getTime() - start.getTime()) * 0.02;
        setWindow(timeline.pair.id, { start: start.getTime() - pad, end: end.getTime() + pad });
      }
    }
    setFilters(draft);
    onClose();
  };
  const date = (v: string) => (v.trim() === '' ? null : v.trim());

  return (
    <Modal title={t('filters.title')} onClose={onClose} testId="filter-dialog">
      <fieldset>
        <legend>{t('filters.categories')}</legend>
        {CATEGORIES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={draft.categories.includes(c)} onChange={() => setDraft({ ...draft, categories: toggle(draft.categories, c as Category) })} />
            {tc(`category.${c}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.period')}</legend>
        <div className="field-row">
          <label className="field">
            {t('filters.from')}
            <input value={draft.from ?? ''} onChange={(e) => setDraft({ ...draft, from: date(e.target.value) })} placeholder={tl('filters.fromHint')} dir="ltr" />
          </label>
          <label className="field">
            {t('filters.to')}
            <input value={draft.to ?? ''} onChange={(e) => setDraft({ ...draft, to: date(e.target.value) })} placeholder={tl('filters.toHint')} dir="ltr" />
          </label>
        </div>
        {periodError && (
          <p className="field-error" role="alert">
            {periodError}
          </p>
        )}
      </fieldset>
      {options && options.levels.length > 0 && (
        <fieldset>
          <legend>{t('filters.levels')}</legend>
          {options.levels.map((l) => (
            <label key={l.key} className="check">
              <input type="checkbox" checked={draft.levelKeys.includes(l.key)} onChange={() => setDraft({ ...draft, levelKeys: toggle(draft.levelKeys, l.key) })} />
              {localName(l.name).text}
            </label>
          ))}
        </fieldset>
      )}
      {options && (
        <fieldset>
          <legend>{t('filters.languages')}</legend>
          {options.languages.map((l) => (
            <label key={l.code} className="check">
              <input type="checkbox" checked={draft.languages.includes(l.code)} onChange={() => setDraft({ ...draft, languages: toggle(draft.languages, l.code) })} />
              {tc(`language.${l.code}`, { defaultValue: l.code })} ({l.count})
            </label>
          ))}
        </fieldset>
      )}
      {options && (
        <fieldset>
          <legend>{t('filters.publishers')}</legend>
          <input type="search" className="publisher-search" value={publisherQuery} onChange={(e) => setPublisherQuery(e.target.value)} placeholder={tl('filters.findPublisher')} aria-label={tl('filters.findPublisher')} dir="auto" data-testid="publisher-search" />
          <div className="publisher-list">
            {options.publishers.filter((p) => draft.publishers.includes(p.name) || p.name.toLowerCase().includes(publisherQuery.trim().toLowerCase())).map((p) => (
              <label key={p.name} className="check">
                <input type="checkbox" checked={draft.publishers.includes(p.name)} onChange={() => setDraft({ ...draft, publishers: toggle(draft.publishers, p.name) })} />
                <span dir="auto">{p.name}</span> ({p.count})
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="dialog-actions filter-actions">
        <button type="button" onClick={() => setDraft({ categories: [], levelKeys: [], from: null, to: null, languages: [], publishers: [] })}>
          {t('filters.clearAll')}
        </button>
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="button" className="primary" onClick={apply}>
          {t('filters.apply')}
        </button>
      </div>
    </Modal>
  );
}

export function FilterBar() {
  const filters = useFilters((s) => s.filters);
  const remove = useFilters((s) => s.remove);
  const clear = useFilters((s) => s.clear);
  const [open, setOpen] = useState(false);
  const { t } = useTranslation('data');
  const { t: tc } = useTranslation();

  const chips: { key: keyof MilestoneFilters; value?: string; label: string }[] = [
    ...filters.categories.map((c) => ({ key: 'categories' as const, value: c, label: tc(`category.${c}`) })),
    ...filters.levelKeys.map((k) => ({ key: 'levelKeys' as const, value: k, label: k.replace(/-/g, ' ') })),
    ...(filters.from ? [{ key: 'from' as const, label: t('filters.fromChip', { date: filters.from }) }] : []),
    ...(filters.to ? [{ key: 'to' as const, label: t('filters.toChip', { date: filters.to }) }] : []),
    ...filters.languages.map((l) => ({ key: 'languages' as const, value: l, label: tc(`language.${l}`, { defaultValue: l }) })),
    ...filters.publishers.map((p) => ({ key: 'publishers' as const, value: p, label: p })),
  ];
  return (
    <div className="filter-bar" data-testid="filter-bar">
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('filters.button')}
      </button>
      {chips.length > 0 && (
        <ul className="chips" aria-label={t('filters.active')}>
          {chips.map((c) => (
            <li key={`${c.key}:${c.value ?? ''}`} className="chip">
              <span dir="auto" title={c.label}>
                {c.label}
              </span>
              <button type="button" onClick={() => remove(c.key, c.value)} aria-label={t('filters.remove', { what: c.label })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {hasFilters(filters) && (
        <button type="button" className="link-button" onClick={clear}>
          {t('filters.clearAll')}
        </button>
      )}
      {open && <FilterDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
