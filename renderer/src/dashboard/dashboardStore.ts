/** dashboard.get for the current filter. Each answer carries its filter's key, so a slow answer for an
 * old filter is never drawn under a new one (the resource store also drops out-of-order answers). */
import type { PostFilter } from '../../../electron/api/filters';
import type { DashboardData } from '../../../electron/api/types';
import { api } from '../api/client';
import { filterKey } from '../filters/urlFilter';
import { createResource } from '../stores/resource';

export interface DashboardAnswer {
  key: string;
  /** The filter this answer is for (the charts' links narrow it, not whatever the address says now). */
  filter: PostFilter;
  data: DashboardData;
  /** Milliseconds from request to answer, as the browser saw it. */
  ms: number;
}

export const useDashboardStore = createResource(
  async (filter: PostFilter): Promise<DashboardAnswer> => {
    const t = performance.now();
    const data = await api('dashboard.get', { filter });
    return { key: filterKey(filter), filter, data, ms: Math.round(performance.now() - t) };
  },
  ['posts', 'labels', 'reviews', 'mentions', 'people', 'categories', 'accounts'],
  {} as PostFilter,
);
