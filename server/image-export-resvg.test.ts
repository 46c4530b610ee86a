/**
 * PNG without a browser (resvg, bundled fonts) against today's Chromium rendering of the same SVG, in
 * English, Arabic and Chinese: block by block, the two must look the same. Without the per-face families
 * and the line laid out in visual order (resvg-png.ts), resvg draws mixed Arabic/Latin lines in other fonts
 * or not at all: the same measure shows it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { rendererTestApi } from '../data/test/renderer-test-api';
import { buildChartModel } from '../data/image-export/model';
import { chartSvg } from '../data/image-export/chart-svg';
import { pngPage } from '../data/image-export/pages';
import { resvgPng } from '../data/image-export/resvg-png';
import { woffToSfnt } from '../data/image-export/woff';
import { fontFilesFor } from '../data/image-export/fonts';
import { pngDifference } from '../data/image-export/png-diff';
import { imageExportSchema } from '../shared/api/calls/image';
import { createChromiumRenderer } from './chromium-renderer';
import { findChromium } from './chromium';

const chromium = findChromium();
const t = rendererTestApi(createChromiumRenderer);

/** resvg as one would call it first: the bundled subsets as they are, the SVG as it is. */
function plainResvg(svg: string, texts: { text: string; weight: 400 | 700 }[], width: number): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plain-fonts-'));
  const fontFiles = fontFilesFor(texts).map((f, i) => {
    const file = path.join(dir, `${i}.ttf`);
    fs.writeFileSync(file, woffToSfnt(fs.readFileSync(f.file.replace(/\.woff2$/, '.woff'))));
    return file;
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff', font: { loadSystemFonts: false, fontFiles } }).render().asPng();
}

describe.skipIf(!chromium)('PNG by resvg, compared with Chromium', { timeout: 120_000 }, () => {
  for (const language of ['en', 'ar', 'zh'] as const) {
    it(`draws China–Kazakhstan in ${language} as Chromium does`, async () => {
      const req = imageExportSchema.parse({ format: 'png', pairIds: ['CN-KZ'], language, width: 1600 });
      const chart = chartSvg(buildChartModel(t.core.db, req, new Date('2026-01-01')), 'white');
      const browser = await t.renderer.png(pngPage(chart), { width: chart.width, height: chart.height }, 1, false);
      const ours = pngDifference(await resvgPng(chart.svg, chart.texts, chart.width, false), browser);
      const plain = pngDifference(plainResvg(chart.svg, chart.texts, chart.width), browser);
      console.log(language, 'resvg-png', ours, 'plain resvg', plain);
      expect(ours.blocksOff).toBeLessThan(0.015);
      expect(ours.meanInk).toBeLessThan(0.005);
      // The measure tells a wrong drawing from a right one.
      if (language === 'ar') expect(plain.blocksOff).toBeGreaterThan(ours.blocksOff * 5);
    });
  }
  // Chinese around Latin source titles, whose ligatures ("fi", "ffl") beside a Chinese face made resvg leave whole lines out.
  for (const pairId of ['CN-TJ', 'CN-KG', 'CN-UZ', 'CN-TM']) {
    it(`draws ${pairId}'s whole history in zh, every source line of it, as Chromium does`, async () => {
      const req = imageExportSchema.parse({ format: 'png', pairIds: [pairId], language: 'zh', width: 1600 });
      const chart = chartSvg(buildChartModel(t.core.db, req, new Date('2026-01-01')), 'white');
      const browser = await t.renderer.png(pngPage(chart), { width: chart.width, height: chart.height }, 1, false);
      const ours = pngDifference(await resvgPng(chart.svg, chart.texts, chart.width, false), browser);
      console.log(pairId, 'zh resvg-png', ours);
      expect(ours.blocksOff).toBeLessThan(0.015);
      expect(ours.missingRuns).toBe(0);
    });
  }
});
