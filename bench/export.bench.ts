/**
 * Image export of a 2 000-milestone pair (synthetic, five bands): PNG at 4 000 px (target < 1.5 s), SVG
 * and PDF (chart + every milestone with its sources), through the contract call as the app makes it, with
 * the renderer browser mode uses (headless Chromium through Playwright, in its render worker). The first
 * PNG is timed twice: in this process with the renderer started by the export itself (cold), and from the
 * app's start as the export command runs it (`npm run export`: resvg, no browser; browser mode warms its
 * renderer up once its first page has gone quiet).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchResult } from './run';
import { writeLargePairDatabase, LARGE_PAIR } from './large-pair';
import { openAppCore } from '../data/app-core';
import { createClient } from '../shared/api/client';
import { createChromiumRenderer } from '../server/chromium-renderer';
import { findChromium } from '../server/chromium';
import { bundledExportCommand, bundledRenderWorker } from './bundled-worker';

/** Milliseconds from starting the built export command to its "Exported …" line (the file is written by then). */
function exportCommandUntilWritten(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [bundledExportCommand(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let at: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (at === null && out.includes('Exported ')) at = performance.now() - t0;
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => (code === 0 && at !== null ? resolve(at) : reject(new Error(`export command exited ${code}: ${err || out}`))));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<BenchResult[]> {
  if (!findChromium()) {
    console.log('  skipped: no Chromium to render PNG and PDF');
    return [];
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-export-bench-'));
  const dbFile = path.join(dir, 'large.sqlite');
  writeLargePairDatabase(dbFile, 2000);
  const results: BenchResult[] = [];
  const row = (name: string, value: number, unit: string, target?: { text: string; met: boolean }) =>
    results.push({ suite: 'export', name, value: Math.round(value * 10) / 10, unit, ...(target ? { target: target.text, met: target.met } : {}) });
  const time = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  const png = { format: 'png' as const, pairIds: [LARGE_PAIR], width: 4000 };
  {
    const cold = createChromiumRenderer({ workerUrl: bundledRenderWorker() });
    const core = openAppCore({ dbFile, renderer: cold, log: () => {} });
    try {
      const api = createClient((name, input) => core.dispatch(name, input));
      row('first PNG export, renderer start included (2 000 items, 4 000 px)', await time(() => api.exportImage(png)), 'ms');
    } finally {
      core.close();
      await cold.close();
    }
  }
  // From the app's start: the export command as `npm run export` runs it, from its process's start to the
  // file written (its line on stdout). It draws a PNG with resvg, with no browser to wait for (a PDF or the
  // atlas would start Chromium at once). Each run is a first export.
  const firsts: number[] = [];
  for (let i = 0; i < 3; i++) firsts.push(await exportCommandUntilWritten(['--db', dbFile, '--pair', LARGE_PAIR, '--format', 'png', '--width', '4000', '--out', path.join(dir, 'first.png')]));
  const first = median(firsts);
  row(`first PNG export from app start: the export command (resvg, no browser), process start to file written (2 000 items, 4 000 px; median of ${firsts.map(Math.round).join(', ')})`, first, 'ms', { text: '< 2000 ms', met: first < 2000 });
  const renderer = createChromiumRenderer({ workerUrl: bundledRenderWorker() });
  renderer.warmUp();
  const core = openAppCore({ dbFile, renderer, log: () => {} });
  const api = createClient((name, input) => core.dispatch(name, input));
  try {
    await api.exportImage(png);
    const pngTimes: number[] = [];
    let file = await api.exportImage(png);
    for (let i = 0; i < 5; i++) pngTimes.push(await time(async () => (file = await api.exportImage(png))));
    const pngMs = median(pngTimes);
    row('PNG export, 2 000 items at 4 000 px (median of 5)', pngMs, 'ms', { text: '< 1500 ms', met: pngMs < 1500 });
    row('PNG file size', file.bytes / 1024, 'KB');
    row('milestones labelled of 2 000 (the rest marked)', file.labelled, 'items');
    {
      // The other way to draw the same PNG, measured beside it: resvg with the bundled fonts, no browser
      // (what a host without a page renderer does; drawn as Chromium draws it: server/image-export-resvg.test.ts).
      const screenshots = openAppCore({ dbFile, log: () => {} });
      const viaPage = createClient((name, input) => screenshots.dispatch(name, input));
      try {
        await viaPage.exportImage(png);
        const times: number[] = [];
        for (let i = 0; i < 3; i++) times.push(await time(() => viaPage.exportImage(png)));
        row('  the same PNG drawn by resvg without a browser, for comparison (median of 3)', median(times), 'ms');
      } finally {
        screenshots.close();
      }
    }

    const svgTimes: number[] = [];
    for (let i = 0; i < 5; i++) svgTimes.push(await time(async () => (file = await api.exportImage({ ...png, format: 'svg' }))));
    row('SVG export, 2 000 items (median of 5)', median(svgTimes), 'ms');
    row('SVG file size (fonts embedded)', file.bytes / 1024, 'KB');

    const pdfTimes: number[] = [];
    for (let i = 0; i < 3; i++) pdfTimes.push(await time(async () => (file = await api.exportImage({ ...png, format: 'pdf', sourcesPage: true }))));
    row('PDF export, chart + list of 2 000 milestones with sources (median of 3)', median(pdfTimes), 'ms');
    row('PDF file size', file.bytes / 1024, 'KB');
    const chartOnly: number[] = [];
    for (let i = 0; i < 3; i++) chartOnly.push(await time(() => api.exportImage({ ...png, format: 'pdf', sourcesPage: false })));
    row('PDF export, chart and its source notes without the list of milestones (median of 3)', median(chartOnly), 'ms');
  } finally {
    core.close();
    await renderer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
