/**
 * Errors that cross the API boundary: a code the renderer can act on and a message a user can read.
 * Never a stack trace: anything unexpected becomes `internal` with a generic message.
 */

export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'unknown_call', 'unauthorized', 'unavailable', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  /** Dotted path of the offending field ("milestone.start"), empty for the whole input. */
  path: string;
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  problems?: FieldProblem[];
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly problems: FieldProblem[] | undefined;

  constructor(code: ErrorCode, message: string, problems?: FieldProblem[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
  }

  toBody(): ApiErrorBody {
    return this.problems ? { code: this.code, message: this.message, problems: this.problems } : { code: this.code, message: this.message };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.problems);
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
