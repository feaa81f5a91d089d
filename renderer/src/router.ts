/**
 * A tiny hash router. Routes look like `#/posts?platform=x&from=2025-01-01`: the path picks the screen and
 * the query holds that screen's filters, so a filtered view can be bookmarked, shared and restored on
 * reload. Hash routing works the same from file:// (Electron) and from the web shell.
 */
import { useMemo, useSyncExternalStore } from 'react';

export const DEFAULT_PATH = '/dashboard';

export interface Route {
  /** e.g. '/dashboard' */
  path: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.startsWith('#/') ? hash.slice(1) : DEFAULT_PATH;
  const q = body.indexOf('?');
  const path = (q === -1 ? body : body.slice(0, q)).replace(/\/+$/, '') || DEFAULT_PATH;
  const params = new URLSearchParams(q === -1 ? '' : body.slice(q + 1));
  return { path, params };
}

type Params = Record<string, string | null | undefined>;

/** Builds `#/path?a=1`, dropping empty values so URLs stay short. */
export function hrefFor(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== null && v !== undefined && v !== '') search.set(k, v);
  const qs = search.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(path: string, params: Params = {}, opts: { replace?: boolean } = {}): void {
  const href = hrefFor(path, params);
  // Neither pushState nor replaceState fires hashchange, so subscribers are told at once. Setting
  // location.hash would fire it a task later, and a controlled checkbox would flick back meanwhile.
  if (opts.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Merges new values into the current route's query (null removes a key). Replaces history by default. */
export function setParams(updates: Params, opts: { replace?: boolean } = { replace: true }): void {
  const { path, params } = parseHash(window.location.hash);
  const merged: Params = Object.fromEntries(params.entries());
  Object.assign(merged, updates);
  navigate(path, merged, opts);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return window.location.hash;
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => parseHash(hash), [hash]);
}

/** Sends a bare or malformed address (no `#/…`) to the dashboard, without adding a history entry. */
export function normaliseInitialHash(): void {
  if (!window.location.hash.startsWith('#/')) navigate(DEFAULT_PATH, {}, { replace: true });
}
