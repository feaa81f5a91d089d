/** "Load demo data": a realistic synthetic dataset so a new user can see every screen working. */
import { create } from 'zustand';
import type { ApiCallError } from '../api/client';
import { api } from '../api/client';
import type { DemoSummary } from '../api/types';
import { notifyDataChanged } from './dataEvents';
import { toApiError } from './resource';

export const DEMO_POSTS = 20_000;

interface DemoState {
  running: boolean;
  error: ApiCallError | null;
  summary: DemoSummary | null;
  load: () => Promise<void>;
  clearMessage: () => void;
}

export const useDemoStore = create<DemoState>((set, get) => ({
  running: false,
  error: null,
  summary: null,
  load: async () => {
    if (get().running) return;
    set({ running: true, error: null, summary: null });
    try {
      const summary = await api('demo.load', { posts: DEMO_POSTS });
      set({ running: false, summary });
    } catch (err) {
      set({ running: false, error: toApiError(err) });
    } finally {
      // Belt and braces: if the event stream dropped a data-changed, refresh everything anyway.
      notifyDataChanged(['*']);
    }
  },
  clearMessage: () => set({ error: null, summary: null }),
}));
