import { DbError } from '../../db/errors';
import type { ApiContext } from './context';
import { contract, isMethodName } from './contract';
import { ApiError } from './errors';
import { handlers } from './handlers/index';
import type { ApiResult } from './types';

/**
 * The single entry point all three transports use: looks the method up in the contract, validates the
 * input with its zod schema, runs the handler, and turns every outcome into an ApiResult. Nothing
 * thrown inside a handler escapes as an exception.
 */
export async function dispatch(
  ctx: ApiContext,
  method: string,
  rawArgs: unknown,
): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return {
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: `There is no API method called "${method}".` },
    };
  }
  const parsed = contract[method].input.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.join('.') || '(input)',
      message: i.message,
    }));
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `Invalid input for ${method}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        issues,
      },
    };
  }
  try {
    const handler = handlers[method] as (ctx: ApiContext, args: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof ApiError) return { ok: false, error: { code: err.code, message: err.message } };
    if (err instanceof DbError) return { ok: false, error: { code: 'DB_ERROR', message: err.message } };
    const message = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `Something went wrong in ${method}: ${message}` },
    };
  }
}
