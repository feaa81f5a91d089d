import type { BulwarkClient } from '../../../electron/api/client';
import type { MethodInput, MethodName, MethodResult } from '../../../electron/api/contract';
import { createHttpClient } from './httpClient';

declare global {
  interface Window {
    /** Present only inside Electron, set by the preload. */
    bulwark?: BulwarkClient;
  }
}

/** window.bulwark from the Electron preload when present, else the HTTP client of the web shell. */
export const client: BulwarkClient = window.bulwark ?? createHttpClient();

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls a method and returns its value, throwing ApiCallError (with the server's message) on failure. */
export async function api<M extends MethodName>(method: M, args: MethodInput<M>): Promise<MethodResult<M>> {
  const res = await client.call(method, args);
  if (!res.ok) throw new ApiCallError(res.error.code, res.error.message);
  return res.value;
}
