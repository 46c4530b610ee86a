/** How a call of the API contract is defined: an input schema, and (as a phantom type) its result. */
import type { z } from 'zod';
import type { Served } from './json-text';

export interface CallDef<I extends z.ZodType, O> {
  input: I;
  /** Never read at runtime: carries the result type. */
  output?: O;
}

/** `call<Result>()(inputSchema)`: the result type is given, the input type is inferred from the schema. */
export function call<O>() {
  return <I extends z.ZodType>(input: I): CallDef<I, O> => ({ input });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CallGroup = Record<string, CallDef<any, unknown>>;

/** The handlers that implement a group of calls, given validated input (a result's properties may be JSON text: json-text.ts). */
export type HandlersFor<C extends CallGroup> = {
  [K in keyof C]: (input: z.output<C[K]['input']>) => Served<NonNullable<C[K]['output']>> | Promise<Served<NonNullable<C[K]['output']>>>;
};
