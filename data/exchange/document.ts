/**
 * The app's own exchange format ("bilateral-timelines" JSON, documented in README.md here): everything
 * needed to rebuild the exported pairs exactly. Read and written through this zod schema only.
 */
import * as z from 'zod';
import { endNotBeforeStart, localizedNameInputSchema, milestoneFieldsSchema, pairIdSchema, countryCodeSchema } from '../../shared/api/schemas';
import type { Db } from '../db/open';
import { ladderOf } from '../repositories/levels';
import { listCountries } from '../repositories/countries';
import type { MilestoneFilters } from '../../shared/filters';
import { filterCondition } from '../repositories/filter-sql';
import { inPairSql, pairIdsSql } from '../repositories/pair-membership';
import type { SharedTextColumns } from '../repositories/milestones';
import { TEXT_FIELDS } from '../../shared/domain';

export const FORMAT_NAME = 'bilateral-timelines';
export const FORMAT_VERSION = 1;

const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);

/** A milestone as exported: the contract's milestone fields, with its level by key and dataset bookkeeping. */
export const exportedMilestoneSchema = milestoneFieldsSchema.omit({ pairId: true, levelId: true }).extend({
  level: key.nullish().transform((v) => v ?? null),
  datasetKey: key.nullish().transform((v) => v ?? null),
  modified: z.boolean().default(false),
  established: z.boolean().default(false),
  /** Further pairs of the file this milestone concerns (a shared event is written once, under its first pair). */
  alsoPairs: z.array(pairIdSchema).max(50).default([]),
  /** Text fields that are the dataset editors' translations. */
  translated: z.array(z.enum(TEXT_FIELDS)).max(TEXT_FIELDS.length).nullish().transform((v) => v ?? null),
  quote: z.string().trim().min(1).max(300).nullish().transform((v) => v ?? null),
  quoteLanguage: z.string().trim().min(2).max(12).nullish().transform((v) => v ?? null),
  disagreement: z.string().trim().min(1).max(1000).nullish().transform((v) => v ?? null),
}).refine(...endNotBeforeStart);

export const exportDocumentSchema = z.strictObject({
  format: z.literal(FORMAT_NAME, `not a ${FORMAT_NAME} file`),
  version: z.number().int().min(1).max(FORMAT_VERSION, `this file was written by a newer version of the app (format version above ${FORMAT_VERSION})`),
  exportedAt: z.string().max(40).optional(),
  countries: z.array(z.strictObject({ code: countryCodeSchema, name: localizedNameInputSchema })).max(500),
  pairs: z
    .array(
      z.strictObject({
        id: pairIdSchema,
        ladder: z.array(z.strictObject({ key, name: localizedNameInputSchema })).max(50),
        // Validated row by row on import, so that one bad milestone is reported, not the whole file refused.
        milestones: z.array(z.unknown()).max(1_000_000),
      }),
    )
    .max(1000),
});

export type ExportDocument = z.input<typeof exportDocumentSchema>;
export type ExportedMilestone = z.input<typeof exportedMilestoneSchema>;

interface MilestoneRow extends SharedTextColumns {
  id: number;
  pair_id: string;
  category: string;
  title: string;
  title_ar: string | null;
  title_zh: string | null;
  summary: string | null;
  place: string | null;
  people: string;
  start_date: string;
  end_date: string | null;
  level_key: string | null;
  dataset_key: string | null;
  modified: number;
  established: number;
  /** JSON array of the milestone's sources, in order. */
  sources: string;
}

/** One exported pair: its ladder, and its milestones read from the database as they are iterated. */
export interface ExportedPairReader {
  id: string;
  ladder: ExportDocument['pairs'][number]['ladder'];
  milestones(): IterableIterator<ExportedMilestone>;
  /** The most sources one of its milestones has (CSV's columns), counted without reading the milestones. */
  maxSources(): number;
}

/** An export not yet read: everything but the milestones, which each pair yields row by row. */
export interface ExportReader {
  head: Omit<ExportDocument, 'pairs'>;
  pairs: ExportedPairReader[];
}

/**
 * The pairs (all when `pairIds` is null) and the milestones the filters let through, in date order, read
 * row by row (an export of a million milestones never holds them all). A milestone shared by several
 * exported pairs is written once, under the first of them, naming the others; pairs are to be read in order.
 */
