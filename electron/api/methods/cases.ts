import { z } from 'zod';
import { postFilterSchema } from '../filters';
import { method } from '../method';
import type {
  CaseCreated,
  CaseDetail,
  CasePostPage,
  CasePostsAdded,
  CaseSummary,
  EvidencePackFile,
  JobStarted,
  PackCheck,
} from '../types';

const caseId = z
  .number({ message: 'Say which case (a case number).' })
  .int('A case number is a whole number.')
  .positive('A case number is a positive number.');
const postIds = z
  .array(z.number().int().positive('A post id is a positive number.'), {
    message: 'Give the posts as a list of post ids.',
  })
  .min(1, 'Choose at least one post.')
  .max(200_000, 'At most 200,000 posts at a time.');
const title = z
  .string({ message: 'A case needs a title.' })
  .trim()
  .min(1, 'A case needs a title, e.g. “Threats to Jane Smith, March”.')
  .max(200, 'A title can be at most 200 characters.');
const text = (what: string, max: number) =>
  z
    .string({ message: `${what} must be text.` })
    .trim()
    .max(max, `${what} can be at most ${max.toLocaleString('en-GB')} characters.`);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD, e.g. 2025-03-14.')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'That is not a real date.');
export const caseStatus = z.enum(['open', 'reported_platform', 'referred_police', 'closed'], {
  message: 'Status must be one of: open, reported_platform, referred_police, closed.',
});
const refKind = z.enum(['platform', 'police', 'other'], {
  message: 'A reference is for a platform, the police, or other.',
});
const reference = z
  .object({
    kind: refKind,
    reference: text('A reference number', 200).min(1, 'Write the reference number.'),
    platform: text('The platform', 40).optional(),
    dated: day.optional(),
  })
  .strict();
export const redactOptions = z
  .array(z.enum(['handles', 'reviewers'], { message: 'Redact handles and/or reviewers.' }))
  .max(2)
  .default([]);

/** Cases (posts gathered with notes, status and references) and the evidence packs made from them. */
export const caseMethods = {
  'cases.list': method<CaseSummary[]>()(z.object({}).strict()),
  'cases.get': method<CaseDetail>()(z.object({ id: caseId }).strict()),
  'cases.posts': method<CasePostPage>()(
    z
      .object({
        id: caseId,
        limit: z.number().int().min(1).max(500, 'At most 500 posts at a time.').default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
  'cases.create': method<CaseCreated>()(
    z
      .object({
        title,
        personId: z.number().int().positive().nullable().optional(),
        campaignRef: text('The campaign', 200).nullable().optional(),
        notes: text('Notes', 10_000).nullable().optional(),
        postIds: postIds.optional(),
      })
      .strict(),
  ),
  'cases.update': method<CaseDetail>()(
    z
      .object({
        id: caseId,
        title: title.optional(),
        personId: z.number().int().positive().nullable().optional(),
        campaignRef: text('The campaign', 200).nullable().optional(),
        notes: text('Notes', 10_000).nullable().optional(),
      })
      .strict(),
  ),
  'cases.addPosts': method<CasePostsAdded>()(
    z.object({ id: caseId, postIds, note: text('A note', 2000).optional() }).strict(),
  ),
  /** Every post matching an explorer filter (at most 100,000; a larger match is refused, not cut short). */
  'cases.addByFilter': method<CasePostsAdded>()(
    z.object({ id: caseId, filter: postFilterSchema, note: text('A note', 2000).optional() }).strict(),
  ),
  'cases.removePosts': method<{ removed: number }>()(
    z
      .object({
        id: caseId,
        postIds,
        reason: text('The reason', 2000).min(1, 'Say why the posts are being taken out of the case.'),
      })
      .strict(),
  ),
  'cases.setStatus': method<CaseDetail>()(
    z
      .object({
        id: caseId,
        status: caseStatus,
        dated: day.optional(),
        reference: reference.optional(),
        note: text('A note', 2000).optional(),
      })
      .strict(),
  ),
  'cases.addReference': method<CaseDetail>()(reference.extend({ id: caseId }).strict()),
  'cases.addNote': method<CaseDetail>()(
    z.object({ id: caseId, text: text('A note', 10_000).min(1, 'Write the note first.') }).strict(),
  ),
  'cases.ofPosts': method<{ caseId: number; postId: number }[]>()(
    z.object({ postIds: postIds.max(5000) }).strict(),
  ),
  /** Builds a case's pack in a worker job; the finished pack appears in the case timeline. */
  'evidence.export': method<JobStarted & { fileName: string }>()(
    z.object({ caseId, redact: redactOptions }).strict(),
  ),
  /** A pack of the posts matching an explorer filter, without making a case. */
  'evidence.exportFilter': method<JobStarted & { fileName: string }>()(
    z
      .object({
        filter: postFilterSchema,
        title: title.default('Posts from the explorer'),
        redact: redactOptions,
      })
      .strict(),
  ),
  /** A pack Bulwark wrote, read back so the browser can save it. */
  'evidence.download': method<EvidencePackFile>()(
    z
      .object({
        file: z
          .string()
          .regex(
            /^[\w.\- ()]+\.zip$/,
            'Name a pack file made by Bulwark, e.g. case-3-threats-20250314-101500.zip.',
          ),
      })
      .strict(),
  ),
  'evidence.verify': method<PackCheck>()(
    z.object({ path: z.string().min(1, 'Say which pack file to check.') }).strict(),
  ),
} as const;
