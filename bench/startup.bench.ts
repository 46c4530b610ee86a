/** Cold start of browser mode to the first drawn timeline, in Chromium. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, _electron as electron } from '@playwright/test';
import type { BenchResult } from './run';
import { startBrowserMode } from '../e2e/browser-mode';
import { findChromium } from '../server/chromium';
import { installedElectronBinary } from '../scripts/electron-binary';
import { electronNativeBinding } from '../electron/paths';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The desktop app measured the same way, where its binary is: process start to drawn timeline, median of RESTARTS. */
async function electronStart(): Promise<BenchResult> {
  const name = `Electron: process start to drawn timeline, existing database (median of ${RESTARTS})`;
  const binary = installedElectronBinary();
  const reason = !binary.ok ? binary.reason : !fs.existsSync(electronNativeBinding(ROOT)) ? 'better-sqlite3 is not built for Electron (npm run electron:native)' : null;
  if (reason || !binary.ok) {
    console.log(`  ${name}: skipped, ${reason}`);
    return { suite: 'startup', name: `${name}: skipped (${reason})`, value: 0, unit: '' };
  }
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-electron-bench-'));
  const times: number[] = [];
  for (let i = 0; i <= RESTARTS; i++) {
    const t0 = performance.now();
    const app = await electron.launch({ executablePath: binary.path, args: [ROOT, `--user-data-dir=${userData}`], cwd: ROOT });
    try {
      await (await app.firstWindow()).locator('.milestone-label').first().waitFor();
      // The first start creates and seeds the database; the rest open it, as the target says.
      if (i > 0) times.push(performance.now() - t0);
    } finally {
      await app.close();
    }
  }
  const value = Math.round(median(times));
  return { suite: 'startup', name, value, unit: 'ms', target: '< 1000 ms', met: value < 1000 };
}

const RESTARTS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<BenchResult[]> {
  const found = findChromium();
  if (!found) throw new Error('No Chromium: see npm test for what to install.');
  const t0 = performance.now();
  const app = await startBrowserMode();
  const serverReady = performance.now() - t0;
  const browser = await chromium.launch({ executablePath: found.kind === 'system' ? found.path : undefined, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(app.appUrl);
    await page.locator('.milestone-label').first().waitFor();
    const firstTimeline = performance.now() - t0;
    // Restarts measured alone: no page of the stopped server left busy in Chromium.
    await browser.close();
    await app.stop();
    const existing: number[] = [];
    for (let i = 0; i < RESTARTS; i++) {
      const t1 = performance.now();
      const again = await startBrowserMode(app.dbFile);
      existing.push(performance.now() - t1);
      await again.stop();
    }
    const readyExisting = Math.round(median(existing));

    // The target: from the process's start to a drawn timeline, with the browser already open
    // (its own start is reported beside it), on the database the first start made.
    const t2 = performance.now();
    const open = await chromium.launch({ executablePath: found.kind === 'system' ? found.path : undefined, args: ['--no-sandbox', '--disable-gpu'] });
    const browserStart = Math.round(performance.now() - t2);
    const drawn: number[] = [];
    try {
      // One profile, as the user's browser: what it keeps for the app's origin (its cache, the compiled
      // script) serves the next start, as it would the user's (the server keeps its port: preferredPort).
      const profile = await open.newContext();
      for (let i = 0; i < RESTARTS; i++) {
        const page = await profile.newPage();
        const t3 = performance.now();
        const again = await startBrowserMode(app.dbFile);
        await page.goto(again.appUrl);
        await page.locator('.milestone-label').first().waitFor();
        drawn.push(performance.now() - t3);
        await page.close();
        await again.stop();
      }
    } finally {
      await open.close();
    }
    const toDrawn = Math.round(median(drawn));
    const desktop = await electronStart();
    return [
      desktop,
      { suite: 'startup', name: 'browser-mode server ready (fresh database, seed applied)', value: Math.round(serverReady), unit: 'ms' },
      { suite: 'startup', name: `browser-mode server ready, existing database (median of ${RESTARTS})`, value: readyExisting, unit: 'ms', target: '< 300 ms', met: readyExisting < 300 },
      { suite: 'startup', name: 'cold start to first drawn timeline, fresh database (server + Chromium launch + page)', value: Math.round(firstTimeline), unit: 'ms' },
      { suite: 'startup', name: 'Chromium launch (headless, alone)', value: browserStart, unit: 'ms' },
      { suite: 'startup', name: `process start to drawn timeline, browser already open, existing database (median of ${RESTARTS})`, value: toDrawn, unit: 'ms', target: '< 1000 ms', met: toDrawn < 1000 },
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}
