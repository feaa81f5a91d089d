/**
 * Spikes to mark on the over-time chart and count per person in the rate table. They come with the
 * dashboard's answer (dashboard.get reads the spikes table, filled by spike detection), so marks are
 * always for the same filter as the bars (and no second request). Spikes are found per day, so hourly
 * charts (a day or three) carry no marks; the rate table still counts them per person.
 */
import type { DashboardSpike } from '../../../electron/api/types';
import type { SpikeMark } from '../charts/OverTimeChart';

export interface SpikeMarks {
  marks: SpikeMark[];
  byPerson: Map<number, number>;
}

export function spikeMarks(spikes: DashboardSpike[] | undefined, grain: 'day' | 'hour'): SpikeMarks {
  const byPerson = new Map<number, number>();
  const byBucket = new Map<string, string[]>();
  for (const s of spikes ?? []) {
    byPerson.set(s.personId, (byPerson.get(s.personId) ?? 0) + 1);
    if (grain === 'day') byBucket.set(s.peakDay, [...(byBucket.get(s.peakDay) ?? []), s.person]);
  }
  const marks = [...byBucket.entries()].map(([bucket, people]) => ({
    bucket,
    label: `spike for ${[...new Set(people)].join(', ')}`,
  }));
  return { marks, byPerson };
}
