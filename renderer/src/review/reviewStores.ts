/**
 * API reads for the review screens. Each names the tables it shows, so a decision (which writes posts,
 * labels and reviews) or a reclassification refetches them without guessing.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { MethodInput } from '../../../electron/api/contract';
import type { ApiCallError } from '../api/client';
import { api } from '../api/client';
import { refetchOn } from '../stores/dataEvents';
import { createResource, toApiError } from '../stores/resource';

export const REVIEW_PAGE = 50;
const POST_TABLES = ['posts', 'labels', 'reviews', 'mentions', 'accounts', 'categories'];

export type QueueQuery = MethodInput<'review.queue'>;
export type UrgentQuery = MethodInput<'review.urgent'>;

export const useQueueStore = createResource((q: QueueQuery) => api('review.queue', q), POST_TABLES, {
  limit: REVIEW_PAGE,
  offset: 0,
} as QueueQuery);

export const useUrgentStore = createResource((q: UrgentQuery) => api('review.urgent', q), POST_TABLES, {
  limit: REVIEW_PAGE,
  offset: 0,
} as UrgentQuery);

/** The navigation badge: S4 posts not rejected. */
export const useUrgentCountStore = createResource(
  async () => (await api('review.urgentCount', {})).count,
  ['posts', 'reviews', 'labels'],
  undefined,
);

interface PrefsState {
  blurAbusive: boolean;
  loaded: boolean;
  error: ApiCallError | null;
  load: () => Promise<void>;
  setBlur: (on: boolean) => Promise<ApiCallError | null>;
}

/** Blur abusive text until revealed: on unless the user turned it off (stored in the database). */
export const useReviewPrefsStore = create<PrefsState>((set, get) => ({
  blurAbusive: true,
  loaded: false,
  error: null,
  load: async () => {
    try {
      const p = await api('review.prefs', {});
      set({ blurAbusive: p.blurAbusive, loaded: true, error: null });
    } catch (err) {
      set({ loaded: true, error: toApiError(err) });
    }
  },
  setBlur: async (on) => {
    const before = get().blurAbusive;
    set({ blurAbusive: on });
    try {
      const p = await api('review.setPrefs', { blurAbusive: on });
      set({ blurAbusive: p.blurAbusive });
      return null;
    } catch (err) {
      set({ blurAbusive: before });
      return toApiError(err);
    }
  },
}));

/** The reader's "blur abusive text" preference, loading it on first use. */
export function useBlurAbusive(): boolean {
  const blur = useReviewPrefsStore((s) => s.blurAbusive);
  useEffect(() => {
    if (!useReviewPrefsStore.getState().loaded) void useReviewPrefsStore.getState().load();
  }, []);
  return blur;
}

refetchOn(['settings'], () => {
  if (useReviewPrefsStore.getState().loaded) void useReviewPrefsStore.getState().load();
});
