/**
 * Import in two steps: `planImport` reads a file and says what would happen (rows to add, duplicates,
 * invalid rows with their line and reason) without writing anything; `commitImport` writes a plan in one
 * transaction and returns the statements that undo it (the caller keeps them as one undoable step).
 * Plans live in an `ImportPlans` that belongs to one open database, so a preview taken before a restore
 * cannot be committed into the restored one. Linear in rows: every look-up is indexed (migration 40),
 * statements are prepared once per connection, and the search index is built in one statement at the end.
 */
import { randomUUID } from 'node:crypto';
import type { Query } from '../db/sql';
import { FILE, inMb } from '../../shared/limits';
import type { Db } from '../db/open';
import { ApiError } from '../../shared/api/errors';
import { foldForMatch } from '../../shared/text/arabic';
import type { LocalizedName } from '../../shared/domain';
import type { ImportedMilestones, ImportFormat, ImportPreview, ImportRowNote } from '../../shared/exchange';
import { normalizePairId } from '../../shared/pair-id';
import fs from 'node:fs';
import { CsvFileError, parseCsv, parseCsvPieces } from './csv';
import { detached, filePieces } from './file-text';
import { decodeUtf8File } from '../../shared/text/decode-utf8';
import { JsonFileError, parseJsonFile } from './json-file';
import { rowProblem, type RawRow, type RowProblem } from './rows';
import { cleanRow, cleanText, withoutFormatCharacters } from './clean-text';
import { checkMilestone } from './validate-row';
import { PlannedRows, type PlannedRow } from './planned-rows';
import { deleteSourcesAfter, findOrInsertSource } from '../repositories/sources';
import { deleteMilestonesAfter, insertMilestoneRows, linkMilestoneToPair, linkSourcesInOrder, milestoneRowParams, ROWS_PER_INSERT, type MilestoneRowParams } from '../repositories/milestones';
import { withBulkIndexing } from '../db/search-index';
import { deleteCountriesQuery, saveCountry } from '../repositories/countries';
import { clearEstablishedQuery, deletePairsQuery, insertPair, setEstablishedIfUnset } from '../repositories/pairs';
import { appendLevel, deleteLevelsAfter, levelIdByKey } from '../repositories/levels';
import { prepare } from '../db/statements';
import { UNCONTROLLED, type JobControl } from '../jobs/control';

/** The largest import file, in characters: far beyond 100 000 milestones, well below what memory allows. */
export const MAX_IMPORT_CHARS = FILE.importChars;
/** How many duplicate or invalid rows a preview lists (all are counted). */
const MAX_NOTES = 1000;
/** Rows between two looks at the cancel flag and two progress reports. */
const EVERY = 2048;

export interface ImportPlan {
  preview: ImportPreview;
  countries: { code: string; name: LocalizedName }[];
  pairs: string[];
  levels: { pairId: string; key: string; name: LocalizedName }[];
  rows: PlannedRows;
}

/** The previews of one open database that can still be committed: only the latest. */
export class ImportPlans {
  private readonly plans = new Map<string, ImportPlan>();

  keep(plan: ImportPlan): void {
    this.plans.clear();
    this.plans.set(plan.preview.token, plan);
  }

  take(token: string): ImportPlan {
    const plan = this.plans.get(token);
    if (!plan) {
      throw ApiError.keyed('not_found', 'import.expired', 'This import preview has expired (another file was previewed, the database was restored, or the app restarted). Open the file again.');
    }
    this.plans.delete(token);
    return plan;
  }
}

export interface CommittedImport extends ImportedMilestones {
  /** The undo step: its label and the statements that reverse the import, in the order to run them backwards. */
  label: string;
  inverse: Query[];
}

const tooLarge = (chars: number) => {
  const mb = inMb(chars);
  return ApiError.keyed('invalid_input', 'import.tooLarge', `This file is too large to import (${mb} MB; at most ${inMb(MAX_IMPORT_CHARS)} MB). Split it into smaller files.`, { mb, max: inMb(MAX_IMPORT_CHARS) });
};
const empty = () => ApiError.keyed('invalid_input', 'import.empty', 'This file is empty.');
const binary = () => ApiError.keyed('invalid_input', 'import.binary', 'This is a binary file, not a JSON or CSV text file.');

function checkText(text: string): void {
  if (text.length > MAX_IMPORT_CHARS) throw tooLarge(text.length);
  // A search, not trim(): trimming copies a 64 MB text.
  if (!/\S/.test(text)) throw empty();
  if (text.includes('\u0000')) throw binary();
}

