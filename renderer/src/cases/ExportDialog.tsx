/**
 * Export an evidence pack: choose redaction (for a copy to share with the press), build it in the
 * background with progress, then save it. What the pack holds is said up front, in plain words.
 * The pack is of a case, or of whatever an explorer search + filters match (no case is made then).
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { PostFilter } from '../../../electron/api/filters';
import type { RedactOption } from '../../../electron/api/types';
import { api } from '../api/client';
import { formatNumber, plural } from '../format';
import { Modal } from '../review/Modal';
import { useJobsStore } from '../stores/jobsStore';
import { toApiError } from '../stores/resource';
import { downloadPack } from './download';

export type PackSource = { caseId: number } | { filter: PostFilter };

export function ExportDialog({
  source,
  posts,
  onClose,
}: {
  source: PackSource;
  posts: number;
  onClose: () => void;
}) {
  const fromCase = 'caseId' in source;
  const id = useId();
  const [redact, setRedact] = useState<RedactOption[]>([]);
  // A search has no case title: staff name the pack for its cover and file name (optional).
  const [title, setTitle] = useState('');
  const [started, setStarted] = useState<{ jobId: string; fileName: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seenJob, setSeenJob] = useState(false);
  const job = useJobsStore((s) => (started ? s.jobs[started.jobId] : undefined));
  if (job && !seenJob) setSeenJob(true);
  // The job lingers a few seconds after it finishes; once gone, it finished well (failures stay).
  const done = job?.state === 'done' || (seenJob && !job);
  const failed = job?.state === 'failed' ? (job.error ?? 'The pack could not be built.') : null;

  const toggle = (o: RedactOption) =>
    setRedact((r) => (r.includes(o) ? r.filter((x) => x !== o) : [...r, o]));

  const start = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSeenJob(false);
    try {
      setStarted(
        'caseId' in source
          ? await api('evidence.export', { caseId: source.caseId, redact })
          : await api('evidence.exportFilter', {
              filter: source.filter,
              redact,
              ...(title.trim() ? { title: title.trim() } : {}),
            }),
      );
    } catch (err) {
      setError(toApiError(err).message);
    }
  };

  const save = async () => {
    if (!started) return;
    try {
      await downloadPack(started.fileName);
    } catch (err) {
      setError(toApiError(err).message);
    }
  };

  return (
    <Modal
      title="Export an evidence pack"
      description={`One ZIP file with all ${plural(posts, 'post')} ${fromCase ? 'in this case' : 'that match this search and these filters'}, for the police, a platform or a solicitor.`}
      onClose={onClose}
    >
      <form className="modal-form" onSubmit={(e) => void start(e)}>
        <div className="modal-body case-form">
          <ul className="case-pack-contents">
            <li>
              <strong>report.pdf</strong> and <strong>report.html</strong>: a cover, a summary with a chart,
              the accounts involved, campaigns,{' '}
              {fromCase ? 'the case history' : 'the search and filters used'}, and every post word for word
              with its link, ids, times (UTC and UK time), categories, severity, reviewer decision and notes.
            </li>
            <li>
              <strong>posts.csv</strong> for a spreadsheet, and <strong>posts.jsonl</strong> with each post
              exactly as it was imported.
            </li>
            <li>
              <strong>manifest.json</strong> with a fingerprint (SHA-256) of every file and post, so anyone
              can check later that nothing was changed.
            </li>
          </ul>
          {fromCase ? null : (
            <div className="field">
              <label className="field-label" htmlFor={`${id}-title`}>
                Title on the cover <span className="muted">(optional)</span>
              </label>
              <input
                id={`${id}-title`}
                type="text"
                value={title}
                maxLength={200}
                disabled={!!started}
                placeholder="Posts from the explorer"
                onChange={(e) => setTitle(e.target.value)}
              />
            </div>
          )}
          <fieldset className="case-choice" disabled={!!started}>
            <legend className="field-label">Redaction (for a copy to share with the press)</legend>
            <label className="pick-option">
              <input
                type="checkbox"
                checked={redact.includes('handles')}
                onChange={() => toggle('handles')}
              />
              <span className="pick-text">
                <strong>Hide other people’s @handles in post text</strong>
                <span className="muted">Authors and the people you monitor stay named.</span>
              </span>
            </label>
            <label className="pick-option">
              <input
                type="checkbox"
                checked={redact.includes('reviewers')}
                onChange={() => toggle('reviewers')}
              />
              <span className="pick-text">
                <strong>Hide staff names</strong>
                <span className="muted">Reviewers become “Reviewer A”, “Reviewer B”…</span>
              </span>
            </label>
            <p className="muted" id={`${id}-redact-note`}>
              {redact.length
                ? 'The pack will say on its cover and in its manifest what was hidden. Give the police the full, unredacted pack.'
                : 'No redaction: the full pack, as the police or a solicitor need it.'}
            </p>
          </fieldset>
          {started && !done && !failed ? (
            <div className="case-export-progress" role="status">
              <progress max={job?.total || 1} value={job?.done ?? 0} />
              <span>
                {job?.message ?? 'Starting…'}
                {job && job.total > 1 ? ` (${formatNumber(Math.round((job.done / job.total) * 100))}%)` : ''}
              </span>
            </div>
          ) : null}
          {done ? (
            <div className="alert alert-success" role="status">
              <div className="alert-content">
                <p className="alert-title">The pack is ready</p>
                <p className="alert-message">
                  Saved in the “Evidence packs” folder beside Bulwark’s data as{' '}
                  <code>{started?.fileName}</code>.
                  {fromCase ? ' It is also listed under “Packs made” on this case.' : ''}
                </p>
              </div>
            </div>
          ) : null}
        </div>
        {error || failed ? (
          <p className="modal-error" role="alert">
            {error ?? `The pack was not made: ${failed}`}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            {done ? 'Close' : 'Cancel'}
          </button>
          {done ? (
            <button type="button" className="btn btn-primary" onClick={() => void save()}>
              Save the ZIP…
            </button>
          ) : (
            <button type="submit" className="btn btn-primary" disabled={!!started && !failed}>
              {started && !failed ? 'Building…' : redact.length ? 'Build redacted pack' : 'Build pack'}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
