/** An address that matches no screen (an old bookmark, a typo). */
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';

export function NotFoundScreen({ path }: { path: string }) {
  return (
    <div className="screen">
      <PageHeader title="Page not found" />
      <div className="card">
        <EmptyState
          icon="info"
          title="There is no screen at this address"
          actions={
            <a className="btn btn-primary" href="#/dashboard">
              Go to the dashboard
            </a>
          }
        >
          <p>
            Bulwark has no screen called <code>{path}</code>. Use the menu on the left to find your way.
          </p>
        </EmptyState>
      </div>
    </div>
  );
}
