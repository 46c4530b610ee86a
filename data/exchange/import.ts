/**
 * Import in two steps: `planImport` reads a file and says what would happen (rows to add, duplicates,
 * invalid rows with their line and reason) without writing anything; `commitImport` writes a plan in one
 * transaction, as one undoable step.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import type { History } from '../history/history';
import { ApiError } from '../../shared/api/errors';
import { pairIdSchema } from '../../shared/api/schemas';
import { foldForMatch } from '../../shared/text/arabic';
import type { LocalizedName } from '../../shared/domain';
import type { ImportFormat, ImportPreview, ImportRowNote } from '../../shared/exchange';
import { exportedMilestoneSchema } from './document';
import { CsvFileError, parseCsv } from './csv';
import { JsonFileError, parseJsonFile } from './json-file';
import type { RawRow } from './rows';
import { findOrInsertSource } from '../repositories/sources';
import { milestoneRowParams } from '../repositories/milestones';
import { pairIdOf } from '../repositories/pairs';
import { withBulkIndexing } from '../db/connection';
import type { z } from 'zod';

/** The largest import file, in characters: far beyond 100 000 milestones, well below what memory allows. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
/** How many duplicate or invalid rows a preview lists (all are counted). */
const MAX_NOTES = 1000;

type Milestone = z.output<typeof exportedMilestoneSchema>;

interface Plan {
  preview: ImportPreview;
  countries: { code: string; name: LocalizedName }[];
  pairs: string[];
  levels: { pairId: string; key: string; name: LocalizedName }[];
  rows: { pairId: string; m: Milestone }[];
}

const plans = new Map<string, Plan>();

function checkText(text: string): void {
  if (text.length > MAX_IMPORT_CHARS) throw new ApiError('invalid_input', `This file is too large to import (${Math.round(text.length / 1048576)} MB; at most ${MAX_IMPORT_CHARS / 1048576} MB). Split it into smaller files.`);
  if (text.trim() === '') throw new ApiError('invalid_input', 'This file is empty.');
  if (text.includes('\u0000')) throw new ApiError('invalid_input', 'This is a binary file, not a JSON or CSV text file.');
  if (text.includes('\uFFFD')) throw new ApiError('invalid_input', 'This file is not valid UTF-8 text (some characters could not be read). Save it as UTF-8 and try again.');
}

