/**
 * Settings → Reclassify: runs the classifier again over every post with the categories, word lists and
 * thresholds above. Human decisions are kept: only posts nobody has reviewed take the new verdict.
 */
import { useEffect, useId } from 'react';
import { Alert, ErrorAlert } from '../components/Alert';
import { formatNumber, plural } from '../format';
import { useJobsStore } from '../stores/jobsStore';
import { listenForReclassify, useReclassifyStore } from './reclassifyStore';
import { SectionIntro } from './SettingsParts';

export function ReclassifySection() {
  const { jobId, starting, cancelling, outcome, error, outdatedPosts, outdatedMoreThan, start, cancel } =
    useReclassifyStore();
  const job = useJobsStore((s) => (jobId ? s.jobs[jobId] : undefined));
  const id = useId();

  useEffect(() => {
    listenForReclassify();
    void useReclassifyStore.getState().refresh();
  }, []);

  const running = jobId !== null;
  const total = job?.total ?? 0;
  const done = job?.done ?? 0;
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;

  return (
    <section className="settings-section settings-section-wide" aria-labelledby={`${id}-title`}>
      <SectionIntro id={`${id}-title`} title="Reclassify all posts">
        <p>
          Runs the classifier again over every post with the categories, word lists and thresholds above.
          Posts a reviewer has confirmed, rejected, escalated or re-filed{' '}
          <strong>keep the reviewer’s decision</strong>; only posts nobody has reviewed take the new verdict.
          You can keep working while it runs, and cancel at any time: posts done so far keep their new labels,
          the rest keep their old ones.
        </p>
      </SectionIntro>
      <div className="reclass">
        {!running && !starting && outdatedPosts ? (
          <Alert tone="info" title="Some labels are out of date">
            <p>
              {outdatedMoreThan ? 'More than ' : ''}
              {plural(outdatedPosts, 'post has', 'posts have')} labels from before the classifier, its word
              lists, thresholds or categories last changed (an update to Bulwark can change them too).
              Reclassify to bring {outdatedPosts === 1 ? 'it' : 'them'} up to date.
            </p>
          </Alert>
        ) : null}
        <div className="inline-row">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void start()}
            disabled={running || starting}
          >
            {running ? 'Reclassifying…' : starting ? 'Starting…' : 'Reclassify all posts'}
          </button>
          {running ? (
            <button type="button" className="btn" onClick={() => void cancel()} disabled={cancelling}>
              {cancelling ? 'Cancelling…' : 'Cancel'}
            </button>
          ) : null}
        </div>
        {running ? (
          <div className="reclass-progress">
            <progress
              aria-label="Reclassifying posts"
              max={total > 0 ? total : undefined}
              value={total > 0 ? done : undefined}
            />
            <p className="muted" role="status">
              {total > 0 ? `${formatNumber(done)} of ${formatNumber(total)} posts (${pct}%)` : 'Starting…'}
            </p>
          </div>
        ) : null}
        {error ? <ErrorAlert error={error} doing="reclassify the posts" /> : null}
        {outcome ? (
          outcome.ok ? (
            <Alert
              tone={outcome.cancelled ? 'info' : 'success'}
              title={outcome.cancelled ? 'Reclassification cancelled' : 'Reclassification complete'}
            >
              <p>
                {outcome.cancelled
                  ? `${plural(outcome.posts ?? 0, 'post was', 'posts were')} reclassified before you cancelled; the rest keep their earlier labels.`
                  : `${plural(outcome.posts ?? 0, 'post')} reclassified${outcome.seconds !== undefined ? ` in ${outcome.seconds.toFixed(1)} seconds` : ''}. Human decisions were kept.`}
              </p>
            </Alert>
          ) : (
            <ErrorAlert
              error={new Error(outcome.error ?? 'No details were given.')}
              doing="finish reclassifying"
            />
          )
        ) : null}
      </div>
    </section>
  );
}
