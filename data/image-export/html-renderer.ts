/**
 * What turns an export page (self-contained HTML: inline SVG, embedded fonts, no scripts) into PNG or
 * PDF bytes. Each host supplies one: headless Chromium through Playwright in browser mode and the CLI
 * (server/chromium-renderer.ts), an offscreen window in Electron (electron/export-renderer.ts).
 */
import type { PaperSize } from '../../shared/image-export';

export interface HtmlRenderer {
  /** A screenshot of the page's top-left `size` (CSS pixels), at `scale` device pixels per CSS pixel. */
  png(html: string, size: { width: number; height: number }, scale: number, transparent: boolean): Promise<Uint8Array>;
  /** The page printed to PDF on landscape paper (the page's own @page rule sets the margins). */
  pdf(html: string, paper: PaperSize): Promise<Uint8Array>;
}