const duplicateKey = (pairId: string, start: string, title: string) => `${pairId}\u0000${start}\u0000${foldForMatch(title).trim()}`;

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function planImport(db: Db, format: ImportFormat, text: string, fileName: string): ImportPreview {
  checkText(text);
  let rows: RawRow[];
  let fileCountries: Plan['countries'] = [];
  let fileLadders = new Map<string, { key: string; name: LocalizedName }[]>();
  try {
    if (format === 'csv') rows = parseCsv(text);
    else {
      const parsed = parseJsonFile(text);
      rows = parsed.rows;
      fileCountries = parsed.countries;
      fileLadders = new Map(parsed.pairs.map((p) => [p.id, p.ladder]));
    }
  } catch (error) {
    if (error instanceof CsvFileError || error instanceof JsonFileError) throw new ApiError('invalid_input', error.message);
    throw error;
  }

  const knownCountries = new Set(db.prepare('SELECT code FROM countries').pluck().all() as string[]);
  const knownPairs = new Set(db.prepare('SELECT id FROM pairs').pluck().all() as string[]);
  const knownLevels = new Set((db.prepare('SELECT pair_id || \' \' || key FROM partnership_levels').pluck().all() as string[]));
  const knownKeys = new Set(db.prepare('SELECT dataset_key FROM milestones WHERE dataset_key IS NOT NULL').pluck().all() as string[]);
  const existing = new Map<string, number>();
  // A shared milestone is a duplicate on each of its pairs.
  for (const r of db.prepare(`SELECT id, pair_id, start_date, title FROM milestones UNION ALL
      SELECT m.id, mp.pair_id, m.start_date, m.title FROM milestone_pairs mp JOIN milestones m ON m.id = mp.milestone_id`).iterate() as Iterable<{ id: number; pair_id: string; start_date: string; title: string }>) {
    existing.set(duplicateKey(r.pair_id, r.start_date, r.title), r.id);
  }
  const fileCountryCodes = new Map(fileCountries.map((c) => [c.code, c]));

  const plan: Plan = { preview: undefined as unknown as ImportPreview, countries: [], pairs: [], levels: [], rows: [] };
  const invalid: ImportRowNote[] = [];
  const duplicates: ImportRowNote[] = [];
  let invalidCount = 0;
  let duplicateCount = 0;
  const note = (list: ImportRowNote[], n: ImportRowNote) => list.length < MAX_NOTES && list.push(n);
  const seenInFile = new Set<string>();
  const newCountries = new Set<string>();
  const newPairs = new Set<string>();
  const newLevels = new Set<string>();

  // The pairs rows name, for checking a shared milestone's further pairs (worked out only if one has any).
  let filePairsOnce: Set<unknown> | null = null;
  const filePairs = () => (filePairsOnce ??= new Set(rows.map((r) => r.value?.pairId)));

  for (const row of rows) {
    if (row.problem !== undefined) {
      invalidCount++;
      note(invalid, { line: row.line, reason: row.problem });
      continue;
    }
    const { pairId: rawPair, ...fields } = row.value;
    const title = typeof fields.title === 'string' ? fields.title.slice(0, 120) : undefined;
    const pair = pairIdSchema.safeParse(rawPair);
    if (!pair.success) {
      invalidCount++;
      note(invalid, { line: row.line, title, reason: `pair: ${String(rawPair).slice(0, 20) || '(empty)'} is not a pair id such as CN-TJ` });
      continue;
    }
    const pairId = pairIdOf(...(pair.data.split('-') as [string, string]));
    const parsed = exportedMilestoneSchema.safeParse(fields);
    if (!parsed.success) {
      invalidCount++;
      note(invalid, { line: row.line, title, reason: describe(parsed.error) });
      continue;
    }
    const m = parsed.data;
    const missingCountry = pairId.split('-').find((c) => !knownCountries.has(c) && !fileCountryCodes.has(c));
    if (missingCountry) {
      invalidCount++;
      note(invalid, { line: row.line, title, reason: `unknown country ${missingCountry}: add it (or import a JSON file that includes it) first` });
      continue;
    }
    if (m.level && !knownLevels.has(`${pairId} ${m.level}`) && !fileLadders.get(pairId)?.some((l) => l.key === m.level)) {
      invalidCount++;
      note(invalid, { line: row.line, title, reason: `level: "${m.level}" is not on the ${pairId} ladder` });
      continue;
    }
    const unknownLink = m.alsoPairs.find((p) => !knownPairs.has(p) && !fileLadders.has(p) && !filePairs().has(p));
    if (unknownLink) {
      invalidCount++;
      note(invalid, { line: row.line, title, reason: `alsoPairs: ${unknownLink} is neither in the database nor in this file` });
      continue;
    }
    const dupKey = duplicateKey(pairId, m.start, m.title);
    const existingId = existing.get(dupKey);
    if (existingId !== undefined || seenInFile.has(dupKey) || (m.datasetKey && knownKeys.has(m.datasetKey))) {
      duplicateCount++;
      note(duplicates, { line: row.line, title: m.title, reason: existingId !== undefined || m.datasetKey ? 'already in the database' : 'repeated in this file', existingId });
      continue;
    }
    seenInFile.add(dupKey);
    for (const code of pairId.split('-')) if (!knownCountries.has(code)) newCountries.add(code);
    if (!knownPairs.has(pairId)) newPairs.add(pairId);
    if (m.level && !knownLevels.has(`${pairId} ${m.level}`)) newLevels.add(`${pairId} ${m.level}`);
    plan.rows.push({ pairId, m });
  }

  // A JSON file brings its pairs and ladders whole, even pairs without milestones.
  for (const [pairId, ladder] of fileLadders) {
    const codes = pairId.split('-');
    if (!codes.every((c) => knownCountries.has(c) || fileCountryCodes.has(c))) continue;
    for (const code of codes) if (!knownCountries.has(code)) newCountries.add(code);
    if (!knownPairs.has(pairId)) newPairs.add(pairId);
    for (const level of ladder) if (!knownLevels.has(`${pairId} ${level.key}`)) newLevels.add(`${pairId} ${level.key}`);
  }
  plan.countries = [...newCountries].map((code) => fileCountryCodes.get(code)!);
  const fileOrder = [...fileLadders.keys()];
  const rank = (id: string) => (fileOrder.includes(id) ? fileOrder.indexOf(id) : fileOrder.length);
  plan.pairs = [...newPairs].sort((a, b) => rank(a) - rank(b));
  // A new level keeps its place on the file's ladder.
  for (const [pairId, ladder] of fileLadders) {
    for (const level of ladder) if (newLevels.has(`${pairId} ${level.key}`)) plan.levels.push({ pairId, key: level.key, name: level.name });
  }

  const token = randomUUID();
  plan.preview = {
    token,
    format,
    fileName,
    rows: rows.length,
    toAdd: plan.rows.length,
    sample: plan.rows.slice(0, 100).map(({ pairId, m }) => ({ pairId, start: m.start, title: m.title })),
    duplicateCount,
    duplicates,
    invalidCount,
    invalid,
    newCountries: plan.countries.map((c) => c.code),
    newPairs: plan.pairs,
  };
  plans.clear(); // only the latest preview can be committed
  plans.set(token, plan);
  return plan.preview;
}