/** The checks of `checkText` on a file read in pieces: each piece is checked before it is parsed. */
function* checkedPieces(pieces: Iterable<string>): Generator<string> {
  let chars = 0;
  let blank = true;
  for (const piece of pieces) {
    if ((chars += piece.length) > MAX_IMPORT_CHARS) throw tooLarge(chars);
    if (blank && /\S/.test(piece)) blank = false;
    if (piece.includes('\u0000')) throw binary();
    yield piece;
  }
  if (blank) throw empty();
}

/** An import's text: in memory, or the file (an upload) to read it from, piece by piece where the format allows. */
export type ImportText = string | { file: string };

/** Two rows are the same milestone when pair, start and title match once folded the way search folds text. */
const duplicateKey = (pairId: string, start: string, title: string) => `${pairId}\u0000${start}\u0000${foldForMatch(withoutFormatCharacters(title)).replace(/\s+/g, ' ').trim()}`;

interface FileParts {
  rows: (onRow: (row: RawRow) => void) => void;
  countries: ImportPlan['countries'];
  /** The file's ladders by normalised pair id. */
  ladders: Map<string, { key: string; name: LocalizedName }[]>;
}

/** File-level problems as the user's error. */
function asFileError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CsvFileError || error instanceof JsonFileError) throw ApiError.keyed('invalid_input', error.key, error.message, error.params);
    throw error;
  }
}

function readFile(format: ImportFormat, source: ImportText, control: JobControl): FileParts {
  return asFileError(() => {
    if (format === 'csv' && typeof source !== 'string') {
      const pieces = filePieces(source.file, (read, size) => (control.throwIfCancelled(), control.progress('reading', read, size)));
      return { rows: (onRow) => parseCsvPieces(checkedPieces(pieces), onRow), countries: [], ladders: new Map() };
    }
    const text = typeof source === 'string' ? source : decodeUtf8File(fs.readFileSync(source.file));
    checkText(text);
    control.progress('reading', 0, text.length);
    if (format === 'csv') return { rows: (onRow) => parseCsv(text, onRow, (chars) => (control.throwIfCancelled(), control.progress('reading', chars, text.length))), countries: [], ladders: new Map() };
    const parsed = parseJsonFile(text);
    const ladders = new Map<string, { key: string; name: LocalizedName }[]>();
    for (const p of parsed.pairs) {
      const id = normalizePairId(p.id);
      if (!id.ok) continue; // its milestones are each refused with the reason
      const ladder = ladders.get(id.pairId) ?? [];
      for (const level of p.ladder) if (!ladder.some((l) => l.key === level.key)) ladder.push({ key: level.key, name: cleanName(level.name) });
      ladders.set(id.pairId, ladder);
    }
    const countries = parsed.countries.map((c) => ({ code: c.code, name: cleanName(c.name) }));
    return { rows: (onRow) => parsed.rows.forEach(onRow), countries, ladders };
  });
}

function cleanName(name: LocalizedName): LocalizedName {
  const clean = (v: string | null) => {
    if (v === null) return null;
    const r = cleanText(v);
    if (!r.ok) throw ApiError.keyed('invalid_input', 'import.badName', `This file does not follow the export format: a name ${r.reason}.`, { problem: r.reason });
    return r.text;
  };
  return { en: clean(name.en)!, ar: clean(name.ar), zh: clean(name.zh) };
}

/** What the database already holds, for the checks and the duplicate look-up (one query each). */
interface Known {
  countries: Set<string>;
  pairs: Set<string>;
  /** "pairId key" of every level. */
  levels: Set<string>;
  datasetKeys: Set<string>;
  /** Duplicate key → the milestone's id; a shared milestone is a duplicate on each of its pairs. */
  milestones: Map<string, number>;
}

function readKnown(db: Db): Known {
  const milestones = new Map<string, number>();
  for (const r of db.prepare(`SELECT id, pair_id, start_date, title FROM milestones UNION ALL
      SELECT m.id, mp.pair_id, m.start_date, m.title FROM milestone_pairs mp JOIN milestones m ON m.id = mp.milestone_id`).iterate() as Iterable<{ id: number; pair_id: string; start_date: string; title: string }>) {
    milestones.set(duplicateKey(r.pair_id, r.start_date, r.title), r.id);
  }
  return {
    countries: new Set(db.prepare('SELECT code FROM countries').pluck().all() as string[]),
    pairs: new Set(db.prepare('SELECT id FROM pairs').pluck().all() as string[]),
    levels: new Set(db.prepare("SELECT pair_id || ' ' || key FROM partnership_levels").pluck().all() as string[]),
    datasetKeys: new Set(db.prepare('SELECT dataset_key FROM milestones WHERE dataset_key IS NOT NULL').pluck().all() as string[]),
    milestones,
  };
}

