/**
 * Long work (imports, exports, backups) runs off the serving thread as a job. The caller names the job
 * with an id of its choosing (`jobId` on the call that starts it), and while that call is pending asks
 * how far it got or cancels it; a cancelled job changes nothing and its call fails with `cancelled`.
 */
import * as z from 'zod';
import { call } from '../define';

export const JOB_PHASES = ['queued', 'reading', 'checking', 'writing', 'indexing', 'saving', 'done'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

export interface JobProgress {
  phase: JobPhase;
  /** Units done and in all (rows, or characters while reading); total 0 when not known yet. */
  done: number;
  total: number;
}

export const jobIdSchema = z.uuid('a job id is a UUID');

export const jobCalls = {
  /** How far a running job got; `job` is null when there is no such job (not started yet, or finished). */
  jobProgress: call<{ job: JobProgress | null }>()(z.strictObject({ jobId: jobIdSchema })),
  /** Asks a running job to stop; false when there is no such job. */
  cancelJob: call<{ cancelled: boolean }>()(z.strictObject({ jobId: jobIdSchema })),
};
