/**
 * The web shell's client: the same BulwarkClient the Electron preload exposes, spoken over HTTP. The
 * per-run token arrives once in the URL (?token=…); we keep it in sessionStorage and strip it from the
 * address bar so it is not bookmarked or shared by accident.
 */
import type { BulwarkClient } from '../../../electron/api/client';
import type { ApiEvent, ApiResult } from '../../../electron/api/types';

const TOKEN_KEY = 'bulwark.token';

function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createHttpClient(): BulwarkClient {
  const token = takeToken();
  const listeners = new Set<(e: ApiEvent) => void>();
  let source: EventSource | null = null;

  function ensureEvents(): void {
    if (source) return;
    source = new EventSource(`api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (msg) => {
      const event = JSON.parse(msg.data as string) as ApiEvent;
      for (const l of listeners) l(event);
    };
  }

  return {
    shell: 'web',
    async call(method, args) {
      try {
        const res = await fetch(`api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(args ?? {}),
        });
        return (await res.json()) as ApiResult<never>;
      } catch (err) {
        return {
          ok: false,
          error: {
            code: 'NETWORK',
            message: `Bulwark's local server did not answer (${String(err)}). Is "npm run web" still running?`,
          },
        };
      }
    },
    on(listener) {
      listeners.add(listener);
      ensureEvents();
      return () => listeners.delete(listener);
    },
    stageFile(file, onProgress) {
      // XMLHttpRequest, not fetch: it reports upload progress, which a large export needs.
      return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `api/upload?name=${encodeURIComponent(file.name)}`);
        xhr.setRequestHeader('authorization', `Bearer ${token}`);
        xhr.setRequestHeader('content-type', 'application/octet-stream');
        xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.total);
        xhr.onload = () => {
          try {
            const res = JSON.parse(xhr.responseText) as ApiResult<{ path: string; name: string }>;
            if (res.ok) resolve(res.value);
            else reject(new Error(res.error.message));
          } catch {
            reject(new Error(`The upload of ${file.name} failed (status ${xhr.status}).`));
          }
        };
        xhr.onerror = () =>
          reject(new Error(`The upload of ${file.name} failed: Bulwark's local server did not answer.`));
        xhr.send(file);
      });
    },
    async openExternal(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return false;
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
      if (!window.confirm(`Open this link in your browser?\n\n${parsed.href}`)) return false;
      window.open(parsed.href, '_blank', 'noopener,noreferrer');
      return true;
    },
  };
}
