/**
 * One case: where it stands in the workflow (open → reported to platform → referred to police →
 * closed, with each step's date and reference), its notes, posts, evidence packs and history.
 */
import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CaseDetail, CaseEvent } from '../../../electron/api/types';
import { api } from '../api/client';
import { Alert, ErrorAlert } from '../components/Alert';
import { Loading } from '../components/Loading';
import { formatNumber, plural } from '../format';
import { hrefFor } from '../router';
import { toApiError } from '../stores/resource';
import { CaseDetailsDialog, ReferenceDialog, StatusDialog } from './CaseDialogs';
import { StatusBadge } from './CaseList';
import { CasePosts } from './CasePosts';
import { useCaseStore } from './casesStore';
import { downloadPack } from './download';
import { ExportDialog } from './ExportDialog';
import { Timeline } from './Timeline';
import { dayText, REF_LABEL, STATUS_LABEL, STATUS_ORDER, whenText } from './words';

type Open = 'status' | 'reference' | 'export' | 'edit' | null;

function Workflow({ c }: { c: CaseDetail }) {
  const at = STATUS_ORDER.indexOf(c.status);
  const dates: Record<string, string | null> = {
    open: c.createdAt.slice(0, 10),
    reported_platform: c.reportedPlatformAt,
    referred_police: c.referredPoliceAt,
    closed: c.closedAt,
  };
  return (
    <ol className="case-workflow" aria-label="Case status">
      {STATUS_ORDER.map((s, i) => (
        <li
          key={s}
          className={i < at ? 'is-past' : i === at ? 'is-current' : 'is-future'}
          aria-current={i === at ? 'step' : undefined}
        >
          <span className="case-step-name">{STATUS_LABEL[s]}</span>
          <span className="case-step-date">{dates[s] ? dayText(dates[s]) : i <= at ? '' : 'Not yet'}</span>
        </li>
      ))}
    </ol>
  );
}

