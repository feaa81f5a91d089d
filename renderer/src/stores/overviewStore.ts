/** stats.overview for the dashboard, for an optional date range (YYYY-MM-DD, inclusive). */
import { api } from '../api/client';
import { createResource } from './resource';

export interface OverviewRange {
  from?: string;
  to?: string;
}

export const useOverviewStore = createResource(
  (range: OverviewRange) => api('stats.overview', range),
  ['posts', 'people', 'accounts', 'mentions', 'labels', 'reviews'],
  {} as OverviewRange,
);
