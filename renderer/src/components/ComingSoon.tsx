/**
 * For screens still being built: say plainly what the screen will do, and point to what works today.
 * Nothing here pretends to be functional.
 */
import type { ReactNode } from 'react';
import { plural } from '../format';
import { useAppInfoStore } from '../stores/appInfoStore';
import { FirstRunActions } from './FirstRunActions';
import { Icon } from './Icon';

interface Props {
  /** What the finished screen will let the user do, one short line each. */
  plans: string[];
  children?: ReactNode;
}

export function ComingSoon({ plans, children }: Props) {
  const info = useAppInfoStore((s) => s.data);
  return (
    <section className="card soon-card" aria-labelledby="soon-title">
      <div className="soon-main">
        <div>
          <span className="badge badge-accent">Coming soon</span>
        </div>
        <h2 id="soon-title">What this screen will do</h2>
        <ul className="plan-list">
          {plans.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        {children}
      </div>
      <div className="soon-aside">
        <Icon name="info" size={20} className="muted" />
        {info && info.posts === 0 ? (
          <>
            <p>There are no posts yet. Load the demo data to see how Bulwark works.</p>
            <div className="empty-state-actions">
              <FirstRunActions showImport={false} />
            </div>
          </>
        ) : (
          <>
            <p>
              {info
                ? `${plural(info.posts, 'post')} ${info.posts === 1 ? 'is' : 'are'} in the database. `
                : ''}
              The dashboard already shows their volume by day and platform.
            </p>
            <p>
              <a href="#/dashboard">Go to the dashboard</a>
            </p>
          </>
        )}
      </div>
    </section>
  );
}
