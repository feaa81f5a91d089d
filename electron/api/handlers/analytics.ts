/**
 * Campaigns, spikes (alerts) and running detection. Detection itself runs as the 'analytics' job (in a
 * worker thread when the shell has one); these handlers read its stored results and start it.
 */
import {
  campaignAccounts,
  campaignPostIds,
  campaignPosts,
  campaignsForAccount,
  campaignTimeline,
  getCampaign,
  listCampaigns,
  type CampaignPostRow,
  type CampaignRow,
} from '../../../db/campaigns';
import {
  getSpike,
  listSpikes,
  markSpikesSeen,
  spikePosts,
  unseenSpikeCount,
  type SpikePostRow,
  type SpikeRow,
} from '../../../db/spikes';
import type { AnalyticsJobResult } from '../../analytics/job';
import {
  DEFAULT_PARAMS,
  loadParams,
  resetParams,
  saveParams,
  type ParamsPatch,
} from '../../analytics/params';
import { analyticsStatus } from '../../analytics/run';
import type { ApiContext } from '../context';
import { ApiError } from '../errors';
import type { ParamsInfo } from '../methods/analytics';
import type {
  AnalyticsStatusInfo,
  CampaignDetail,
  CampaignPost,
  CampaignSummary,
  SpikeSummary,
} from '../types';
import type { HandlerMap } from './index';

type AnalyticsMethods =
  | 'campaigns.list'
  | 'campaigns.get'
  | 'campaigns.posts'
  | 'campaigns.postIds'
  | 'campaigns.forAccount'
  | 'analytics.status'
  | 'analytics.params'
  | 'analytics.saveParams'
  | 'analytics.resetParams'
  | 'analytics.run'
  | 'spikes.list'
  | 'spikes.posts'
  | 'spikes.markSeen'
  | 'spikes.unseenCount';

const SAMPLE_POSTS = 20;
const ACCOUNT_LIMIT = 500;

function signalsOf(row: CampaignRow): Record<string, number | string> {
  try {
    return JSON.parse(row.signals) as Record<string, number | string>;
  } catch {
    return {};
  }
}

/**
 * Coordination is not abuse: a campaign whose posts are mostly political criticism rather than abuse
 * is still listed (staff want to know about organised pressure), but marked as political. Copied
 * messages are copies of one script, so if even a tenth of the copies were classified as abuse the
 * script itself is abusive (the classifier missed the rest), and it is not marked political.
 */
export function isPolitical(kind: string, abusiveShare: number, criticismShare: number): boolean {
  return criticismShare >= 0.5 && abusiveShare < (kind === 'coposting' ? 0.1 : 0.35);
}

export function toCampaignSummary(r: CampaignRow): CampaignSummary {
  const criticism = Number(signalsOf(r).criticismShare ?? 0);
  return {
    id: r.id,
    kind: r.kind,
    personId: r.personId,
    person: r.person,
    platform: r.platform,
    label: r.label,
    start: r.startAt,
    end: r.endAt,
    accounts: r.accounts,
    posts: r.posts,
    score: r.score,
    newShare: r.newShare,
    lowHistoryShare: r.lowHistoryShare,
    abusiveShare: r.abusiveShare,
    political: isPolitical(r.kind, r.abusiveShare, criticism),
    targetPostId: r.targetPostId,
    firstDetectedAt: r.firstDetectedAt,
  };
}

function toPost(r: CampaignPostRow | SpikePostRow): CampaignPost {
  return {
    id: r.id,
    platform: r.platform,
    createdAt: r.createdAt,
    text: r.text,
    url: r.url,
    accountId: r.accountId,
    handle: r.handle,
    abusive: r.abusive === 1,
    severity: r.severity,
    topCategory: r.topCategory,
    reviewStatus: r.reviewStatus,
  };
}

function toSpike(s: SpikeRow): SpikeSummary {
  return {
    id: s.id,
    personId: s.personId,
    person: s.person,
    startDay: s.startDay,
    endDay: s.endDay,
    peakDay: s.peakDay,
    kind: s.kind,
    abusive: s.abusive,
    posts: s.posts,
    baselineAbusive: s.baselineAbusive,
    baselineRate: s.baselineRate,
    volumeZ: s.volumeZ,
    rateZ: s.rateZ,
    score: s.score,
    firstDetectedAt: s.firstDetectedAt,
    seenAt: s.seenAt,
  };
}

function runningJob(ctx: ApiContext): string | null {
  return ctx.jobs.list().find((j) => j.kind === 'analytics')?.jobId ?? null;
}

function status(ctx: ApiContext): AnalyticsStatusInfo {
  const s = analyticsStatus(ctx.db);
  return {
    lastRunAt: s.run?.finishedAt ?? null,
    lastRunSeconds: s.run?.seconds ?? null,
    stale: s.stale,
    reason: s.reason,
    runningJobId: runningJob(ctx),
  };
}

function paramsInfo(params: object): ParamsInfo {
  return {
    params: params as ParamsInfo['params'],
    defaults: DEFAULT_PARAMS as unknown as ParamsInfo['defaults'],
  };
}

/** Picks a timeline bucket that gives a few dozen bars whatever the campaign's length. */
function bucketMinutes(startIso: string, endIso: string): number {
  const minutes = (Date.parse(endIso) - Date.parse(startIso)) / 60_000;
  for (const m of [5, 10, 15, 30, 60, 180, 360, 1440]) if (minutes / m <= 40) return m;
  return 1440;
}

