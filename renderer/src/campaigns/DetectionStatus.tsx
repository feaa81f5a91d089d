/**
 * When detection last ran, whether its results are out of date, and a button to run it again. While it
 * runs, the progress comes from the jobs store (the same events the Jobs panel shows).
 */
import { useEffect, useState } from 'react';
import type { AnalyticsStatusInfo } from '../../../electron/api/types';
import { api } from '../api/client';
import { Alert } from '../components/Alert';
import { useJobsStore } from '../stores/jobsStore';
import { toApiError } from '../stores/resource';
import { formatTime } from './words';

export function DetectionStatus({ status }: { status: AnalyticsStatusInfo }) {
  const [startedId, setStartedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const jobId = startedId ?? status.runningJobId;
  const job = useJobsStore((s) => (jobId ? s.jobs[jobId] : undefined));
  // A job that finished may already be gone from the jobs store; until then its state says so.
  const running = startedId !== null || (!!jobId && job?.state !== 'done' && job?.state !== 'failed');

  useEffect(() => {
    if (!startedId) return;
    return useJobsStore.subscribe((s) => {
      const j = s.jobs[startedId];
      if (!j || j.state === 'running') return;
      setStartedId(null);
      if (j.state === 'failed') setError(j.error ?? 'Detection stopped without saying why.');
    });
  }, [startedId]);

  const run = async () => {
    setError(null);
    try {
      const r = await api('analytics.run', {});
      setStartedId(r.jobId);
    } catch (err) {
      setError(toApiError(err).message);
    }
  };

  const button = (
    <button type="button" className="btn btn-small" onClick={() => void run()} disabled={running}>
      {running ? 'Looking for campaigns…' : 'Run detection again'}
    </button>
  );

  return (
    <div className="detection-status">
      {running ? (
        <p role="status" className="detection-line">
          {job?.message ?? 'Starting'}
          {job && job.total > 0 ? ` (step ${Math.min(job.done + 1, job.total)} of ${job.total})` : ''}…
        </p>
      ) : status.stale && status.lastRunAt ? (
        <Alert tone="info" title="These results may be out of date" actions={button}>
          <p>{status.reason} Run detection again to include everything.</p>
        </Alert>
      ) : status.lastRunAt ? (
        <p className="detection-line">
          Last checked {formatTime(status.lastRunAt)}
          {status.lastRunSeconds !== null ? ` (took ${status.lastRunSeconds.toFixed(1)} s)` : ''}. {button}
        </p>
      ) : null}
      {error ? (
        <Alert tone="error" title="Bulwark could not start detection">
          <p>{error}</p>
        </Alert>
      ) : null}
    </div>
  );
}
