/**
 * Runs long jobs off the serving thread: in a worker_threads worker with its own connection (mode
 * "worker", the default), or on the calling thread with the caller's connection (mode "inline": for a host
 * that cannot start workers). Each job can be named by the caller's job id, so that while its call is
 * pending the caller can ask its progress or cancel it. One runner belongs to one open database: closing
 * it (a restore, the app quitting) ends the worker and forgets its import previews.
 */
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/open';
import { ApiError } from '../../shared/api/errors';
import type { JobProgress } from '../../shared/api/calls/jobs';
import { ImportPlans } from '../exchange/import';
import { JOBS, type JobEnv, type JobInput, type JobName, type JobOutput } from './job-table';
import { cancel, controlOf, newCells, readProgress } from './progress-cells';
import type { JobReply, JobRequest, WorkerOptions } from './messages';

export type JobMode = 'worker' | 'inline';

export interface JobRunnerOptions extends WorkerOptions {
  mode?: JobMode;
  /** The connection inline jobs use. */
  db: Db;
  /** Where the worker's script is; default: next to this module (the TypeScript bootstrap, or job-worker.cjs in a bundle). */
  workerUrl?: URL;
  log?: (error: unknown) => void;
}

export interface JobRunner {
  run<K extends JobName>(name: K, input: JobInput<K>, jobId?: string): Promise<JobOutput<K>>;
  progress(jobId: string): JobProgress | null;
  cancel(jobId: string): boolean;
  /**
   * Starts the worker ahead of the first job (its thread, its bundle and its connection: about 0.2 s a
   * first import, export or backup would otherwise wait for); resolves once it is ready. Inline: at once.
   */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./worker-bootstrap.mjs', here) : new URL('./job-worker.cjs', here);
}

const CRASHED = () => ApiError.keyed('internal', 'jobs.crashed', 'The background task stopped unexpectedly; nothing was changed. Details are in the log.');

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const running = new Map<string, Int32Array>();
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  let nextId = 1;
  let worker: Worker | null = null;
  /** Settles when the current worker has said it is ready (or has gone). */
  let workerReady: Promise<void> = Promise.resolve();
  let closed = false;
  const inlineEnv: JobEnv = { db: options.db, plans: new ImportPlans() };

  const failAll = (error: unknown) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const workerNow = (): Worker => {
    if (worker) return worker;
    const w = new Worker(options.workerUrl ?? defaultWorkerUrl(), { workerData: { dbFile: options.dbFile, nativeBinding: options.nativeBinding } satisfies WorkerOptions });
    let markReady = () => {};
    workerReady = new Promise<void>((resolve) => (markReady = resolve));
    w.unref(); // an idle worker does not keep the process alive (run() refs it while a job is pending)
    w.on('message', (reply: JobReply | { ready: true }) => {
      if ('ready' in reply) return markReady();
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else if ('error' in reply) p.reject(ApiError.fromBody(reply.error));
      else {
        options.log?.(new Error(`job worker: ${reply.crash}`));
        p.reject(CRASHED());
      }
    });
    w.on('error', (error) => {
      options.log?.(error);
      failAll(CRASHED());
    });
    w.on('exit', () => {
      markReady();
      if (worker === w) worker = null; // the next job starts a fresh one (and the import previews are gone with this one)
      failAll(CRASHED());
    });
    return (worker = w);
  };

  async function run<K extends JobName>(name: K, input: JobInput<K>, jobId?: string): Promise<JobOutput<K>> {
    if (closed) throw ApiError.keyed('unavailable', 'jobs.replacing', 'The database is being replaced; try again in a moment.');
    if (jobId && running.has(jobId)) throw ApiError.keyed('conflict', 'jobs.duplicateId', 'A job with this id is already running.');
    const cells = newCells();
    if (jobId) running.set(jobId, cells);
    try {
      if (options.mode === 'inline') {
        const control = controlOf(cells);
        const job = JOBS[name] as (env: JobEnv, input: unknown, control: unknown) => JobOutput<K> | Promise<JobOutput<K>>;
        return await job(inlineEnv, input, control);
      }
      const id = nextId++;
      const w = workerNow();
      w.ref(); // an idle worker does not keep the process alive; one with work does
      return await new Promise<JobOutput<K>>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        // A long text (an import file) goes as UTF-8 bytes whose buffer is handed over, not copied: a
        // cloned string was one more copy of the file, twice its size in memory, while it crossed.
        const big = input && typeof input === 'object' && typeof (input as { text?: unknown }).text === 'string' && (input as { text: string }).text.length > 1 << 20;
        if (big) {
          const bytes = Buffer.from((input as { text: string }).text, 'utf8');
          const rest = { ...(input as object), text: undefined };
          w.postMessage({ id, name, input: rest, textBytes: bytes, cells } satisfies JobRequest, [bytes.buffer as ArrayBuffer]);
        } else w.postMessage({ id, name, input, cells } satisfies JobRequest);
      });
    } finally {
      if (jobId) running.delete(jobId);
      if (pending.size === 0) worker?.unref();
    }
  }

  return {
    run,
    progress: (jobId) => {
      const cells = running.get(jobId);
      return cells ? readProgress(cells) : null;
    },
    cancel: (jobId) => {
      const cells = running.get(jobId);
      if (cells) cancel(cells);
      return !!cells;
    },
    warmUp: () => {
      if (closed || options.mode === 'inline') return Promise.resolve();
      workerNow();
      return workerReady;
    },
    close: async () => {
      closed = true;
      for (const cells of running.values()) cancel(cells);
      const w = worker;
      worker = null;
      if (w) await w.terminate();
      failAll(ApiError.keyed('cancelled', 'cancelled', 'Cancelled: the database was replaced; nothing was changed.'));
    },
  };
}
