/**
 * A milestone row of an import file checked against `exportedMilestoneSchema`, fast: a hand-written pass
 * accepts the rows that are plainly valid (nearly all of a real file) and builds the same output zod
 * would; anything it does not accept goes through zod itself, so every refusal carries zod's message.
 * The fast path may only be stricter than the schema, never looser (import.test checks both agree).
 */
import type { z } from 'zod';
import { COUNT, TEXT } from '../../shared/limits';
import { CATEGORIES } from '../../shared/domain';
import { comparePartialDates, isPartialDate } from '../../shared/dates';
import { exportedMilestoneSchema } from './document';
import type { RowProblem } from './rows';
import { fieldReason } from '../../shared/api/field-reasons';
import { SOURCE_KINDS } from '../../shared/evidence';
import { TEXT_FIELDS } from '../../shared/domain';

export type ValidMilestone = z.output<typeof exportedMilestoneSchema>;
export type RowCheck = { ok: true; value: ValidMilestone } | { ok: false; problem: RowProblem };

const FIELDS = new Set(['category', 'title', 'titleAr', 'titleZh', 'summary', 'summaryAr', 'summaryZh', 'place', 'people', 'start', 'end', 'level', 'sources',
  'datasetKey', 'modified', 'established', 'alsoPairs', 'translated', 'quote', 'quoteLanguage', 'disagreement']);
const SOURCE_FIELDS = new Set(['publisher', 'title', 'date', 'language', 'url', 'kind']);
const SOURCE_KIND_SET = new Set<unknown>(SOURCE_KINDS);
const CATEGORY_SET = new Set<string>(CATEGORIES);
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const PAIR_ID = /^[A-Z]{2}-[A-Z]{2}$/;
const TEXT_FIELD_SET = new Set<unknown>(TEXT_FIELDS);

/** Thrown inside the fast path: "let zod decide". */
const SLOW = Symbol('slow');
const slow = (): never => {
  throw SLOW;
};

const required = (v: unknown, max: number): string => {
  if (typeof v !== 'string') return slow();
  const t = v.trim();
  return t.length >= 1 && t.length <= max ? t : slow();
};
const optional = (v: unknown, max: number): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') return slow();
  const t = v.trim();
  return t.length <= max ? t || null : slow();
};
/** Trimmed text of `min`..`max` characters, or null when absent (the schema's nullish `.min(n)` strings: blank is refused). */
const bounded = (v: unknown, min: number, max: number): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') return slow();
  const t = v.trim();
  return t.length >= min && t.length <= max ? t : slow();
};
const date = (v: unknown): string => (typeof v === 'string' && v.length <= 10 && isPartialDate(v) ? v : slow());
const optionalDate = (v: unknown): string | null => (v === undefined || v === null ? null : date(v));
const key = (v: unknown): string | null => (v === undefined || v === null ? null : typeof v === 'string' && v.length <= 200 && KEY.test(v) ? v : slow());
const flag = (v: unknown): boolean => (v === undefined ? false : typeof v === 'boolean' ? v : slow());

const urls = new Map<string, boolean>();
function httpUrl(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') return slow();
  const t = v.trim();
  if (t.length > TEXT.url) return slow();
  let ok = urls.get(t);
  if (ok === undefined) {
    try {
      const u = new URL(t);
      ok = u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      ok = false;
    }
    if (urls.size > 10_000) urls.clear();
    urls.set(t, ok);
  }
  return ok ? t || null : slow();
}

const pairId = (v: unknown): string => (typeof v === 'string' && PAIR_ID.test(v) ? v : slow());
const textField = (v: unknown): ValidMilestone['translated'] extends (infer F)[] | null ? F : never => (TEXT_FIELD_SET.has(v) ? (v as never) : slow());

