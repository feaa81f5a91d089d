import type { DB } from '../../db/connection';
import { analyticsJob, type AnalyticsJobArgs } from '../analytics/job';
import { generateDemo } from '../demo/generate';
import { runEvidenceJob, type EvidenceJobArgs } from '../evidence/exportJob';
import { importFiles, type ImportJobArgs } from '../ingest/importJob';
import { reclassifyAll } from '../labelling/reclassify';
import { rematchPosts } from '../ingest/rematch';
import { refreshRollups } from '../../db/rollups';

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
  /**
   * A ceiling for the worker's old-generation heap, in MB. Without one V8 lets a thread that allocates
   * fast grow its heap to several times what it keeps alive before collecting (runner.ts).
   */
  heapMb?: number;
  /** A ceiling for the worker's young generation (nursery), in MB; V8's default lets it reach 32 MB. */
  youngMb?: number;
}

/** Long-running work, run in a worker thread when the shell has one (see runner.ts). */
export const JOBS = {
  demo: {
    label: 'Loading demo data',
    tables: ['people', 'accounts', 'posts', 'mentions', 'labels', 'campaigns', 'spikes'],
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
      // Campaigns and spikes are found once the verdicts exist, so a demo opens with them listed.
      analyticsJob(db, { reason: 'demo' }, t);
      // Built here, in the worker, so the first dashboard view does not wait for them.
      refreshRollups(db);
      return summary;
    },
  },
  analytics: {
    label: 'Looking for campaigns and spikes',
    tables: ['campaigns', 'spikes'],
    run: (db: DB, args: AnalyticsJobArgs, t: JobTools) => analyticsJob(db, args, t),
  },
  reclassify: {
    label: 'Reclassifying posts',
    tables: ['labels', 'posts'],
    run: (db: DB, args: { actor: string }, t: JobTools) => {
      const result = reclassifyAll(db, t, args.actor);
      refreshRollups(db);
      return result;
    },
  },
  import: {
    label: 'Importing posts',
    tables: ['imports', 'accounts', 'posts', 'mentions', 'labels'],
    // The writing thread of a large import receives every post (text and raw record) from the
    // preparing thread, about 1 KB each, and keeps only a few batches alive. Left alone, V8 let its
    // heap reach 256 MB of garbage against ~45 MB alive, and the 1,000,000-post benchmark peaked at
    // 581 MB RSS; capped, the collector runs sooner at the same speed (README, issue 3 figures).
    heapMb: 256,
    // What it receives lives only until it is written, and arrives 250 posts at a time
    // (prepareProtocol.ts), so it dies young in an 8 MB nursery as well as in V8's default 32 MB, which
    // the thread filled with garbage between collections. At 300,000 posts: peak RSS 409 MB with the
    // default nursery, 385–390 MB with this one, at the same CPU time.
    youngMb: 8,
    run: async (db: DB, args: ImportJobArgs, t: JobTools) => {
      const result = await importFiles(db, args, t);
      // The CLI leaves the dashboard's rollups to the dashboard, which brings them up to date on open.
      if (args.rollups !== false) refreshRollups(db);
      return result;
    },
  },
  rematch: {
    label: 'Linking posts to people',
    tables: ['mentions', 'posts'],
    run: (db: DB, _args: Record<string, never>, t: JobTools) =>
      rematchPosts(db, { onProgress: t.progress, isCancelled: () => t.isCancelled() }),
  },
  evidence: {
    label: 'Building an evidence pack',
    tables: ['cases', 'case_events', 'audit_log'],
    run: (db: DB, args: EvidenceJobArgs, t: JobTools) => runEvidenceJob(db, args, t.progress),
  },
} satisfies Record<string, JobDef<never, unknown>>;

export type JobKind = keyof typeof JOBS;
export type JobArgs<K extends JobKind> = Parameters<(typeof JOBS)[K]['run']>[1];
export type JobResult<K extends JobKind> = Awaited<ReturnType<(typeof JOBS)[K]['run']>>;
