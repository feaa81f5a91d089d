/**
 * Progress of long-running work (from pushed events) and the outcome of "Load demo data", shown above
 * whichever screen is open so the user can keep looking around while it runs.
 */
import type { DemoSummary } from '../api/types';
import { formatNumber, plural } from '../format';
import { useDemoStore } from '../stores/demoStore';
import type { Job } from '../stores/jobsStore';
import { useJobsStore } from '../stores/jobsStore';
import { Alert, ErrorAlert } from './Alert';

function demoSummaryText(d: DemoSummary): string {
  const campaigns = d.campaigns > 0 ? `, including ${plural(d.campaigns, 'coordinated campaign')}` : '';
  return (
    `${plural(d.posts, 'post')} mentioning ${plural(d.people, 'person', 'people')}, from ` +
    `${plural(d.accounts, 'account')}${campaigns}. The posts and people are invented, for trying Bulwark out.`
  );
}

function JobProgress({ job, onDismiss }: { job: Job; onDismiss: () => void }) {
  if (job.state === 'failed') {
    return (
      <Alert tone="error" title={`${job.label} failed`} onDismiss={onDismiss}>
        <p>{job.error ?? 'No details were given.'}</p>
      </Alert>
    );
  }
  const determinate = job.total > 0;
  const pct = determinate ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
  return (
    <div className="card job">
      <div className="job-line">
        <span className="job-label">{job.state === 'done' ? `${job.label} — done` : `${job.label}…`}</span>
        {determinate ? (
          <span className="muted">
            {formatNumber(job.done)} of {formatNumber(job.total)} ({pct}%)
          </span>
        ) : null}
      </div>
      <progress
        aria-label={job.label}
        max={determinate ? job.total : undefined}
        value={determinate ? job.done : undefined}
      />
      {job.message ? <span className="muted">{job.message}</span> : null}
    </div>
  );
}

export function JobsPanel() {
  const jobs = useJobsStore((s) => s.jobs);
  const dismiss = useJobsStore((s) => s.dismiss);
  const demo = useDemoStore();
  // Once the demo summary is up, a separate "done" bar for the same work would only repeat it.
  const list = Object.values(jobs).filter((j) => !(demo.summary && j.state === 'done'));
  // If the event stream is slow to report, still show that the demo load is under way.
  const showDemoPlaceholder = demo.running && !list.some((j) => j.state === 'running');

  if (list.length === 0 && !showDemoPlaceholder && !demo.summary && !demo.error) return null;

  return (
    <section className="jobs notices" aria-label="Background work">
      {list.map((job) => (
        <JobProgress key={job.jobId} job={job} onDismiss={() => dismiss(job.jobId)} />
      ))}
      {showDemoPlaceholder ? (
        <div className="card job">
          <div className="job-line">
            <span className="job-label">Loading demo data…</span>
            <span className="muted">This takes a few seconds.</span>
          </div>
          <progress aria-label="Loading demo data" />
        </div>
      ) : null}
      {demo.summary ? (
        <Alert tone="success" title="Demo data loaded" onDismiss={demo.clearMessage}>
          <p>{demoSummaryText(demo.summary)}</p>
        </Alert>
      ) : null}
      {demo.error ? (
        <ErrorAlert error={demo.error} doing="load the demo data" onRetry={() => void demo.load()} />
      ) : null}
    </section>
  );
}
