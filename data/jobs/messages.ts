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
  /** The input's `text` as UTF-8 (sent this way when it is long; see runner.ts). */
  textBytes?: Uint8Array;
  cells: Int32Array;
}

export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ApiErrorBody } | { id: number; ok: false; crash: string };
