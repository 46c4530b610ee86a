/**
 * "Import from article…": paste a news article (or open a .txt/.html file), let the extractor propose
 * milestones, each shown with the sentence it came from; accept, edit or reject them; save the accepted
 * ones with the article as their source, in one undoable step. Text is shown as text, never as HTML.
 */
import { useEffect, useState } from 'react';
import { FILE } from '../../../../shared/limits';
import { errorText, problemText } from '../../i18n/error-text';
import { useTranslation } from 'react-i18next';
import { acceptedByDefault, type Candidate, type Extraction } from '../../../../shared/article';
import type { Category, PartnershipLevel } from '../../../../shared/domain';
import { isPartialDate, precisionOf, type DatePrecision } from '../../../../shared/dates';
import { formatDate } from '../../i18n/format';
import { ApiError, type FieldProblem } from '../../../../shared/api/errors';
import { api } from '../../api/api';
import { CommandDialogButton } from '../../ui/CommandDialogButton';
import { decodeText, pickFile } from '../../api/files';
import { runEdit } from '../editing/editing-store';
import { Modal } from '../../ui/Modal';
import { CategoryOptions, LevelOptions, PairOptions } from '../../ui/ChoiceOptions';
import { htmlToText } from './html-text';
import './article.css';

interface Row {
  candidate: Candidate;
  accepted: boolean;
  /** The title in the interface's language; once the user edits it, it is the only title saved. */
  title: string;
  titleEdited: boolean;
  date: string;
  pairId: string;
  category: Category;
  levelId: number | null;
}

