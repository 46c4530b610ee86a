/**
 * Import at scale (issues 14 and 19), through the contract as the renderer calls it: a 20 000-row CSV whose
 * rows each cite their own source (the case that grew with the square of the rows), and a 100 000-row CSV
 * (read, validate, write, index, undo step) against the SQLite shell's own `.import` of the same file
 * into a plain table followed by an FTS5 rebuild, measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BenchResult } from './run';
import { insertSynthetic } from './synthetic';
import { syntheticCsv } from './import-files';
import { openAppCore } from '../data/app-core';
import { openDatabase } from '../data/db/open';
import { indexMilestonesSql } from '../data/db/search-index';
import { bundledJobWorker } from './bundled-worker';
import { tempDbFile, tempDir } from '../data/test/temp-db';
import { createClient } from '../shared/api/client';

const PAIRS = 50;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function importThroughContract(csv: string): Promise<{ previewMs: number; commitMs: number; added: number; dbFile: string }> {
  const dbFile = tempDbFile();
  const core = openAppCore({ dbFile, jobWorker: bundledJobWorker(), log: () => {} });
  const api = createClient((name, input) => core.dispatch(name, input));
  insertSynthetic(core.db, PAIRS, 0);
  // As the hosts do once the first page has drawn, before a user can pick a file (server/cli.ts, electron/main.ts).
  await core.warmUpJobs();
  try {
    const t0 = performance.now();
    const preview = await api.importPreview({ format: 'csv', text: csv, fileName: 'bench.csv' });
    const t1 = performance.now();
    const commit = await api.importCommit({ token: preview.token });
    const t2 = performance.now();
    return { previewMs: t1 - t0, commitMs: t2 - t1, added: commit.value.added, dbFile };
  } finally {
    core.close();
  }
}

/**
 * The floor under the commit: the rows the app imported (read back from `importedFile`), already checked and
 * in their final form in TEMP tables, written by SQLite alone into a database as the import found it, in one
 * transaction: milestones (CHECKs, keys, indexes), source links, the search index built as the app builds it
 * (indexMilestonesSql, with the folding the app does), the commit. What any commit of these rows costs
 * before any JavaScript hands them over.
 */
function sqliteFloor(importedFile: string): number {
  const db = openDatabase(tempDbFile());
  try {
    insertSynthetic(db, PAIRS, 0);
    db.prepare('ATTACH ? AS imported').run(importedFile);
    db.exec(`CREATE TEMP TABLE staged AS SELECT * FROM imported.milestones;
      CREATE TEMP TABLE staged_links AS SELECT * FROM imported.milestone_sources;
      INSERT OR IGNORE INTO sources SELECT * FROM imported.sources;
      DETACH imported;
      DROP TRIGGER IF EXISTS temp.search_milestone_insert;`);
    const t0 = performance.now();
    db.transaction(() => {
      db.exec(`INSERT INTO milestones SELECT * FROM temp.staged; INSERT INTO milestone_sources SELECT * FROM temp.staged_links;`);
      db.prepare(indexMilestonesSql('m.id > ?')).run(0);
    })();
    return performance.now() - t0;
  } finally {
    db.close();
  }
}

/** The SQLite shell's `.import` of `csvFile` into a plain table, then an FTS5 index rebuilt over it; null without the shell. */
function shellImport(csvFile: string): number | null {
  if (spawnSync('sqlite3', ['-version']).status !== 0) {
    spawnSync('sh', ['-c', 'command -v apt-get >/dev/null && (sudo -n apt-get install -y -qq sqlite3 || apt-get install -y -qq sqlite3)'], { stdio: 'ignore' });
    if (spawnSync('sqlite3', ['-version']).status !== 0) return null;
  }
  const db = path.join(tempDir(), 'shell.sqlite');
  const script = `PRAGMA journal_mode = WAL;
.import --csv ${csvFile} plain
CREATE VIRTUAL TABLE plain_search USING fts5(title, summary, place, people, content = 'plain', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO plain_search (plain_search) VALUES ('rebuild');
`;
  const t0 = performance.now();
  const run = spawnSync('sqlite3', [db], { input: script, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`sqlite3 failed: ${run.stderr}`);
  return ms;
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const add = (name: string, value: number, unit: string, target?: string, met?: boolean) => results.push({ suite: 'import', name, value, unit, target, met });

  const distinct = await importThroughContract(syntheticCsv(20_000, PAIRS, { distinctSources: true }));
  add(`CSV import, ${distinct.added} rows each with its own source: preview`, Math.round(distinct.previewMs), 'ms');
  add(`CSV import, ${distinct.added} rows each with its own source: commit`, Math.round(distinct.commitMs), 'ms', '< 2 s', distinct.commitMs < 2000);

  const csv = syntheticCsv(100_000, PAIRS, { distinctSources: false });
  const csvFile = path.join(tempDir(), 'bench.csv');
  fs.writeFileSync(csvFile, csv);
  const big = await importThroughContract(csv);
  const appMs = big.previewMs + big.commitMs;
  add(`CSV import of ${big.added} rows (read, validate, write, index, undo step)`, Math.round(appMs), 'ms', '< 3 s', appMs < 3000);
  add('  of which preview (read, validate)', Math.round(big.previewMs), 'ms');
  const floor = sqliteFloor(big.dbFile);
  add('  floor: the same rows in final form, written, indexed and committed by SQLite alone (INSERT … SELECT)', Math.round(floor), 'ms');
  add('  commit ÷ that floor', round(big.commitMs / floor, 2), '×');
  const shellMs = shellImport(csvFile);
  if (shellMs === null) {
    console.log('  sqlite3 shell not found and could not be installed (apt-get install sqlite3): the shell comparison is skipped');
  } else {
    add('sqlite3 shell .import of the same CSV into a plain table + FTS5 rebuild', Math.round(shellMs), 'ms');
    const ratio = appMs / shellMs;
    add('app CSV import ÷ sqlite3 shell import', round(ratio, 2), '×', '≤ 3', ratio <= 3);
  }
  return results;
}
