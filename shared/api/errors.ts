/**
 * Errors that cross the API boundary: a code the renderer can act on and a message a user can read.
 * Never a stack trace: anything unexpected becomes `internal` with a generic message.
 */

export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'unknown_call', 'unauthorized', 'unavailable', 'cancelled', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  /** Dotted path of the offending field ("milestone.start"), empty for the whole input. */
  path: string;
  message: string;
}

/** Which message this is, for the renderer to word in the user's language (`errors.<key>` in its locale files). */
export interface ErrorReason {
  key: string;
  params?: Record<string, string | number>;
}

export interface ApiErrorBody {
  code: ErrorCode;
  /** English, for logs, the CLI and any message the renderer has no wording for. */
  message: string;
  problems?: FieldProblem[];
  reason?: ErrorReason;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly problems: FieldProblem[] | undefined;
  readonly reason: ErrorReason | undefined;

  constructor(code: ErrorCode, message: string, problems?: FieldProblem[], reason?: ErrorReason) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
    this.reason = reason;
  }

  /** An error the renderer words from `key` (the English `message` stays for logs and the CLI). */
  static keyed(code: ErrorCode, key: string, message: string, params?: ErrorReason['params']): ApiError {
    return new ApiError(code, message, undefined, params ? { key, params } : { key });
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.problems) body.problems = this.problems;
    if (this.reason) body.reason = this.reason;
    return body;
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.problems, body.reason);
  }
}

/** What every transport carries back: the value, or a typed error. */
export type ApiResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export function isApiResult(x: unknown): x is ApiResult {
  if (typeof x !== 'object' || x === null || !('ok' in x)) return false;
  const r = x as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'value' in x;
  return r.ok === false && typeof r.error?.code === 'string' && typeof r.error?.message === 'string';
}