/** Refused or skipped rows: all counted, the first MAX_NOTES listed. */
class RowNotes {
  readonly notes: ImportRowNote[] = [];
  count = 0;
  add(line: number, title: string | undefined, problem: RowProblem, existingId?: number): void {
    this.count++;
    if (this.notes.length < MAX_NOTES) this.notes.push({ line, title: title === undefined ? undefined : detached(title), reason: problem.message, why: problem.why, ...(existingId === undefined ? {} : { existingId }) });
  }
}


/** A kept row's strings (nested in arrays and sources too) copied out of the file's text: see `detached`. */
function detachAll<T>(value: T): T {
  if (typeof value === 'string') return detached(value) as T;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = detachAll(value[i]);
  else if (typeof value === 'object' && value !== null) for (const k in value) (value as Record<string, unknown>)[k] = detachAll((value as Record<string, unknown>)[k]);
  return value;
}

/** A readable row as a milestone to plan, or why it cannot be imported: the checks in order, the first refusal wins. */
function checkRow(row: Extract<RawRow, { value: object }>, known: Known, file: FileParts, fileCountries: Map<string, unknown>): { planned: PlannedRow; codes: [string, string] } | RowProblem {
  // The row's own object, its pair id left out by the checks rather than copied away (a copy per row).
  const fields = row.value;
  const pair = normalizePairId(fields.pairId);
  if (!pair.ok) return rowProblem(`pair: ${pair.reason}`, pair.key, undefined, 'pairId');
  const { pairId } = pair;
  const textProblem = cleanRow(fields, 'pairId');
  if (textProblem) return textProblem;
  const checked = checkMilestone(fields, 'pairId');
  if (!checked.ok) return checked.problem;
  const m = checked.value;
  const code = pair.codes.find((c) => !known.countries.has(c) && !fileCountries.has(c));
  if (code) return rowProblem(`unknown country ${code}: add it (or import a JSON file that includes it) first`, 'importRow.unknownCountry', { code });
  if (m.level && !known.levels.has(`${pairId} ${m.level}`) && !file.ladders.get(pairId)?.some((l) => l.key === m.level)) {
    return rowProblem(`level: "${m.level}" is not on the ${pairId} ladder`, 'importRow.notOnLadder', { level: m.level, pair: pairId }, 'level');
  }
  return { planned: { pairId, m }, codes: pair.codes };
}

/** What the plan adds besides milestones: countries, pairs and "pairId key" levels the database lacks. */
interface Additions {
  countries: Set<string>;
  pairs: Set<string>;
  levels: Set<string>;
}

function addPairOf(add: Additions, known: Known, pairId: string, codes: readonly string[], levels: Iterable<string>): void {
  for (const code of codes) if (!known.countries.has(code)) add.countries.add(code);
  if (!known.pairs.has(pairId)) add.pairs.add(pairId);
  for (const key of levels) if (!known.levels.has(`${pairId} ${key}`)) add.levels.add(`${pairId} ${key}`);
}