export function commitImport(db: Db, history: History, token: string): { added: number; pairIds: string[] } {
  const plan = plans.get(token);
  if (!plan) throw new ApiError('not_found', 'This import preview has expired (another file was previewed, or the app restarted). Open the file again.');
  if (plan.rows.length === 0) throw new ApiError('invalid_input', 'There is nothing to import: every row is a duplicate or invalid.');
  const insertCountry = db.prepare('INSERT INTO countries (code, name_en, name_ar, name_zh) VALUES (@code, @en, @ar, @zh)');
  const insertPair = db.prepare('INSERT INTO pairs (id, a_code, b_code, sort_order) VALUES (?, ?, ?, (SELECT coalesce(max(sort_order), -1) + 1 FROM pairs))');
  const insertLevel = db.prepare(`INSERT INTO partnership_levels (pair_id, rank, key, name_en, name_ar, name_zh)
    VALUES (@pairId, (SELECT coalesce(max(rank), 0) + 1 FROM partnership_levels WHERE pair_id = @pairId), @key, @en, @ar, @zh)`);
  const levelId = db.prepare('SELECT id FROM partnership_levels WHERE pair_id = ? AND key = ?').pluck();
  const insertMilestone = db.prepare(`INSERT INTO milestones (pair_id, category, title, title_ar, title_zh, summary, summary_ar, summary_zh,
      translated, quote, quote_language, disagreement, place, people,
      start_date, start_precision, end_date, end_precision, level_id, dataset_key, modified)
    VALUES (@pairId, @category, @title, @titleAr, @titleZh, @summary, @summaryAr, @summaryZh,
      @translated, @quote, @quoteLanguage, @disagreement, @place, @people, @start, @startPrecision, @end, @endPrecision,
      @levelId, @datasetKey, @modified) RETURNING id`);
  const link = db.prepare('INSERT OR IGNORE INTO milestone_sources (milestone_id, source_id, position) VALUES (?, ?, ?)');
  const setEstablished = db.prepare('UPDATE pairs SET established_milestone_id = ? WHERE id = ? AND established_milestone_id IS NULL');
  const linkPair = db.prepare('INSERT OR IGNORE INTO milestone_pairs (pair_id, milestone_id) VALUES (?, ?)');
  const sourceIds = new Map<string, number>();
  const levelIds = new Map<string, number | null>();

  const maxId = (table: string) => db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
  const sql = (values: string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
  const label = `Import ${plan.rows.length} milestone${plan.rows.length === 1 ? '' : 's'} from ${plan.preview.fileName}`;
  history.recordBulk(label, () => {
    const before = { milestones: maxId('milestones'), sources: maxId('sources'), levels: maxId('partnership_levels') };
    const established: string[] = [];
    withBulkIndexing(db, () => {
    for (const c of plan.countries) insertCountry.run({ code: c.code, ...c.name });
    for (const id of plan.pairs) insertPair.run(id, ...id.split('-'));
    for (const l of plan.levels) insertLevel.run({ pairId: l.pairId, key: l.key, ...l.name });
    for (const { pairId, m } of plan.rows) {
      let level: number | null = null;
      if (m.level) {
        const k = `${pairId} ${m.level}`;
        if (!levelIds.has(k)) levelIds.set(k, (levelId.get(pairId, m.level) as number | undefined) ?? null);
        level = levelIds.get(k)!;
      }
      const { id } = insertMilestone.get({
        ...milestoneRowParams({ ...m, pairId, levelId: level }),
        datasetKey: m.datasetKey,
        modified: m.modified ? 1 : 0,
        translated: m.translated === null ? null : JSON.stringify(m.translated),
        quote: m.quote,
        quoteLanguage: m.quoteLanguage,
        disagreement: m.disagreement,
      }) as { id: number };
      m.sources.forEach((s, position) => {
        const k = JSON.stringify([s.publisher, s.title, s.date, s.language, s.url, s.kind ?? null]);
        let sid = sourceIds.get(k);
        if (sid === undefined) sourceIds.set(k, (sid = findOrInsertSource(db, s)));
        link.run(id, sid, position);
      });
      if (m.established && setEstablished.run(id, pairId).changes) established.push(pairId);
      for (const other of m.alsoPairs) if (other !== pairId) linkPair.run(other, id);
    }
    });
    // Run backwards on undo: links and index rows go with their milestones.
    const inverse = [
      plan.countries.length ? `DELETE FROM countries WHERE code IN (${sql(plan.countries.map((c) => c.code))})` : '',
      plan.pairs.length ? `DELETE FROM pairs WHERE id IN (${sql(plan.pairs)})` : '',
      `DELETE FROM partnership_levels WHERE id > ${before.levels}`,
      `DELETE FROM sources WHERE id > ${before.sources}`,
      `DELETE FROM milestones WHERE id > ${before.milestones}`,
      established.length ? `UPDATE pairs SET established_milestone_id = NULL WHERE id IN (${sql(established)})` : '',
    ].filter(Boolean);
    return { result: undefined, inverse };
  });
  plans.delete(token);
  return { added: plan.rows.length, pairIds: [...new Set(plan.rows.map((r) => r.pairId))] };
}
