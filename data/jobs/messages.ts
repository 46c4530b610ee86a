/** What the serving thread and the job worker say to each other. */
import type { ApiErrorBody } from '../../shared/api/errors';

export interface WorkerOptions {
  dbFile: string;
  nativeBinding?: string;
}

export interface JobRequest {
  id: number;
  name: string;
  input: unknown;
  cells: Int32Array;
}

export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ApiErrorBody } | { id: number; ok: false; crash: string };
