/**
 * The API contract: every call the renderer can make, defined once with its input schema and result type.
 * Electron IPC, the preload bridge, the browser-mode HTTP server and the renderer client are all derived
 * from this object. Each feature defines its calls in calls/<feature>.ts; this is the one list that
 * brings them together.
 */
import type { z } from 'zod';
import type { HandlersFor } from './define';
import { timelineCalls } from './calls/timeline';
import { editingCalls } from './calls/editing';
import { searchCalls } from './calls/search';
import { exchangeCalls } from './calls/exchange';
import { articleCalls } from './calls/article';
import { imageCalls } from './calls/image';
import { storyCalls } from './calls/stories';
import { citationCalls } from './calls/citations';
import { jobCalls } from './calls/jobs';
import { atlasCalls } from './calls/atlas';
import { shareCalls } from './calls/share';

export const contract = {
  ...timelineCalls,
  ...editingCalls,
  ...searchCalls,
  ...exchangeCalls,
  ...articleCalls,
  ...imageCalls,
  ...storyCalls,
  ...citationCalls,
  ...jobCalls,
  ...atlasCalls,
  ...shareCalls,
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.keys(contract) as CallName[];

export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = NonNullable<Contract[K]['output']>;

/** The typed client the renderer uses: one async method per call. */
export type ApiClient = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> };

/** What a server side implements: one handler per call, given validated input. */
export type ApiHandlers = HandlersFor<Contract>;

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
