import type { Db } from '../db/open';
import type { Category, MilestoneDetail, MilestoneItem, Source } from '../../shared/domain';
import { findLevel } from './levels';
import { findOrInsertSource } from './sources';
import type { MilestoneInput } from '../../shared/api/schemas';
import { precisionOf } from '../../shared/dates';
import { sql, type Query, type SqlCondition } from '../db/sql';
import { prepare } from '../db/statements';
import { inPairSql, pairIdsSql, pairMilestonesSql } from './pair-membership';
import { independentSourceCount, type SourceKind } from '../../shared/evidence';
import { personName, placeName } from '../dataset/names';
import { JsonText } from '../../shared/api/json-text';

/** A milestone row as the chart's query reads it (other queries extend it). */
export interface ItemRow {
  id: number;
  category: Category;
  title: string;
  title_ar: string | null;
  title_zh: string | null;
  start_date: string;
  end_date: string | null;
  level_id: number | null;
}

export function toItem(r: ItemRow): MilestoneItem {
  return { id: r.id, category: r.category, title: r.title, titleAr: r.title_ar, titleZh: r.title_zh, start: r.start_date, end: r.end_date, levelId: r.level_id };
}

/** The chart's columns, in the order `timelineItems` reads them as arrays. */
const ITEM_COLUMNS = 'm.id, m.category, m.title, m.title_ar, m.title_zh, m.start_date, m.end_date, m.level_id';
type ItemTuple = [number, Category, string, string | null, string | null, string, string | null, number | null];

/**
 * The chart's rows: only the columns it draws, in date order (ties by id, so the order is stable).
 * Read as arrays (`raw`) and shaped here: better-sqlite3 builds each row object key by key, which was
 * half the call's time for a pair of 1 000 milestones under load. Prepared once per filter shape.
 */
export function timelineItems(db: Db, pairId: string, where?: SqlCondition): MilestoneItem[] {
  const rows = prepare<[Record<string, unknown>], ItemTuple>(db, `${pairMilestonesSql(ITEM_COLUMNS, where?.sql ?? '1', 'pairId')}
      ORDER BY start_date, id`)
    .raw(true)
    .all({ ...where?.params, pairId });
  const items = new Array<MilestoneItem>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, category, title, titleAr, titleZh, start, end, levelId] = rows[i];
    items[i] = { id, category, title, titleAr, titleZh, start, end, levelId };
  }
  return items;
}

/**
 * The same rows as `timelineItems`, in the same order and shape, as one JSON array in UTF-8 (a BLOB: never
 * a JS string), for the HTTP server to send as it is (shared/api/json-text.ts). Aggregated in the order of
 * the ordered subquery, which SQLite does not flatten into an aggregate: an ORDER BY inside
 * json_group_array sorted every row again (1.7 ms against 1.05 for 1 100 rows). server/http-api.test.ts
 * checks the order against timelineItems.
 */
export function timelineItemsJson(db: Db, pairId: string, where?: SqlCondition): JsonText<MilestoneItem[]> {
  const utf8 = prepare<[Record<string, unknown>], Buffer>(db, `SELECT CAST(json_group_array(json_object('id', id, 'category', category, 'title', title,
      'titleAr', title_ar, 'titleZh', title_zh, 'start', start_date, 'end', end_date, 'levelId', level_id)) AS BLOB)
    FROM (${pairMilestonesSql(ITEM_COLUMNS, where?.sql ?? '1', 'pairId')} ORDER BY start_date, id)`)
    .pluck()
    .get({ ...where?.params, pairId })!;
  return new JsonText(utf8);
}

/** The columns of migrations 0050 and 0055 that the detail and the export read alike. */
export interface SharedTextColumns {
  /** JSON array of the milestone's pairs, its home first (pairIdsSql). */
  pair_ids: string;
  summary_ar: string | null;
  summary_zh: string | null;
  translated: string | null;
  quote: string | null;
  quote_language: string | null;
  disagreement: string | null;
}

interface DetailRow extends ItemRow, SharedTextColumns {
  pair_id: string;
  summary: string | null;
  place: string | null;
  people: string;
  dataset_key: string | null;
  modified: number;
}

interface SourceRow {
  id: number;
  publisher: string;
  title: string;
  date: string | null;
  language: string;
  url: string | null;
  kind: SourceKind | null;
  copy_of_publisher: string | null;
}

