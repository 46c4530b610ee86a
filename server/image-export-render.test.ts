/** PNG and PDF exports rendered for real by headless Chromium (browser mode's renderer), then decoded. */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { rendererTestApi } from '../data/test/renderer-test-api';
import { createChromiumRenderer } from './chromium-renderer';
import { chromiumSandboxPossible, findChromium } from './chromium';

const chromium = findChromium();
const t = rendererTestApi(createChromiumRenderer);

const decode = (base64: string) => PNG.sync.read(Buffer.from(base64, 'base64'));

/** Pixels in a band of rows that are not the background (white, or fully transparent). */
function inkIn(png: PNG, fromRow: number, toRow: number): number {
  let n = 0;
  for (let y = Math.floor(fromRow); y < Math.min(png.height, toRow); y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      if (a > 0 && (r < 235 || g < 235 || b < 235)) n++;
    }
  }
  return n;
}

async function pdfText(base64: string): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  return { pages: pdf.numPages, text: text.normalize('NFKC') };
}

// The first export starts a browser: seconds on a busy machine.
describe.skipIf(!chromium)('PNG and PDF export in Chromium', { timeout: 60_000 }, () => {
  it('renders a PNG of the width asked, with ink in the title area and among the milestones', async () => {
    const file = await t.api.exportImage({ format: 'png', pairIds: ['CN-TJ'], from: '2013', to: '2024', width: 3000 });
    expect(file.mimeType).toBe('image/png');
    const png = decode(file.base64);
    expect(png.width).toBe(3000);
    const scale = 3000 / 1600;
    expect(inkIn(png, 50 * scale, 100 * scale)).toBeGreaterThan(2000); // the title
    expect(inkIn(png, 160 * scale, 240 * scale)).toBeGreaterThan(2000); // first rows of milestones
    // White background by default: the corners are opaque white.
    expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  it('leaves the background transparent when asked', async () => {
    const png = decode((await t.api.exportImage({ format: 'png', pairIds: ['CN-KG'], width: 800, background: 'transparent' })).base64);
    expect(png.width).toBe(800);
    expect(png.data[3]).toBe(0);
    expect(inkIn(png, 0, png.height)).toBeGreaterThan(1000);
  });

  it('writes a PDF whose text has the title, milestones, sources, and Arabic as Arabic', async () => {
    const file = await t.api.exportImage({ format: 'pdf', pairIds: ['CN-TJ'], from: '2013', to: '2024' });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text } = await pdfText(file.base64);
    expect(pages).toBeGreaterThanOrEqual(3); // the chart, its source notes, then every milestone with its sources
    expect(text).toContain('China–Tajikistan, 2013–2024');
    expect(text).toContain('Every milestone with its sources');
    expect(text).toContain('Strategic partnership established');
    expect(text).toContain('China Daily');

    const title = 'الصين وطاجيكستان';
    const arabic = await pdfText((await t.api.exportImage({ format: 'pdf', pairIds: ['CN-TJ'], title, language: 'ar', sourcesPage: false })).base64);
    const withList = await pdfText((await t.api.exportImage({ format: 'pdf', pairIds: ['CN-TJ'], title, language: 'ar', sourcesPage: true })).base64);
    expect(arabic.pages).toBeLessThan(withList.pages); // without the list of milestones
    // PDF text comes out in visual or logical order depending on the reader: accept either.
    const compact = arabic.text.replace(/\s+/g, '');
    const wanted = title.replace(/\s+/g, '');
    expect(compact.includes(wanted) || compact.includes([...wanted].reverse().join('')), arabic.text.slice(0, 200)).toBe(true);
  });

  it('runs no script of the page, even one without a CSP, and still waits for its fonts', async () => {
    const html = `<!doctype html><html><body style="margin:0;background:#fff">
      <div id="t" style="font:40px sans-serif">ok</div>
      <script>document.body.style.background = 'rgb(255, 0, 0)'</script></body></html>`;
    const png = PNG.sync.read(Buffer.from(await t.renderer.png(html, { width: 200, height: 100 }, 1, false)));
    expect([...png.data.subarray(png.data.length - 4)]).toEqual([255, 255, 255, 255]);
  });
});

describe('Chromium sandbox', () => {
  it('is used everywhere but as root', () => {
    expect(chromiumSandboxPossible(0)).toBe(false);
    expect(chromiumSandboxPossible(1000)).toBe(true);
    expect(chromiumSandboxPossible(null)).toBe(true); // Windows: no uids
  });
});
