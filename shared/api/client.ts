/**
 * The client half of the contract: given a transport that carries (name, input) to a Dispatch and brings
 * back its ApiResult, builds the typed ApiClient with one method per call. Errors come back as ApiError.
 */
import { ApiError, isApiResult, type ApiResult } from './errors';
import { CALL_NAMES, type ApiClient, type CallName } from './contract';

export type Transport = (name: CallName, input: unknown) => Promise<ApiResult>;

export function createClient(transport: Transport): ApiClient {
  const entries = CALL_NAMES.map((name) => [
    name,
    async (input: unknown) => {
      const result = await transport(name, input);
      if (!isApiResult(result)) throw ApiError.keyed('internal', 'badAnswer', 'The app answered in a form this window does not understand.');
      if (!result.ok) throw ApiError.fromBody(result.error);
      return result.value;
    },
  ]);
  return Object.fromEntries(entries) as ApiClient;
}
