/**
 * Browser mode's and the export command's page renderer: headless Chromium through Playwright
 * (page-renderer.ts), driven from the render worker's thread (render-worker.ts). On the host's own thread,
 * loading Playwright (0.3 s) and the launch's own work waited behind the chart's layout, or the layout
 * behind them; in a thread of their own they go on beside it, and the first PNG from the export command's
 * start came 0.2–0.7 s sooner (bench/export.bench.ts). The host starts it in the background (`warmUp`), so
 * that the first export does not wait for Chromium to launch; else on first use.
 */
import { Worker } from 'node:worker_threads';
import { ApiError } from '../shared/api/errors';
import type { RenderCall, RenderReply, RenderRequest } from './render-messages';
import type { ChromiumRenderer } from './page-renderer';

export type { ChromiumRenderer };

export interface ChromiumRendererOptions {
  /** The worker's script; default: next to this module (the TypeScript bootstrap, or render-worker.cjs in a bundle). */
  workerUrl?: URL;
}

function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./render-worker-bootstrap.mjs', here) : new URL('./render-worker.cjs', here);
}

export function createChromiumRenderer(options: ChromiumRendererOptions = {}): ChromiumRenderer {
  const pending = new Map<number, { resolve: (data: Uint8Array | undefined) => void; reject: (error: unknown) => void }>();
  let worker: Worker | null = null;
  let nextId = 1;
  let closed = false;

  const failAll = (error: unknown) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const workerNow = (): Worker => {
    if (worker) return worker;
    const w = new Worker(options.workerUrl ?? defaultWorkerUrl());
    w.on('message', (reply: RenderReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.data);
      else if ('error' in reply) p.reject(ApiError.fromBody(reply.error));
      else p.reject(new Error(`render worker: ${reply.crash}`));
    });
    w.on('error', failAll);
    w.on('exit', () => {
      if (worker === w) worker = null; // the next export starts a fresh one
      failAll(new Error('The render worker stopped.'));
    });
    return (worker = w);
  };

  const ask = (request: RenderCall): Promise<Uint8Array | undefined> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      workerNow().postMessage({ ...request, id } satisfies RenderRequest);
    });

  const bytes = async (request: RenderCall) => (await ask(request)) ?? new Uint8Array();

  return {
    png: (html, size, scale, transparent) => bytes({ op: 'png', html, size, scale, transparent }),
    pdf: (html, paper) => bytes({ op: 'pdf', html, paper }),
    warmUp() {
      // Not after close: a host that stopped at once launches nothing.
      if (!closed) workerNow().postMessage({ op: 'warmUp' } satisfies RenderRequest);
    },
    async close() {
      closed = true;
      const w = worker;
      if (!w) return;
      await ask({ op: 'close' }).catch(() => {});
      worker = null;
      await w.terminate().catch(() => {});
    },
  };
}
