/**
 * The client half of the contract: given a transport that carries (name, input) to a Dispatch and brings
 * back its ApiResult, builds the typed ApiClient with one method per call. Errors come back as ApiError.
 * The methods are made as they are first used, from the name alone: the client needs no call's schema
 * (the renderer's start then loads none of them, nor zod); the types come from the contract.
 */
import { ApiError, isApiResult, type ApiResult } from './errors';
import type { ApiClient, CallName } from './contract';

export type Transport = (name: CallName, input: unknown) => Promise<ApiResult>;

export function createClient(transport: Transport): ApiClient {
  const methods = new Map<string, (input: unknown) => Promise<unknown>>();
  const method = (name: CallName) => async (input: unknown) => {
    const result = await transport(name, input);
    if (!isApiResult(result)) throw ApiError.keyed('internal', 'badAnswer', 'The app answered in a form this window does not understand.');
    if (!result.ok) throw ApiError.fromBody(result.error);
    return result.value;
  };
  return new Proxy({} as ApiClient, {
    get(_target, name) {
      // Not a thenable: awaiting the client gives the client (a symbol or `then` is no call).
      if (typeof name !== 'string' || name === 'then') return undefined;
      let m = methods.get(name);
      if (!m) methods.set(name, (m = method(name as CallName)));
      return m;
    },
  });
}
