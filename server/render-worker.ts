/**
 * The render worker: headless Chromium driven from a thread of its own (page-renderer.ts), so that loading
 * Playwright and launching the browser go on while the host's thread opens the database and lays out the
 * chart, and a screenshot's decoding never holds up the host's calls.
 */
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../shared/api/errors';
import { createPageRenderer } from './page-renderer';
import type { RenderReply, RenderRequest } from './render-messages';

const port = parentPort!;
const renderer = createPageRenderer();

/** The bytes on an ArrayBuffer of their own, which can be transferred (a Buffer may be a view of a larger one). */
const own = (data: Uint8Array) => (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : data.slice());

const reply = (message: RenderReply) => port.postMessage(message, message.ok && message.data ? [message.data.buffer as ArrayBuffer] : []);

port.on('message', (request: RenderRequest) => {
  if (request.op === 'warmUp') return renderer.warmUp();
  const work = request.op === 'png' ? renderer.png(request.html, request.size, request.scale, request.transparent) : request.op === 'pdf' ? renderer.pdf(request.html, request.paper) : renderer.close().then(() => undefined);
  work.then(
    (data) => reply({ id: request.id, ok: true, data: data ? own(data) : undefined }),
    (error: unknown) =>
      reply(error instanceof ApiError ? { id: request.id, ok: false, error: error.toBody() } : { id: request.id, ok: false, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
