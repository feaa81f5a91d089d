import type { ErrorCode } from './types';

/** An error a handler raises on purpose; its code and message go to the caller unchanged. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Runs `fn`, turning a domain error of one of `kinds` (db/ layer errors such as CaseError or
 * ReviewError, which carry an API error code) into an ApiError with the same code and message.
 */
export function asApiError<T>(
  kinds: (new (...args: never[]) => Error & { code: ErrorCode })[],
  fn: () => T,
): T {
  try {
    return fn();
  } catch (err) {
    for (const kind of kinds) if (err instanceof kind) throw new ApiError(err.code, err.message);
    throw err;
  }
}
