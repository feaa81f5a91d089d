/**
 * The imports started from this window: while running, a progress bar per file (bytes, records, speed,
 * time left) and a Cancel button; when finished, a summary per file with links to its posts and to the
 * records it rejected.
 */
import { FileName } from './FileName';
import { useEffect, useId, useRef, useState } from 'react';
import type { ImportFileSummary } from '../../../electron/api/types';
import { Icon } from '../components/Icon';
import { formatNumber, plural } from '../format';
import { shortTime } from '../posts/time';
import { formatBytes, formatName, formatSecondsLeft } from './labels';
import type { ImportRun, RunFile } from './importStore';
import { progressText, runSummaryText, useImportStore } from './importStore';
import { ExportRejectsButton, RejectsPanel } from './RejectsPanel';
import { focusLater } from './focus';

function runTitle(run: ImportRun): string {
  if (run.state === 'starting') return 'Starting the import…';
  if (run.state === 'running') return 'Importing…';
  if (run.state === 'cancelling') return 'Cancelling the import…';
  if (run.error) return 'The import stopped';
  if (run.files.some((f) => f.summary?.status === 'cancelled')) return 'Import cancelled';
  return 'Import finished';
}

export function ImportRuns() {
  const runs = useImportStore((s) => s.runs);
  return (
    <>
      {runs.map((run) => (
        <RunCard key={run.localId} run={run} />
      ))}
    </>
  );
}

