/**
 * The data layer at scale (issue: working with the data): 100 000 synthetic milestones over 50 pairs in
 * a fresh file database. Pair timeline and search queries through the real dispatcher; CSV import of
 * all rows compared with a bare better-sqlite3 prepared-insert loop in the same run; JSON export.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { BenchResult } from './run';
import { insertSynthetic, syntheticMilestones, syntheticPairIds } from './synthetic';
import { openAppCore, type AppCore } from '../data/app-core';
import { bundledJobWorker } from './bundled-worker';
import { tempDbFile } from '../data/test/temp-db';
import { createClient } from '../shared/api/client';
import type { ApiClient } from '../shared/api/contract';

const PAIRS = 50;
const MILESTONES = 100_000;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function open(file: string): { core: AppCore; api: ApiClient } {
  const core = openAppCore({ dbFile: file, jobWorker: bundledJobWorker(), log: () => {} });
  return { core, api: createClient((name, input) => core.dispatch(name, input)) };
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const add = (name: string, value: number, unit: string, target?: string, met?: boolean) => results.push({ suite: 'data', name, value, unit, target, met });

  const file = tempDbFile();
  const { core, api } = open(file);
  const load = await timed(() => insertSynthetic(core.db, PAIRS, MILESTONES));
  add(`load ${MILESTONES} milestones over ${PAIRS} pairs (with search index)`, Math.round(load.ms), 'ms');
  const pairIds = load.value;

  const timelineTimes: number[] = [];
  for (let i = 0; i < 100; i++) timelineTimes.push((await timed(() => api.getPairTimeline({ pairId: pairIds[i % PAIRS] }))).ms);
  const tl = median(timelineTimes);
  add('pair timeline query, 2 000 items (median of 100)', round(tl, 2), 'ms');
  // The peer (issue 19): a bare better-sqlite3 select of the same columns of the same pairs, same file, same run.
  const bareSelect = new Database(file, { readonly: true });
  const select = bareSelect.prepare('SELECT id, category, title, title_ar, title_zh, start_date, end_date, level_id FROM milestones WHERE pair_id = ?');
  const bareTimes: number[] = [];
  for (let i = 0; i < 100; i++) bareTimes.push((await timed(() => select.all(pairIds[i % PAIRS]))).ms);
  bareSelect.close();
  const bareTl = median(bareTimes);
  add('  peer: bare better-sqlite3 select of the same columns (median of 100)', round(bareTl, 2), 'ms');
  add('pair timeline query ÷ bare select', round(tl / bareTl, 2), '×', '≤ 1.5', tl / bareTl <= 1.5);

  // The synthetic text repeats 20 English words, so a word query matches most of 100 000 rows (the worst
  // case: the search's bound on ranking, RANKED_MATCHES, applies); a query with a milestone's number
  // finds a handful (the usual case: all its matches are ranked).
  const searchMedian = async (queries: string[]) => {
    const times: number[] = [];
    for (let i = 0; i < 100; i++) times.push((await timed(() => api.search({ query: queries[i % queries.length], limit: 50 }))).ms);
    return median(times);
  };
  const selective = await searchMedian(['#4242', '77777 summit', 'قمة 31337', '峰会 #9001', 'Dushanbe 65432']);
  add('full-text search, selective (a few of 100 000 match; median of 100)', round(selective, 2), 'ms', '< 20 ms', selective < 20);
  const broad = await searchMedian(['pipeline railway', 'corridor', 'شراكة', 'اتفاقيه', '铁路', '伙伴关系', 'energy security summit']);
  add('full-text search, broad (most of 100 000 match, 50 best ranked; median of 100)', round(broad, 2), 'ms', '< 20 ms', broad < 20);
  // A typo matches nothing: the search then reads the vocabulary for "did you mean" (search-suggest.ts).
  const typo = await searchMedian(['Astna', 'pipline agreemnt', 'Dushanbee', 'corridr']);
  add('full-text search, a typo with suggestions (nothing of 100 000 matches; median of 100)', round(typo, 2), 'ms', '< 150 ms', typo < 150);

  const json = await timed(() => api.exportData({ format: 'json' }));
  add(`JSON export of the whole database (${json.value.milestones} milestones)`, Math.round(json.ms), 'ms');
  const csv = await timed(() => api.exportData({ format: 'csv' }));
  add('CSV export of the whole database', Math.round(csv.ms), 'ms');
  const csvText = fs.readFileSync(core.downloads.take(csv.value.download).file, 'utf8');
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  add('database file size', round(fs.statSync(file).size / 1048576), 'MB');
  core.close();

  // CSV import of all rows into a database that has the pairs but no milestones.
  const target = open(tempDbFile());
  insertSynthetic(target.core.db, PAIRS, 0);
  // As the hosts do once the first page has drawn, before a user can pick a file (server/cli.ts, electron/main.ts).
  await target.core.warmUpJobs();
  const preview = await timed(() => target.api.importPreview({ format: 'csv', text: csvText, fileName: 'bench.csv' }));
  const commit = await timed(() => target.api.importCommit({ token: preview.value.token }));
  const importMs = preview.ms + commit.ms;
  add(`CSV import of ${commit.value.value.added} rows (read, validate, write, index, undo step)`, Math.round(importMs), 'ms', '< 3 s', importMs < 3000);
  target.core.close();

  // The baseline: the same rows through one prepared INSERT in one transaction, no app code at all.
  const bare = new Database(tempDbFile());
  bare.exec(`CREATE TABLE milestones (id INTEGER PRIMARY KEY, pair_id TEXT NOT NULL, category TEXT NOT NULL, title TEXT NOT NULL,
    title_ar TEXT, summary TEXT, place TEXT, start_date TEXT NOT NULL, end_date TEXT) STRICT`);
  const rows = syntheticMilestones(MILESTONES, syntheticPairIds(PAIRS));
  const insert = bare.prepare('INSERT INTO milestones (pair_id, category, title, title_ar, summary, place, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const bareRun = await timed(() => bare.transaction(() => rows.forEach((m) => insert.run(m.pairId, m.category, m.title, m.titleAr, m.summary, m.place, m.start, m.end)))());
  bare.close();
  add('bare better-sqlite3 insert loop, same rows, one transaction', Math.round(bareRun.ms), 'ms');
  const ratio = bareRun.ms / importMs;
  // Information only: the import's target is relative to the sqlite3 shell's .import + FTS rebuild (import.bench.ts), which indexes as the app must.
  add('CSV import rate ÷ bare insert rate (no search index)', round(ratio, 2), '×');
  return results;
}
