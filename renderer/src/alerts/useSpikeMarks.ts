/**
 * Spikes for the dashboard's charts: the spikes overlapping the dashboard's filter, as marks on their
 * peak day and a count per person. The dashboard's own hook (renderer/src/dashboard/spikes.ts) can
 * simply return `useSpikeMarksFromApi(filter, grain)`.
 */
import { useEffect, useMemo } from 'react';
import type { PostFilter } from '../../../electron/api/filters';
import { api } from '../api/client';
import type { SpikeMark } from '../charts/OverTimeChart';
import { createResource } from '../stores/resource';

const useDashboardSpikes = createResource(
  (args: { personIds?: number[]; from?: string; to?: string }) => api('spikes.list', args),
  ['spikes', 'campaigns', 'posts'],
  {},
);

export function useSpikeMarksFromApi(
  filter: PostFilter,
  grain: 'day' | 'hour',
): { marks: SpikeMark[]; byPerson: Map<number, number> } {
  const data = useDashboardSpikes((s) => s.data);
  const key = JSON.stringify([filter.personIds ?? [], filter.from ?? '', filter.to ?? '']);
  useEffect(() => {
    const [personIds, from, to] = JSON.parse(key) as [number[], string, string];
    void useDashboardSpikes.getState().load({
      ...(personIds.length ? { personIds } : {}),
      ...(from ? { from: from.slice(0, 10) } : {}),
      ...(to ? { to: to.slice(0, 10) } : {}),
    });
  }, [key]);
  return useMemo(() => {
    const byPerson = new Map<number, number>();
    const labels = new Map<string, string[]>();
    for (const s of data ?? []) {
      byPerson.set(s.personId, (byPerson.get(s.personId) ?? 0) + 1);
      // Hourly charts cover a day or two: the spike is the whole chart, so no marks there.
      if (grain === 'day') labels.set(s.peakDay, [...(labels.get(s.peakDay) ?? []), s.person]);
    }
    const marks = [...labels].map(([bucket, people]) => ({ bucket, label: `spike: ${people.join(', ')}` }));
    return { marks, byPerson };
  }, [data, grain]);
}
