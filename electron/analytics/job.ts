/**
 * Detection as a background job: what the 'analytics' job (after an import, after loading the demo, or
 * when staff press "Run detection") does in its worker thread. The result is small and serialisable,
 * and names the spikes that are new, so the main thread can raise a notification for them.
 */
import type { DB } from '../../db/connection';
import type { JobTools } from '../jobs/registry';
import { runAnalytics, type RunOptions } from './run';

export interface AnalyticsJobArgs {
  reason: NonNullable<RunOptions['reason']>;
  /** Only spikes still running on or after this time count as new alerts (imports of old history). */
  sinceIso?: string;
}

export interface AnalyticsJobResult {
  runId: number;
  campaigns: number;
  spikes: number;
  newSpikes: { id: number; person: string; startDay: string; abusive: number }[];
  seconds: number;
}

export function analyticsJob(
  db: DB,
  args: AnalyticsJobArgs,
  t: Pick<JobTools, 'progress'>,
): AnalyticsJobResult {
  const r = runAnalytics(db, {
    reason: args.reason,
    sinceIso: args.sinceIso,
    progress: (done, total, message) => t.progress(done, total, message),
  });
  return {
    runId: r.runId,
    campaigns: r.campaigns,
    spikes: r.spikes,
    newSpikes: r.newSpikes.map((s) => ({
      id: s.id,
      person: s.person,
      startDay: s.startDay,
      abusive: s.abusive,
    })),
    seconds: r.seconds,
  };
}
