/** The one subscription to pushed API events, fanned out to the stores. */
import { client } from '../api/client';
import { notifyDataChanged } from './dataEvents';
import { useJobsStore } from './jobsStore';

let started = false;

export function startEventBridge(): void {
  if (started) return;
  started = true;
  client.on((event) => {
    useJobsStore.getState().handle(event);
    if (event.type === 'data-changed') notifyDataChanged(event.tables);
  });
}
