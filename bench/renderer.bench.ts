/**
 * The timeline at scale, in Chromium: the app's own view (browser mode, real database) against a bare
 * vis-timeline page fed the same generated items (6 lanes, 70 % points / 30 % ranges, 5 bands), for
 * 1 000, 2 000, 10 000 and 50 000 milestones. Per size and side: time to painted (two animation frames after
 * the last "changed"), mean and worst frame time over 60 pans, time to fit, and DOM items drawn.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { BenchResult } from './run';
import { findChromium } from '../server/chromium';
import { startBrowserMode } from '../e2e/browser-mode';
import { tempDbFile } from '../data/test/temp-db';
import { LARGE_PAIR, writeLargePairDatabase } from './large-pair';
import { syntheticMilestones } from './synthetic';
import { CATEGORIES } from '../shared/domain';
import { endInstant, startInstant } from '../shared/dates';

const SIZES = (process.env.BENCH_SIZES ?? "1000,2000,10000,50000").split(",").map(Number);
const ROOT = path.resolve(import.meta.dirname, '..');

interface Measure {
  painted: number;
  panMean: number;
  panWorst: number;
  fit: number;
  domItems: number;
}

/** In the page: wait until `tl` has not changed for a while; the time of two frames after its last change. */
const SETTLE = `window.__settle = (tl, t0) => new Promise((resolve) => {
  let paintedAt = performance.now();
  let lastChange = performance.now();
  const onChanged = () => { lastChange = performance.now(); requestAnimationFrame(() => requestAnimationFrame(() => { paintedAt = performance.now(); })); };
  tl.on('changed', onChanged);
  const poll = () => {
    if (performance.now() - lastChange > 400 && paintedAt >= lastChange) { tl.off('changed', onChanged); resolve(paintedAt - t0); }
    else setTimeout(poll, 50);
  };
  setTimeout(poll, 50);
});
window.__pans = async (tl) => {
  const frames = [];
  for (let i = 0; i < 60; i++) {
    const w = tl.getWindow();
    const shift = (w.end - w.start) * 0.05 * (i < 30 ? 1 : -1);
    const t = performance.now();
    tl.setWindow(new Date(w.start.getTime() + shift), new Date(w.end.getTime() + shift), { animation: false });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    frames.push((performance.now() - t) / 2);
  }
  return { mean: frames.reduce((a, b) => a + b, 0) / frames.length, worst: Math.max(...frames) };
};
// The same steps on both pages: 60 pans, the items in the DOM, then a settled window around the middle.
window.__panCountZoom = async (tl, root) => {
  const pans = await window.__pans(tl);
  const domItems = root.querySelectorAll('.vis-item').length;
  const mid = (tl.getWindow().start.getTime() + tl.getWindow().end.getTime()) / 2;
  tl.setWindow(new Date(mid - 1.8e10), new Date(mid + 1.8e10), { animation: false });
  await window.__settle(tl, performance.now());
  return { panMean: pans.mean, panWorst: pans.worst, domItems };
};`;

