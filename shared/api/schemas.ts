/**
 * Field schemas shared by the contract's calls: one definition of what a valid date, title or URL is,
 * with messages a user can read next to a form field.
 */
import * as z from 'zod';
import { COUNT, TEXT } from '../limits';
import { CATEGORIES } from '../domain';
import { SOURCE_KINDS } from '../evidence';
import { comparePartialDates, isPartialDate } from '../dates';
import { fieldMessage } from './field-reasons';

const PAIR_ID = fieldMessage('field.pairId', 'a pair id is two country codes, such as CN-TJ');
const tooLong = (label: string, max: number) => fieldMessage('field.tooLong', `${label} is too long (at most ${max} characters)`, { max });

export const MAX_ID = 2 ** 31 - 1;

export const pairIdSchema = z
  .string()
  .max(5, PAIR_ID)
  .regex(/^[A-Z]{2}-[A-Z]{2}$/, PAIR_ID);

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, fieldMessage('field.countryCode', 'a country code is two letters (ISO 3166-1 alpha-2), such as CN or TJ'));

export const localizedNameInputSchema = z.strictObject({
  en: textSchema('English name', TEXT.name),
  ar: optionalTextSchema('Arabic name', TEXT.name),
  zh: optionalTextSchema('Chinese name', TEXT.name),
});

export const rowIdSchema = z.number().int().positive().max(MAX_ID);

export const partialDateSchema = z
  .string()
  // An empty date is missing, not malformed: say so (the form marks it required).
  .min(1, fieldMessage('field.dateRequired', 'a date is required'))
  .max(10, fieldMessage('field.dateTooLong', 'a date is YYYY, YYYY-MM or YYYY-MM-DD'))
  .refine((v) => v === '' || isPartialDate(v), fieldMessage('field.date', 'not a real date: use YYYY, YYYY-MM or YYYY-MM-DD (for example 2019, 2019-06 or 2019-06-15)'));

/** Trimmed text with a length limit; blank counts as missing. */
export function textSchema(label: string, max: number) {
  return z.string().trim().min(1, fieldMessage('field.required', `${label} is required`)).max(max, tooLong(label, max));
}

export function optionalTextSchema(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, tooLong(label, max))
    .nullish()
    .transform((v) => (v ? v : null));
}

export const httpUrlSchema = z
  .string()
  .trim()
  .max(TEXT.url, fieldMessage('field.urlTooLong', 'the link is too long'))
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, fieldMessage('field.url', 'a link must start with http:// or https://'));

export const sourceInputSchema = z.strictObject({
  publisher: textSchema('Publisher', TEXT.publisher),
  title: textSchema('Source title', TEXT.sourceTitle),
  date: partialDateSchema.nullish().transform((v) => v ?? null),
  language: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, fieldMessage('field.language', 'a language code such as en, ar or zh')),
  url: httpUrlSchema.nullish().transform((v) => (v ? v : null)),
  /** What the source is (shared/evidence.ts); unsaid for most of the user's own. */
  kind: z.enum(SOURCE_KINDS, fieldMessage('field.choose', 'choose one of the source kinds')).nullish(),
});

export const milestoneFieldsSchema = z.strictObject({
    pairId: pairIdSchema,
    category: z.enum(CATEGORIES, fieldMessage('field.choose', 'choose one of the categories')),
    title: textSchema('Title', TEXT.title),
    titleAr: optionalTextSchema('Arabic title', TEXT.title),
    titleZh: optionalTextSchema('Chinese title', TEXT.title),
    summary: optionalTextSchema('Summary', TEXT.summary),
    summaryAr: optionalTextSchema('Arabic summary', TEXT.summary).optional(),
    summaryZh: optionalTextSchema('Chinese summary', TEXT.summary).optional(),
    place: optionalTextSchema('Place', TEXT.place),
    people: z.array(textSchema('A name', TEXT.person)).max(COUNT.people, fieldMessage('field.tooMany', `at most ${COUNT.people} people`, { max: COUNT.people })).default([]),
    start: partialDateSchema,
    end: partialDateSchema.nullish().transform((v) => v ?? null),
    levelId: rowIdSchema.nullish().transform((v) => v ?? null),
    sources: z.array(sourceInputSchema).max(COUNT.sources, fieldMessage('field.tooMany', `at most ${COUNT.sources} sources`, { max: COUNT.sources })).default([]),
});

/** A refinement for anything with a start and an optional end. */
export const endNotBeforeStart: [(m: { start: string; end?: string | null }) => boolean, { path: string[]; message: string }] = [
  (m) => !m.end || comparePartialDates(m.end, m.start) >= 0,
  { path: ['end'], message: fieldMessage('field.endBeforeStart', 'the end date is before the start date') },
];

export const milestoneInputSchema = milestoneFieldsSchema.refine(...endNotBeforeStart);

export type SourceInput = z.output<typeof sourceInputSchema>;
export type MilestoneInput = z.output<typeof milestoneInputSchema>;

const shortList = (label: string) => z.array(z.string().trim().min(1).max(TEXT.name)).max(COUNT.choices, fieldMessage('field.tooMany', `at most ${COUNT.choices} ${label}`, { max: COUNT.choices })).default([]);

export const filtersSchema = z
  .strictObject({
    categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).default([]),
    levelKeys: shortList('levels'),
    from: partialDateSchema.nullish().transform((v) => v ?? null),
    to: partialDateSchema.nullish().transform((v) => v ?? null),
    languages: shortList('languages'),
    publishers: shortList('publishers'),
  })
  .refine((f) => !f.from || !f.to || comparePartialDates(f.to, f.from) >= 0, { path: ['to'], message: fieldMessage('field.periodEndBeforeStart', 'the end of the period is before its start') })
  .default({ categories: [], levelKeys: [], from: null, to: null, languages: [], publishers: [] });
