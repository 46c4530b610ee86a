/**
 * The server half of the contract, shared by Electron IPC and the browser-mode HTTP server:
 * checks the call name, validates the input against the call's schema, runs the handler, and turns
 * every outcome into an ApiResult. Input that fails validation never reaches a handler.
 */
import type { z } from 'zod';
import { ApiError, type ApiResult, type FieldProblem } from './errors';
import { fieldReason } from './field-reasons';
import { contract, isCallName, type ApiHandlers } from './contract';

export type Dispatch = (name: unknown, input: unknown) => Promise<ApiResult>;

function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message, reason: fieldReason(issue) }));
}

export function createDispatch(handlers: ApiHandlers, onInternalError: (error: unknown) => void = console.error): Dispatch {
  return createPartialDispatch(handlers, onInternalError);
}

/** The same over some of the calls (a reader worker's, data/readers): a call without a handler here is unknown. */
export function createPartialDispatch(handlers: Partial<ApiHandlers>, onInternalError: (error: unknown) => void = console.error): Dispatch {
  return async (name, input) => {
    try {
      if (!isCallName(name) || !Object.prototype.hasOwnProperty.call(handlers, name)) throw ApiError.keyed('unknown_call', 'unknownCall', `There is no API call named "${String(name).slice(0, 60)}".`, { name: String(name).slice(0, 60) });
      const parsed = contract[name].input.safeParse(input);
      if (!parsed.success) {
        const problems = problemsOf(parsed.error);
        const first = problems[0];
        const where = first?.path ? ` (${first.path})` : '';
        throw ApiError.keyed('invalid_input', 'invalidInput', `Invalid input for ${name}${where}: ${first?.message ?? 'malformed'}`, { field: first?.path ?? '', problem: first?.message ?? '' }, problems);
      }
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toBody() };
      onInternalError(error);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong inside the app; nothing was changed. Details are in the log.', reason: { key: 'internal' } } };
    }
  };
}
