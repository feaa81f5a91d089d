import { z } from 'zod';
import { method } from '../method';
import type { AppInfo, AuditRecord, DemoSummary, Overview } from '../types';

const empty = z.object({}).strict();
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** App-wide methods: info, settings, audit, dashboard overview, demo data. */
export const coreMethods = {
  'app.info': method<AppInfo>()(empty),
  'stats.overview': method<Overview>()(z.object({ from: isoDay.optional(), to: isoDay.optional() }).strict()),
  'demo.load': method<DemoSummary>()(
    z
      .object({
        posts: z.number().int().min(100).max(2_000_000).default(20_000),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31)
          .default(42),
      })
      .strict(),
  ),
  'settings.get': method<Record<string, unknown>>()(empty),
  'settings.set': method<Record<string, unknown>>()(
    z
      .object({
        reviewerName: z.string().trim().max(80).optional(),
        theme: z.enum(['system', 'light', 'dark']).optional(),
        dropUnmatched: z.boolean().optional(),
        countReposts: z.boolean().optional(),
      })
      .strict(),
  ),
  'audit.list': method<AuditRecord[]>()(
    z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict(),
  ),
} as const;
