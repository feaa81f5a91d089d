/**
 * Stores say which tables they show; when the API reports `data-changed` for any of them, they refetch.
 * A bulk job (demo load, import) can report many changes a second, so refetches are coalesced: at most
 * one per store per REFETCH_DELAY_MS, after the burst quietens.
 */
const REFETCH_DELAY_MS = 400;

interface Subscription {
  tables: readonly string[];
  refetch: () => void;
  timer: ReturnType<typeof setTimeout> | null;
}

const subscriptions: Subscription[] = [];

export function refetchOn(tables: readonly string[], refetch: () => void): void {
  subscriptions.push({ tables, refetch, timer: null });
}

/** `'*'` means "assume everything changed" (used after a job whose events we may have missed). */
export function notifyDataChanged(tables: readonly string[]): void {
  const all = tables.includes('*');
  for (const sub of subscriptions) {
    if (!all && !sub.tables.some((t) => tables.includes(t))) continue;
    if (sub.timer) clearTimeout(sub.timer);
    sub.timer = setTimeout(() => {
      sub.timer = null;
      sub.refetch();
    }, REFETCH_DELAY_MS);
  }
}
