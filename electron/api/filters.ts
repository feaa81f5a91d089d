/**
 * The one post filter shared by every chart, the Posts explorer, account pages, cases ("case from
 * filter") and evidence packs ("pack from filter"). The renderer keeps it in the URL; db/postFilter.ts
 * turns it into SQL. Kept free of Node imports: the renderer type-checks it too.
 *
 * Dates are UTC. `from`/`to` take a day (YYYY-MM-DD, the whole day) or a minute
 * (YYYY-MM-DDTHH:MM, that whole minute), both inclusive — so an hour bar drills down to
 * `from=…T14:00&to=…T14:59`.
 */
import { z } from 'zod';
import { SearchSyntaxError, toFtsQuery } from './ftsQuery';

export const FILTER_PLATFORMS = [
  'x',
  'bluesky',
  'mastodon',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'reddit',
] as const;
export const FILTER_REVIEW_STATUSES = ['unreviewed', 'confirmed', 'rejected', 'escalated'] as const;

export const filterInstant = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$/,
    'expected a date as YYYY-MM-DD (or YYYY-MM-DDTHH:MM, UTC)',
  );

const id = z.number().int().positive();
const categoryKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'expected a category key such as "threat"')
  // "none": posts with no category yet (unclassified).
  .or(z.literal('none'));

export const postFilterSchema = z
  .object({
    from: filterInstant.optional(),
    to: filterInstant.optional(),
    /** Posts mentioning any of these people. */
    personIds: z.array(id).max(1000).optional(),
    platforms: z.array(z.enum(FILTER_PLATFORMS)).max(FILTER_PLATFORMS.length).optional(),
    /** The post's effective top category (human decision over machine label). */
    categories: z.array(categoryKey).max(100).optional(),
    /** Effective severity S0–S4. */
    severities: z.array(z.number().int().min(0).max(4)).max(5).optional(),
    reviewStatus: z.array(z.enum(FILTER_REVIEW_STATUSES)).max(4).optional(),
    /** Full-text search: words, "phrases", prefix*, AND / OR / NOT, (brackets). Accent-insensitive. */
    query: z
      .string()
      .trim()
      .max(500)
      .superRefine((q, ctx) => {
        try {
          toFtsQuery(q);
        } catch (e) {
          if (!(e instanceof SearchSyntaxError)) throw e;
          ctx.addIssue({ code: 'custom', message: e.message });
        }
      })
      .optional(),
    /** Posts by one account (accounts.id). */
    accountId: id.optional(),
    /** Only posts whose effective verdict is abusive. */
    abusiveOnly: z.boolean().optional(),
    /** Posts first added by one import. */
    importId: id.optional(),
    /**
     * Reposts (stored with no text of their own): include, exclude, or only. When absent, the
     * "count reposts in volume" setting decides.
     */
    reposts: z.enum(['include', 'exclude', 'only']).optional(),
  })
  .strict();

export type PostFilter = z.infer<typeof postFilterSchema>;

/** True when the filter narrows nothing (every post matches, reposts aside). */
export function isEmptyFilter(f: PostFilter): boolean {
  return Object.entries(f).every(
    ([k, v]) => k === 'reposts' || v === undefined || v === '' || (Array.isArray(v) && v.length === 0),
  );
}
