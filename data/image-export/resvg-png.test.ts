/**
 * PNG by resvg drawn in bands at once (resvg-png.ts): the bands make the image the whole drawing makes,
 * pixel for pixel, in each script, on an opaque and a transparent background.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { openTestApi, type TestApi } from '../test/test-api';
import { buildChartModel } from './model';
import { chartSvg } from './chart-svg';
import { bandsOf, resvgPng } from './resvg-png';
import { pngDifference } from './png-diff';
import { imageExportSchema } from '../../shared/api/calls/image';

let t: TestApi;
beforeAll(() => {
  t = openTestApi();
});
afterAll(() => t.core.close());

/**
 * The share of pixels that differ between two PNGs of the same size, and the largest difference of a channel,
 * as seen on white (a nearly clear pixel's straight colour can be anything).
 */
function differing(a: Uint8Array, b: Uint8Array): { share: number; most: number } {
  const [pa, pb] = [PNG.sync.read(Buffer.from(a)), PNG.sync.read(Buffer.from(b))];
  expect([pb.width, pb.height]).toEqual([pa.width, pa.height]);
  let n = 0;
  let most = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    if (pa.data.readUInt32BE(i) === pb.data.readUInt32BE(i)) continue;
    n++;
    const onWhite = (d: Buffer, k: number) => (d[i + k] * d[i + 3] + 255 * (255 - d[i + 3])) / 255;
    for (let k = 0; k < 3; k++) most = Math.max(most, Math.abs(onWhite(pa.data, k) - onWhite(pb.data, k)));
  }
  return { share: n / (pa.width * pa.height), most };
}

describe('resvg PNG in bands', { timeout: 60_000 }, () => {
  for (const [language, transparent] of [['en', false], ['ar', true], ['zh', false]] as const) {
    it(`draws China–Kyrgyzstan in ${language} the same in three bands as in one${transparent ? ', transparent' : ''}`, async () => {
      const req = imageExportSchema.parse({ format: 'png', pairIds: ['CN-KG'], language, width: 1500, background: transparent ? 'transparent' : 'white' });
      const chart = chartSvg(buildChartModel(t.core.db, req, new Date('2026-01-01')), req.background);
      const whole = await resvgPng(chart.svg, chart.texts, 1500, transparent, 1);
      const banded = await resvgPng(chart.svg, chart.texts, 1500, transparent, 3);
      const png = PNG.sync.read(Buffer.from(banded));
      expect(png.width).toBe(1500);
      expect(png.height).toBe(Math.round(chart.height * (1500 / chart.width)));
      // tiny-skia's anti-aliasing of a glyph's edge can differ by a shade in a smaller canvas; nothing moves
      // (a glyph missing or misplaced differs by a whole shade over whole blocks).
      const d = differing(whole, banded);
      expect(d.share).toBeLessThan(0.01);
      expect(d.most).toBeLessThan(100);
      expect(pngDifference(whole, banded, 16, 0.02).blocksOff).toBe(0);
    });
  }

  it('cuts on pixel rows, every row in one band, and never cuts a small image', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="333" viewBox="0 0 1000 333"><rect width="1000" height="333"/></svg>';
    const bands = bandsOf(svg, 3000, 4);
    expect(bands.map((b) => b.rows)).toEqual([250, 250, 249, 250]);
    expect(bands[2].svg).toContain('viewBox="0 166.66666666666666 1000 83"');
    expect(bandsOf(svg, 100, 4)).toHaveLength(1);
  });
});
