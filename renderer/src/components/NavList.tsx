/** Main navigation: a list of plain links; the current screen carries aria-current="page". */
import { useEffect } from 'react';
import { AlertsBadge } from '../alerts/AlertsBadge';
import { formatNumber } from '../format';
import { useUrgentCountStore } from '../review/reviewStores';
import type { ScreenId } from '../routes';
import { SCREENS } from '../routes';
import type { IconName } from './Icon';
import { Icon } from './Icon';

/** Urgent has no icon of its own: the warning sign says it. */
const iconFor = (id: ScreenId): IconName => (id === 'urgent' ? 'error' : id === 'alerts' ? 'info' : id);

/** How many S4 posts are not rejected; refetched whenever posts or reviews change. */
function UrgentBadge() {
  const count = useUrgentCountStore((s) => s.data);
  useEffect(() => {
    void useUrgentCountStore.getState().load();
  }, []);
  if (!count) return null;
  return (
    <span className="nav-badge" data-testid="urgent-count">
      {formatNumber(count)}
      <span className="sr-only"> waiting</span>
    </span>
  );
}

export function NavList({ current }: { current: ScreenId | undefined }) {
  return (
    <nav className="app-nav" aria-label="Main">
      <ul className="nav-list">
        {SCREENS.map((s) => (
          <li key={s.id} className={s.separated ? 'nav-separated' : undefined}>
            <a className="nav-link" href={`#${s.path}`} aria-current={s.id === current ? 'page' : undefined}>
              <Icon name={iconFor(s.id)} />
              <span>{s.label}</span>
              {s.id === 'urgent' ? <UrgentBadge /> : null}
              {s.id === 'alerts' ? <AlertsBadge /> : null}
              {s.comingSoon ? (
                <span className="nav-link-soon" aria-hidden="true">
                  Soon
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