function NoteForm({ caseId }: { caseId: number }) {
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('cases.addNote', { id: caseId, text });
      setText('');
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="case-note-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-note`}>Add a note</label>
      <textarea
        id={`${id}-note`}
        rows={2}
        maxLength={10_000}
        placeholder="e.g. Spoke to the member; she wants this reported to the police."
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div>
        <button type="submit" className="btn btn-small" disabled={busy || !text.trim()}>
          {busy ? 'Saving…' : 'Save note'}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function Packs({ events }: { events: CaseEvent[] }) {
  const [error, setError] = useState<string | null>(null);
  const packs = events.filter((e) => e.kind === 'exported').reverse();
  if (!packs.length) return <p className="muted">No pack exported yet.</p>;
  return (
    <>
      <ul className="case-packs">
        {packs.map((e) => {
          const file = String(e.detail.file ?? '');
          const redacted = Array.isArray(e.detail.redacted) && e.detail.redacted.length > 0;
          return (
            <li key={e.id}>
              <div>
                <strong>{whenText(e.at)}</strong> by {e.actor} · {formatNumber(Number(e.detail.posts ?? 0))}{' '}
                posts
                {redacted ? (
                  <span className="badge">Redacted: {(e.detail.redacted as string[]).join(', ')}</span>
                ) : null}
                <div className="muted mono">
                  {file} · pack {String(e.detail.packId ?? '')}
                </div>
              </div>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => void downloadPack(file).catch((err) => setError(toApiError(err).message))}
              >
                Save ZIP…
              </button>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function CaseDetailView({ caseId }: { caseId: number }) {
  const store = useCaseStore();
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    void useCaseStore.getState().load(caseId);
  }, [caseId]);
  const c = store.data && store.data.id === caseId ? store.data : null;
  if (store.error && store.args === caseId)
    return (
      <>
        <a href={hrefFor('/cases')}>← All cases</a>
        <ErrorAlert error={store.error} doing={`open case ${caseId}`} onRetry={() => void store.load()} />
      </>
    );
  if (!c) return <Loading label="Loading the case…" />;
  const notes = c.events.filter((e) => e.kind === 'note');
  const done = (what: string) => (next: CaseDetail) => {
    setOpen(null);
    setSaved(what);
    useCaseStore.setState({ data: next });
  };
  return (
    <div className="case-detail">
      <a className="case-back" href={hrefFor('/cases')}>
        ← All cases
      </a>
      <div className="case-title-row">
        <div>
          <h2 className="case-title">{c.title}</h2>
          <p className="muted">
            Case {formatNumber(c.id)} · {c.personName ?? 'No person set'}
            {c.campaignRef ? ` · ${c.campaignRef}` : ''} · opened {whenText(c.createdAt)} by {c.createdBy}
          </p>
        </div>
        <StatusBadge status={c.status} />
      </div>
      {saved ? <Alert tone="success" title={saved} onDismiss={() => setSaved(null)} /> : null}
      <section className="card card-body case-summary" aria-label="Status and references">
        <Workflow c={c} />
        <div className="case-refs">
          <h3>References</h3>
          {c.references.length ? (
            <ul>
              {c.references.map((r) => (
                <li key={r.id}>
                  <strong>{REF_LABEL[r.kind]}</strong>
                  {r.platform ? ` (${r.platform})` : ''}: <span className="mono">{r.reference}</span>
                  {r.dated ? <span className="muted"> · {dayText(r.dated)}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">
              None yet. Add the platform’s report id or the police crime reference when you have it.
            </p>
          )}
        </div>
        <div className="case-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setOpen('export')}
            disabled={c.posts === 0}
            title={c.posts === 0 ? 'Add posts first' : undefined}
          >
            Export evidence pack…
          </button>
          <button type="button" className="btn" onClick={() => setOpen('status')}>
            Change status…
          </button>
          <button type="button" className="btn" onClick={() => setOpen('reference')}>
            Add reference…
          </button>
          <button type="button" className="btn" onClick={() => setOpen('edit')}>
            Edit details…
          </button>
        </div>
      </section>

      <div className="case-columns">
        <section className="card card-body" aria-labelledby="case-posts-h">
          <h3 id="case-posts-h">Posts ({formatNumber(c.posts)})</h3>
          <CasePosts caseId={c.id} />
        </section>
        <div className="case-side">
          <section className="card card-body" aria-labelledby="case-notes-h">
            <h3 id="case-notes-h">Notes</h3>
            {c.notes ? <p className="case-notes-text">{c.notes}</p> : null}
            {notes.length ? (
              <ul className="case-notes">
                {notes.map((n) => (
                  <li key={n.id}>
                    <p>{n.body}</p>
                    <span className="muted">
                      {n.actor}, {whenText(n.at)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
            <NoteForm caseId={c.id} />
          </section>
          <section className="card card-body" aria-labelledby="case-packs-h">
            <h3 id="case-packs-h">Packs made</h3>
            <Packs events={c.events} />
          </section>
          <section className="card card-body" aria-labelledby="case-history-h">
            <h3 id="case-history-h">History ({plural(c.events.length, 'entry', 'entries')})</h3>
            <Timeline events={c.events} />
          </section>
        </div>
      </div>

      {open === 'status' ? (
        <StatusDialog kase={c} onClose={() => setOpen(null)} onSaved={done('Status saved')} />
      ) : null}
      {open === 'reference' ? (
        <ReferenceDialog caseId={c.id} onClose={() => setOpen(null)} onSaved={done('Reference added')} />
      ) : null}
      {open === 'edit' ? (
        <CaseDetailsDialog
          kase={c}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            setSaved('Details saved');
          }}
        />
      ) : null}
      {open === 'export' ? (
        <ExportDialog source={{ caseId: c.id }} posts={c.posts} onClose={() => setOpen(null)} />
      ) : null}
    </div>
  );
}