/** The levels of a pair's ladder, to correct the level of a partnership candidate; picks the candidate's level when it loads. */
function LevelField({ id, pairId, levelKey, value, onChange }: { id: string; pairId: string; levelKey: string | null; value: number | null; onChange: (v: number | null) => void }) {
  const { t } = useTranslation('article');
  const [ladder, setLadder] = useState<PartnershipLevel[]>([]);
  useEffect(() => {
    if (!pairId) return setLadder([]);
    let live = true;
    api.getPairTimeline({ pairId }).then(
      (tl) => {
        if (!live) return;
        setLadder(tl.ladder);
        const match = tl.ladder.find((l) => l.key === levelKey);
        if (value === null && match) onChange(match.id);
      },
      () => live && setLadder([]),
    );
    return () => {
      live = false;
    };
  }, [pairId]);
  return (
    <div className="field">
      <label htmlFor={id}>{t('level')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        <LevelOptions ladder={ladder} none={t('noLevel')} />
      </select>
    </div>
  );
}

const PRECISIONS: DatePrecision[] = ['year', 'month', 'day'];
const LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

/** Why the extractor proposes a candidate, in the user's language, with its confidence. */
function Why({ c }: { c: Candidate }) {
  const { t } = useTranslation('article');
  return (
    <p className="candidate-why" data-testid="candidate-why">
      <span className={`confidence ${c.confidence < 0.5 ? 'low' : ''}`} data-testid="confidence">
        {t('confidence', { value: Math.round(c.confidence * 100) })}
      </span>
      {c.planned && (
        <span className="planned-flag" data-testid="planned-flag">
          {t('planned')}
        </span>
      )}
      <span className="reasons">
        {t('whyLabel')}: {c.reasons.map((r) => t(`reason.${r.code}`, r.params ?? {})).join(' · ')}
      </span>
    </p>
  );
}


export function ArticleButton() {
  const { t } = useTranslation('article');
  return <CommandDialogButton label={t('button')} command="import-article" testId="article-button" dialog={(close) => <ArticleDialog onClose={close} />} />;
}

function Sentence({ text, c }: { text: string; c: Candidate }) {
  return (
    <blockquote className="candidate-sentence" dir="auto">
      {text.slice(c.sentence.start, c.match.start)}
      <mark>{text.slice(c.match.start, c.match.end)}</mark>
      {text.slice(c.match.end, c.sentence.end)}
    </blockquote>
  );
}

/** A title in the interface's language, where it has one (else the English, which every milestone has). */
const titleIn = (t: { title: string; titleAr: string | null; titleZh: string | null }, language: string) => (language === 'ar' && t.titleAr) || (language === 'zh' && t.titleZh) || t.title;

/** The source fields the save needs (sourceInputSchema): marked with *. */
const REQUIRED = new Set(['publisher', 'title']);
/** A problem shown beside a field of the dialog (the source's, or a candidate's). */
const atField = (p: FieldProblem) => /^(source|milestones)\./.test(p.path);

function ArticleDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('article');
  const [text, setText] = useState('');
  const [source, setSource] = useState({ publisher: '', title: '', date: '', language: 'en', url: '' });
  const [result, setResult] = useState<{ text: string; extraction: Extraction } | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);

  const openFile = async () => {
    setError(null);
    try {
      const file = await pickFile([{ name: 'Text or web page', extensions: ['txt', 'html', 'htm'] }], FILE.articleBytes);
      if (!file) return;
      const raw = decodeText(await file.read());
      setText(/\.html?$/i.test(file.name) ? htmlToText(raw) : raw);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const find = async () => {
    setError(null);
    setBusy(true);
    try {
      const extraction = await api.extractArticle({ text, date: source.date.trim() || null });
      setResult({ text, extraction });
      const m = extraction.meta;
      setSource((s) => ({ ...s, publisher: s.publisher || m.publisher || '', title: s.title || m.title || '', date: s.date || m.date || '', language: m.language ?? s.language }));
      setRows(
        extraction.candidates.map((c) => ({
          candidate: c,
          // Planned, low-confidence, possibly repeated candidates start unticked.
          accepted: acceptedByDefault(c),
          title: titleIn(c, i18n.language),
          titleEdited: false,
          date: c.date ?? '',
          pairId: c.pairId ?? '',
          category: c.category,
          levelId: null,
        })),
      );
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    setError(null);
    setProblems([]);
    const accepted = rows.filter((r) => r.accepted);
    setBusy(true);
    try {
      await runEdit(
        () =>
          api.saveArticleMilestones({
            source: { publisher: source.publisher, title: source.title, date: source.date.trim() || null, language: source.language, url: source.url.trim() || null },
            milestones: accepted.map((r) => ({
              pairId: r.pairId,
              category: r.category,
              // As proposed: in all three languages; as the user wrote it: that title alone (the others may no longer say the same).
              ...(r.titleEdited ? { title: r.title } : { title: r.candidate.title, titleAr: r.candidate.titleAr, titleZh: r.candidate.titleZh }),
              start: r.date.trim(),
              ...(r.category === 'partnership' && r.levelId !== null ? { levelId: r.levelId } : {}),
            })),
          }),
        { notice: (value) => t('saved', { count: value.ids.length }), openPair: () => accepted[0]?.pairId ?? null },
      );
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.problems) setProblems(e.problems);
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  // After a refused save, focus goes to the first field with a problem (in the dialog's order).
  useEffect(() => {
    if (problems.length) requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="article-dialog"] [aria-invalid="true"]')?.focus());
  }, [problems]);

  const update = (i: number, change: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const problemAt = (path: string) => problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`)).map(problemText).join('; ');
  const acceptedIndex = (i: number) => rows.slice(0, i).filter((r) => r.accepted).length;
  const fields = ['publisher', 'title', 'date', 'language', 'url'] as const;

  return (
    <Modal title={t('title')} onClose={onClose} className="article-dialog" testId="article-dialog">
      <div className="field">
        <label htmlFor="article-text">{t('paste')}</label>
        <textarea id="article-text" rows={8} value={text} dir="auto" onChange={(e) => setText(e.target.value)} data-testid="article-text" />
      </div>
      <div className="button-row">
        <button type="button" onClick={() => void openFile()}>
          {t('openFile')}
        </button>
        <button type="button" className="primary" disabled={busy || text.trim() === ''} onClick={() => void find()} data-testid="article-find">
          {t('find')}
        </button>
      </div>
      <fieldset className="article-source">
        <legend>{t('source')}</legend>
        <div className="field-row">
          {fields.map((f) => {
            const problem = problemAt(`source.${f}`);
            const required = REQUIRED.has(f);
            return (
              <div className="field" key={f}>
                <span className="field-label">
                  <label htmlFor={`article-${f}`}>{t(`fields.${f}`)}</label>
                  {required && (
                    <span className="required-mark" aria-hidden="true">
                      {' *'}
                    </span>
                  )}
                </span>
                <input
                  id={`article-${f}`}
                  value={source[f]}
                  dir={f === 'url' || f === 'date' ? 'ltr' : 'auto'}
                  aria-required={required || undefined}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `article-${f}-error` : undefined}
                  onChange={(e) => setSource({ ...source, [f]: e.target.value })}
                />
                {problem && (
                  <span className="field-error" role="alert" id={`article-${f}-error`} data-testid={`article-${f}-error`}>
                    {problem}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
      {result && result.extraction.note && (
        <p className="muted" role="status" data-testid="article-note">
          {t(`note.${result.extraction.note}`)}
        </p>
      )}
      {result && rows.length > 0 && (
        <ol className="candidates" data-testid="candidates">
          {rows.map((r, i) => {
            const c = r.candidate;
            const at = r.accepted ? `milestones.${acceptedIndex(i)}` : null;
            return (
              <li key={c.id} className={`candidate ${r.accepted ? 'accepted' : ''}`} data-testid="candidate" data-kind={c.kind}>
                <Sentence text={result.text} c={c} />
                {c.kind === 'anniversary' && c.anniversary ? (
                  <p className={`anniversary-check ${c.anniversary.consistent === false ? 'mismatch' : ''}`} data-testid="anniversary-check">
                    {c.anniversary.consistent === null
                      ? t('anniversary.unknown', { years: c.anniversary.years })
                      : t(c.anniversary.consistent ? 'anniversary.consistent' : 'anniversary.inconsistent', {
                          years: c.anniversary.years,
                          established: c.anniversary.established ? formatDate(c.anniversary.established) : '',
                        })}
                  </p>
                ) : (
                  <>
                    <label className="check">
                      <input type="checkbox" checked={r.accepted} onChange={(e) => update(i, { accepted: e.target.checked })} aria-label={t('accept', { title: r.title })} />
                      {t(`kind.${c.kind}`)}
                      {c.duplicateOf && (
                        <span className="duplicate-flag" data-testid="duplicate-flag">
                          {t('duplicate', { title: titleIn(c.duplicateOf, i18n.language) })}
                        </span>
                      )}
                    </label>
                    <div className="field-row">
                      <div className="field grow">
                        <label htmlFor={`cand-title-${i}`}>{t('fields.milestoneTitle')}</label>
                        <input id={`cand-title-${i}`} value={r.title} dir="auto" aria-invalid={at && problemAt(`${at}.title`) ? true : undefined} onChange={(e) => update(i, { title: e.target.value, titleEdited: true })} />
                      </div>
                      <div className="field">
                        <label htmlFor={`cand-date-${i}`}>{t('fields.date')}</label>
                        <input id={`cand-date-${i}`} value={r.date} dir="ltr" aria-invalid={at && problemAt(`${at}.start`) ? true : undefined} placeholder={t('noDate')} onChange={(e) => update(i, { date: e.target.value })} />
                        {c.dateInferred && <span className="hint inferred">{t('inferred')}</span>}
                      </div>
                      <div className="field">
                        <label htmlFor={`cand-pair-${i}`}>{t('fields.pair')}</label>
                        <select id={`cand-pair-${i}`} value={r.pairId} onChange={(e) => update(i, { pairId: e.target.value, levelId: null })}>
                          <option value="">—</option>
                          <PairOptions />
                        </select>
                      </div>
                      <div className="field">
                        <label htmlFor={`cand-prec-${i}`}>{t('precision')}</label>
                        <select
                          id={`cand-prec-${i}`}
                          value={isPartialDate(r.date.trim()) ? precisionOf(r.date.trim()) : ''}
                          onChange={(e) => update(i, { date: r.date.trim().slice(0, LENGTH[e.target.value as DatePrecision]) })}
                        >
                          {!isPartialDate(r.date.trim()) && <option value="">—</option>}
                          {PRECISIONS.map((p) => (
                            // A coarser precision cuts the date; a finer one needs the user to type the missing part.
                            <option key={p} value={p} disabled={r.date.trim().length < LENGTH[p]}>
                              {t(`precisionNames.${p}`)}
                            </option>
                          ))}
                        </select>
                      </div>
                      {r.category === 'partnership' && (
                        <LevelField id={`cand-level-${i}`} pairId={r.pairId} levelKey={c.levelKey} value={r.levelId} onChange={(v) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, levelId: v } : x)))} />
                      )}
                      <div className="field">
                        <label htmlFor={`cand-cat-${i}`}>{t('fields.category')}</label>
                        <select id={`cand-cat-${i}`} value={r.category} onChange={(e) => update(i, { category: e.target.value as Category })}>
                          <CategoryOptions />
                        </select>
                      </div>
                    </div>
                    <Why c={c} />
                    {at && problemAt(at) && (
                      <span className="field-error" role="alert">
                        {problemAt(at)}
                      </span>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="article-error">
          {/* A problem worded beside its field is not repeated here in the core's terms. */}
          {problems.some(atField) ? t('fixMarked') : error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        {result && (
          <button type="button" className="primary" disabled={busy || !rows.some((r) => r.accepted)} onClick={() => void save()} data-testid="article-save">
            {t('save', { count: rows.filter((r) => r.accepted).length })}
          </button>
        )}
      </div>
    </Modal>
  );
}