async function measureBare(page: Page, n: number): Promise<Measure> {
  const rows = syntheticMilestones(n, [LARGE_PAIR]);
  const items = rows.map((m, i) => ({
    id: i,
    group: m.category,
    content: m.title,
    start: startInstant(m.start).getTime(),
    ...(m.end ? { end: endInstant(m.end).getTime(), type: 'range' } : { type: 'point' }),
  }));
  const sorted = [...rows].sort((a, b) => (a.start < b.start ? -1 : 1));
  const bands = Array.from({ length: 5 }, (_, k) => ({
    id: `band${k}`,
    content: `Level ${k + 1}`,
    type: 'background',
    start: startInstant(sorted[Math.floor((k / 5) * n)].start).getTime(),
    end: k < 4 ? startInstant(sorted[Math.floor(((k + 1) / 5) * n)].start).getTime() : Date.now(),
  }));
  const script = fs.readFileSync(path.join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), 'utf8');
  const css = fs.readFileSync(path.join(ROOT, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'), 'utf8');
  await page.setContent(`<!doctype html><html><head><style>${css} body{margin:0} #tl{height:640px}</style></head><body><div id="tl"></div></body></html>`);
  await page.addScriptTag({ content: script });
  await page.evaluate(SETTLE);
  return page.evaluate(
    async ({ items, bands, groups }) => {
      const w = window as unknown as Record<string, any>;
      const t0 = performance.now();
      const tl = new w.vis.Timeline(document.getElementById('tl'), new w.vis.DataSet([...bands, ...items]), new w.vis.DataSet(groups.map((g: string, i: number) => ({ id: g, content: g, order: i }))), {
        height: '100%', stack: true, orientation: { axis: 'top', item: 'top' }, verticalScroll: true, zoomMax: 80 * 365.25 * 86400000,
      });
      const painted = await w.__settle(tl, t0);
      const measured = await w.__panCountZoom(tl, document);
      const t1 = performance.now();
      tl.fit({ animation: false });
      const fit = await w.__settle(tl, t1);
      tl.destroy();
      return { painted, ...measured, fit };
    },
    { items, bands, groups: [...CATEGORIES] },
  );
}

async function measureApp(page: Page, appUrl: string): Promise<Measure> {
  await page.goto(appUrl);
  await page.getByTestId('pair-meta').waitFor();
  await page.evaluate(SETTLE);
  const r = await page.evaluate(async (pairId) => {
    const w = window as unknown as Record<string, any>;
    const select = document.querySelector('[data-testid="pair-picker"]') as HTMLSelectElement;
    const t0 = performance.now();
    select.value = pairId;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    while (!document.querySelector('[data-testid="pair-meta"]')?.textContent?.includes('Country AA')) await new Promise((r) => setTimeout(r, 10));
    // The chart that shows the new pair (the view may have been built anew for it): measured, not the one before.
    const el = document.querySelector('[data-testid="timeline"]') as HTMLElement & { bilateralTimeline: any };
    const tl = el.bilateralTimeline;
    const painted = await w.__settle(tl, t0);
    return { painted, ...(await w.__panCountZoom(tl, el)) };
  }, LARGE_PAIR);
  // The app's own fit: the "Fit all" button, clicked in the page so that no driver round trip is timed.
  const fit = await page.evaluate(async () => {
    const w = window as unknown as Record<string, any>;
    const tl = (document.querySelector('[data-testid="timeline"]') as HTMLElement & { bilateralTimeline: any }).bilateralTimeline;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Fit all') as HTMLButtonElement;
    const t = performance.now();
    button.click();
    return w.__settle(tl, t);
  });
  return { ...r, fit };
}

const ms = (n: number) => Math.round(n * 10) / 10;

export async function run(): Promise<BenchResult[]> {
  const found = findChromium();
  if (!found) throw new Error('No Chromium: see npm test for what to install.');
  const browser = await chromium.launch({ executablePath: found.kind === 'system' ? found.path : undefined, args: ['--no-sandbox', '--disable-gpu'] });
  const results: BenchResult[] = [];
  try {
    for (const n of SIZES) {
      const dbFile = tempDbFile();
      writeLargePairDatabase(dbFile, n);
      const app = await startBrowserMode(dbFile);
      const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      try {
        const bare = await measureBare(page, n);
        const mine = await measureApp(page, app.appUrl);
        const add = (name: string, key: keyof Measure, unit: string, target?: (v: number) => [string, boolean]) => {
          results.push({ suite: 'renderer', name: `${n} items: ${name}, bare vis-timeline`, value: ms(bare[key]), unit });
          const t = target?.(mine[key]);
          results.push({ suite: 'renderer', name: `${n} items: ${name}, app`, value: ms(mine[key]), unit, target: t?.[0], met: t?.[1] });
          if (unit === 'ms') results.push({ suite: 'renderer', name: `${n} items: ${name}, app ÷ bare`, value: Math.round((mine[key] / bare[key]) * 100) / 100, unit: '×', target: '≤ 1.0', met: mine[key] <= bare[key] });
        };
        add('time to painted', 'painted', 'ms', n === 10_000 ? (v) => ['< 1000 ms', v < 1000] : n === 50_000 ? (v) => ['< 1500 ms', v < 1500] : undefined);
        add('pan, mean frame', 'panMean', 'ms', n === 2_000 ? (v) => ['≤ 20 ms (50 fps)', v <= 20] : n === 10_000 ? (v) => ['≤ 33 ms (30 fps)', v <= 33.3] : undefined);
        add('pan, worst frame', 'panWorst', 'ms');
        add('fit', 'fit', 'ms', (v) => ['< 300 ms', v < 300]);
        add('DOM items drawn', 'domItems', 'items');
      } finally {
        await page.close();
        await app.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
