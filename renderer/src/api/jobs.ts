/**
 * A long call (import, export, backup) run as a job: the call carries a fresh job id; while it is pending
 * its progress is asked for a few times a second, and cancelling asks the core to stop it (the call then
 * fails with `cancelled` and nothing is changed).
 */
import { api } from './api';
import type { JobProgress } from '../../../shared/api/calls/jobs';

export interface JobHandle {
  cancel(): void;
}

const POLL_MS = 250;

export async function runJob<T>(start: (jobId: string) => Promise<T>, onProgress: (progress: JobProgress, handle: JobHandle) => void): Promise<T> {
  const jobId = crypto.randomUUID();
  const handle: JobHandle = { cancel: () => void api.cancelJob({ jobId }).catch(() => {}) };
  let done = false;
  const poll = async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (done) break;
      const { job } = await api.jobProgress({ jobId }).catch(() => ({ job: null }));
      if (job && !done) onProgress(job, handle);
    }
  };
  onProgress({ phase: 'queued', done: 0, total: 0 }, handle);
  void poll();
  try {
    return await start(jobId);
  } finally {
    done = true;
  }
}

/** A fraction for a progress bar, or null when the job cannot say how far it is. */
export function fractionOf(p: JobProgress): number | null {
  return p.total > 0 ? Math.min(1, p.done / p.total) : null;
}
