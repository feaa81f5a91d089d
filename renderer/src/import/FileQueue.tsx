/**
 * Files added but not yet imported: each one's upload and format check, the column-matching step where
 * needed, and the button that starts the import. Files Bulwark cannot read say why and are left out.
 */
import { FileName } from './FileName';
import { useId } from 'react';
import { client } from '../api/client';
import { Icon } from '../components/Icon';
import { plural } from '../format';
import { formatBytes } from './labels';
import type { QueuedFile } from './importStore';
import { isBusy, isImportable, missingChoices, useImportStore } from './importStore';
import { MappingForm } from './MappingForm';
import { focusLater } from './focus';

function stageBadge(q: QueuedFile): { text: string; tone: string } {
  switch (q.stage) {
    case 'uploading':
      return client.shell === 'web' && q.size > 0
        ? { text: `Uploading ${Math.min(100, Math.round((q.sent / q.size) * 100))}%`, tone: 'busy' }
        : { text: 'Reading…', tone: 'busy' };
    case 'checking':
      return { text: 'Checking…', tone: 'busy' };
    case 'ready':
      return { text: 'Ready', tone: 'ok' };
    case 'mapping':
      return missingChoices(q).length
        ? { text: 'Needs columns matched', tone: 'warn' }
        : { text: 'Ready', tone: 'ok' };
    case 'problem':
      return { text: 'Cannot be imported', tone: 'bad' };
  }
}

function describe(q: QueuedFile): string {
  const size = formatBytes(q.size);
  switch (q.stage) {
    case 'uploading':
      return client.shell === 'web'
        ? `${size} · copying it to Bulwark (${formatBytes(q.sent)} of ${size})`
        : `${size} · opening it`;
    case 'checking':
      return `${size} · working out what kind of file it is`;
    case 'ready':
      return `${size} · ${q.preview?.formatLabel ?? 'recognised'}${q.preview?.gzip ? ' (gzipped)' : ''}`;
    case 'mapping':
      return `${size} · a ${q.preview?.container === 'csv' ? 'CSV' : q.preview?.container === 'ndjson' ? 'NDJSON' : 'data'} file from another tool`;
    case 'problem':
      return size;
  }
}

function QueueRow({ q }: { q: QueuedFile }) {
  const remove = useImportStore((s) => s.remove);
  const retry = useImportStore((s) => s.retry);
  const id = useId();
  const badge = stageBadge(q);
  return (
    <li className={`imp-file imp-stage-${q.stage}`} aria-labelledby={`${id}-name`}>
      <div className="imp-file-head">
        <Icon
          name={
            badge.tone === 'bad'
              ? 'error'
              : badge.tone === 'ok'
                ? 'success'
                : badge.tone === 'warn'
                  ? 'info'
                  : 'import'
          }
          className={`imp-file-icon tone-${badge.tone}`}
          size={20}
        />
        <div className="imp-file-id">
          <span className="imp-file-name" id={`${id}-name`}>
            <FileName name={q.name} />
          </span>
          <span className="imp-file-meta">{describe(q)}</span>
        </div>
        <span className={`imp-badge tone-${badge.tone}`}>{badge.text}</span>
        <div className="imp-file-actions">
          {q.stage === 'problem' && q.file && !q.preview ? (
            <button type="button" className="btn btn-small" onClick={() => retry(q.key)}>
              Try again
            </button>
          ) : null}
          <button
            type="button"
            className="btn btn-small"
            aria-label={`Remove ${q.name}`}
            onClick={() => {
              remove(q.key);
              // The row is gone: land on the list's heading, or on the file picker if the list went too.
              focusLater(useImportStore.getState().queue.length ? '.imp-queue h2' : '.imp-file-input');
            }}
          >
            Remove
          </button>
        </div>
      </div>
      {q.stage === 'uploading' && client.shell === 'web' ? (
        <progress
          className="imp-progress"
          aria-label={`Uploading ${q.name}`}
          max={Math.max(q.size, 1)}
          value={q.sent}
        />
      ) : q.stage === 'checking' ? (
        <progress className="imp-progress" aria-label={`Checking ${q.name}`} />
      ) : null}
      {q.stage === 'problem' && q.problem ? <p className="imp-file-problem">{q.problem}</p> : null}
      {q.stage === 'mapping' ? <MappingForm item={q} /> : null}
    </li>
  );
}

export function FileQueue() {
  const queue = useImportStore((s) => s.queue);
  const running = useImportStore((s) => s.runs.some((r) => r.state !== 'finished'));
  const start = useImportStore((s) => s.start);
  const id = useId();
  if (!queue.length) return null;

  const busy = queue.filter(isBusy).length;
  const importable = queue.filter(isImportable).length;
  const incomplete = queue.filter((q) => q.stage === 'mapping' && missingChoices(q).length > 0);
  const problems = queue.filter((q) => q.stage === 'problem').length;
  const count = importable + incomplete.length;
  const disabled = busy > 0 || running || count === 0;

  const notes: string[] = [];
  if (busy) notes.push(`Checking ${plural(busy, 'file')}…`);
  else if (running) notes.push('You can start these once the import below has finished.');
  if (incomplete.length)
    notes.push(`Match the required columns of ${incomplete.map((q) => q.name).join(', ')} before importing.`);
  if (problems && count === 0 && !busy)
    notes.push('None of these files can be imported. Remove them and choose files exported from a platform.');
  else if (problems) notes.push(`${plural(problems, 'file')} cannot be imported and will be left out.`);
  if (!notes.length) notes.push('Posts already in Bulwark are not added twice.');

  return (
    <section className="card imp-queue" aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`} tabIndex={-1}>
          Files to import
        </h2>
        <p>{plural(queue.length, 'file')}</p>
      </div>
      <ul className="imp-file-list">
        {queue.map((q) => (
          <QueueRow key={q.key} q={q} />
        ))}
      </ul>
      <div className="imp-queue-footer">
        <button
          type="button"
          className="btn btn-primary"
          disabled={disabled}
          aria-describedby={`${id}-note`}
          onClick={() => void start()}
        >
          {count > 0 ? `Import ${plural(count, 'file')}` : 'Import'}
        </button>
        <p id={`${id}-note`} className="imp-queue-note">
          {notes.join(' ')}
        </p>
      </div>
    </section>
  );
}
