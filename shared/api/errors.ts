/**
 * Errors that cross the API boundary: a code the renderer can act on, and a reason (a key of
 * shared/locales/<lng>/errors.json with its parameters) that the renderer words in the user's language.
 * The English message is for logs and the CLI. Never a stack trace: anything unexpected becomes
 * `internal` with a generic message.
 */
import type englishErrors from '../locales/en/errors.json';

/** The dotted paths of a messages file's strings: "import.expired", "field.required", … */
type MessageKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessageKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every reason an error can give: a compile error names any key the English file lacks. */
export type ErrorKey = MessageKeys<typeof englishErrors>;

export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'unknown_call', 'unauthorized', 'unavailable', 'cancelled', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Which message this is, for the renderer to word in the user's language (`errors.<key>` in its locale files). */
export interface ErrorReason {
  key: ErrorKey;
  params?: Record<string, string | number>;
}

export interface FieldProblem {
  /** Dotted path of the offending field ("milestone.start"), empty for the whole input. */
  path: string;
  /** English, for logs and the CLI. */
  message: string;
  /** What is wrong, for the renderer to word beside the field (a `field.*` key). */
  reason?: ErrorReason;
}

export interface ApiErrorBody {
  code: ErrorCode;
  /** English, for logs and the CLI. */
  message: string;
  problems?: FieldProblem[];
  /** Absent only from a peer that predates reasons; the renderer then words the code. */
  reason?: ErrorReason;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly problems: FieldProblem[] | undefined;
  readonly reason: ErrorReason | undefined;

  /** Protected: every error the app raises goes through `keyed`, so that it can be worded in every language. */
  protected constructor(code: ErrorCode, message: string, problems?: FieldProblem[], reason?: ErrorReason) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
    this.reason = reason;
  }

  /** An error the renderer words from `key` (the English `message` stays for logs and the CLI). */
  static keyed(code: ErrorCode, key: ErrorKey, message: string, params?: ErrorReason['params'], problems?: FieldProblem[]): ApiError {
    return new ApiError(code, message, problems, params ? { key, params } : { key });
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

/** A problem with one field, worded beside it from `key` (a `field.*` key). */
export function fieldProblem(path: string, key: ErrorKey, message: string, params?: ErrorReason['params']): FieldProblem {
  return { path, message, reason: params ? { key, params } : { key } };
}
