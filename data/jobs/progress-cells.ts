/**
 * A job's progress and cancel flag in shared memory, so that the serving thread reads and sets them while
 * the worker is busy in a loop that reads no messages: [cancel, phase, done, total].
 */
import { JOB_PHASES, type JobProgress } from '../../shared/api/calls/jobs';
import { JobCancelledError, type JobControl } from './control';

/** Progress reports between two collections: about every 12 000 rows written or 6 MB read (a full collection of the job's heap costs a few tens of ms). */
const COLLECT_EVERY = 6;

export function newCells(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
}

/**
 * `collect`, when given, is run every few progress reports: the job worker's full garbage collection.
 * A long job makes garbage far faster than V8's lazy old-generation collection reclaims it (an import of a
 * 64 MB file left 150 MB of dead rows on the worker's heap at its peak: issue 14 §5 wants < 400 MB in all).
 */
export function controlOf(cells: Int32Array, collect?: () => void): JobControl {
  let reports = 0;
  return {
    progress: (phase, done, total) => {
      if (collect && ++reports % COLLECT_EVERY === 0) collect();
      Atomics.store(cells, 1, JOB_PHASES.indexOf(phase));
      Atomics.store(cells, 2, Math.min(done, 2 ** 31 - 1));
      Atomics.store(cells, 3, Math.min(total, 2 ** 31 - 1));
    },
    throwIfCancelled: () => {
      if (Atomics.load(cells, 0) === 1) throw new JobCancelledError();
    },
  };
}

export function readProgress(cells: Int32Array): JobProgress {
  return { phase: JOB_PHASES[Atomics.load(cells, 1)] ?? 'queued', done: Atomics.load(cells, 2), total: Atomics.load(cells, 3) };
}

export function cancel(cells: Int32Array): void {
  Atomics.store(cells, 0, 1);
}
