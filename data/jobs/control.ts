/** What a long job is told and tells: its progress, and whether the user cancelled it. */
import { ApiError } from '../../shared/api/errors';
import type { JobPhase } from '../../shared/api/calls/jobs';

export interface JobControl {
  progress(phase: JobPhase, done: number, total: number): void;
  /** Throws JobCancelledError once the user has cancelled; long loops call it every few thousand rows. */
  throwIfCancelled(): void;
}

export class JobCancelledError extends ApiError {
  constructor() {
    super('cancelled', 'Cancelled: nothing was changed.', undefined, { key: 'cancelled' });
  }
}

export const UNCONTROLLED: JobControl = { progress: () => {}, throwIfCancelled: () => {} };
