/**
 * A few reader workers (worker.ts), each with its own read-only connection to the open database, serving
 * the read-only calls (READ_CALLS) off the thread that serves HTTP: there every call ran after every call
 * before it (≈3.5 ms each, so 20 connections queued), here the SQL and the JSON are the workers' and the
 * serving thread only parses requests and writes answers. One pool belongs to one open database: a
 * restore closes it (its workers finish what they were given, then close their connections) before the
 * file is replaced, and the core opens a new one on the new file.
 *
 * Nothing is lost to a worker that is not there: until a worker has opened its connection, once the pool
 * is closing, and after a worker failed, calls run on the core's own connection (`fallback`), and a read
 * that a failed worker had in hand is run there again (a read can be).
 */
import { Worker } from 'node:worker_threads';
import type { Dispatch } from '../../shared/api/dispatch';
import type { ApiResult } from '../../shared/api/errors';
import { JsonText } from '../../shared/api/json-text';
import { READ_CALLS } from './read-calls';
import type { ReaderMessage, ReaderOptions, ReadRequest } from './messages';

export interface ReaderPoolOptions extends ReaderOptions {
  /** How many workers. */
  size: number;
  /** Where a call runs when no worker can take it: the core's own dispatcher. */
  fallback: Dispatch;
  /** Where the worker's script is; default: next to this module (the TypeScript bootstrap, or reader-worker.cjs in a bundle). */
  workerUrl?: URL;
  log?: (error: unknown) => void;
}

export interface ReaderPool {
  /** The call, on a worker when it is a read one and a worker is ready, else on `fallback`. */
  dispatch: Dispatch;
  /** Resolves when every worker has opened its connection (or failed to); for tests and benches. */
  ready(): Promise<void>;
  /** How many workers serve now. */
  serving(): number;
  /** How many calls workers have answered so far (tests and benches: proof that they served). */
  answered(): number;
  /** Stops taking calls; each worker answers those it has, closes its connection and ends. */
  close(): Promise<void>;
}

function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./worker-bootstrap.mjs', here) : new URL('./reader-worker.cjs', here);
}

interface Pending {
  name: string;
  input: unknown;
  resolve: (result: ApiResult) => void;
}

interface Reader {
  worker: Worker;
  ready: boolean;
  pending: Map<number, Pending>;
  started: Promise<void>;
  ended: Promise<void>;
}

export function createReaderPool(options: ReaderPoolOptions): ReaderPool {
  let closing = false;
  let nextId = 1;
  let answered = 0;
  let closed: Promise<void> | undefined;
  const readers = new Set<Reader>();

  /** A worker gone before its answers: its reads run again on the core's connection. */
  const retire = (reader: Reader) => {
    if (!readers.delete(reader)) return;
    for (const p of reader.pending.values()) void options.fallback(p.name, p.input).then(p.resolve);
    reader.pending.clear();
  };

  const start = (): Reader => {
    const worker = new Worker(options.workerUrl ?? defaultWorkerUrl(), { workerData: { dbFile: options.dbFile, nativeBinding: options.nativeBinding } satisfies ReaderOptions });
    worker.unref(); // an idle reader does not keep the process alive; one with work does
    let started!: () => void;
    const reader: Reader = { worker, ready: false, pending: new Map(), started: new Promise((resolve) => (started = resolve)), ended: new Promise((resolve) => worker.once('exit', () => resolve())) };
    worker.on('message', (message: ReaderMessage) => {
      if ('log' in message) return options.log?.(new Error(`reader worker: ${message.log}`));
      if ('ready' in message) {
        reader.ready = message.ready;
        if (!message.ready) options.log?.(new Error(`reader worker: ${message.error}`));
        return started();
      }
      const p = reader.pending.get(message.id);
      if (!p) return;
      reader.pending.delete(message.id);
      answered++;
      if (reader.pending.size === 0) worker.unref();
      if (!message.ok) p.resolve({ ok: false, error: message.error });
      else p.resolve({ ok: true, value: 'json' in message ? new JsonText(message.json) : message.value });
    });
    worker.on('error', (error) => {
      options.log?.(error);
      retire(reader);
    });
    worker.once('exit', () => {
      if (!closing) options.log?.(new Error('reader worker: ended unexpectedly'));
      retire(reader);
      started();
    });
    readers.add(reader);
    return reader;
  };

  for (let i = 0; i < options.size; i++) start();

  /** The ready worker with the fewest calls in hand, or none. */
  const least = (): Reader | undefined => {
    let best: Reader | undefined;
    for (const r of readers) if (r.ready && (!best || r.pending.size < best.pending.size)) best = r;
    return best;
  };

  return {
    dispatch: (name, input) => {
      const reader = !closing && typeof name === 'string' && READ_CALLS.has(name) ? least() : undefined;
      if (!reader || typeof name !== 'string') return options.fallback(name, input);
      return new Promise<ApiResult>((resolve) => {
        const id = nextId++;
        reader.pending.set(id, { name, input, resolve });
        reader.worker.ref();
        reader.worker.postMessage({ id, name, input } satisfies ReadRequest);
      });
    },
    ready: async () => {
      await Promise.all([...readers].map((r) => r.started));
    },
    serving: () => [...readers].filter((r) => r.ready).length,
    answered: () => answered,
    close: () => {
      closing = true;
      const all = [...readers];
      for (const r of all) {
        r.worker.ref();
        r.worker.postMessage('close');
      }
      return (closed ??= Promise.all(all.map((r) => r.ended)).then(() => undefined));
    },
  };
}
