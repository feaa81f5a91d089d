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
