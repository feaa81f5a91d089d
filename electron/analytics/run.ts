/**
 * One detection run: campaigns and spikes over the whole database, stored together with a record of
 * the run (when, why, with which parameters, over how many posts). This is what the 'analytics' job,
 * `bulwark campaigns` / `bulwark spikes` and the benchmark call.
 */
import {
  corpusFingerprint,
  insertRun,
  lastRun,
  updateRunCounts,
  type AnalyticsRun,
} from '../../db/analytics';
import { replaceCampaigns, type CampaignInput } from '../../db/campaigns';
import type { DB } from '../../db/connection';
import type { SpikeRow } from '../../db/spikes';
import { detectCampaigns } from './campaigns/detect';
import type { Detected } from './campaigns/types';
import { dailyCounts } from './corpus';
import { loadParams, type AnalyticsParams } from './params';
import { detectNewSpikes } from './spikes';

export interface RunOptions {
  reason?: 'manual' | 'import' | 'demo' | 'params' | 'cli' | 'stale';
  /** Only spikes running on or after this time count as new alerts (see detectNewSpikes). */
  sinceIso?: string;
  progress?: (done: number, total: number, message: string) => void;
}

export interface RunSummary {
  runId: number;
  campaigns: number;
  spikes: number;
  /** Spikes first found by this run: what a desktop notification should announce. */
  newSpikes: SpikeRow[];
  seconds: number;
  timings: Record<string, number>;
}

const STAGES = ['Reading posts', 'Looking for coordinated posting', 'Checking the accounts involved'];

export function runAnalytics(db: DB, opts: RunOptions = {}): RunSummary {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const params = loadParams(db);
  const fp = corpusFingerprint(db);
  const total = STAGES.length + 2;
  const detection = detectCampaigns(db, params, (stage) =>
    opts.progress?.(Math.max(0, STAGES.indexOf(stage)), total, stage),
  );
  opts.progress?.(STAGES.length, total, 'Saving campaigns and spikes');
  const t = performance.now();
  const counts = dailyCounts(detection.corpus);
  const result = db.transaction(() => {
    const runId = insertRun(db, {
      startedAt,
      finishedAt: startedAt,
      seconds: 0,
      reason: opts.reason ?? 'manual',
      params: JSON.stringify(params),
      posts: fp.posts,
      maxPostId: fp.maxPostId,
      campaigns: 0,
      spikes: 0,
      newSpikes: 0,
    });
    replaceCampaigns(
      db,
      detection.campaigns.map((d) => toInput(d, params)),
      runId,
      startedAt,
    );
    const spikes = detectNewSpikes(db, opts.sinceIso, { runId, counts, nowIso: startedAt });
    return { runId, spikes };
  })();
  detection.timings.save = Math.round(performance.now() - t);
  const seconds = Math.round(performance.now() - started) / 1000;
  updateRunCounts(db, result.runId, {
    campaigns: detection.campaigns.length,
    spikes: result.spikes.all.length,
    newSpikes: result.spikes.fresh.length,
    finishedAt: new Date().toISOString(),
    seconds,
  });
  opts.progress?.(total, total, 'Done');
  return {
    runId: result.runId,
    campaigns: detection.campaigns.length,
    spikes: result.spikes.all.length,
    newSpikes: result.spikes.fresh,
    seconds,
    timings: detection.timings,
  };
}

/** The parameters that matter for one kind of campaign (stored with it, shown as "found with"). */
function paramsFor(d: Detected, p: AnalyticsParams): Record<string, unknown> {
  return { ...p[d.kind], history: p.history };
}

function toInput(d: Detected, p: AnalyticsParams): CampaignInput {
  return {
    kind: d.kind,
    personId: d.personId,
    platform: d.platform,
    label: d.label,
    startAt: new Date(d.startMs).toISOString(),
    endAt: new Date(d.endMs).toISOString(),
    score: d.score,
    newShare: Math.round(d.newShare * 1000) / 1000,
    lowHistoryShare: Math.round(d.lowHistoryShare * 1000) / 1000,
    abusiveShare: Math.round(d.abusiveShare * 1000) / 1000,
    signals: d.signals,
    params: paramsFor(d, p),
    targetPostId: d.targetPostId,
    postIds: d.postIds,
    accounts: d.accounts,
  };
}

/**
 * Whether stored results describe the database as it is: detection has run, and no posts were added
 * or removed and no parameter changed since.
 */
export function analyticsStatus(db: DB): { run: AnalyticsRun | null; stale: boolean; reason: string | null } {
  const run = lastRun(db) ?? null;
  if (!run) return { run, stale: true, reason: 'Detection has not been run on this database yet.' };
  const fp = corpusFingerprint(db);
  if (fp.posts !== run.posts || fp.maxPostId !== run.maxPostId)
    return { run, stale: true, reason: 'Posts were added or removed since detection last ran.' };
  if (run.params !== JSON.stringify(loadParams(db)))
    return { run, stale: true, reason: 'The detection settings were changed since detection last ran.' };
  return { run, stale: false, reason: null };
}
