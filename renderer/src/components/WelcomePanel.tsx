/** First run: the database is empty, so explain what Bulwark does and offer the two ways to start. */
import { DEMO_POSTS } from '../stores/demoStore';
import { formatNumber } from '../format';
import { EmptyState } from './EmptyState';
import { FirstRunActions } from './FirstRunActions';

export function WelcomePanel() {
  return (
    <div className="card welcome">
      <EmptyState icon="shield" title="Welcome to Bulwark" actions={<FirstRunActions />}>
        <p>
          Bulwark gathers public posts that mention your MPs and leader, flags abuse and threats, and helps
          you turn them into evidence. There are no posts in this database yet.
        </p>
        <ul className="welcome-steps">
          <li>
            <strong>Try it with demo data</strong>
            <span>
              {formatNumber(DEMO_POSTS)} invented posts, so you can explore every screen without real abuse.
            </span>
          </li>
          <li>
            <strong>Or import your own posts</strong>
            <span>Bring in exports from X, Bluesky and other platforms.</span>
          </li>
          <li>
            <strong>Your data stays here</strong>
            <span>Everything is stored on this computer. Nothing is sent anywhere.</span>
          </li>
        </ul>
      </EmptyState>
    </div>
  );
}
