/**
 * The "Reclassify all posts" job: which one is running (kept across navigation), and how the last one
 * ended. Progress itself comes from the shared jobs store, which hears every progress event.
 */
import { create } from 'zustand';
import type { ApiCallError } from '../api/client';
import { api, client } from '../api/client';
import { refetchOn } from '../stores/dataEvents';
import { toApiError } from '../stores/resource';

export interface ReclassifyOutcome {
  ok: boolean;
  posts?: number;
  cancelled?: boolean;
  seconds?: number;
  error?: string;
}

interface ReclassifyState {
  jobId: string | null;
  starting: boolean;
  cancelling: boolean;
  outcome: ReclassifyOutcome | null;
  error: ApiCallError | null;
  /**
   * Posts whose machine labels are out of date (another classifier version, a changed severity, a
   * category switched off): "Reclassify all" would change them. Null until first asked.
   */
  outdatedPosts: number | null;
  /** The count stopped at its limit: there are more than outdatedPosts. */
  outdatedMoreThan: boolean;
  /**
   * Picks up a reclassification started elsewhere (another window, or before navigating away), and
   * how many posts one would bring up to date.
   */
  refresh: () => Promise<void>;
  start: () => Promise<void>;
  cancel: () => Promise<void>;
}

export const useReclassifyStore = create<ReclassifyState>((set, get) => ({
  jobId: null,
  starting: false,
  cancelling: false,
  outcome: null,
  error: null,
  outdatedPosts: null,
  outdatedMoreThan: false,
  refresh: async () => {
    try {
      const { jobId, outdatedPosts, outdatedMoreThan } = await api('classify.status', {});
      set({ outdatedPosts, outdatedMoreThan });
      if (jobId && jobId !== get().jobId) set({ jobId, outcome: null });
    } catch {
      // Not knowing about a running job only hides its progress here; the jobs panel still shows it.
    }
  },
  start: async () => {
    set({ starting: true, error: null, outcome: null });
    try {
      const { jobId } = await api('classify.reclassify', {});
      set({ jobId, starting: false });
    } catch (err) {
      set({ starting: false, error: toApiError(err) });
    }
  },
  cancel: async () => {
    const jobId = get().jobId;
    if (!jobId) return;
    set({ cancelling: true });
    try {
      await api('classify.cancel', { jobId });
    } catch (err) {
      set({ error: toApiError(err) });
    } finally {
      set({ cancelling: false });
    }
  },
}));

let listening = false;

/** Listens for the end of our job (once per app): its result says how many posts were done. */
export function listenForReclassify(): void {
  if (listening) return;
  listening = true;
  // Word lists and categories change what is out of date; a finished reclassify refreshes below. (New
  // posts are labelled by the current classifier, so imports never add to it.)
  refetchOn(['settings', 'categories'], () => void useReclassifyStore.getState().refresh());
  client.on((event) => {
    if (event.type !== 'job-finished' || event.jobId !== useReclassifyStore.getState().jobId) return;
    const r = (event.result ?? {}) as { posts?: number; cancelled?: boolean; seconds?: number };
    useReclassifyStore.setState({
      jobId: null,
      cancelling: false,
      outcome: event.ok
        ? { ok: true, posts: r.posts, cancelled: r.cancelled, seconds: r.seconds }
        : { ok: false, error: event.error },
    });
    void useReclassifyStore.getState().refresh();
  });
}