export function readExport(
  db: Db,
  pairIds: string[] | null,
  filters?: MilestoneFilters,
  /** Under every pair it concerns (what a chart of each pair draws), not once per file (what an import reads). */
  repeatShared = false,
): ExportReader {
  const ids = pairIds ?? (db.prepare('SELECT id FROM pairs ORDER BY sort_order, id').pluck().all() as string[]);
  const exported = new Set(ids);
  const used = new Set(ids.flatMap((id) => id.split('-')));
  const cond = filters ? filterCondition(db, filters, ids) : { sql: '1', params: {} };
  const from = `FROM milestones m JOIN pairs p ON p.id = m.pair_id LEFT JOIN partnership_levels l ON l.id = m.level_id
    WHERE ${inPairSql('m', 'pairId')} AND ${cond.sql}`;
  // Most milestones belong to their home pair only: the list of pairs is built only for those that are shared.
  const pairsOfRow = `CASE WHEN EXISTS (SELECT 1 FROM milestone_pairs WHERE milestone_id = m.id) THEN ${pairIdsSql('m')} ELSE json_array(m.pair_id) END`;
  const rows = db.prepare(`SELECT m.id, m.pair_id, ${pairsOfRow} AS pair_ids, m.category, m.title, m.title_ar, m.title_zh,
      m.summary, m.summary_ar, m.summary_zh, m.translated, m.quote, m.quote_language, m.disagreement, m.place, m.people,
      m.start_date, m.end_date, l.key AS level_key, m.dataset_key, m.modified,
      (p.established_milestone_id IS m.id) AS established,
      (SELECT json_group_array(json_object('publisher', s.publisher, 'title', s.title, 'date', s.date, 'language', s.language, 'url', s.url, 'kind', s.kind))
        FROM (SELECT s.* FROM milestone_sources ms JOIN sources s ON s.id = ms.source_id WHERE ms.milestone_id = m.id ORDER BY ms.position, s.id) s) AS sources
    ${from} ORDER BY m.start_date, m.id`);
  const mostSources = db.prepare(`SELECT coalesce(max((SELECT count(*) FROM milestone_sources ms JOIN sources s ON s.id = ms.source_id WHERE ms.milestone_id = m.id)), 0) ${from}`).pluck();
  // Only what can come twice is remembered: a shared milestone (or any, when a pair is asked for twice).
  const askedTwice = exported.size !== ids.length;
  const written = new Set<number>();
  // Once per file: under its home pair when that is exported, else under the first exported pair it concerns.
  const once = (r: MilestoneRow, pairId: string, pairs: string[]) => {
    if (r.pair_id !== pairId && exported.has(r.pair_id)) return false;
    if (!askedTwice && pairs.length === 1) return true;
    if (written.has(r.id)) return false;
    written.add(r.id);
    return true;
  };
  function* milestonesOf(pairId: string): IterableIterator<ExportedMilestone> {
    for (const r of rows.iterate({ ...cond.params, pairId }) as IterableIterator<MilestoneRow>) {
      const pairs = JSON.parse(r.pair_ids) as string[];
      if (!repeatShared && !once(r, pairId, pairs)) continue;
      yield {
        category: r.category as ExportedMilestone['category'],
        title: r.title,
        titleAr: r.title_ar,
        titleZh: r.title_zh,
        summary: r.summary,
        summaryAr: r.summary_ar,
        summaryZh: r.summary_zh,
        place: r.place,
        people: JSON.parse(r.people) as string[],
        start: r.start_date,
        end: r.end_date,
        level: r.level_key,
        sources: JSON.parse(r.sources) as ExportedMilestone['sources'],
        datasetKey: r.dataset_key,
        modified: r.modified === 1,
        established: r.established === 1,
        alsoPairs: pairs.filter((p) => p !== pairId && exported.has(p)),
        translated: r.translated === null ? null : (JSON.parse(r.translated) as ExportedMilestone['translated']),
        quote: r.quote,
        quoteLanguage: r.quote_language,
        disagreement: r.disagreement,
      };
    }
  }
  return {
    head: {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      exportedAt: new Date().toISOString(),
      countries: listCountries(db).filter((c) => used.has(c.code)),
    },
    pairs: ids.map((pairId) => ({
      id: pairId,
      ladder: ladderOf(db, pairId).map((l) => ({ key: l.key, name: l.name })),
      milestones: () => milestonesOf(pairId),
      maxSources: () => mostSources.get({ ...cond.params, pairId }) as number,
    })),
  };
}

/** The whole export in memory: for what is drawn from it (an image of a few pairs), not for a file of the database. */
export function collectExport(db: Db, pairIds: string[] | null, filters?: MilestoneFilters, repeatShared = false): ExportDocument {
  const { head, pairs } = readExport(db, pairIds, filters, repeatShared);
  return { ...head, pairs: pairs.map((p) => ({ id: p.id, ladder: p.ladder, milestones: [...p.milestones()] })) };
}