export function sourcesOf(db: Db, milestoneId: number): Source[] {
  const rows = prepare(db, `SELECT s.id, s.publisher, s.title, s.date, s.language, s.url, s.kind, o.publisher AS copy_of_publisher FROM milestone_sources ms
      JOIN sources s ON s.id = ms.source_id LEFT JOIN sources o ON o.id = s.copy_of_id WHERE ms.milestone_id = ? ORDER BY ms.position, s.id`)
    .all(milestoneId) as SourceRow[];
  return rows.map(({ copy_of_publisher, ...s }) => ({ ...s, copyOfPublisher: copy_of_publisher }));
}

export function milestoneDetail(db: Db, id: number): MilestoneDetail | undefined {
  const r = prepare(db, `SELECT m.id, m.pair_id, ${pairIdsSql('m')} AS pair_ids, m.category, m.title, m.title_ar, m.title_zh, m.summary,
      m.summary_ar, m.summary_zh, m.translated, m.quote, m.quote_language, m.disagreement, m.place, m.people, m.start_date,
      m.end_date, m.level_id, m.dataset_key, m.modified FROM milestones m WHERE m.id = ?`)
    .get(id) as DetailRow | undefined;
  if (!r) return undefined;
  const sources = sourcesOf(db, r.id);
  const people = JSON.parse(r.people) as string[];
  return {
    ...toItem(r),
    pairId: r.pair_id,
    pairIds: JSON.parse(r.pair_ids) as string[],
    titleAr: r.title_ar,
    titleZh: r.title_zh,
    summary: r.summary,
    summaryAr: r.summary_ar,
    summaryZh: r.summary_zh,
    translated: r.translated === null ? null : (JSON.parse(r.translated) as MilestoneDetail['translated']),
    quote: r.quote === null ? null : { text: r.quote, language: r.quote_language ?? 'en' },
    disagreement: r.disagreement,
    independentSources: independentSourceCount(sources),
    place: r.place,
    people,
    placeName: r.place === null ? null : placeName(r.place),
    peopleNames: people.map(personName),
    level: r.level_id === null ? null : (findLevel(db, r.level_id) ?? null),
    sources,
    bundled: r.dataset_key !== null,
    modified: r.modified === 1,
  };
}

/** A milestone's column values, as the INSERT and UPDATE statements name them. */
/** The row's values; `pairId` and `levelId` given apart let a bulk caller pass its checked row as it is (no copy per row). */
export function milestoneRowParams(m: Omit<MilestoneInput, 'pairId' | 'levelId'>, pairId: string, levelId: number | null) {
  return {
    pairId,
    category: m.category,
    title: m.title,
    titleAr: m.titleAr,
    titleZh: m.titleZh,
    summary: m.summary,
    summaryAr: m.summaryAr ?? null,
    summaryZh: m.summaryZh ?? null,
    place: m.place,
    people: JSON.stringify(m.people),
    start: m.start,
    startPrecision: precisionOf(m.start),
    end: m.end,
    endPrecision: m.end ? precisionOf(m.end) : null,
    levelId,
  };
}

/** Links a milestone to a source at a position (the one statement that writes milestone_sources). */
export function linkSource(db: Db, milestoneId: number, sourceId: number, position: number): void {
  prepare(db, 'INSERT OR IGNORE INTO milestone_sources (milestone_id, source_id, position) VALUES (?, ?, ?)').run(milestoneId, sourceId, position);
}

function linkSources(db: Db, milestoneId: number, sources: MilestoneInput['sources']): void {
  prepare(db, 'DELETE FROM milestone_sources WHERE milestone_id = ?').run(milestoneId);
  sources.forEach((s, i) => linkSource(db, milestoneId, findOrInsertSource(db, s), i));
}

/** A milestone row's values with the bookkeeping an import or the dataset carries. */
export type MilestoneRowParams = ReturnType<typeof milestoneRowParams> & {
  datasetKey?: string | null;
  modified?: number;
  translated?: string | null;
  quote?: string | null;
  quoteLanguage?: string | null;
  disagreement?: string | null;
};

const MILESTONE_COLUMNS = `pair_id, category, title, title_ar, title_zh, summary, summary_ar, summary_zh,
      translated, quote, quote_language, disagreement, place, people,
      start_date, start_precision, end_date, end_precision, level_id, dataset_key, modified`;
const MILESTONE_VALUES = `(${Array(21).fill('?').join(', ')})`;

/** A row's values in the order of MILESTONE_COLUMNS, appended to `out`. */
function pushMilestoneValues(out: unknown[], p: MilestoneRowParams): void {
  out.push(p.pairId, p.category, p.title, p.titleAr, p.titleZh, p.summary, p.summaryAr, p.summaryZh,
    p.translated ?? null, p.quote ?? null, p.quoteLanguage ?? null, p.disagreement ?? null, p.place, p.people,
    p.start, p.startPrecision, p.end, p.endPrecision, p.levelId, p.datasetKey ?? null, p.modified ?? 0);
}

