/**
 * Browser mode's and the export CLI's renderer, on a thread of its own (render-worker.ts), started on
 * `warmUp` or on the first export: PNG charts drawn by resvg (`rasterize`), PDF and other pages by headless
 * Chromium. The serving thread only sends each chart or page and receives its file: the drawing,
 * Playwright's load (a third of a second) and Chromium's launch run beside it, so the app keeps answering
 * while an export renders.
 */
import { Worker } from 'node:worker_threads';
import type { HtmlRenderer } from '../data/image-export/html-renderer';
import { ApiError } from '../shared/api/errors';
import type { ChromiumRenderer } from './chromium-pages';
import type { RendererReply, RendererRequest } from './render-messages';

export type { ChromiumRenderer } from './chromium-pages';

type Op = RendererRequest extends infer R ? (R extends { op: infer O } ? O : never) : never;
type Body<O extends Op> = Omit<Extract<RendererRequest, { op: O }>, 'id' | 'op'>;

function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./render-worker-bootstrap.mjs', here) : new URL('./render-worker.cjs', here);
}

export function createChromiumRenderer(options: { workerUrl?: URL } = {}): ChromiumRenderer {
  const pending = new Map<number, { resolve: (data: Uint8Array | undefined) => void; reject: (error: unknown) => void }>();
  let nextId = 1;
  let worker: Worker | null = null;
  let closed = false;

  const failAll = (error: unknown) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const workerNow = (): Worker => {
    if (worker) return worker;
    const w = new Worker(options.workerUrl ?? defaultWorkerUrl());
    w.on('message', (reply: RendererReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      // Idle, the thread does not keep the process alive (a host that forgets to close it still exits).
      if (!pending.size) w.unref();
      if (reply.ok) p.resolve(reply.data);
      else if ('error' in reply) p.reject(ApiError.fromBody(reply.error));
      else p.reject(new Error(`export renderer: ${reply.crash}`));
    });
    w.on('error', (error) => failAll(error));
    w.on('exit', () => {
      if (worker === w) worker = null;
      failAll(ApiError.keyed('internal', 'image.rendererStopped', 'The image renderer stopped unexpectedly; nothing was changed. Try the export again.'));
    });
    return (worker = w);
  };

  const send = <O extends Op>(op: O, body: Body<O>): Promise<Uint8Array | undefined> =>
    new Promise((resolve, reject) => {
      const w = workerNow();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ id, op, ...body } as RendererRequest);
    });

  const file = async (p: Promise<Uint8Array | undefined>) => {
    const data = await p;
    if (!data) throw new Error('export renderer: no file came back');
    return data;
  };

  const png: HtmlRenderer['png'] = (html, size, scale, transparent) => file(send('png', { html, size, scale, transparent }));
  return {
    png,
    pdf: (html, paper) => file(send('pdf', { html, paper })),
    rasterize: (svg, texts, width, transparent) => file(send('rasterize', { svg, texts, width, transparent })),
    warmUp() {
      // Not after close: a host that stopped at once launches nothing.
      if (closed) return;
      send('warmUp', {}).catch(() => {});
    },
    close: async () => {
      closed = true;
      const w = worker;
      if (!w) return;
      const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      await Promise.race([send('close', {}).catch(() => {}), exited]);
      // The thread ends itself once its browser is closed; one stuck is ended.
      const timer = setTimeout(() => void w.terminate(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