function RunCard({ run }: { run: ImportRun }) {
  const cancel = useImportStore((s) => s.cancel);
  const dismiss = useImportStore((s) => s.dismissRun);
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const finished = run.state === 'finished';
  // The Import button that started this run has gone; put keyboard focus on the run instead.
  const justStarted = run.state === 'starting';
  useEffect(() => {
    if (justStarted) headingRef.current?.focus();
  }, [justStarted]);
  const current = run.files.reduce((m, f, i) => (f.progress ? i : m), -1);
  const subtitle = finished
    ? runSummaryText(run, false)
    : `${run.files.length > 1 ? `File ${Math.max(current, 0) + 1} of ${run.files.length} · ` : ''}started ${shortTime(run.startedAt)}. You can use other screens meanwhile.`;

  return (
    <section className={`card imp-run${finished ? ' is-finished' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="imp-run-head">
        <div className="imp-run-title">
          <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
            {runTitle(run)}
          </h2>
          <p>{subtitle}</p>
        </div>
        {finished ? (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              dismiss(run.localId);
              focusLater('.imp-file-input');
            }}
          >
            Clear<span className="sr-only"> these results</span>
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            disabled={run.state !== 'running'}
            onClick={() => void cancel(run.localId)}
          >
            {run.state === 'cancelling' ? 'Cancelling…' : 'Cancel import'}
          </button>
        )}
      </div>
      {run.error ? (
        <p className="imp-run-error" role="alert">
          {run.error} Posts saved before it stopped are kept; import the file again to finish it (nothing is
          added twice).
        </p>
      ) : null}
      <ul className="imp-file-list" aria-label="Files in this import">
        {run.files.map((f, i) =>
          f.summary ? (
            <FileResult key={f.key} run={run} index={i} file={f} summary={f.summary} />
          ) : (
            <FileProgress key={f.key} run={run} index={i} file={f} current={current} />
          ),
        )}
      </ul>
    </section>
  );
}

function FileProgress({
  run,
  index,
  file,
  current,
}: {
  run: ImportRun;
  index: number;
  file: RunFile;
  current: number;
}) {
  const p = file.progress;
  const stopped = run.state === 'finished';
  const readAll = p !== null && (index < current || p.bytes >= p.totalBytes);
  // The next file is about to start only once the one before has been read to the end.
  const prev = index > 0 ? run.files[index - 1]?.progress : null;
  const nextUp = index === 0 ? current < 0 : index === current + 1 && !!prev && prev.bytes >= prev.totalBytes;
  const id = useId();
  const pct = p && p.totalBytes > 0 ? Math.min(100, Math.round((p.bytes / p.totalBytes) * 100)) : 0;
  let badge: string;
  let line: string;
  if (stopped) {
    badge = 'Not imported';
    line = 'The import stopped before this file was finished.';
  } else if (!p) {
    badge = nextUp ? 'Starting' : 'Waiting';
    line = nextUp
      ? 'Opening the file…'
      : `Starts when ${index === 1 ? 'the file' : 'the files'} above ${index === 1 ? 'is' : 'are'} done.`;
  } else if (readAll) {
    badge = 'Finishing';
    line = `${progressText(p)} · ${plural(p.inserted, 'new post')} · ${
      index < current ? 'results shown when every file is done' : 'indexing the posts for search'
    }`;
  } else {
    badge = `${pct}%`;
    const left = formatSecondsLeft(p.secondsLeft);
    line = `${progressText(p)}${left ? ` · ${left}` : ''}`;
  }
  return (
    <li className="imp-file imp-file-progress" aria-labelledby={`${id}-name`}>
      <div className="imp-file-head">
        <Icon name="import" className="imp-file-icon tone-busy" size={20} />
        <div className="imp-file-id">
          <span className="imp-file-name" id={`${id}-name`}>
            <FileName name={file.name} />
          </span>
          <span className="imp-file-meta">
            {formatBytes(file.size)}
            {file.formatLabel ? ` · ${file.formatLabel}` : ''}
          </span>
        </div>
        <span className={`imp-badge tone-${stopped ? 'bad' : p || nextUp ? 'busy' : 'idle'}`}>{badge}</span>
      </div>
      {stopped || (!p && !nextUp) ? null : (
        <progress
          className="imp-progress"
          aria-label={`Importing ${file.name}`}
          max={p && p.totalBytes > 0 ? p.totalBytes : undefined}
          value={p && p.totalBytes > 0 ? p.bytes : undefined}
        />
      )}
      <p className="imp-progress-line">{line}</p>
    </li>
  );
}

function resultMessage(s: ImportFileSummary): string | null {
  if (s.needsMapping)
    return 'Bulwark does not recognise the columns of this file. Match them and it will import.';
  if (s.status === 'cancelled') {
    if (s.read === 0 && s.message) return s.message;
    return s.inserted > 0
      ? `Cancelled. The ${plural(s.inserted, 'new post')} saved before that are kept.`
      : 'Cancelled. Nothing from this file was saved.';
  }
  if (s.status === 'failed') return s.message ?? 'This file could not be imported.';
  if (s.read === 0) return 'No posts were found in this file.';
  if (s.inserted === 0 && s.duplicates > 0)
    return 'Bulwark already had every post in this file, so nothing new was added.';
  return null;
}

const STATUS = {
  done: { badge: 'Imported', tone: 'ok', icon: 'success' },
  failed: { badge: 'Not imported', tone: 'bad', icon: 'error' },
  cancelled: { badge: 'Cancelled', tone: 'warn', icon: 'info' },
} as const;

function FileResult({
  run,
  index,
  file,
  summary,
}: {
  run: ImportRun;
  index: number;
  file: RunFile;
  summary: ImportFileSummary;
}) {
  const remap = useImportStore((s) => s.remap);
  const [showRejects, setShowRejects] = useState(false);
  const id = useId();
  const st = STATUS[summary.status];
  const message = resultMessage(summary);
  const counted = summary.read > 0 || summary.status === 'done';
  return (
    <li className={`imp-file imp-result tone-${st.tone}`} aria-labelledby={`${id}-name`}>
      <div className="imp-file-head">
        <Icon name={st.icon} className={`imp-file-icon tone-${st.tone}`} size={20} />
        <div className="imp-file-id">
          <h3 className="imp-file-name" id={`${id}-name`}>
            <FileName name={file.name} />
          </h3>
          <span className="imp-file-meta">
            {formatBytes(file.size)}
            {summary.format ? ` · ${file.formatLabel ?? formatName(summary.format)}` : ''}
          </span>
        </div>
        <span className={`imp-badge tone-${st.tone}`}>{st.badge}</span>
      </div>
      {message ? <p className={`imp-result-message tone-${st.tone}`}>{message}</p> : null}
      <div className="imp-result-body">
        {counted ? (
          <dl className="imp-counts" aria-label={`Counts for ${file.name}`}>
            <div>
              <dt>Records read</dt>
              <dd>{formatNumber(summary.read)}</dd>
            </div>
            <div>
              <dt>New posts added</dt>
              <dd>{formatNumber(summary.inserted)}</dd>
            </div>
            <div>
              <dt>Already in Bulwark</dt>
              <dd>{formatNumber(summary.duplicates)}</dd>
            </div>
            <div className={summary.rejected > 0 ? 'has-rejects' : undefined}>
              <dt>Rejected</dt>
              <dd>{formatNumber(summary.rejected)}</dd>
            </div>
          </dl>
        ) : null}
        <div className="imp-result-actions">
          {summary.needsMapping && !file.requeued ? (
            <button
              type="button"
              className="btn btn-primary btn-small"
              onClick={() => void remap(run.localId, index).then(() => focusLater('.imp-queue h2'))}
            >
              Match the columns
            </button>
          ) : null}
          {summary.inserted > 0 && summary.importId > 0 ? (
            <a className="btn btn-small" href={`#/posts?import=${summary.importId}`}>
              View the {plural(summary.inserted, 'new post')}
            </a>
          ) : null}
          {summary.rejected > 0 && summary.importId > 0 ? (
            <>
              <button
                type="button"
                className="btn btn-small"
                aria-expanded={showRejects}
                aria-controls={`${id}-rejects`}
                onClick={() => setShowRejects((v) => !v)}
              >
                {showRejects ? 'Hide rejected records' : 'View rejected records'}
              </button>
              <ExportRejectsButton importId={summary.importId} />
            </>
          ) : null}
        </div>
      </div>
      {showRejects ? (
        <RejectsPanel
          id={`${id}-rejects`}
          importId={summary.importId}
          fileName={file.name}
          showExport={false}
        />
      ) : null}
    </li>
  );
}
