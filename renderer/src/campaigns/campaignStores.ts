/** API reads for the Campaigns and Alerts screens; each refetches when detection stores new results. */
import { api } from '../api/client';
import { createResource } from '../stores/resource';

const TABLES = ['campaigns', 'spikes', 'posts'] as const;

export const useCampaignListStore = createResource(
  (args: { kind?: 'coposting' | 'hashtag' | 'link' | 'pileon'; personId?: number }) =>
    api('campaigns.list', args),
  TABLES,
  {},
);

export const useCampaignStore = createResource((args: { id: number }) => api('campaigns.get', args), TABLES, {
  id: 0,
});

export const useParamsStore = createResource(() => api('analytics.params', {}), ['settings'], undefined);

export const useSpikeListStore = createResource(
  (args: { unseenOnly?: boolean }) => api('spikes.list', args),
  TABLES,
  {},
);

export const useSpikePostsStore = createResource(
  (args: { id: number; offset: number }) =>
    api('spikes.posts', { id: args.id, offset: args.offset, limit: 20 }),
  TABLES,
  { id: 0, offset: 0 },
);

/** The navigation badge: alerts nobody has marked as seen. */
export const useUnseenAlertsStore = createResource(
  async () => (await api('spikes.unseenCount', {})).count,
  TABLES,
  undefined,
);
