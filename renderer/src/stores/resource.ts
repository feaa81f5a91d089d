/**
 * A zustand store for one API read: the data, the last error and a loading flag. Responses that arrive
 * after a newer request was made are dropped, so a slow answer never overwrites a fresh one. Data is
 * kept while reloading, so screens do not flash empty when filters change or data-changed arrives.
 */
import { create } from 'zustand';
import { ApiCallError } from '../api/client';
import { refetchOn } from './dataEvents';

export interface ResourceState<T, A> {
  data: T | null;
  error: ApiCallError | null;
  loading: boolean;
  /** The arguments of the latest request (reused when data-changed triggers a refetch). */
  args: A;
  /** True once anything asked for this data: only then do data-changed events refetch it. */
  requested: boolean;
  load: (args?: A) => Promise<void>;
}

export function toApiError(err: unknown): ApiCallError {
  if (err instanceof ApiCallError) return err;
  if (err instanceof Error) return new ApiCallError('INTERNAL', err.message);
  return new ApiCallError('INTERNAL', String(err));
}

export function createResource<T, A>(
  fetcher: (args: A) => Promise<T>,
  tables: readonly string[],
  initialArgs: A,
) {
  let latest = 0;
  const useStore = create<ResourceState<T, A>>((set, get) => ({
    data: null,
    error: null,
    loading: false,
    args: initialArgs,
    requested: false,
    load: async (args?: A) => {
      const useArgs = args ?? get().args;
      const mine = ++latest;
      set({ loading: true, args: useArgs, requested: true });
      try {
        const data = await fetcher(useArgs);
        if (mine === latest) set({ data, error: null, loading: false });
      } catch (err) {
        if (mine === latest) set({ error: toApiError(err), loading: false });
      }
    },
  }));
  refetchOn(tables, () => {
    if (useStore.getState().requested) void useStore.getState().load();
  });
  return useStore;
}
