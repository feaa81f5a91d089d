import { z } from 'zod';
import { method } from '../method';
import type { PostListPage } from '../types';

/** Reading posts. (The full explorer — search, filters, detail — builds on this.) */
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
} as const;
