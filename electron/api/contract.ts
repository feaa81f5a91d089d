/**
 * The one API contract: every operation, once, with the zod schema of its input and the type of its
 * result. Electron IPC, the web shell's HTTP API and in-process callers (CLI, tests) all serve exactly
 * this map (handlers/index.ts must implement every entry, or the build fails).
 */
import { z } from 'zod';
import type { AppInfo, AuditRecord, DemoSummary, Overview, PersonSummary } from './types';

export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type only. */
  result?: R;
}

const method =
  <R>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });

const empty = z.object({}).strict();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const contract = {
  'app.info': method<AppInfo>()(empty),
  'stats.overview': method<Overview>()(z.object({ from: isoDay.optional(), to: isoDay.optional() }).strict()),
  'people.list': method<PersonSummary[]>()(empty),
  'demo.load': method<DemoSummary>()(
    z
      .object({
        posts: z.number().int().min(100).max(2_000_000).default(20_000),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31)
          .default(42),
      })
      .strict(),
  ),
  'settings.get': method<Record<string, unknown>>()(empty),
  'settings.set': method<Record<string, unknown>>()(
    z
      .object({
        reviewerName: z.string().trim().max(80).optional(),
        theme: z.enum(['system', 'light', 'dark']).optional(),
      })
      .strict(),
  ),
  'audit.list': method<AuditRecord[]>()(
    z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict(),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodArgs<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = NonNullable<Contract[M]['result']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