/**
 * Inserts one milestone row (no sources); returns its id. Prepared once per connection: bulk paths call it
 * per row. Bound by position, not by name: better-sqlite3 looks each named parameter up in the object,
 * which took half the insert's time in a 100 000-row import.
 */
export function insertMilestoneRow(db: Db, p: MilestoneRowParams): number {
  const values: unknown[] = [];
  pushMilestoneValues(values, p);
  return Number(prepare<unknown[]>(db, `INSERT INTO milestones (${MILESTONE_COLUMNS}) VALUES ${MILESTONE_VALUES}`).run(values).lastInsertRowid);
}

/** Rows a bulk insert writes per statement: each statement's own cost (a call, a step, a reset) shared. */
export const ROWS_PER_INSERT = 32;

/**
 * Inserts milestone rows in order, ROWS_PER_INSERT to a statement (one statement per full batch and one for
 * a single row: two shapes, prepared once); returns the first row's id. A table whose ids are below the
 * largest rowid SQLite can give numbers each new row one above the last, so the rows' ids are consecutive.
 */
export function insertMilestoneRows(db: Db, rows: readonly MilestoneRowParams[]): number {
  if (rows.length === 0) throw new Error('insertMilestoneRows needs a row');
  const batch = prepare<unknown[]>(db, `INSERT INTO milestones (${MILESTONE_COLUMNS}) VALUES ${Array(ROWS_PER_INSERT).fill(MILESTONE_VALUES).join(', ')}`);
  const values: unknown[] = [];
  let i = 0;
  let first = 0;
  for (; i + ROWS_PER_INSERT <= rows.length; i += ROWS_PER_INSERT) {
    values.length = 0;
    for (let j = i; j < i + ROWS_PER_INSERT; j++) pushMilestoneValues(values, rows[j]);
    const last = Number(batch.run(values).lastInsertRowid);
    if (i === 0) first = last - ROWS_PER_INSERT + 1;
  }
  for (; i < rows.length; i++) {
    const id = insertMilestoneRow(db, rows[i]);
    if (i === 0) first = id;
  }
  return first;
}

/**
 * Links milestones to sources, given as flat (milestone id, source id, position) triples, in order, as
 * `linkSource` would one by one (a repeated pair keeps its first position), ROWS_PER_INSERT to a statement.
 */
export function linkSourcesInOrder(db: Db, triples: readonly number[]): void {
  const batch = prepare<unknown[]>(db, `INSERT OR IGNORE INTO milestone_sources (milestone_id, source_id, position) VALUES ${Array(ROWS_PER_INSERT).fill('(?, ?, ?)').join(', ')}`);
  const per = 3 * ROWS_PER_INSERT;
  let i = 0;
  for (; i + per <= triples.length; i += per) batch.run(triples.slice(i, i + per));
  for (; i < triples.length; i += 3) linkSource(db, triples[i], triples[i + 1], triples[i + 2]);
}

/** A bundled milestone's row as the dataset gives it (matched by its dataset key). */
export interface BundledMilestoneParams {
  pair: string;
  key: string;
  category: Category;
  title: string;
  titleAr: string | null;
  titleZh: string | null;
  summary: string | null;
  summaryAr: string | null;
  summaryZh: string | null;
  translated: string;
  quote: string | null;
  quoteLanguage: string | null;
  disagreement: string | null;
  place: string | null;
  people: string;
  start: string;
  startPrecision: string;
  end: string | null;
  endPrecision: string | null;
  levelId: number | null;
  relationEvent: string | null;
}

/**
 * Inserts or refreshes a bundled milestone by its dataset key; one the user edited is left alone unless
 * `reset`. Returns its id, or undefined where it was left alone.
 */
