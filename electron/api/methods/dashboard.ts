import { z } from 'zod';
import { postFilterSchema } from '../filters';
import { method } from '../method';
import type { DashboardData } from '../types';

/** The dashboard: every chart for one shared filter, in one call. */
export const dashboardMethods = {
  'dashboard.get': method<DashboardData>()(z.object({ filter: postFilterSchema.default({}) }).strict()),
  /** Recounts the dashboard's rollups now (they also refresh themselves before every dashboard call). */
  'dashboard.refresh': method<{ days: number; posts: number; ms: number }>()(z.object({}).strict()),
} as const;
