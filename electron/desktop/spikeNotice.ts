/** The words of the desktop notification for new spikes (main.ts shows it; kept here so it is testable). */
import type { NewSpikesEvent } from '../api/types';

export function spikeNotice(e: NewSpikesEvent): { title: string; body: string } {
  const n = e.spikes.length;
  const people = [...new Set(e.spikes.map((s) => s.person))];
  const who = people.length <= 3 ? people.join(', ') : `${people.slice(0, 3).join(', ')} and others`;
  return {
    title: n === 1 ? 'Bulwark: a new spike in abuse' : `Bulwark: ${n} new spikes in abuse`,
    body: `${who}. Open Alerts to see the posts behind ${n === 1 ? 'it' : 'them'}.`,
  };
}
