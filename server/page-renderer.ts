/**
 * Export pages to PNG and PDF in headless Chromium through Playwright, on the thread that calls it: the
 * render worker's (render-worker.ts; the hosts use it through chromium-renderer.ts). One browser and one
 * page are kept (a new page per export costs more than many small exports take); exports take turns on it.
 * `warmUp` starts them in the background, so that the first export does not wait for Chromium to launch;
 * else on first use. (resvg drew the same PNG slower than Chromium: bench/export.bench.ts.)
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import type { HtmlRenderer } from '../data/image-export/html-renderer';
import type { PaperSize } from '../shared/image-export';
import { chromiumSandboxPossible, findChromium, NO_CHROMIUM_MESSAGE } from './chromium';
import { ApiError } from '../shared/api/errors';

const requireHere = createRequire(import.meta.url);

// Without these, Chromium tries to reach Google's hosts at start (refused on an offline machine).
const QUIET_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

/** A page renderer the host starts ahead of use and closes (this thread's, or the render worker's: chromium-renderer.ts). */
export interface ChromiumRenderer extends HtmlRenderer {
  /**
   * Starts the browser and draws a small page once, without waiting: the first export then finds it
   * ready. A failure here (no Chromium) is not reported: the export that needs it says why.
   */
  warmUp(): void;
  close(): Promise<void>;
}

/** A page like an export's (inline SVG, text, no script), drawn once so that the first export's paint and encoding are warm. */
const WARM_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0}</style></head><body>' +
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><rect width="64" height="32" fill="#fff"/><text x="4" y="20" font-size="12">Aa</text></svg></body></html>';

export function createPageRenderer(): ChromiumRenderer {
  let started: Promise<{ browser: Browser; page: Page }> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const start = () => {
    started ??= (async () => {
      const found = findChromium();
      if (!found) throw ApiError.keyed('unavailable', 'image.noChromium', `Images cannot be exported: ${NO_CHROMIUM_MESSAGE}`, { detail: NO_CHROMIUM_MESSAGE });
      // Loaded here, not at start: Playwright is the heaviest module of the server and only exports need it.
      // Required, not imported: import() of a CommonJS package scans its sources for their export names
      // (0.3 s for Playwright's bundles).
      const { chromium } = requireHere('playwright-core') as typeof import('playwright-core');
      // Sandboxed, except as root (see chromiumSandboxPossible), where Chromium cannot run it.
      const browser = await chromium.launch({ executablePath: found.path, args: QUIET_ARGS, chromiumSandbox: chromiumSandboxPossible() });
      // Export pages need no script: JavaScript is off (the host still waits for their fonts through
      // the DevTools protocol), and their CSP has no script-src besides.
      const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
      return { browser, page: await context.newPage() };
    })().catch((error: unknown) => {
      started = null;
      throw error;
    });
    return started;
  };

  /** One export at a time on the shared page. */
  const onPage = <T>(work: (page: Page) => Promise<T>): Promise<T> => {
    const next = queue.then(async () => work((await start()).page));
    queue = next.catch(() => {});
    return next;
  };

  const load = async (page: Page, html: string) => {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => true));
  };

  const draw = async (page: Page, html: string, size: { width: number; height: number }, scale: number, transparent: boolean) => {
    await page.setViewportSize({ width: Math.ceil(size.width), height: Math.ceil(size.height) });
    await load(page, html);
    // Through the DevTools protocol: its clip scale draws at any size, and optimizeForSpeed encodes
    // the PNG faster (Playwright exposes neither).
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('Emulation.setDefaultBackgroundColorOverride', transparent ? { color: { r: 0, g: 0, b: 0, a: 0 } } : {});
      const shot = (await cdp.send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, ...size, scale }, optimizeForSpeed: true } as never)) as { data: string };
      return new Uint8Array(Buffer.from(shot.data, 'base64'));
    } finally {
      await cdp.detach().catch(() => {});
    }
  };

  /** Exports asked for and not yet done: the warm-up's small drawing gives way to them. */
  let waiting = 0;
  const png: HtmlRenderer['png'] = (html, size, scale, transparent) => {
    waiting++;
    return onPage((page) => draw(page, html, size, scale, transparent)).finally(() => waiting--);
  };

  let warming: Promise<unknown> | null = null;
  let closed = false;
  return {
    png,
    warmUp() {
      // Not after close: a host that stopped at once launches nothing.
      if (closed) return;
      warming ??= onPage(async (page) => {
        if (waiting === 0) await draw(page, WARM_PAGE, { width: 64, height: 32 }, 1, false);
      }).catch(() => {
        warming = null;
      });
    },
    pdf: (html, paper: PaperSize) =>
      onPage(async (page) => {
        await load(page, html);
        return page.pdf({ format: paper === 'letter' ? 'Letter' : 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
      }),
    close: async () => {
      closed = true;
      const s = started;
      started = null;
      // A start still under way is awaited, and a failed one is nothing to close (Playwright closes its
      // browsers itself on SIGTERM, so a warm-up caught by the app's stop fails): closing never throws.
      if (s) await s.then(({ browser }) => browser.close(), () => {}).catch(() => {});
    },
  };
}
