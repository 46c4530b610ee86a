/**
 * The browser-mode server's resident memory (its own process, read from /proc) while it imports a 64 MB
 * CSV file over HTTP, preview and commit (issue 14 §5: < 400 MB).
 */
import type { BenchResult } from './run';
import { syntheticCsv } from './import-files';
import { FILE } from '../shared/limits';
import { httpImport, startServerProcess, syntheticDatabase } from './server-process';

const PAIRS = 50;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const add = (name: string, value: number, unit: string, target?: string, met?: boolean) => results.push({ suite: 'import-memory', name, value, unit, target, met });
  // A fresh server imports a 64 MB CSV file (distinct sources, so that no row is a duplicate).
  const server = await startServerProcess(syntheticDatabase(PAIRS, 0));
  try {
    // The largest file the app opens: 64 MB of UTF-8 (FILE.importBytes), cut at a row's end.
    const whole = Buffer.from(syntheticCsv(150_000, PAIRS, { distinctSources: true, seed: 9 }));
    const limit = FILE.importBytes - 1024;
    const csv = whole.length > limit ? whole.subarray(0, whole.lastIndexOf('\r\n', limit) + 2).toString() : whole.toString();
    const before = server.memory();
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, server.memory()?.rss ?? 0)), 20);
    const imported = await httpImport(server, csv);
    clearInterval(sampler);
    const after = server.memory();
    if (imported.error) console.log(`  the 64 MB import failed: ${imported.error}`);
    if (before && after) {
      const high = Math.max(peak, after.peak);
      const bytes = Buffer.byteLength(csv);
      // A failed import holds nothing: it meets no target.
      add(`server peak resident memory importing a ${round(bytes / 1048576)} MB CSV (${imported.added} rows; ${before.rss} MB before)`, high, 'MB', '< 400 MB', high < 400 && imported.added > 0);
      add('  server resident memory after that import', after.rss, 'MB');
      add('  that import over HTTP (preview + commit)', Math.round(imported.ms), 'ms');
    } else console.log('  /proc is not available: the memory row is skipped');
  } finally {
    await server.stop();
  }
  return results;
}