export function planImport(db: Db, format: ImportFormat, source: ImportText, fileName: string, control: JobControl = UNCONTROLLED): ImportPlan {
  const file = readFile(format, source, control);
  const known = readKnown(db);
  const fileCountries = new Map(file.countries.map((c) => [c.code, c]));
  const invalid = new RowNotes();
  const duplicates = new RowNotes();
  const add: Additions = { countries: new Set(), pairs: new Set(), levels: new Set() };
  const rows = new PlannedRows();
  let rowCount = 0;
  const seenInFile = new Set<string>();
  // A shared milestone's further pairs must be in the database or in this file: checked once every row is read.
  const filePairIds = new Set<string>();
  const linkChecks: { index: number; alsoPairs: string[]; title: string; line: number }[] = [];

  asFileError(() => file.rows((row) => {
    rowCount++;
    if (format === 'json' && rowCount % EVERY === 0) (control.throwIfCancelled(), control.progress('checking', rowCount, 0));
    const title = row.value && typeof row.value.title === 'string' ? row.value.title.slice(0, 120) : undefined;
    const checked = row.problem === undefined ? checkRow(row, known, file, fileCountries) : row.problem;
    if (!('planned' in checked)) return invalid.add(row.line, title, checked);
    const { planned, codes } = checked;
    const { pairId, m } = planned;
    filePairIds.add(pairId);
    const dupKey = duplicateKey(pairId, m.start, m.title);
    const existingId = known.milestones.get(dupKey);
    if (existingId !== undefined || seenInFile.has(dupKey) || (m.datasetKey && known.datasetKeys.has(m.datasetKey))) {
      const inDatabase = existingId !== undefined || !!m.datasetKey;
      return duplicates.add(row.line, m.title, inDatabase ? rowProblem('already in the database', 'importRow.alreadyInDatabase') : rowProblem('repeated in this file', 'importRow.repeatedInFile'), existingId);
    }
    seenInFile.add(detached(dupKey));
    if (m.datasetKey) known.datasetKeys.add(detached(m.datasetKey)); // a key repeated in the file would break the UNIQUE constraint
    addPairOf(add, known, pairId, codes, m.level ? [m.level] : []);
    const index = rows.push(planned);
    if (m.alsoPairs.length) linkChecks.push({ index, alsoPairs: detachAll(m.alsoPairs), title: detached(m.title), line: row.line });
  }));

  for (const { index, alsoPairs, title, line } of linkChecks) {
    const pair = alsoPairs.find((p) => !known.pairs.has(p) && !file.ladders.has(p) && !filePairIds.has(p));
    if (!pair) continue;
    rows.drop(index);
    invalid.add(line, title, rowProblem(`alsoPairs: ${pair} is neither in the database nor in this file`, 'importRow.unknownLinkedPair', { pair }, 'alsoPairs'));
  }

  // A JSON file brings its pairs and ladders whole, even pairs without milestones.
  for (const [pairId, ladder] of file.ladders) {
    const codes = pairId.split('-');
    if (codes.every((c) => known.countries.has(c) || fileCountries.has(c))) addPairOf(add, known, pairId, codes, ladder.map((l) => l.key));
  }
  const fileOrder = [...file.ladders.keys()];
  const rank = (id: string) => (fileOrder.includes(id) ? fileOrder.indexOf(id) : fileOrder.length);
  const plan: ImportPlan = {
    preview: undefined as unknown as ImportPreview,
    countries: [...add.countries].map((code) => fileCountries.get(code)!),
    pairs: [...add.pairs].sort((a, b) => rank(a) - rank(b)),
    // A new level keeps its place on the file's ladder.
    levels: [...file.ladders].flatMap(([pairId, ladder]) => ladder.filter((l) => add.levels.has(`${pairId} ${l.key}`)).map((l) => ({ pairId, key: l.key, name: l.name }))),
    rows,
  };
  plan.preview = {
    token: randomUUID(),
    format,
    fileName,
    rows: rowCount,
    toAdd: rows.length,
    sample: rows.first(100).map(({ pairId, m }) => ({ pairId, start: m.start, title: m.title })),
    duplicateCount: duplicates.count,
    duplicates: duplicates.notes,
    invalidCount: invalid.count,
    invalid: invalid.notes,
    newCountries: plan.countries.map((c) => c.code),
    newPairs: plan.pairs,
  };
  return plan;
}

type PlannedSource = PlannedRow['m']['sources'][number];
/** The same source content: what the commit's source look-up keys on. */
const sameSource = (a: PlannedSource, b: PlannedSource) =>
  a.publisher === b.publisher && a.title === b.title && a.date === b.date && a.language === b.language && a.url === b.url && (a.kind ?? null) === (b.kind ?? null);

