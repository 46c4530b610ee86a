/**
 * The API contract: every call the renderer can make, defined once with its input schema and result type.
 * Electron IPC, the preload bridge, the browser-mode HTTP server and the renderer client are all derived
 * from this object; adding a call here is the only list to edit.
 */
import { z } from 'zod';
import type { MilestoneDetail, PairSummary, PairTimeline } from '../domain';
import { milestoneInputSchema, pairIdSchema, rowIdSchema } from './schemas';

/** A call: its input schema, and (as a phantom type) its result. */
export interface CallDef<I extends z.ZodType, O> {
  input: I;
  /** Never read at runtime: carries the result type. */
  output?: O;
}

function call<O>() {
  return <I extends z.ZodType>(input: I): CallDef<I, O> => ({ input });
}

export const contract = {
  listPairs: call<PairSummary[]>()(z.strictObject({})),
  getPairTimeline: call<PairTimeline>()(z.strictObject({ pairId: pairIdSchema })),
  getMilestone: call<MilestoneDetail>()(z.strictObject({ id: rowIdSchema })),
  createMilestone: call<MilestoneDetail>()(z.strictObject({ milestone: milestoneInputSchema })),
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
export type ApiHandlers = { [K in CallName]: (input: CallParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
