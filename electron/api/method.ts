import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type only. */
  result?: R;
}

/** Declares one API method: `method<Result>()(zodInputSchema)`. */
export const method =
  <R>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
