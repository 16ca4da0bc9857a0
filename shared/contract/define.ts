import type { z } from 'zod';

/** One call of the contract: the schema its input must pass and the schema of its value. */
export interface CallDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function defineCall<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallDef<I, O> {
  return { input, output };
}
