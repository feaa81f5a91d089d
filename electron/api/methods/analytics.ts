import { z } from 'zod';
import { method } from '../method';
import type {
  AnalyticsStatusInfo,
  CampaignDetail,
  CampaignList,
  CampaignPostPage,
  CampaignSummary,
  JobStarted,
  SpikePostPage,
  SpikeSummary,
} from '../types';

const id = (what: string) =>
  z
    .number({ message: `Say which ${what} (a number).` })
    .int(`A ${what} number is a whole number.`)
    .positive(`A ${what} number is a positive number.`);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD, e.g. 2025-03-14.')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'That is not a real date.');
const kind = z.enum(['coposting', 'hashtag', 'link', 'pileon'], {
  message: 'A campaign kind is one of: coposting, hashtag, link, pileon.',
});
const page = {
  offset: z.number().int().min(0, 'Offset cannot be negative.').default(0),
  limit: z.number().int().min(1).max(500, 'At most 500 posts per page.').default(50),
};

const num = (label: string, min: number, max: number, int = true) => {
  const base = z.number({ message: `${label} must be a number.` });
  return (int ? base.int(`${label} must be a whole number.`) : base)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} can be at most ${max}.`)
    .optional();
};
const share = (label: string) => num(label, 0, 1, false);
const burst = z
  .object({
    windowMinutes: num('The time window (minutes)', 5, 2880),
    minAccounts: num('The fewest accounts', 2, 10_000),
    focus: share('The share aimed at the person'),
    burstRatio: num('How many times the usual rate', 1, 100_000, false),
    minNewShare: share('The share of new accounts'),
    minAbusiveShare: share('The share of abusive posts'),
  })
  .strict();

/** What staff may change on the Campaigns screen; every field optional (a patch). */
export const paramsPatchSchema = z
  .object({
    coposting: z
      .object({
        windowMinutes: num('The time window (minutes)', 5, 2880),
        minAccounts: num('The fewest accounts', 2, 10_000),
        similarity: share('How alike the posts must be'),
        minWords: num('The fewest words', 2, 50),
        burstRatio: num('How many times the usual rate', 1, 100_000, false),
        minNewShare: share('The share of new accounts'),
        minDominance: share('The share of what the person was sent'),
      })
      .strict()
      .optional(),
    hashtag: burst.optional(),
    link: burst.optional(),
    pileon: z
      .object({
        windowMinutes: num('The time window (minutes)', 5, 2880),
        minAccounts: num('The fewest accounts', 2, 10_000),
        surgeFactor: num('How many times the usual replies', 1, 1000, false),
        minHostileShare: share('The share of hostile replies'),
      })
      .strict()
      .optional(),
    history: z
      .object({
        newAccountDays: num('Days for an account to count as new', 0, 3650),
        lowHistoryPosts: num('Earlier posts for low history', 0, 1000),
      })
      .strict()
      .optional(),
    spikes: z
      .object({
        baselineDays: num('Baseline days', 7, 365),
        threshold: num('The spike threshold', 1, 100, false),
        minAbusive: num('The fewest abusive posts in a day', 1, 100_000),
        minHistoryDays: num('Days of history needed', 1, 365),
      })
      .strict()
      .optional(),
  })
  .strict();

export interface ParamsInfo {
  params: Record<string, Record<string, number>>;
  defaults: Record<string, Record<string, number>>;
}

/** Detected campaigns, spikes (alerts), and the detection that finds them. */
export const analyticsMethods = {
  'campaigns.list': method<CampaignList>()(
    z
      .object({
        personId: id('person').optional(),
        kind: kind.optional(),
        from: day.optional(),
        to: day.optional(),
      })
      .strict(),
  ),
  'campaigns.get': method<CampaignDetail>()(z.object({ id: id('campaign') }).strict()),
  'campaigns.posts': method<CampaignPostPage>()(z.object({ id: id('campaign'), ...page }).strict()),
  'campaigns.postIds': method<number[]>()(z.object({ id: id('campaign') }).strict()),
  'campaigns.forAccount': method<CampaignSummary[]>()(z.object({ accountId: id('account') }).strict()),
  'analytics.status': method<AnalyticsStatusInfo>()(z.object({}).strict()),
  'analytics.params': method<ParamsInfo>()(z.object({}).strict()),
  'analytics.saveParams': method<ParamsInfo>()(z.object({ patch: paramsPatchSchema }).strict()),
  'analytics.resetParams': method<ParamsInfo>()(z.object({}).strict()),
  'analytics.run': method<JobStarted>()(z.object({}).strict()),
  'spikes.list': method<SpikeSummary[]>()(
    z
      .object({
        personIds: z.array(id('person')).max(500).optional(),
        from: day.optional(),
        to: day.optional(),
        unseenOnly: z.boolean().optional(),
      })
      .strict(),
  ),
  'spikes.posts': method<SpikePostPage>()(z.object({ id: id('spike'), ...page }).strict()),
  'spikes.markSeen': method<{ marked: number; unseen: number }>()(
    z
      .object({
        ids: z.union([z.array(id('spike')).min(1).max(10_000), z.literal('all')], {
          message: 'Say which alerts to mark as seen: a list of alert numbers, or "all".',
        }),
      })
      .strict(),
  ),
  'spikes.unseenCount': method<{ count: number }>()(z.object({}).strict()),
} as const;
