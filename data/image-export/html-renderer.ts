/**
 * What turns an export page (self-contained HTML: inline SVG, embedded fonts, no scripts) into PNG or
 * PDF bytes. Each host supplies one: headless Chromium through Playwright in browser mode and the CLI
 * (server/chromium-renderer.ts), an offscreen window in Electron (electron/export-renderer.ts).
 */
import type { PaperSize } from '../../shared/image-export';
import type { Weight } from './fonts';

export interface HtmlRenderer {
  /** A screenshot of the page's top-left `size` (CSS pixels), at `scale` device pixels per CSS pixel. */
  png(html: string, size: { width: number; height: number }, scale: number, transparent: boolean): Promise<Uint8Array>;
  /** The page printed to PDF on landscape paper (the page's own @page rule sets the margins). */
  pdf(html: string, paper: PaperSize): Promise<Uint8Array>;
  /**
   * A chart's SVG drawn to PNG `width` pixels wide without a page: resvg with the bundled fonts
   * (resvg-png.ts), drawn as Chromium draws it and in half its time, on a thread of the host's own (the
   * drawing takes a second at 4 000 px). A host without it has its PNG charts screenshotted from the page.
   */
  rasterize?(svg: string, texts: { text: string; weight: Weight }[], width: number, transparent: boolean): Promise<Uint8Array>;
}
