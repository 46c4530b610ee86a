/** How a call of the API contract is defined: an input schema, and (as a phantom type) its result. */
import type { z } from 'zod';

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

/** The handlers that implement a group of calls, given validated input. */
export type HandlersFor<C extends CallGroup> = {
  [K in keyof C]: (input: z.output<C[K]['input']>) => NonNullable<C[K]['output']> | Promise<NonNullable<C[K]['output']>>;
};