/** Writes a plan in one transaction (rolled back whole on any failure or a cancel). */
export function commitImport(db: Db, plan: ImportPlan, control: JobControl = UNCONTROLLED): CommittedImport {
  if (plan.rows.length === 0) throw ApiError.keyed('invalid_input', 'import.nothing', 'There is nothing to import: every row is a duplicate or invalid.');
  const maxId = (table: 'milestones' | 'sources' | 'partnership_levels') => prepare<[], number>(db, `SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get()!;
  const total = plan.rows.length;
  const label = `Import ${total} milestone${total === 1 ? '' : 's'} from ${plan.preview.fileName}`;

  const write = db.transaction((): CommittedImport => {
    const before = { milestones: maxId('milestones'), sources: maxId('sources'), levels: maxId('partnership_levels') };
    const established: string[] = [];
    const byPair = new Map<string, number>();
    withBulkIndexing(db, () => {
      // The plan names only countries and pairs the database lacks, and only levels new to their pair.
      for (const c of plan.countries) saveCountry(db, c.code, c.name);
      for (const id of plan.pairs) insertPair(db, ...(id.split('-') as [string, string]));
      for (const l of plan.levels) appendLevel(db, l.pairId, l.key, l.name);
      const levelIds = new Map<string, number | null>();
      const sourceIds = new Map<string, number>();
      let last: { s: PlannedSource; sid: number } | null = null;
      // Rows are written ROWS_PER_INSERT at a time, then their sources, links and flags in row order: the
      // same ids, sources and links as row by row (sources are numbered in order of first citation).
      const pending: PlannedRow[] = [];
      const params: MilestoneRowParams[] = [];
      const links: number[] = [];
      const flush = () => {
        if (pending.length === 0) return;
        const first = insertMilestoneRows(db, params);
        for (let k = 0; k < pending.length; k++) {
          const { pairId, m } = pending[k];
          const id = first + k;
          for (let position = 0; position < m.sources.length; position++) {
            const s = m.sources[position];
            let sid: number | undefined;
            // Most files cite one source row after row: the last one's id, without a key to build and hash.
            if (last && sameSource(last.s, s)) sid = last.sid;
            else {
              const key = `${s.publisher}\u0000${s.title}\u0000${s.date}\u0000${s.language}\u0000${s.url}\u0000${s.kind ?? ''}`;
              sid = sourceIds.get(key);
              if (sid === undefined) {
                // Bounded: a file whose every row cites its own source would otherwise keep them all (the look-up is indexed anyway).
                if (sourceIds.size >= 10_000) sourceIds.clear();
                sourceIds.set(key, (sid = findOrInsertSource(db, s)));
              }
              last = { s, sid };
            }
            links.push(id, sid, position);
          }
          if (m.established && setEstablishedIfUnset(db, pairId, id)) established.push(pairId);
          for (const other of m.alsoPairs) if (other !== pairId) linkMilestoneToPair(db, other, id);
        }
        linkSourcesInOrder(db, links);
        pending.length = 0;
        params.length = 0;
        links.length = 0;
      };
      let i = 0;
      for (const row of plan.rows) {
        if (i++ % EVERY === 0) (control.throwIfCancelled(), control.progress('writing', i - 1, total));
        const { pairId, m } = row;
        byPair.set(pairId, (byPair.get(pairId) ?? 0) + 1);
        let level: number | null = null;
        if (m.level) {
          const k = `${pairId} ${m.level}`;
          if (!levelIds.has(k)) levelIds.set(k, levelIdByKey(db, pairId, m.level) ?? null);
          level = levelIds.get(k)!;
        }
        const p = milestoneRowParams(m, pairId, level) as MilestoneRowParams;
        p.datasetKey = m.datasetKey;
        p.modified = m.modified ? 1 : 0;
        p.translated = m.translated === null ? null : JSON.stringify(m.translated);
        p.quote = m.quote;
        p.quoteLanguage = m.quoteLanguage;
        p.disagreement = m.disagreement;
        pending.push(row);
        params.push(p);
        if (pending.length === ROWS_PER_INSERT) flush();
      }
      flush();
      control.throwIfCancelled();
      control.progress('indexing', total, total);
    });
    // Run backwards on undo: links and index rows go with their milestones.
    const inverse = [
      plan.countries.length ? deleteCountriesQuery(plan.countries.map((c) => c.code)) : null,
      plan.pairs.length ? deletePairsQuery(plan.pairs) : null,
      deleteLevelsAfter(before.levels),
      deleteSourcesAfter(before.sources),
      deleteMilestonesAfter(before.milestones),
      established.length ? clearEstablishedQuery(established) : null,
    ].filter((q): q is Query => q !== null);
    return {
      added: total,
      pairIds: [...byPair.keys()],
      byPair: [...byPair].map(([pairId, added]) => ({ pairId, added })),
      // Inserted in one transaction: the new milestones are exactly the ids after those before it.
      ids: { first: before.milestones + 1, last: maxId('milestones') },
      label,
      inverse,
    };
  });
  const result = write.immediate();
  control.progress('done', total, total);
  return result;
}
