/**
 * Adding or editing a milestone. The main process validates with the contract's schema; its field
 * problems come back with paths ("milestone.sources.0.url") and are shown next to their fields.
 */
import { useEffect, useState } from 'react';
import { problemText } from '../../i18n/error-text';
import { useTranslation } from 'react-i18next';
import type { PartnershipLevel } from '../../../../shared/domain';
import { Modal } from '../../ui/Modal';
import { CategoryOptions, LevelOptions, PairOptions } from '../../ui/ChoiceOptions';
import { fetchQuery } from '../../data/query-cache';
import { reads } from '../../data/reads';
import { useEditing } from './editing-store';
import { emptySource, type SourceDraft } from './draft';
import './editing.css';

function FieldError({ path }: { path: string }) {
  const problems = useEditing((s) => s.problems);
  const mine = problems.filter((p) => p.path.replace(/^milestone\.?/, '') === path);
  if (!mine.length) return null;
  return (
    <span className="field-error" id={`err-${path}`} role="alert">
      {mine.map(problemText).join('; ')}
    </span>
  );
}

/** A labelled text input bound to one draft field, with its error. */
function TextField({ name, label, value, onChange, hint, multiline, dir, lang, required }: {
  name: string;
  /** Marked with * beside its label (and aria-required): the form cannot be saved without it. */
  required?: boolean;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  multiline?: boolean;
  dir?: 'auto' | 'rtl' | 'ltr';
  lang?: string;
}) {
  const hasError = useEditing((s) => s.problems.some((p) => p.path.replace(/^milestone\.?/, '') === name));
  const props = {
    id: `f-${name}`,
    name,
    value,
    dir: dir ?? 'auto',
    lang,
    'aria-invalid': hasError || undefined,
    'aria-required': required || undefined,
    'aria-describedby': hasError ? `err-${name}` : hint ? `hint-${name}` : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className="field">
      <span className="field-label">
        <label htmlFor={`f-${name}`}>{label}</label>
        {/* Outside the label, so the field's name stays its label (aria-required says it to screen readers). */}
        {required && (
          <span className="required-mark" aria-hidden="true">
            {' *'}
          </span>
        )}
      </span>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      {hint && !hasError && (
        <span className="hint" id={`hint-${name}`}>
          {hint}
        </span>
      )}
      <FieldError path={name} />
    </div>
  );
}

function SourceFields({ index, source, onChange, onRemove }: { index: number; source: SourceDraft; onChange: (s: SourceDraft) => void; onRemove: () => void }) {
  const { t } = useTranslation('data');
  const set = (key: keyof SourceDraft) => (v: string) => onChange({ ...source, [key]: v });
  const base = `sources.${index}`;
  return (
    <fieldset className="source-fields">
      <legend>{t('form.sourceN', { n: index + 1 })}</legend>
      <TextField name={`${base}.publisher`} label={t('form.publisher')} value={source.publisher} onChange={set('publisher')} />
      <TextField name={`${base}.title`} label={t('form.sourceTitle')} value={source.title} onChange={set('title')} />
      <div className="field-row">
        <TextField name={`${base}.date`} label={t('form.sourceDate')} value={source.date} onChange={set('date')} hint={t('form.dateHint')} />
        <TextField name={`${base}.language`} label={t('form.language')} value={source.language} onChange={set('language')} hint={t('form.languageHint')} />
      </div>
      <TextField name={`${base}.url`} label={t('form.url')} value={source.url} onChange={set('url')} dir="ltr" />
      <button type="button" className="link-button" onClick={onRemove}>
        {t('form.removeSource')}
      </button>
    </fieldset>
  );
}

