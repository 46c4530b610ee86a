/**
 * Export pages to PNG and PDF in headless Chromium through Playwright: browser mode's and the export
 * CLI's renderer. One browser is started on first use and kept; each export gets its own context.
 */
import { chromium, type Browser } from 'playwright-core';
import type { HtmlRenderer } from '../data/image-export/html-renderer';
import type { PaperSize } from '../shared/image-export';
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium';
import { ApiError } from '../shared/api/errors';

// Without these, Chromium tries to reach Google's hosts at start (refused on an offline machine).
const QUIET_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

export interface ChromiumRenderer extends HtmlRenderer {
  close(): Promise<void>;
}

export function createChromiumRenderer(): ChromiumRenderer {
  let browser: Promise<Browser> | null = null;
  const launch = () => {
    browser ??= (async () => {
      const found = findChromium();
      if (!found) throw new ApiError('unavailable', `Images cannot be exported: ${NO_CHROMIUM_MESSAGE}`);
      return chromium.launch({ executablePath: found.path, args: QUIET_ARGS });
    })().catch((error: unknown) => {
      browser = null;
      throw error;
    });
    return browser;
  };

  async function withPage<T>(options: Parameters<Browser['newContext']>[0], work: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
    // The pages carry a CSP without script-src: nothing in them runs.
    const context = await (await launch()).newContext({ ...options, offline: true });
    try {
      return await work(await context.newPage());
    } finally {
      await context.close();
    }
  }

  return {
    png: (html, size, scale, transparent) =>
      withPage({ viewport: size, deviceScaleFactor: scale }, async (page) => {
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready).catch(() => {});
        return page.screenshot({ type: 'png', omitBackground: transparent, clip: { x: 0, y: 0, ...size }, animations: 'disabled', caret: 'hide' });
      }),
    pdf: (html, paper: PaperSize) =>
      withPage({}, async (page) => {
        await page.setContent(html, { waitUntil: 'load' });
        return page.pdf({ format: paper === 'letter' ? 'Letter' : 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
      }),
    close: async () => {
      const b = browser;
      browser = null;
      if (b) await (await b).close().catch(() => {});
    },
  };
}
