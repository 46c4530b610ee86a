import type { ErrorKey, ErrorReason } from '../../shared/api/errors';
import type { RowReason } from '../../shared/exchange';

/** Why a row cannot be imported: in English (CLI, logs) and as a reason the renderer words. */
export interface RowProblem {
  message: string;
  why: RowReason;
}

export function rowProblem(message: string, key: ErrorKey, params?: ErrorReason['params'], field?: string): RowProblem {
  return { message, why: { key, ...(params ? { params } : {}), ...(field ? { field } : {}) } };
}

/** A milestone read from an import file, before validation: its value, or why the row could not be read. */
export type RawRow = { line: number; value: Record<string, unknown>; problem?: undefined } | { line: number; problem: RowProblem; value?: undefined };
