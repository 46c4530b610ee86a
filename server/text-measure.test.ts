/**
 * The image export lays its labels out by widths measured under Node (fonts.ts, fontkit): they must be
 * the widths Chromium draws the same texts at, with the same embedded fonts. Real titles of the bundled
 * dataset in English, Arabic and Chinese, in sequence (a measuring state kept between texts showed: one
 * Arabic word measured half an em too wide after others had been measured).
 */
import { describe, expect, it } from 'vitest';
import { openTestApi } from '../data/test/test-api';
import { embeddedFontCss, FONT_STACK, measureEm, type Weight } from '../data/image-export/fonts';
import { chromiumSandboxPossible, findChromium } from './chromium';

const chromium = findChromium();

describe.skipIf(!chromium)('label widths measured under Node', { timeout: 120_000 }, () => {
  it('are the widths Chromium draws, within half a percent, in three languages', async () => {
    const api = openTestApi();
    const rows = api.core.db.prepare('SELECT title AS title_en, title_ar, title_zh FROM milestones ORDER BY id LIMIT 120').all() as Record<string, string | null>[];
    api.core.close();
    const texts = rows.flatMap((r) => [r.title_en, r.title_ar, r.title_zh]).filter((t): t is string => !!t);
    expect(texts.length).toBeGreaterThan(200);
    const items = texts.flatMap((text) => ([400, 700] as Weight[]).map((weight) => ({ text, weight })));
    const ours = items.map(({ text, weight }) => measureEm(text, weight));

    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({ executablePath: chromium!.path, chromiumSandbox: chromiumSandboxPossible() });
    try {
      const page = await browser.newPage();
      await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${embeddedFontCss(items)} span{font-family:${FONT_STACK};font-size:100px;white-space:pre;unicode-bidi:isolate}</style></head><body></body></html>`);
      const theirs = await page.evaluate(async (list) => {
        const spans = list.map(({ text, weight }) => {
          const s = document.createElement('span');
          s.textContent = text;
          s.style.fontWeight = String(weight);
          s.dir = 'auto';
          document.body.append(s, document.createElement('br'));
          return s;
        });
        await document.fonts.ready;
        return spans.map((s) => s.getBoundingClientRect().width / 100);
      }, items);
      const off = items.map((item, i) => ({ ...item, ours: ours[i], theirs: theirs[i], rel: Math.abs(ours[i] - theirs[i]) / theirs[i] })).filter((r) => r.rel > 0.005);
      const worst = [...off].sort((a, b) => b.rel - a.rel).slice(0, 3);
      console.log(`${off.length} of ${items.length} off by more than 0.5%; worst`, worst);
      expect(off.filter((r) => r.rel > 0.01)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
