import type { DB } from '../../db/connection';
import { generateDemo } from '../demo/generate';

export type Progress = (done: number, total: number, message?: string) => void;

interface JobDef<A, R> {
  label: string;
  /** Tables the job writes, announced in a data-changed event when it finishes. */
  tables: string[];
  run(db: DB, args: A, progress: Progress): R;
}

/** Long-running work, run in a worker thread when the shell has one (see runner.ts). */
export const JOBS = {
  demo: {
    label: 'Loading demo data',
    tables: ['people', 'accounts', 'posts', 'mentions', 'labels'],
    run: (db: DB, args: { posts: number; seed: number }, progress: Progress) =>
      generateDemo(db, { posts: args.posts, seed: args.seed, onProgress: progress }),
  },
} satisfies Record<string, JobDef<never, unknown>>;

export type JobKind = keyof typeof JOBS;
export type JobArgs<K extends JobKind> = Parameters<(typeof JOBS)[K]['run']>[1];
export type JobResult<K extends JobKind> = ReturnType<(typeof JOBS)[K]['run']>;
