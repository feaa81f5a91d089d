import { z } from 'zod';
import { method } from '../method';
import type { ReviewDecisionResult, ReviewHistoryEntry, ReviewPage, ReviewPost, ReviewPrefs } from '../types';

const postId = z
  .number({ message: 'Say which post (postId, a number).' })
  .int('A post id is a whole number.')
  .positive('A post id is a positive number.');
export const categoryKey = z
  .string({ message: 'A category is given by its key, e.g. "threat".' })
  .trim()
  .regex(
    /^[a-z][a-z0-9_]{0,39}$/,
    'A category key is lower-case letters, digits and underscores, e.g. "threat".',
  );
const page = {
  limit: z.number().int().min(1).max(200, 'At most 200 posts at a time.').default(50),
  offset: z.number().int().min(0).default(0),
  personId: z.number().int().positive().optional(),
};
const note = z
  .string({ message: 'A note must be text.' })
  .trim()
  .max(2000, 'A note can be at most 2,000 characters.')
  .optional();

const decision = z
  .object({
    postId,
    action: z.enum(['confirm', 'reject', 'escalate', 'recategorise', 'note'], {
      message: 'Action must be one of: confirm, reject, escalate, recategorise, note.',
    }),
    category: categoryKey.optional(),
    note,
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.action === 'recategorise' && !d.category)
      ctx.addIssue({
        code: 'custom',
        path: ['category'],
        message: 'Say which category to file the post under.',
      });
    if (d.action === 'note' && !d.note)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'Write the note to add (it cannot be empty).',
      });
  });

/** Reviewing flagged posts: the queue, Urgent (S4), decisions, undo and each post's history. */
export const reviewMethods = {
  'review.queue': method<ReviewPage>()(z.object({ ...page, category: categoryKey.optional() }).strict()),
  'review.urgent': method<ReviewPage>()(z.object(page).strict()),
  'review.urgentCount': method<{ count: number }>()(z.object({}).strict()),
  'review.post': method<ReviewPost>()(z.object({ postId }).strict()),
  'review.decide': method<ReviewDecisionResult>()(decision),
  'review.undo': method<ReviewDecisionResult>()(z.object({ postId }).strict()),
  'review.history': method<ReviewHistoryEntry[]>()(z.object({ postId }).strict()),
  'review.prefs': method<ReviewPrefs>()(z.object({}).strict()),
  'review.setPrefs': method<ReviewPrefs>()(
    z.object({ blurAbusive: z.boolean({ message: 'blurAbusive must be true or false.' }) }).strict(),
  ),
} as const;
