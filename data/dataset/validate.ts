/**
 * Reads the dataset files and checks them: each file against its schema, then the rules across files
 * (unique keys, sources that exist, levels on the pair's ladder, dates in range, no overlapping bands).
 * Every problem names its file and the place in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { comparePartialDates, toDayDate } from '../../shared/dates';
import {
  datasetManifestSchema,
  datasetPairSchema,
  datasetSourcesSchema,
  type Dataset,
  type DatasetPair,
  type DatasetSource,
} from './schema';

export interface DatasetProblem {
  file: string;
  /** Where in the file: "milestones[3].start" or "milestones[key=cn-tj-2019-x]". */
  at: string;
  message: string;
}

export interface DatasetReadResult {
  dataset: Dataset | null;
  problems: DatasetProblem[];
}

export const EARLIEST_YEAR = 1991;

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>, problems: DatasetProblem[]): T | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    problems.push({ file, at: '', message: `cannot be read as JSON: ${(error as Error).message}` });
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, at: issue.path.map(String).join('.'), message: issue.message });
    return null;
  }
  return parsed.data;
}

/** Cross-file rules over files that each passed their schema. */
export function checkDataset(dataset: Dataset, files: { sources: string[] }, today = toDayDate(new Date())): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const sourceKeys = new Map<string, string>();
  const sourceFileOf = (i: number) => files.sources[i] ?? 'sources';
  dataset.sources.forEach((s, i) => {
    const file = sourceFileOf(i);
    if (sourceKeys.has(s.key)) problems.push({ file, at: `sources[key=${s.key}]`, message: `source key also used in ${sourceKeys.get(s.key)}` });
    else sourceKeys.set(s.key, file);
  });
  const countryCodes = new Set(dataset.manifest.countries.map((c) => c.code));
  const milestoneKeys = new Set<string>();
  const usedSources = new Set<string>();
  for (const pair of dataset.pairs) {
    const file = `pairs/${pair.pair}.json`;
    const [a, b] = pair.pair.split('-');
    if (!(a < b)) problems.push({ file, at: 'pair', message: 'the two codes must be in alphabetical order' });
    for (const code of [a, b]) if (!countryCodes.has(code)) problems.push({ file, at: 'pair', message: `country ${code} is not in manifest.json` });
    const levelKeys = new Set<string>();
    pair.ladder.forEach((level, i) => {
      if (levelKeys.has(level.key)) problems.push({ file, at: `ladder[${i}]`, message: `level key ${level.key} repeats` });
      levelKeys.add(level.key);
    });
    const seen = new Set<string>();
    pair.milestones.forEach((m, i) => {
      const at = `milestones[${i}] (${m.key})`;
      if (milestoneKeys.has(m.key)) problems.push({ file, at, message: 'milestone key is not unique' });
      milestoneKeys.add(m.key);
      const identity = `${m.category}|${m.start}|${m.title.toLowerCase()}`;
      if (seen.has(identity)) problems.push({ file, at, message: 'duplicate milestone: same category, date and title as another' });
      seen.add(identity);
      for (const [field, date] of [['start', m.start], ['end', m.end]] as const) {
        if (!date) continue;
        if (Number(date.slice(0, 4)) < EARLIEST_YEAR) problems.push({ file, at: `${at}.${field}`, message: `${date} is before ${EARLIEST_YEAR}` });
        if (comparePartialDates(date, today) > 0) problems.push({ file, at: `${at}.${field}`, message: `${date} is in the future` });
      }
      if (m.end && comparePartialDates(m.end, m.start) < 0) problems.push({ file, at: `${at}.end`, message: 'ends before it starts' });
      for (const key of m.sources) {
        usedSources.add(key);
        if (!sourceKeys.has(key)) problems.push({ file, at: `${at}.sources`, message: `no source with key ${key}` });
      }
      if (m.sets_level && !levelKeys.has(m.sets_level)) problems.push({ file, at: `${at}.sets_level`, message: `level ${m.sets_level} is not on this pair's ladder` });
    });
    if (pair.established) {
      const m = pair.milestones.find((x) => x.key === pair.established);
      if (!m) problems.push({ file, at: 'established', message: `no milestone with key ${pair.established} in this pair` });
      else if (m.category !== 'diplomatic') problems.push({ file, at: 'established', message: `${m.key} is not in the "diplomatic" category` });
    }
    problems.push(...checkBands(pair, file));
  }
  dataset.sources.forEach((s, i) => {
    if (!usedSources.has(s.key)) problems.push({ file: sourceFileOf(i), at: `sources[key=${s.key}]`, message: 'source is not cited by any milestone' });
  });
  return problems;
}

/** Level-setting milestones must have distinct dates, so each band has a start and the next one's start. */
function checkBands(pair: DatasetPair, file: string): DatasetProblem[] {
  const setters = pair.milestones.filter((m) => m.sets_level).sort((x, y) => comparePartialDates(x.start, y.start));
  const problems: DatasetProblem[] = [];
  for (let i = 1; i < setters.length; i++) {
    if (setters[i].start === setters[i - 1].start) {
      problems.push({ file, at: `milestones (${setters[i].key})`, message: `sets a level on the same date as ${setters[i - 1].key}: bands would overlap` });
    }
  }
  return problems;
}

/** Reads and checks a dataset directory; `dataset` is null when any problem was found. */
export function readDataset(dir: string, today?: string): DatasetReadResult {
  const problems: DatasetProblem[] = [];
  const manifest = readJson(dir, 'manifest.json', datasetManifestSchema, problems);
  const sourceFiles = fs.existsSync(path.join(dir, 'sources'))
    ? fs.readdirSync(path.join(dir, 'sources')).filter((f) => f.endsWith('.json')).sort()
    : [];
  const sources: DatasetSource[] = [];
  const sourceFileByIndex: string[] = [];
  for (const f of sourceFiles) {
    const file = `sources/${f}`;
    const parsed = readJson(dir, file, datasetSourcesSchema, problems);
    for (const s of parsed?.sources ?? []) {
      sources.push(s);
      sourceFileByIndex.push(file);
    }
  }
  const pairs: DatasetPair[] = [];
  for (const id of manifest?.pairs ?? []) {
    const file = `pairs/${id}.json`;
    const pair = readJson(dir, file, datasetPairSchema, problems);
    if (pair && pair.pair !== id) problems.push({ file, at: 'pair', message: `says ${pair.pair}, but the file is for ${id}` });
    if (pair) pairs.push(pair);
  }
  if (!manifest || problems.length) return { dataset: null, problems };
  const dataset: Dataset = { manifest, sources, pairs };
  problems.push(...checkDataset(dataset, { sources: sourceFileByIndex }, today));
  return { dataset: problems.length ? null : dataset, problems };
}

export function formatProblems(problems: DatasetProblem[]): string {
  return problems.map((p) => `${p.file}${p.at ? ` ${p.at}` : ''}: ${p.message}`).join('\n');
}
