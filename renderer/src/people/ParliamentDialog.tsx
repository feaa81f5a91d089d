/**
 * "Add all current UK MPs": explains what will happen, runs the fetch with live progress (from the
 * progress events the API pushes), can be stopped, and ends with a summary or a plain error.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { ParliamentFetchResult } from '../../../electron/api/types';
import { Alert } from '../components/Alert';
import { formatNumber } from '../format';
import { useJobsStore } from '../stores/jobsStore';
import { toApiError } from '../stores/resource';
import { Dialog } from './Dialog';
import { MergeSummaryView } from './MergeSummaryView';

export const PARLIAMENT_JOB_LABEL = 'Adding current UK MPs';

type State =
  | { kind: 'confirm' }
  | { kind: 'running' }
  | { kind: 'done'; result: ParliamentFetchResult }
  | { kind: 'failed'; message: string; cancelled: boolean };

export function ParliamentDialog({ onClose }: { onClose: () => void }) {
  const [state, setState] = useState<State>({ kind: 'confirm' });
  const [stopping, setStopping] = useState(false);
  const job = useJobsStore((s) =>
    Object.values(s.jobs).find((j) => j.label === PARLIAMENT_JOB_LABEL && j.state === 'running'),
  );

  const start = async () => {
    setState({ kind: 'running' });
    setStopping(false);
    try {
      const result = await api('people.fetchParliament', {});
      setState({ kind: 'done', result });
    } catch (err) {
      const e = toApiError(err);
      setState({ kind: 'failed', message: e.message, cancelled: e.code === 'CANCELLED' });
    }
  };

  const stop = async () => {
    setStopping(true);
    await api('people.cancelParliament', {}).catch(() => undefined);
  };

  const running = state.kind === 'running';
  // This dialog shows the failure itself; the page-wide notice of the same failure would only repeat it.
  const failedJob = useJobsStore((s) =>
    Object.values(s.jobs).find((j) => j.label === PARLIAMENT_JOB_LABEL && j.state === 'failed'),
  );
  useEffect(() => {
    if (failedJob && state.kind === 'failed') useJobsStore.getState().dismiss(failedJob.jobId);
  }, [failedJob, state.kind]);

  const footer =
    state.kind === 'confirm' ? (
      <>
        <button type="button" className="btn btn-primary" onClick={() => void start()} data-autofocus="">
          Add current MPs
        </button>
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
      </>
    ) : running ? (
      <button type="button" className="btn" onClick={() => void stop()} disabled={stopping}>
        {stopping ? 'Stopping…' : 'Stop'}
      </button>
    ) : state.kind === 'failed' ? (
      <>
        <button type="button" className="btn btn-primary" onClick={() => void start()}>
          Try again
        </button>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </>
    ) : (
      <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
        Done
      </button>
    );

  return (
    <Dialog title="Add all current UK MPs" onClose={onClose} busy={running} size="wide" footer={footer}>
      {state.kind === 'confirm' ? (
        <div className="people-parliament">
          <p>
            Bulwark reads the list of MPs sitting in the House of Commons today, with the X, Bluesky, Facebook
            and Instagram accounts they publish, from the UK Parliament’s public Members API
            (members-api.parliament.uk).
          </p>
          <ul className="people-notes-list">
            <li>It needs an internet connection and takes about a minute.</li>
            <li>
              MPs already on your list are updated, never added twice. Anything you edited by hand is kept.
            </li>
            <li>Posts already imported that mention them are linked to them.</li>
            <li>Nothing about your work is sent: Bulwark only downloads the public list.</li>
          </ul>
        </div>
      ) : null}

      {running ? (
        <div className="people-parliament-progress">
          <p role="status">{job?.message ?? 'Contacting the UK Parliament Members API…'}</p>
          <progress
            aria-label="Adding current UK MPs"
            max={job && job.total > 0 ? job.total : undefined}
            value={job && job.total > 0 ? job.done : undefined}
          />
          <p className="muted">
            You can stop at any time: nothing changes until the whole list has been read.
          </p>
        </div>
      ) : null}

      {state.kind === 'failed' ? (
        state.cancelled ? (
          <Alert tone="info" title="Stopped">
            <p>Nothing was changed. Start again whenever you are ready.</p>
          </Alert>
        ) : (
          <Alert tone="error" title="The current MPs could not be added">
            <p>{state.message}</p>
          </Alert>
        )
      ) : null}

      {state.kind === 'done' ? (
        <MergeSummaryView
          result={state.result}
          title={`${formatNumber(state.result.members)} current MPs read`}
          source="the UK Parliament Members API"
        />
      ) : null}
    </Dialog>
  );
}
