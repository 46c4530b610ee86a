/** What the serving thread and a reader worker say to each other (pool.ts, worker.ts). */
import type { ApiErrorBody } from '../../shared/api/errors';

export interface ReaderOptions {
  dbFile: string;
  nativeBinding?: string;
}

export interface ReadRequest {
  id: number;
  name: string;
  input: unknown;
}

/**
 * A result: the value as its JSON's UTF-8 bytes (their buffer handed over, not copied), or the error the
 * dispatcher gave; `internal` carries what the log should hold of an unexpected error.
 */
export type ReadReply = { id: number; ok: true; json: Uint8Array } | { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ApiErrorBody };

export type ReaderMessage = ReadReply | { ready: true } | { ready: false; error: string } | { log: string };
