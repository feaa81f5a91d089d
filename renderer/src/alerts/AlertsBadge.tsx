/** The navigation badge on Alerts: spikes nobody has marked as seen; refetched when detection runs. */
import { useEffect } from 'react';
import { useUnseenAlertsStore } from '../campaigns/campaignStores';
import { formatNumber } from '../format';

export function AlertsBadge() {
  const count = useUnseenAlertsStore((s) => s.data);
  useEffect(() => {
    void useUnseenAlertsStore.getState().load();
  }, []);
  if (!count) return null;
  return (
    <span className="nav-badge" data-testid="alerts-count">
      {formatNumber(count)}
      <span className="sr-only"> new</span>
    </span>
  );
}
