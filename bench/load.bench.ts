/**
 * The browser-mode server under load (issue 14), in its own process, on loopback only, with bounded loops:
 * - 20 keep-alive connections of timeline and search calls on a 55 000-milestone database: requests/s, p99
 *   (the client checks each answer without parsing it, as wrk or autocannon do; a second row parses them);
 * - timeline and search calls while a 100 000-row CSV import runs (preview and commit): their p99.
 * The server's memory while it imports a 64 MB file is import-memory.bench.ts.
 */
import http from 'node:http';
import type { BenchResult } from './run';
import { insertSynthetic, syntheticPairIds } from './synthetic';
import { syntheticCsv } from './import-files';
import { httpImport, percentile, startServerProcess, syntheticDatabase, type ServerProcess } from './server-process';

const PAIRS = 50;
const MILESTONES = 55_000;
const CONNECTIONS = 20;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const SEARCHES = ['#4242', '77777 summit', 'قمة 31337', '峰会 #9001', 'Dushanbe 65432', 'pipeline railway', 'corridor', '铁路'];

const PAIR_IDS = syntheticPairIds(PAIRS);

/**
 * One call of the mix: two timeline calls for each search. The load generator reads each answer to its end
 * and checks it without parsing it (probe); `parse` makes the client parse every answer as the app's
 * renderer does, which on these two cores takes CPU time from the server under test.
 */
function mixCall(server: ServerProcess, i: number, agent: http.Agent, parse: boolean) {
  const [name, input] = i % 3 === 2 ? ['search', { query: SEARCHES[i % SEARCHES.length], limit: 50 }] : ['getPairTimeline', { pairId: PAIR_IDS[i % PAIRS] }];
  return parse ? server.post(name, input, agent) : server.probe(name, input, agent);
}

/** `connections` loops of mix calls until `stop()` says so or `maxRequests` were made; their latencies. */
async function loadLoops(server: ServerProcess, connections: number, stop: () => boolean, maxRequests: number, parse = false): Promise<{ latencies: number[]; errors: number; ms: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (!stop() && issued < maxRequests) {
        const r = await mixCall(server, issued++, agent, parse);
        latencies.push(r.ms);
        if (!r.ok) errors++;
      }
    }),
  );
  agent.destroy();
  return { latencies, errors, ms: performance.now() - t0 };
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const add = (name: string, value: number, unit: string, target?: string, met?: boolean) => results.push({ suite: 'load', name, value, unit, target, met });

  const server = await startServerProcess(syntheticDatabase(PAIRS, MILESTONES));
  try {
    await loadLoops(server, 4, () => false, 200); // warm-up
    const mix = await loadLoops(server, CONNECTIONS, () => false, 3000);
    const rps = (mix.latencies.length / mix.ms) * 1000;
    const p99 = percentile(mix.latencies, 99);
    add(`${CONNECTIONS} connections, timeline + search mix on ${MILESTONES} milestones: requests/s`, Math.round(rps), 'req/s', '≥ 200', rps >= 200);
    add(`${CONNECTIONS} connections, timeline + search mix: p99 (${mix.latencies.length} requests, ${mix.errors} errors)`, round(p99), 'ms', '< 200 ms', p99 < 200);
    const parsing = await loadLoops(server, CONNECTIONS, () => false, 3000, true);
    add(`  the same mix with a client that parses every answer on the same cores: requests/s`, Math.round((parsing.latencies.length / parsing.ms) * 1000), 'req/s');
    add(`  its p99 (${parsing.latencies.length} requests, ${parsing.errors} errors)`, round(percentile(parsing.latencies, 99)), 'ms');

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

  return results;
}
