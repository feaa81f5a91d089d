/**
 * Detection parameters: what the Campaigns screen lets staff edit, with the defaults documented in the
 * README ("Spikes and campaigns"). Stored in settings as 'analytics.params'; every stored campaign and
 * spike also keeps a copy of the parameters that found it.
 *
 * Why these defaults: they were chosen on demo databases of 20k–1M posts (see the README for the
 * precision/recall measured with them) and on what the research on abuse of MPs describes — pushes
 * timed over an evening, pile-ons landing within hours of the post, throwaway accounts days old.
 */
import type { DB } from '../../db/connection';
import { getSetting, setSetting } from '../../db/settings';

export interface CopostingParams {
  /** Posts this close in time count as one burst. */
  windowMinutes: number;
  /** Fewest different accounts posting near-identical text at one person within the window. */
  minAccounts: number;
  /** Share of words two posts must have in common (Jaccard, 0–1) to count as the same message. */
  similarity: number;
  /** Shorter posts ("oh f off") are too generic to show coordination. */
  minWords: number;
  /** The burst must be this many times the usual share of that message among posts to that person. */
  burstRatio: number;
  /**
   * People repeat slogans in a news storm, so identical text alone is not coordination. A burst is
   * listed when at least this share of its accounts are new…
   */
  minNewShare: number;
  /** …or the message makes up at least this share of everything posted to the person in the window. */
  minDominance: number;
}

export interface BurstParams {
  windowMinutes: number;
  minAccounts: number;
  /** Share of the hashtag's (or link's) posts in the window that are aimed at this one person. */
  focus: number;
  burstRatio: number;
  /**
   * A trending hashtag is often just news. It is listed as a campaign only when at least this share of
   * the accounts are new, or at least `minAbusiveShare` of its posts are abusive.
   */
  minNewShare: number;
  minAbusiveShare: number;
}

export interface PileOnParams {
  windowMinutes: number;
  minAccounts: number;
  /** Replies within the window must be this many times what the person's posts usually get (90th percentile). */
  surgeFactor: number;
  /** Share of the replies that are abusive or political attacks (not support). */
  minHostileShare: number;
}

export interface HistoryParams {
  /** An account created this many days or fewer before it joined in counts as new. */
  newAccountDays: number;
  /** An account with at most this many earlier posts in the database counts as low-history. */
  lowHistoryPosts: number;
}

export interface SpikeParams {
  /** Days of history the baseline is taken over (rolling, ending the day before). */
  baselineDays: number;
  /** Robust z-score (median and MAD) a day must reach, in abusive volume or abuse rate. */
  threshold: number;
  /** Fewest abusive posts in a day for it to count at all. */
  minAbusive: number;
  /** Fewest days of history before a baseline is trusted. */
  minHistoryDays: number;
}

export interface AnalyticsParams {
  coposting: CopostingParams;
  hashtag: BurstParams;
  link: BurstParams;
  pileon: PileOnParams;
  history: HistoryParams;
  spikes: SpikeParams;
}

export const DEFAULT_PARAMS: AnalyticsParams = {
  coposting: {
    windowMinutes: 180,
    minAccounts: 8,
    similarity: 0.5,
    minWords: 5,
    burstRatio: 10,
    minNewShare: 0.25,
    minDominance: 0.3,
  },
  hashtag: {
    windowMinutes: 360,
    minAccounts: 10,
    focus: 0.7,
    burstRatio: 10,
    minNewShare: 0.25,
    minAbusiveShare: 0.6,
  },
  link: {
    windowMinutes: 360,
    minAccounts: 10,
    focus: 0.7,
    burstRatio: 10,
    minNewShare: 0.25,
    minAbusiveShare: 0.6,
  },
  pileon: { windowMinutes: 180, minAccounts: 10, surgeFactor: 6, minHostileShare: 0.6 },
  history: { newAccountDays: 30, lowHistoryPosts: 2 },
  spikes: { baselineDays: 28, threshold: 5, minAbusive: 8, minHistoryDays: 7 },
};

export const PARAMS_KEY = 'analytics.params';

export type ParamsPatch = { [K in keyof AnalyticsParams]?: Partial<AnalyticsParams[K]> };

/** Defaults overlaid with what is stored, group by group, so a parameter added later gets its default. */
export function mergeParams(base: AnalyticsParams, patch: ParamsPatch | undefined): AnalyticsParams {
  const out = structuredClone(base);
  if (!patch) return out;
  for (const group of Object.keys(out) as (keyof AnalyticsParams)[]) {
    const p = patch[group];
    if (p && typeof p === 'object') Object.assign(out[group], stripUndefined(p));
  }
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function loadParams(db: DB): AnalyticsParams {
  return mergeParams(DEFAULT_PARAMS, getSetting<ParamsPatch | undefined>(db, PARAMS_KEY, undefined));
}

export function saveParams(db: DB, patch: ParamsPatch): AnalyticsParams {
  const next = mergeParams(loadParams(db), patch);
  setSetting(db, PARAMS_KEY, next);
  return next;
}

export function resetParams(db: DB): AnalyticsParams {
  db.prepare('DELETE FROM settings WHERE key = ?').run(PARAMS_KEY);
  return loadParams(db);
}
