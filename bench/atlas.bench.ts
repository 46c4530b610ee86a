/**
 * The atlas (issue 20) on the seeded database (every country, 1949 to this year): the matrix drawn whole in the
 * app (target < 200 ms), the map redrawn for a new year while the slider moves (target < 16 ms, one frame: the
 * main thread's and the raster workers' work for that frame, read from a Chromium trace), and
 * the atlas map exported as PNG at 4 000 px (target < 1.5 s), with a pair's PNG at the same width as a peer.
 * `npm run bench -- atlas` runs only these rows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { BenchResult } from './run';
import { findChromium } from '../server/chromium';
import { startBrowserMode } from '../e2e/browser-mode';
import { openAppCore } from '../data/app-core';
import { createClient } from '../shared/api/client';
import { createChromiumRenderer } from '../server/chromium-renderer';
import { DATASET_DIR } from '../server/paths';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Per interval between consecutive user-timing marks named `prefix…`: the busy time (ms) of the renderer's main
 * thread and its raster workers, summed from the trace's top-level tasks.
 */
function frameWork(events: TraceEvent[], prefix: string): number[] {
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const marks = [...new Map(events.filter((e) => e.name.startsWith(prefix)).map((e) => [e.name, e.ts])).values()].sort((a, b) => a - b);
  const counted = (e: TraceEvent) => {
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? '';
    return thread === 'CrRendererMain' || thread.startsWith('CompositorTileWorker') || (thread.startsWith('ThreadPoolForegroundWorker') && e.name === 'TaskGraphRunner::RunTask');
  };
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'TaskGraphRunner::RunTask') && counted(e));
  return marks.slice(0, -1).map((from, i) => tasks.filter((e) => e.ts >= from && e.ts < marks[i + 1]).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r1 = (n: number) => Math.round(n * 10) / 10;

export async function run(): Promise<BenchResult[]> {
  const found = findChromium();
  if (!found) {
    console.log('  skipped: no Chromium');
    return [];
  }
  const results: BenchResult[] = [];
  const row = (name: string, value: number, unit: string, target?: { text: string; met: boolean }) =>
    results.push({ suite: 'atlas', name, value: r1(value), unit, ...(target ? { target: target.text, met: target.met } : {}) });

  const app = await startBrowserMode();
  const browser = await chromium.launch({ executablePath: found.kind === 'system' ? found.path : undefined, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const [width, height] of [
      [1600, 900],
      [2560, 1440],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(app.appUrl);
      await page.getByTestId('view-atlas').click();
      await page.locator('.atlas-matrix canvas[data-draw-ms]').waitFor();
      // Each new order redraws every row and year; the component times its own draw (data-draw-ms).
      const draws: number[] = [];
      for (const sort of ['tier', 'speed', 'name', 'established', 'tier', 'speed', 'name', 'established']) {
        await page.getByTestId('atlas-sort').selectOption(sort);
        await page.waitForTimeout(150);
        draws.push(Number(await page.locator('.atlas-matrix canvas').getAttribute('data-draw-ms')));
      }
      const draw = median(draws);
      row(`matrix drawn whole, all countries × all years, ${width}×${height} (median of ${draws.length})`, draw, 'ms', { text: '< 200 ms', met: draw < 200 });

      await page.getByTestId('atlas-tab-map').click();
      await page.locator('[data-testid="atlas-map-image"][data-redraw-ms]').waitFor();
      // The slider moved year by year as a user drags it, each year in a frame of its own, under a Chromium trace:
      // the fills repainted (data-redraw-ms), and the work it took to paint that frame, from the trace: the renderer's
      // main thread (input event, React, canvas, style, layout, paint, commit) and its raster workers, between one
      // year's mark and the next. (Timing animation frames from the page only counts 60 Hz vsync waits.)
      await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
      const fills = await page.evaluate(async () => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="atlas-year"]')!;
        const canvas = document.querySelector<HTMLElement>('[data-testid="atlas-map-image"][data-redraw-ms]')!;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const out: number[] = [];
        for (let y = Number(input.min); y <= Number(input.max); y++) {
          performance.mark(`atlas-year-${y}`);
          setter.call(input, String(y));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 20))));
          out.push(Number(canvas.dataset.redrawMs));
        }
        performance.mark('atlas-year-end');
        return out;
      });
      const work = frameWork(JSON.parse((await browser.stopTracing()).toString()).traceEvents, 'atlas-year-');
      const fill = median(fills);
      row(`map redraw for a new year, fills only, ${width}×${height} (median of ${fills.length} years; worst ${r1(Math.max(...fills))} ms)`, fill, 'ms', { text: '< 16 ms', met: fill < 16 });
      const frame = median(work);
      row(`map year change to painted frame: main thread + raster work, ${width}×${height} (median of ${work.length} years; worst ${r1(Math.max(...work))} ms)`, frame, 'ms', { text: '< 16 ms', met: frame < 16 });
      await page.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-atlas-bench-'));
  const renderer = createChromiumRenderer();
  const core = openAppCore({ dbFile: path.join(dir, 'atlas.sqlite'), datasetDir: DATASET_DIR, renderer, log: () => {} });
  const api = createClient((name, input) => core.dispatch(name, input));
  const time = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  try {
    const map = { view: 'map' as const, year: 2015, format: 'png' as const, width: 4000 };
    await api.exportAtlasImage(map); // the browser's first start, not timed
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await time(() => api.exportAtlasImage(map)));
    const png = median(times);
    row('atlas map PNG export at 4 000 px (median of 5)', png, 'ms', { text: '< 1500 ms', met: png < 1500 });
    const matrix: number[] = [];
    for (let i = 0; i < 3; i++) matrix.push(await time(() => api.exportAtlasImage({ ...map, view: 'matrix' })));
    row('atlas matrix PNG export at 4 000 px (median of 3)', median(matrix), 'ms');
    const peer: number[] = [];
    for (let i = 0; i < 3; i++) peer.push(await time(() => api.exportImage({ format: 'png', pairIds: ['CN-KZ'], width: 4000 })));
    row('peer in the same run: CN-KZ timeline PNG at 4 000 px (median of 3)', median(peer), 'ms');
    const svg: number[] = [];
    for (let i = 0; i < 3; i++) svg.push(await time(() => api.exportAtlasImage({ ...map, format: 'svg' })));
    row('atlas map SVG export (median of 3)', median(svg), 'ms');
  } finally {
    core.close();
    await renderer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