export function upsertBundledMilestone(db: Db, p: BundledMilestoneParams, reset: boolean): number | undefined {
  const row = prepare<[object], { id: number }>(db, `
    INSERT INTO milestones (pair_id, category, title, title_ar, title_zh, summary, summary_ar, summary_zh, translated,
      quote, quote_language, disagreement, place, people, start_date, start_precision, end_date, end_precision, level_id, dataset_key, relation_event)
    VALUES (@pair, @category, @title, @titleAr, @titleZh, @summary, @summaryAr, @summaryZh, @translated,
      @quote, @quoteLanguage, @disagreement, @place, @people, @start, @startPrecision, @end, @endPrecision, @levelId, @key, @relationEvent)
    ON CONFLICT (dataset_key) DO UPDATE SET pair_id = excluded.pair_id, category = excluded.category, title = excluded.title,
      title_ar = excluded.title_ar, title_zh = excluded.title_zh, summary = excluded.summary, summary_ar = excluded.summary_ar,
      summary_zh = excluded.summary_zh, translated = excluded.translated, quote = excluded.quote,
      quote_language = excluded.quote_language, disagreement = excluded.disagreement, place = excluded.place,
      people = excluded.people, start_date = excluded.start_date, start_precision = excluded.start_precision,
      end_date = excluded.end_date, end_precision = excluded.end_precision, level_id = excluded.level_id,
      relation_event = excluded.relation_event, modified = 0
    WHERE milestones.modified = 0 OR @reset
    RETURNING id`).get({ ...p, reset: reset ? 1 : 0 });
  return row?.id;
}

/** Replaces a milestone's source links (in order; an unknown source is skipped) and its further pairs. */
export function replaceMilestoneLinks(db: Db, milestoneId: number, sourceIds: readonly (number | undefined)[], furtherPairs: readonly string[]): void {
  prepare(db, 'DELETE FROM milestone_sources WHERE milestone_id = ?').run(milestoneId);
  sourceIds.forEach((sourceId, position) => {
    if (sourceId !== undefined) linkSource(db, milestoneId, sourceId, position);
  });
  prepare(db, 'DELETE FROM milestone_pairs WHERE milestone_id = ?').run(milestoneId);
  for (const pairId of furtherPairs) linkMilestoneToPair(db, pairId, milestoneId);
}

/** Deletes a milestone row without a tombstone: the dataset itself retired it. */
export function deleteRetiredMilestone(db: Db, id: number): void {
  prepare(db, 'DELETE FROM milestones WHERE id = ?').run(id);
}

/** The statement that takes back every milestone inserted after `lastId` (an import's undo; links and index rows go with them). */
export function deleteMilestonesAfter(lastId: number): Query {
  return sql`DELETE FROM milestones WHERE id > ${lastId}`;
}

/**
 * Before a pair is deleted: each of its milestones shared with other pairs moves home to the first of
 * them (and stops being linked there), so that it stays.
 */
export function rehomeSharedMilestones(db: Db, pairId: string): void {
  prepare(db, `UPDATE milestones SET pair_id = (SELECT min(mp.pair_id) FROM milestone_pairs mp WHERE mp.milestone_id = milestones.id AND mp.pair_id <> @id)
      WHERE pair_id = @id AND EXISTS (SELECT 1 FROM milestone_pairs mp WHERE mp.milestone_id = milestones.id AND mp.pair_id <> @id)`).run({ id: pairId });
  prepare(db, 'DELETE FROM milestone_pairs WHERE EXISTS (SELECT 1 FROM milestones m WHERE m.id = milestone_pairs.milestone_id AND m.pair_id = milestone_pairs.pair_id)').run();
}

/** Before a pair is deleted: its bundled milestones are marked deleted, so a dataset update does not bring them back. */
export function tombstonePairMilestones(db: Db, pairId: string): void {
  prepare(db, 'INSERT OR IGNORE INTO dataset_tombstones (key) SELECT dataset_key FROM milestones WHERE pair_id = ? AND dataset_key IS NOT NULL').run(pairId);
}

/** Shows a milestone on a further pair's timeline (a shared event). */
export function linkMilestoneToPair(db: Db, pairId: string, milestoneId: number): void {
  prepare(db, 'INSERT OR IGNORE INTO milestone_pairs (pair_id, milestone_id) VALUES (?, ?)').run(pairId, milestoneId);
}

/** Inserts a user milestone with its sources, in one transaction; returns its id. */
export function insertMilestone(db: Db, m: MilestoneInput): number {
  return db.transaction(() => {
    const id = insertMilestoneRow(db, milestoneRowParams(m, m.pairId, m.levelId));
    linkSources(db, id, m.sources);
    return id;
  })();
}

/**
 * Replaces a milestone's fields and sources; a bundled one is marked modified. A text field the edit changes
 * is the user's words now, no longer the editors' translation: it leaves `translated`. False if it does not exist.
 */
