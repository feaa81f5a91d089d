import type { DB } from '../../db/connection';
import { generateDemo } from '../demo/generate';
import { importFiles, type ImportJobArgs } from '../ingest/importJob';
import { reclassifyAll } from '../labelling/reclassify';
import { rematchPosts } from '../ingest/rematch';

export type Progress = (done: number, total: number, message?: string, detail?: unknown) => void;

export interface JobTools {
  progress: Progress;
  /** True once the user asked to cancel; jobs check it between batches and stop cleanly. */
  isCancelled(): boolean;
}

interface JobDef<A, R> {
  label: string;
  /** Tables the job writes, announced in a data-changed event when it finishes. */
  tables: string[];
  run(db: DB, args: A, tools: JobTools): R | Promise<R>;
}

/** Long-running work, run in a worker thread when the shell has one (see runner.ts). */
export const JOBS = {
  demo: {
    label: 'Loading demo data',
    tables: ['people', 'accounts', 'posts', 'mentions', 'labels'],
    run: (db: DB, args: { posts: number; seed: number }, t: JobTools) => {
      const summary = generateDemo(db, {
        posts: args.posts,
        seed: args.seed,
        onProgress: (d, n) => t.progress(d, n, 'Writing posts'),
      });
      // Demo posts are classified like imported ones, so every screen shows real verdicts.
      reclassifyAll(db, {
        progress: (d, n) => t.progress(d, n, 'Classifying posts'),
        isCancelled: () => false,
      });
      return summary;
    },
  },
  reclassify: {
    label: 'Reclassifying posts',
    tables: ['labels', 'posts'],
    run: (db: DB, args: { actor: string }, t: JobTools) => reclassifyAll(db, t, args.actor),
  },
  import: {
    label: 'Importing posts',
    tables: ['imports', 'accounts', 'posts', 'mentions', 'labels'],
    run: (db: DB, args: ImportJobArgs, t: JobTools) => importFiles(db, args, t),
  },
  rematch: {
    label: 'Linking posts to people',
    tables: ['mentions', 'posts'],
    run: (db: DB, _args: Record<string, never>, t: JobTools) =>
      rematchPosts(db, { onProgress: t.progress, isCancelled: () => t.isCancelled() }),
  },
} satisfies Record<string, JobDef<never, unknown>>;

export type JobKind = keyof typeof JOBS;
export type JobArgs<K extends JobKind> = Parameters<(typeof JOBS)[K]['run']>[1];
export type JobResult<K extends JobKind> = Awaited<ReturnType<(typeof JOBS)[K]['run']>>;
