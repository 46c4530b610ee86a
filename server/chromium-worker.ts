/**
 * The export renderer's own thread: Playwright loads here (the heaviest module the server has) and
 * drives headless Chromium from here, so that neither its load nor its launch nor the decoding of a
 * screenshot holds up the thread serving the app (chromium-renderer.ts starts it).
 */
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../shared/api/errors';
import { createChromiumPages } from './chromium-pages';
import type { RendererReply, RendererRequest } from './chromium-messages';

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
      return reply({ id: request.id, ok: true });
    case 'close':
      return void pages.close().then(() => {
        reply({ id: request.id, ok: true });
        port.close();
      }, fail);
    case 'png':
    case 'pdf': {
      const work = request.op === 'png' ? pages.png(request.html, request.size, request.scale, request.transparent) : pages.pdf(request.html, request.paper);
      return void work.then((data) => {
        const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
        reply({ id: request.id, ok: true, data: bytes }, transferable(bytes));
      }, fail);
    }
  }
});
