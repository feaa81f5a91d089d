import { z } from 'zod';
import { postFilterSchema } from '../filters';
import { method } from '../method';
import type { PostCount, PostDetail, PostListPage, PostSearchPage } from '../types';

const postId = z
  .number({ message: 'Say which post (id, a number).' })
  .int('A post id is a whole number.')
  .positive('A post id is a positive number.');

/** Reading posts: the explorer's pages, counts and one post in full. */
export const postMethods = {
  'posts.list': method<PostListPage>()(
    z
      .object({
        importId: z.number().int().positive().optional(),
        personId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
  'posts.search': method<PostSearchPage>()(
    z
      .object({
        filter: postFilterSchema.default({}),
        sort: z.enum(['newest', 'oldest', 'severity']).default('newest'),
        limit: z.number().int().min(1).max(500).default(100),
        /** The previous page's nextCursor. */
        after: z
          .string()
          .max(100)
          .regex(
            /^([0-4]\|)?[0-9T:.Z-]+\|\d+$/,
            'That page marker is not one Bulwark made. Start from the first page.',
          )
          .optional(),
      })
      .strict(),
  ),
  'posts.count': method<PostCount>()(z.object({ filter: postFilterSchema.default({}) }).strict()),
  'posts.get': method<PostDetail>()(z.object({ id: postId }).strict()),
} as const;
