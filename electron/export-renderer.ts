/**
 * Electron's renderer of export pages (data/image-export/html-renderer.ts): a hidden offscreen window per
 * export, loading the page from a temporary file (too large for a data: URL). PNG through the DevTools
 * protocol's screenshot at the asked device scale; PDF through printToPDF. The page needs no script: it
 * carries a CSP without scripts, JavaScript is switched off for it (through the DevTools protocol, which
 * still lets the host wait for its fonts), and the window is sandboxed like the main one. Its file lies
 * in the private export folder, the only folder outside the app the request filter lets it load from.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { BrowserWindow } from 'electron';
import type { HtmlRenderer } from '../data/image-export/html-renderer';
import { hardenContents } from './security';

type Cdp = Electron.Debugger;

async function withPage<T>(tempDir: string, html: string, size: { width: number; height: number }, work: (win: BrowserWindow, cdp: Cdp) => Promise<T>): Promise<T> {
  const file = path.join(tempDir, `export-${randomUUID()}.html`);
  await fs.writeFile(file, html, 'utf8');
  const win = new BrowserWindow({
    show: false,
    width: Math.ceil(size.width),
    height: Math.ceil(size.height),
    useContentSize: true,
    webPreferences: { offscreen: true, sandbox: true, contextIsolation: true, nodeIntegration: false, spellcheck: false },
  });
  hardenContents(win.webContents);
  const cdp = win.webContents.debugger;
  try {
    cdp.attach('1.3');
    await cdp.sendCommand('Emulation.setScriptExecutionDisabled', { value: true });
    await win.loadFile(file);
    await cdp.sendCommand('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true, returnByValue: true });
    return await work(win, cdp);
  } finally {
    if (cdp.isAttached()) cdp.detach();
    win.destroy();
    await fs.rm(file, { force: true });
  }
}

export function createExportRenderer(tempDir: string): HtmlRenderer {
  return {
    png: (html, size, scale, transparent) =>
      withPage(tempDir, html, size, async (_win, cdp) => {
        await cdp.sendCommand('Emulation.setDeviceMetricsOverride', { width: Math.ceil(size.width), height: Math.ceil(size.height), deviceScaleFactor: scale, mobile: false });
        if (transparent) await cdp.sendCommand('Emulation.setDefaultBackgroundColorOverride', { color: { r: 0, g: 0, b: 0, a: 0 } });
        const shot = (await cdp.sendCommand('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width: size.width, height: size.height, scale: 1 } })) as { data: string };
        return new Uint8Array(Buffer.from(shot.data, 'base64'));
      }),
    pdf: (html, paper) =>
      withPage(tempDir, html, { width: 1200, height: 800 }, async (win) =>
        new Uint8Array(await win.webContents.printToPDF({ landscape: true, pageSize: paper === 'letter' ? 'Letter' : 'A4', printBackground: true, preferCSSPageSize: true })),
      ),
  };
}