export function updateMilestone(db: Db, id: number, m: MilestoneInput): boolean {
  return db.transaction(() => {
    const changed = db
      .prepare(`UPDATE milestones SET pair_id = @pairId, category = @category, title = @title, title_ar = @titleAr,
          title_zh = @titleZh, summary = @summary, summary_ar = @summaryAr, summary_zh = @summaryZh, place = @place, people = @people, start_date = @start,
          start_precision = @startPrecision, end_date = @end, end_precision = @endPrecision, level_id = @levelId,
          -- A step of the relations is a diplomatic milestone: moved to another lane, it is no longer one.
          relation_event = CASE WHEN @category = 'diplomatic' THEN relation_event END,
          modified = (dataset_key IS NOT NULL),
          translated = (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(value) END FROM json_each(milestones.translated)
            WHERE (value = 'title' AND milestones.title IS @title) OR (value = 'title_ar' AND milestones.title_ar IS @titleAr)
              OR (value = 'title_zh' AND milestones.title_zh IS @titleZh) OR (value = 'summary' AND milestones.summary IS @summary)
              OR (value = 'summary_ar' AND milestones.summary_ar IS @summaryAr) OR (value = 'summary_zh' AND milestones.summary_zh IS @summaryZh))
        WHERE id = @id`)
      .run({ ...milestoneRowParams(m, m.pairId, m.levelId), id }).changes;
    if (changed) {
      linkSources(db, id, m.sources);
      // Moved to a pair it was linked to: that pair is now its home, not a link.
      db.prepare('DELETE FROM milestone_pairs WHERE milestone_id = ? AND pair_id = ?').run(id, m.pairId);
    }
    return changed > 0;
  })();
}

/** Deletes a milestone (its source links go with it); a bundled one is remembered so that updates do not bring it back. */
export function deleteMilestone(db: Db, id: number): boolean {
  return db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO dataset_tombstones (key) SELECT dataset_key FROM milestones WHERE id = ? AND dataset_key IS NOT NULL').run(id);
    return db.prepare('DELETE FROM milestones WHERE id = ?').run(id).changes > 0;
  })();
}

/** The dataset key of a milestone that came with the app, else null. */
/** The dataset keys of the bundled milestones the user deleted: an update must not bring them back. */
export function deletedBundledKeys(db: Db): Set<string> {
  return new Set(prepare<[], string>(db, 'SELECT key FROM dataset_tombstones').pluck().all());
}

/** The bundled milestone with this dataset key, if the user has not edited it. */
export function unmodifiedBundledMilestone(db: Db, key: string): number | undefined {
  return prepare<[string], number>(db, 'SELECT id FROM milestones WHERE dataset_key = ? AND modified = 0').pluck().get(key);
}

/** The milestone with this dataset key and whether the user has edited it. */
export function bundledMilestoneByKey(db: Db, key: string): { id: number; modified: number } | undefined {
  return prepare<[string], { id: number; modified: number }>(db, 'SELECT id, modified FROM milestones WHERE dataset_key = ?').get(key);
}

export function datasetKeyOf(db: Db, id: number): string | null {
  return (prepare(db, 'SELECT dataset_key FROM milestones WHERE id = ?').pluck().get(id) as string | null | undefined) ?? null;
}

/** Moves a milestone in time (a bundled one is marked as changed by the user). */
export function moveMilestone(db: Db, id: number, start: string, end: string | null): void {
  prepare(db, `UPDATE milestones SET start_date = ?, start_precision = ?, end_date = ?, end_precision = ?,
    modified = (dataset_key IS NOT NULL) WHERE id = ?`).run(start, precisionOf(start), end, end ? precisionOf(end) : null, id);
}

/** Whether the pair already has a milestone of this date and title (as typed). */
export function hasMilestone(db: Db, pairId: string, start: string, title: string): boolean {
  return prepare(db, 'SELECT 1 FROM milestones WHERE pair_id = ? AND start_date = ? AND title = ?').get(pairId, start, title) !== undefined;
}

export interface MilestoneWithLevelKey {
  id: number;
  title: string;
  title_ar: string | null;
  title_zh: string | null;
  category: Category;
  start_date: string;
  level_key: string | null;
}

/** A pair's milestones with the key of the level each marks, for telling a candidate from one already saved. */
export function milestonesWithLevelKeys(db: Db, pairId: string): MilestoneWithLevelKey[] {
  return prepare(db, `SELECT m.id, m.title, m.title_ar, m.title_zh, m.category, m.start_date, l.key AS level_key FROM milestones m
    LEFT JOIN partnership_levels l ON l.id = m.level_id WHERE ${inPairSql('m', 'pair')}`).all({ pair: pairId }) as MilestoneWithLevelKey[];
}