/** Adds the empty buckets between the first and last, so the chart's time axis is even. */
function fillBuckets(rows: { at: string; posts: number; abusive: number }[], minutes: number) {
  if (rows.length === 0) return rows;
  const step = minutes * 60_000;
  const have = new Map(rows.map((r) => [Date.parse(r.at), r]));
  const out: typeof rows = [];
  const last = Date.parse(rows[rows.length - 1]!.at);
  for (let t = Date.parse(rows[0]!.at); t <= last && out.length < 2000; t += step)
    out.push(have.get(t) ?? { at: new Date(t).toISOString(), posts: 0, abusive: 0 });
  return out;
}

/**
 * Starts detection unless it is already running (then returns that run). Runs that an import started
 * announce spikes they found for the first time, for the desktop notification and the Alerts badge.
 */
export function startDetection(ctx: ApiContext, reason: 'manual' | 'import' | 'params', sinceIso?: string) {
  const running = runningJob(ctx);
  if (running) return { jobId: running };
  const { jobId, done } = ctx.jobs.start('analytics', { reason, ...(sinceIso ? { sinceIso } : {}) });
  if (reason === 'import') {
    done.then(
      (r: AnalyticsJobResult) => {
        if (r.newSpikes.length > 0) ctx.emit({ type: 'new-spikes', jobId, spikes: r.newSpikes });
      },
      () => undefined,
    );
  }
  return { jobId };
}

/** The import hook: once an import job has finished (whatever it saved), look for campaigns and spikes. */
export function detectAfterImport(ctx: ApiContext, importDone: Promise<unknown>): void {
  const settle = () => {
    // An import that saved nothing (a wrong file, cancelled at once) leaves the results current.
    if (analyticsStatus(ctx.db).stale) startDetection(ctx, 'import');
  };
  importDone.then(settle, settle);
}

export const analyticsHandlers: HandlerMap<AnalyticsMethods> = {
  'campaigns.list': (ctx, args) => ({
    campaigns: listCampaigns(ctx.db, {
      personId: args.personId,
      kind: args.kind,
      from: args.from,
      to: args.to,
    }).map(toCampaignSummary),
    status: status(ctx),
  }),
  'campaigns.get': (ctx, args): CampaignDetail => {
    const row = getCampaign(ctx.db, args.id);
    if (!row)
      throw new ApiError(
        'NOT_FOUND',
        `There is no campaign number ${args.id}. Detection may have run again since; open the Campaigns list.`,
      );
    let params: Record<string, unknown> = {};
    try {
      params = JSON.parse(row.params) as Record<string, unknown>;
    } catch {
      params = {};
    }
    const minutes = bucketMinutes(row.startAt, row.endAt);
    const target =
      row.targetPostId === null
        ? null
        : ((ctx.db
            .prepare('SELECT id, text, created_at AS createdAt, url FROM posts WHERE id = ?')
            .get(row.targetPostId) as CampaignDetail['target'] | undefined) ?? null);
    return {
      campaign: toCampaignSummary(row),
      signals: signalsOf(row),
      params,
      accounts: campaignAccounts(ctx.db, row.id, ACCOUNT_LIMIT).map((a) => ({
        accountId: a.accountId,
        platform: a.platform,
        handle: a.handle,
        displayName: a.displayName,
        accountCreatedAt: a.accountCreatedAt,
        followers: a.followers,
        posts: a.posts,
        isNew: a.isNew === 1,
        lowHistory: a.lowHistory === 1,
      })),
      timeline: fillBuckets(campaignTimeline(ctx.db, row.id, minutes), minutes),
      bucketMinutes: minutes,
      samples: campaignPosts(ctx.db, row.id, { limit: SAMPLE_POSTS, offset: 0 }).rows.map(toPost),
      target,
    };
  },
  'campaigns.posts': (ctx, args) => {
    if (!getCampaign(ctx.db, args.id))
      throw new ApiError('NOT_FOUND', `There is no campaign number ${args.id}.`);
    const page = campaignPosts(ctx.db, args.id, { limit: args.limit, offset: args.offset });
    return { total: page.total, rows: page.rows.map(toPost) };
  },
  'campaigns.postIds': (ctx, args) => {
    if (!getCampaign(ctx.db, args.id))
      throw new ApiError('NOT_FOUND', `There is no campaign number ${args.id}.`);
    return campaignPostIds(ctx.db, args.id);
  },
  'campaigns.forAccount': (ctx, args) => campaignsForAccount(ctx.db, args.accountId).map(toCampaignSummary),
  'analytics.status': (ctx) => status(ctx),
  'analytics.params': (ctx) => paramsInfo(loadParams(ctx.db)),
  'analytics.saveParams': (ctx, args) => paramsInfo(saveParams(ctx.db, args.patch as ParamsPatch)),
  'analytics.resetParams': (ctx) => paramsInfo(resetParams(ctx.db)),
  'analytics.run': (ctx) => startDetection(ctx, 'manual'),
  'spikes.list': (ctx, args) =>
    listSpikes(ctx.db, {
      personIds: args.personIds,
      from: args.from,
      to: args.to,
      unseenOnly: args.unseenOnly,
    }).map(toSpike),
  'spikes.posts': (ctx, args) => {
    const s = getSpike(ctx.db, args.id);
    if (!s)
      throw new ApiError(
        'NOT_FOUND',
        `There is no alert number ${args.id}. Detection may have run again since; open the Alerts list.`,
      );
    const page = spikePosts(ctx.db, s, { limit: args.limit, offset: args.offset });
    return { spike: toSpike(s), total: page.total, rows: page.rows.map(toPost) };
  },
  'spikes.markSeen': (ctx, args) => {
    const marked = markSpikesSeen(ctx.db, args.ids, new Date().toISOString());
    return { marked, unseen: unseenSpikeCount(ctx.db) };
  },
  'spikes.unseenCount': (ctx) => ({ count: unseenSpikeCount(ctx.db) }),
};
