/**
 * A job's progress and cancel flag in shared memory, so that the serving thread reads and sets them while
 * the worker is busy in a loop that reads no messages: [cancel, phase, done, total].
 */
import { JOB_PHASES, type JobProgress } from '../../shared/api/calls/jobs';
import { JobCancelledError, type JobControl } from './control';

export function newCells(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
}

export function controlOf(cells: Int32Array): JobControl {
  return {
    progress: (phase, done, total) => {
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
