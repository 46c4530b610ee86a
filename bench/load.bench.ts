/**
 * The browser-mode server under load (issue 14), in its own process, on loopback only, with bounded loops:
 * - 20 keep-alive connections of timeline and search calls on a 55 000-milestone database: requests/s, p99;
 * - timeline and search calls while a 100 000-row CSV import runs (preview and commit): their p99;
 * - the server's peak resident memory while it imports a 64 MB CSV file.
 */
import http from 'node:http';
import type { BenchResult } from './run';
import { insertSynthetic, syntheticPairIds } from './synthetic';
import { syntheticCsv } from './import-files';
import { openAppCore } from '../data/app-core';
import { tempDbFile } from '../data/test/temp-db';
import { percentile, startServerProcess, type ServerProcess } from './server-process';

const PAIRS = 50;
const MILESTONES = 55_000;
const CONNECTIONS = 20;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const SEARCHES = ['#4242', '77777 summit', 'قمة 31337', '峰会 #9001', 'Dushanbe 65432', 'pipeline railway', 'corridor', '铁路'];

/** One call of the mix: two timeline calls for each search. */
function mixCall(server: ServerProcess, i: number, agent: http.Agent) {
  const pairIds = syntheticPairIds(PAIRS);
  return i % 3 === 2 ? server.post('search', { query: SEARCHES[i % SEARCHES.length], limit: 50 }, agent) : server.post('getPairTimeline', { pairId: pairIds[i % PAIRS] }, agent);
}

/** `connections` loops of mix calls until `stop()` says so or `maxRequests` were made; their latencies. */
async function loadLoops(server: ServerProcess, connections: number, stop: () => boolean, maxRequests: number): Promise<{ latencies: number[]; errors: number; ms: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (!stop() && issued < maxRequests) {
        const r = await mixCall(server, issued++, agent);
        latencies.push(r.ms);
        if (!r.ok) errors++;
      }
    }),
  );
  agent.destroy();
  return { latencies, errors, ms: performance.now() - t0 };
}

function databaseWith(milestones: number): string {
  const file = tempDbFile();
  const core = openAppCore({ dbFile: file, log: () => {} });
  insertSynthetic(core.db, PAIRS, milestones);
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
  return file;
}

/** Preview then commit of `csv` over HTTP; how long both took. */
async function httpImport(server: ServerProcess, csv: string): Promise<{ ms: number; added: number; error?: string }> {
  const t0 = performance.now();
  const preview = await server.post<{ token: string }>('importPreview', { format: 'csv', text: csv, fileName: 'load.csv' });
  if (!preview.ok) return { ms: performance.now() - t0, added: 0, error: preview.error?.message };
  const commit = await server.post<{ value: { added: number } }>('importCommit', { token: preview.value.token });
  return { ms: performance.now() - t0, added: commit.ok ? commit.value.value.added : 0, error: commit.error?.message };
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const add = (name: string, value: number, unit: string, target?: string, met?: boolean) => results.push({ suite: 'load', name, value, unit, target, met });

  const server = await startServerProcess(databaseWith(MILESTONES));
  try {
    await loadLoops(server, 4, () => false, 200); // warm-up
    const mix = await loadLoops(server, CONNECTIONS, () => false, 3000);
    const rps = (mix.latencies.length / mix.ms) * 1000;
    const p99 = percentile(mix.latencies, 99);
    add(`${CONNECTIONS} connections, timeline + search mix on ${MILESTONES} milestones: requests/s`, Math.round(rps), 'req/s', '≥ 200', rps >= 200);
    add(`${CONNECTIONS} connections, timeline + search mix: p99 (${mix.latencies.length} requests, ${mix.errors} errors)`, round(p99), 'ms', '< 200 ms', p99 < 200);

    // Reads while a 100 000-row import runs: 4 connections, until the import has finished.
    const csv = syntheticCsv(100_000, PAIRS, { distinctSources: false, seed: 7, titlePrefix: 'Imported ' });
    let done = false;
    const importing = httpImport(server, csv).finally(() => (done = true));
    const during = await loadLoops(server, 4, () => done, 100_000);
    const failed = during.errors;
    const imported = await importing;
    if (imported.error) console.log(`  the import failed: ${imported.error}`);
    const p99During = percentile(during.latencies, 99);
    add(`HTTP import of ${imported.added} rows while reads run`, Math.round(imported.ms), 'ms');
    add(`timeline + search p99 during that import (${during.latencies.length} requests, ${failed} failed)`, round(p99During), 'ms', '< 100 ms', p99During < 100);
    add('  their maximum', round(Math.max(...during.latencies)), 'ms');
  } finally {
    await server.stop();
  }

  // Memory: a fresh server imports a 64 MB CSV file (distinct sources, so that no row is a duplicate).
  const memServer = await startServerProcess(databaseWith(0));
  try {
    let csv = syntheticCsv(150_000, PAIRS, { distinctSources: true, seed: 9 });
    const limit = 64 * 1024 * 1024 - 1024;
    if (csv.length > limit) csv = csv.slice(0, csv.lastIndexOf('\r\n', limit) + 2);
    const before = memServer.memory();
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, memServer.memory()?.rss ?? 0)), 20);
    const imported = await httpImport(memServer, csv);
    clearInterval(sampler);
    const after = memServer.memory();
    if (imported.error) console.log(`  the 64 MB import failed: ${imported.error}`);
    if (before && after) {
      const high = Math.max(peak, after.peak);
      add(`server peak resident memory importing a ${round(csv.length / 1048576)} MB CSV (${imported.added} rows; ${before.rss} MB before)`, high, 'MB', '< 400 MB', high < 400);
      add('  server resident memory after that import', after.rss, 'MB');
    } else console.log('  /proc is not available: the memory row is skipped');
  } finally {
    await memServer.stop();
  }
  return results;
}
