/**
 * The Posts explorer's rows: the first page for a filter and sort, then further pages on demand as the
 * reader scrolls (keyset cursors, so page 4,000 costs what page 1 does). Each answer carries the key
 * of the query it answers: an answer for an old filter is dropped, never shown under a new one.
 */
import { create } from 'zustand';
import type { PostFilter } from '../../../electron/api/filters';
import type { PostSearchRow, PostSort, SearchTerm } from '../../../electron/api/types';
import type { ApiCallError } from '../api/client';
import { api } from '../api/client';
import { filterKey } from '../filters/urlFilter';
import { refetchOn } from '../stores/dataEvents';
import { toApiError } from '../stores/resource';

export const SEARCH_PAGE = 100;

export function searchKey(filter: PostFilter, sort: PostSort): string {
  return `${sort}:${filterKey(filter)}`;
}

interface SearchState {
  key: string | null;
  filter: PostFilter;
  sort: PostSort;
  rows: PostSearchRow[];
  /** What the search looked for, to mark in the text. */
  terms: SearchTerm[];
  cursor: string | null;
  /** True while the first page of `key` is on its way. */
  loading: boolean;
  loadingMore: boolean;
  error: ApiCallError | null;
  /** How many posts match (null until counted). */
  count: number | null;
  /** Milliseconds the first page took, as the browser saw it. */
  ms: number | null;
  /** First and last post in the database (for the date presets). */
  dataRange: { first: string | null; last: string | null } | null;
  start: (filter: PostFilter, sort: PostSort, opts?: { force?: boolean }) => Promise<void>;
  more: () => Promise<void>;
}

export const useSearchStore = create<SearchState>((set, get) => ({
  key: null,
  filter: {},
  sort: 'newest',
  rows: [],
  terms: [],
  cursor: null,
  loading: false,
  loadingMore: false,
  error: null,
  count: null,
  ms: null,
  dataRange: null,
  start: async (filter, sort, opts = {}) => {
    const key = searchKey(filter, sort);
    if (!opts.force && get().key === key && !get().error) return;
    set({
      key,
      filter,
      sort,
      loading: true,
      error: null,
      ...(opts.force ? {} : { rows: [], terms: [], count: null }),
    });
    const t = performance.now();
    try {
      const page = await api('posts.search', { filter, sort, limit: SEARCH_PAGE });
      if (get().key !== key) return;
      set({
        rows: page.rows,
        terms: page.terms,
        cursor: page.nextCursor,
        loading: false,
        ms: Math.round(performance.now() - t),
      });
      // Counted after the first page: a slow count must never hold up the rows the reader waits for.
      if (!page.nextCursor) set({ count: page.rows.length });
      const c = await api('posts.count', { filter }).catch(() => null);
      if (c && get().key === key) set({ count: c.count, dataRange: c.dataRange });
    } catch (err) {
      if (get().key === key) set({ error: toApiError(err), loading: false });
    }
  },
  more: async () => {
    const { key, filter, sort, cursor, loadingMore, loading } = get();
    if (!cursor || loadingMore || loading) return;
    set({ loadingMore: true });
    try {
      const page = await api('posts.search', { filter, sort, limit: SEARCH_PAGE, after: cursor });
      if (get().key !== key) return;
      set((s) => ({ rows: [...s.rows, ...page.rows], cursor: page.nextCursor, loadingMore: false }));
    } catch (err) {
      if (get().key === key) set({ error: toApiError(err), loadingMore: false });
    }
  },
}));

refetchOn(['posts', 'labels', 'reviews', 'mentions', 'accounts'], () => {
  const s = useSearchStore.getState();
  if (s.key) void s.start(s.filter, s.sort, { force: true });
});
