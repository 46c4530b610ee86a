/**
 * The export renderer's own thread (chromium-renderer.ts starts it): PNG charts drawn by resvg, and PDF
 * pages printed by headless Chromium, whose Playwright (the heaviest module the server has) loads here
 * too, so that no drawing, launch or decoding holds up the thread serving the app.
 */
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../shared/api/errors';
import { createChromiumPages } from './chromium-pages';
import type { RendererReply, RendererRequest } from './render-messages';

const port = parentPort!;
const pages = createChromiumPages();

/** A file's bytes moved, not copied, when they own their buffer (the PNG's are decoded into one of their own). */
const transferable = (data: Uint8Array) => (data.byteOffset === 0 && data.buffer.byteLength === data.byteLength && data.buffer instanceof ArrayBuffer ? [data.buffer] : []);

port.on('message', (request: RendererRequest) => {
  const reply = (r: RendererReply, transfer: ArrayBuffer[] = []) => port.postMessage(r, transfer);
  const fail = (error: unknown) =>
    reply(error instanceof ApiError ? { id: request.id, ok: false, error: error.toBody() } : { id: request.id, ok: false, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  switch (request.op) {
    case 'warmUp':
      pages.warmUp();
      // resvg and the bundled fonts' files, ready for the first chart.
      void import('../data/image-export/resvg-png').catch(() => {});
      return reply({ id: request.id, ok: true });
    case 'close':
      return void pages.close().then(() => {
        reply({ id: request.id, ok: true });
        port.close();
      }, fail);
    case 'png':
    case 'pdf':
    case 'rasterize': {
      const work =
        request.op === 'png'
          ? pages.png(request.html, request.size, request.scale, request.transparent)
          : request.op === 'pdf'
            ? pages.pdf(request.html, request.paper)
            : import('../data/image-export/resvg-png').then(({ resvgPng }) => resvgPng(request.svg, request.texts, request.width, request.transparent));
      return void work.then((data) => {
        const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
        reply({ id: request.id, ok: true, data: bytes }, transferable(bytes));
      }, fail);
    }
  }
});
