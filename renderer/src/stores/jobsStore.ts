/**
 * Long-running work (demo load, imports, re-classification) reported by pushed progress events.
 * Finished jobs linger briefly so the user sees them complete; failed ones stay until dismissed.
 */
import { create } from 'zustand';
import type { ApiEvent } from '../api/types';

const FINISHED_LINGER_MS = 4000;

export interface Job {
  jobId: string;
  label: string;
  done: number;
  total: number;
  message?: string;
  state: 'running' | 'done' | 'failed';
  error?: string;
}

interface JobsState {
  jobs: Record<string, Job>;
  handle: (event: ApiEvent) => void;
  dismiss: (jobId: string) => void;
}

export const useJobsStore = create<JobsState>((set, get) => ({
  jobs: {},
  handle: (event) => {
    if (event.type === 'progress') {
      const { jobId, label, done, total, message } = event;
      set((s) => ({
        jobs: { ...s.jobs, [jobId]: { jobId, label, done, total, message, state: 'running' } },
      }));
    } else if (event.type === 'job-finished') {
      const prev = get().jobs[event.jobId];
      const job: Job = {
        jobId: event.jobId,
        label: event.label,
        done: prev?.total ?? 1,
        total: prev?.total ?? 1,
        state: event.ok ? 'done' : 'failed',
        error: event.error,
      };
      set((s) => ({ jobs: { ...s.jobs, [event.jobId]: job } }));
      if (event.ok) setTimeout(() => get().dismiss(event.jobId), FINISHED_LINGER_MS);
    }
  },
  dismiss: (jobId) =>
    set((s) => {
      const { [jobId]: _gone, ...rest } = s.jobs;
      return { jobs: rest };
    }),
}));
