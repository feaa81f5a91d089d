/** The client interface every shell gives the renderer: window.bulwark (Electron) or the HTTP client. */
import type { MethodInput, MethodName, MethodResult } from './contract';
import type { ApiEvent, ApiResult } from './types';

export interface BulwarkClient {
  /** Which shell is serving the app. */
  readonly shell: 'electron' | 'web';
  call<M extends MethodName>(method: M, args: MethodInput<M>): Promise<ApiResult<MethodResult<M>>>;
  /** Subscribes to pushed events; returns an unsubscribe function. */
  on(listener: (event: ApiEvent) => void): () => void;
  /** Opens an http(s) link in the system browser after the user confirms. Resolves false if declined. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Makes a file the user dropped or picked readable by the API and returns its path: in Electron the
   * file's own path; in the web shell the file is uploaded to a temporary folder first.
   */
  stageFile(
    file: File,
    onProgress?: (sent: number, total: number) => void,
  ): Promise<{ path: string; name: string }>;
}