function source(v: unknown) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return slow();
  const s = v as Record<string, unknown>;
  for (const k in s) if (!SOURCE_FIELDS.has(k)) slow();
  const language = typeof s.language === 'string' ? s.language.trim() : slow();
  if (!LANGUAGE.test(language)) slow();
  const publisher = required(s.publisher, TEXT.publisher);
  const title = required(s.title, TEXT.sourceTitle);
  const date = optionalDate(s.date);
  const url = httpUrl(s.url);
  // As the schema's nullish kind: kept as given (absent, null or a known kind).
  if (!('kind' in s)) return { publisher, title, date, language, url };
  if (s.kind !== null && s.kind !== undefined && !SOURCE_KIND_SET.has(s.kind)) slow();
  return { publisher, title, date, language, url, kind: s.kind as ValidMilestone['sources'][number]['kind'] };
}

function fast(m: Record<string, unknown>, except: string | undefined): ValidMilestone {
  for (const k in m) if (!FIELDS.has(k) && k !== except) slow();
  if (typeof m.category !== 'string' || !CATEGORY_SET.has(m.category)) slow();
  const people = m.people === undefined ? [] : Array.isArray(m.people) && m.people.length <= COUNT.people ? m.people.map((p) => required(p, TEXT.person)) : slow();
  const sources = m.sources === undefined ? [] : Array.isArray(m.sources) && m.sources.length <= COUNT.sources ? m.sources.map(source) : slow();
  const start = date(m.start);
  const end = optionalDate(m.end);
  if (end !== null && comparePartialDates(end, start) < 0) slow();
  return {
    category: m.category as ValidMilestone['category'],
    title: required(m.title, TEXT.title),
    titleAr: optional(m.titleAr, TEXT.title),
    titleZh: optional(m.titleZh, TEXT.title),
    summary: optional(m.summary, TEXT.summary),
    place: optional(m.place, TEXT.place),
    people,
    start,
    end,
    sources,
    level: key(m.level),
    datasetKey: key(m.datasetKey),
    modified: flag(m.modified),
    established: flag(m.established),
    // Absent stays absent (the schema's .optional()); null and blank become null.
    summaryAr: m.summaryAr === undefined ? undefined : optional(m.summaryAr, 4000),
    summaryZh: m.summaryZh === undefined ? undefined : optional(m.summaryZh, 4000),
    alsoPairs: m.alsoPairs === undefined ? [] : Array.isArray(m.alsoPairs) && m.alsoPairs.length <= 50 ? m.alsoPairs.map(pairId) : slow(),
    translated: m.translated === undefined || m.translated === null ? null : Array.isArray(m.translated) && m.translated.length <= TEXT_FIELDS.length ? m.translated.map(textField) : slow(),
    quote: bounded(m.quote, 1, 300),
    quoteLanguage: bounded(m.quoteLanguage, 2, 12),
    disagreement: bounded(m.disagreement, 1, 1000),
  };
}

/** The first three issues in English; the first as the reason the renderer words, with its field. */
function describe(error: z.ZodError): RowProblem {
  const message = error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  const first = error.issues[0];
  return { message, why: { ...fieldReason(first), ...(first.path.length ? { field: first.path.join('.') } : {}) } };
}

/** Through zod only: the reference the fast path is tested against. */
export function checkMilestoneWithSchema(fields: Record<string, unknown>): RowCheck {
  const parsed = exportedMilestoneSchema.safeParse(fields);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: describe(parsed.error) };
}

/**
 * `fields` checked as a milestone; `except` names a key of `fields` that is not the milestone's (a row's
 * pair id) and is left out, without a copy of the row unless zod has to look at it.
 */
export function checkMilestone(fields: Record<string, unknown>, except?: string): RowCheck {
  try {
    return { ok: true, value: fast(fields, except) };
  } catch (error) {
    if (error !== SLOW) throw error;
    if (except === undefined || !(except in fields)) return checkMilestoneWithSchema(fields);
    const { [except]: _left, ...rest } = fields;
    return checkMilestoneWithSchema(rest);
  }
}
