/**
 * The bundled dataset's file format (see README.md beside this file), as a zod schema:
 * the seed step and the validator both read files through it.
 */
import * as z from 'zod';
import { CATEGORIES, LANGUAGES, TEXT_FIELDS } from '../../shared/domain';
import { isPartialDate } from '../../shared/dates';
import { SOURCE_KINDS } from '../../shared/evidence';
import type { RelationEvent } from '../../shared/atlas/types';
import type { DatasetWorld } from './world-types';

/** The steps of diplomatic relations a milestone can be (migration 60's milestones.relation_event). */
export const RELATION_EVENTS = ['established', 'suspended', 'broken', 'restored'] as const satisfies readonly RelationEvent[];

const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'keys are lower-case words joined by "-"');
const partialDate = z.string().refine(isPartialDate, 'a date is YYYY, YYYY-MM or YYYY-MM-DD and must exist');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');
const text = (max: number) => z.string().trim().min(1).max(max);

export const localizedNameSchema = z.strictObject({
  en: text(200),
  ar: text(200).nullable(),
  zh: text(200).nullable(),
});

export const datasetCountrySchema = z.strictObject({ code: countryCode, name: localizedNameSchema });

export const datasetSourceSchema = z.strictObject({
  key,
  publisher: text(200),
  title: text(500),
  /** The original publication's date, as precise as it shows (a repost's date is not it). */
  date: partialDate.nullable(),
  /** ISO 639-1: en, ar or zh in the deep pairs; the world research also read sources in other languages. */
  language: z.string().regex(/^[a-z]{2}$/, 'a language is an ISO 639-1 code such as en, ar or zh'),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  kind: z.enum(SOURCE_KINDS),
  /** For a copy: the key of the source record it reproduces, when that record is in the dataset. */
  copy_of: key.optional(),
});

export const datasetLevelSchema = z.strictObject({
  key,
  name: localizedNameSchema,
  /** The level's tier on the cross-pair scale; filled in by the loader from the scale's mapping (world/research.json). */
  tier: z.number().int().min(1).optional(),
});

const quoteSchema = z.strictObject({ text: text(300), language: z.enum(LANGUAGES) });

export const datasetMilestoneSchema = z.strictObject({
  key,
  category: z.enum(CATEGORIES),
  title: text(300),
  title_ar: text(300).nullable().optional(),
  title_zh: text(300).nullable().optional(),
  summary_ar: text(4000).nullable().optional(),
  summary_zh: text(4000).nullable().optional(),
  /** The language the text was written from (default en: the English was written from English sources). */
  text_language: z.enum(LANGUAGES).optional(),
  /** Filled in by the loader: the text fields the translation files supplied (the editors' translations). */
  translated: z.array(z.enum(TEXT_FIELDS)).optional(),
  /** A short exact quotation in the source's own language (the official term of a level, say). */
  quote: quoteSchema.optional(),
  /** How the sources disagree (on the date, on the level), when they do. */
  disagreement: text(1000).optional(),
  /** Keys of milestones this one replaces (merged into it): the seed step retires their rows. */
  replaces: z.array(key).optional(),
  start: partialDate,
  end: partialDate.nullable().optional(),
  place: text(200).nullable().optional(),
  people: z.array(text(120)).max(40).optional(),
  summary: text(4000).nullable().optional(),
  /** For a diplomatic milestone: the step of the relations it is (established, suspended, broken, restored). */
  relation_event: z.enum(RELATION_EVENTS).optional(),
  /** Key of the ladder level this milestone set, if it changed the partnership level. */
  sets_level: key.nullable().optional(),
  /** Keys into sources/*.json; at least one. */
  sources: z.array(key).min(1, 'every milestone names at least one source'),
});

/** A milestone that concerns several pairs, stored once (shared/*.json); its first pair is its home. */
export const datasetSharedMilestoneSchema = datasetMilestoneSchema.omit({ sets_level: true, relation_event: true }).extend({
  pairs: z.array(z.string().regex(/^[A-Z]{2}-[A-Z]{2}$/)).min(2, 'a shared milestone concerns at least two pairs'),
});

export const datasetSharedSchema = z.strictObject({ milestones: z.array(datasetSharedMilestoneSchema) });

/** The editors' Arabic and Chinese for a pair's milestones and levels (translations/<PAIR>.json). */
const translatedText = z.strictObject({ ar: text(4000).optional(), zh: text(4000).optional() });
export const datasetTranslationsSchema = z.strictObject({
  milestones: z.record(key, z.strictObject({ title: translatedText.optional(), summary: translatedText.optional() })).default({}),
  levels: z.record(key, translatedText).default({}),
});

export const datasetPairSchema = z.strictObject({
  pair: z.string().regex(/^[A-Z]{2}-[A-Z]{2}$/),
  /**
   * "deep" (a pair file, under the full grounding rules) or "world" (built from world/research.json by the loader,
   * under the atlas rules: every step and rung sourced, every level on a tier, codes valid). Default deep.
   */
  scope: z.enum(['deep', 'world']).optional(),
  /** Key of the milestone that established diplomatic relations (category "diplomatic"). */
  established: key.optional(),
  /** Lowest level first. */
  ladder: z.array(datasetLevelSchema),
  milestones: z.array(datasetMilestoneSchema),
});

export const datasetManifestSchema = z.strictObject({
  format: z.literal(1),
  /** Raised with every change of content; a newer version updates existing databases. */
  version: z.number().int().positive(),
  /** When this version was released, YYYY-MM-DD: the date of the dataset's citation. */
  released: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  countries: z.array(datasetCountrySchema).min(2),
  /** Keys of milestones left out of the dataset: the seed step removes their rows (unless the user edited them). */
  retired: z.array(key).optional(),
  /** Pair ids in display order; each has pairs/<id>.json. */
  pairs: z.array(z.string().regex(/^[A-Z]{2}-[A-Z]{2}$/)),
});

export const datasetSourcesSchema = z.strictObject({ sources: z.array(datasetSourceSchema) });

export type DatasetManifest = z.infer<typeof datasetManifestSchema>;
export type DatasetSource = z.infer<typeof datasetSourceSchema>;
export type DatasetPair = z.infer<typeof datasetPairSchema>;
export type DatasetMilestone = z.infer<typeof datasetMilestoneSchema>;
export type DatasetSharedMilestone = z.infer<typeof datasetSharedMilestoneSchema>;
export type DatasetTranslations = z.infer<typeof datasetTranslationsSchema>;

export interface Dataset {
  manifest: DatasetManifest;
  sources: DatasetSource[];
  pairs: DatasetPair[];
  /** Milestones of several pairs, each stored once. */
  shared: DatasetSharedMilestone[];
  /** China and the world (world/): country codes, M49 regions, the tier scale, the world pairs' ids. */
  world?: DatasetWorld;
}
