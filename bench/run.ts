/**
 * `npm run bench`: runs every benchmark module in bench/ (files named *.bench.ts, each exporting
 * `run(): Promise<BenchResult[]>`), prints one table, and writes bench/results.json.
 * Numbers are measured and reported here, never asserted in tests.
 *
 *   npm run bench                 all benchmarks
 *   npm run bench -- data export  only the modules whose names contain one of the words
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchResult {
  /** Module name, e.g. "data". */
  suite: string;
  /** What was measured, e.g. "pair timeline query (median of 100)". */
  name: string;
  value: number;
  unit: string;
  /** The target from the issue, in words (e.g. "< 5 ms"), when there is one. */
  target?: string;
  /** Whether the target was met, when there is one. */
  met?: boolean;
}

const dir = import.meta.dirname;
const filters = process.argv.slice(2);
const modules = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filters.length || filters.some((w) => f.includes(w)))
  .sort();

const results: BenchResult[] = [];
for (const file of modules) {
  console.log(`\n== ${file}`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run(): Promise<BenchResult[]> };
  const rows = await mod.run();
  for (const r of rows) console.log(`  ${r.name}: ${r.value} ${r.unit}${r.target ? ` (target ${r.target}: ${r.met ? 'met' : 'NOT met'})` : ''}`);
  results.push(...rows);
}

console.log('\n| suite | measurement | value | target |\n| --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.suite} | ${r.name} | ${r.value} ${r.unit} | ${r.target ? `${r.target} ${r.met ? '✓' : '✗'}` : ''} |`);

const out = path.join(dir, 'results.json');
let previous: BenchResult[] = [];
// Running a subset keeps the other suites' last numbers.
if (filters.length && fs.existsSync(out)) previous = (JSON.parse(fs.readFileSync(out, 'utf8')).results ?? []) as BenchResult[];
const suites = new Set(results.map((r) => r.suite));
const merged = [...previous.filter((r) => !suites.has(r.suite)), ...results];
fs.writeFileSync(out, JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results: merged }, null, 2));
console.log(`\nWrote ${path.relative(process.cwd(), out)}`);
