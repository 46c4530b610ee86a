/**
 * `npm test`: everything, in the order that fails fastest — types (Electron's included), the dataset,
 * unit tests on real SQLite files, the builds, then the app end to end in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../server/chromium';

const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
console.log(`Chromium for the end-to-end tests: ${chromium.path} (${chromium.kind})`);

const tsx = 'node_modules/tsx/dist/cli.mjs';
const steps: [string, string[]][] = [
  ['Type check (shared, data, server, renderer, electron, e2e)', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['Dataset validation', [tsx, 'scripts/validate-data.ts']],
  // Before the unit tests: the web-page export's tests and the export CLI's write pages with it.
  ['Build the shared web page viewer', [tsx, 'scripts/build-share-viewer.ts']],
  // Before the unit tests too: the kill -9 test starts the bundled server (dist/server/cli.cjs).
  ['Build renderer', ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']],
  ['Build Electron main and preload, and the browser-mode server', [tsx, 'scripts/build-electron.ts']],
  ['Unit tests', ['node_modules/vitest/vitest.mjs', 'run']],
  ['End-to-end tests (Playwright)', ['node_modules/@playwright/test/cli.js', 'test']],
];

const started = Date.now();
for (const [title, args] of steps) {
  console.log(`\n== ${title}`);
  const t0 = Date.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