export function MilestoneForm() {
  const form = useEditing((s) => s.form);
  const problems = useEditing((s) => s.problems);
  const saving = useEditing((s) => s.saving);
  const { updateDraft, closeForm, save } = useEditing.getState();
  const [ladder, setLadder] = useState<PartnershipLevel[]>([]);
  const { t } = useTranslation('data');
  const pairId = form?.draft.pairId;

  useEffect(() => {
    if (!pairId) return;
    let live = true;
    fetchQuery(reads.timeline(pairId)).then((tl) => live && setLadder(tl.ladder), () => live && setLadder([]));
    return () => {
      live = false;
    };
  }, [pairId]);

  // After a failed save, focus goes to the first field with a problem (in the form's order).
  useEffect(() => {
    if (!problems.length) return;
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="milestone-form"] [aria-invalid="true"]')?.focus());
  }, [problems]);

  if (!form) return null;
  const d = form.draft;
  const general = problems.filter((p) => p.path === '' || !p.path.startsWith('milestone'));
  return (
    <Modal title={form.mode === 'add' ? t('form.addTitle') : t('form.editTitle')} onClose={closeForm} className="milestone-form" testId="milestone-form">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {general.length > 0 && (
          <p className="form-error" role="alert">
            {general.map((p) => (p.reason ? problemText(p) : p.message)).join(' ')}
          </p>
        )}
        <div className="field-row">
          <div className="field">
            <label htmlFor="f-pairId">{t('form.pair')}</label>
            <select id="f-pairId" value={d.pairId} onChange={(e) => updateDraft({ pairId: e.target.value, levelId: null })}>
              <PairOptions />
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-category">{t('form.category')}</label>
            <select id="f-category" value={d.category} onChange={(e) => updateDraft({ category: e.target.value as typeof d.category })}>
              <CategoryOptions />
            </select>
          </div>
        </div>
        <TextField required name="title" label={t('form.title')} value={d.title} onChange={(v) => updateDraft({ title: v })} />
        <div className="field-row">
          <TextField name="titleAr" label={t('form.titleAr')} value={d.titleAr} onChange={(v) => updateDraft({ titleAr: v })} dir="rtl" lang="ar" />
          <TextField name="titleZh" label={t('form.titleZh')} value={d.titleZh} onChange={(v) => updateDraft({ titleZh: v })} lang="zh" />
        </div>
        <div className="field-row">
          <TextField required name="start" label={t('form.start')} value={d.start} onChange={(v) => updateDraft({ start: v })} hint={t('form.dateHint')} dir="ltr" />
          <TextField name="end" label={t('form.end')} value={d.end} onChange={(v) => updateDraft({ end: v })} hint={t('form.endHint')} dir="ltr" />
        </div>
        <TextField name="place" label={t('form.place')} value={d.place} onChange={(v) => updateDraft({ place: v })} />
        <TextField name="people" label={t('form.people')} value={d.people} onChange={(v) => updateDraft({ people: v })} hint={t('form.peopleHint')} multiline />
        <TextField name="summary" label={t('form.summary')} value={d.summary} onChange={(v) => updateDraft({ summary: v })} multiline />
        <div className="field">
          <label htmlFor="f-levelId">{t('form.level')}</label>
          <select id="f-levelId" value={d.levelId ?? ''} onChange={(e) => updateDraft({ levelId: e.target.value ? Number(e.target.value) : null })}>
            <LevelOptions ladder={ladder} none={t('form.noLevel')} />
          </select>
          <FieldError path="levelId" />
        </div>
        <h3>{t('form.sources')}</h3>
        <FieldError path="sources" />
        {d.sources.map((s, i) => (
          <SourceFields
            key={i}
            index={i}
            source={s}
            onChange={(next) => updateDraft({ sources: d.sources.map((x, j) => (j === i ? next : x)) })}
            onRemove={() => updateDraft({ sources: d.sources.filter((_, j) => j !== i) })}
          />
        ))}
        <button type="button" className="link-button" onClick={() => updateDraft({ sources: [...d.sources, emptySource()] })}>
          {t('form.addSource')}
        </button>
        <div className="dialog-actions">
          <button type="button" onClick={closeForm}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('saving') : t('save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
