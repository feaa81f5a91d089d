/** The small forms of the Cases screen: a new case, a status step (with its reference and date), a reference. */
import { useEffect, useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { CaseDetail, CaseRefKind, CaseStatus } from '../../../electron/api/types';
import { api } from '../api/client';
import { Modal } from '../review/Modal';
import { toApiError } from '../stores/resource';
import { usePeopleStore } from '../stores/peopleStore';
import { REF_LABEL, STATUS_LABEL, STATUS_ORDER, STATUS_REF, todayIso } from './words';

const PLATFORMS = ['x', 'bluesky', 'mastodon', 'facebook', 'instagram', 'youtube', 'tiktok', 'reddit'];

function useSubmit<T>(run: () => Promise<T>, done: (v: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      done(await run());
    } catch (err) {
      setError(toApiError(err).message);
      setBusy(false);
    }
  };
  return { busy, error, submit };
}

function Form({
  title,
  description,
  onClose,
  busy,
  error,
  submitLabel,
  onSubmit,
  children,
}: {
  title: string;
  description?: ReactNode;
  onClose: () => void;
  busy: boolean;
  error: string | null;
  submitLabel: string;
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
}) {
  return (
    <Modal title={title} description={description} onClose={onClose}>
      <form className="modal-form" onSubmit={(e) => void onSubmit(e)}>
        <div className="modal-body case-form">{children}</div>
        {error ? (
          <p className="modal-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Saving…' : submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** A new case, or (with `kase`) the details of an existing one: title, person, campaign, notes. */
export function CaseDetailsDialog({
  kase,
  onClose,
  onSaved,
}: {
  kase?: CaseDetail;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const id = useId();
  const people = usePeopleStore();
  useEffect(() => {
    void usePeopleStore.getState().load();
  }, []);
  const [title, setTitle] = useState(kase?.title ?? '');
  const [personId, setPersonId] = useState(kase?.personId ? String(kase.personId) : '');
  const [campaign, setCampaign] = useState(kase?.campaignRef ?? '');
  const [notes, setNotes] = useState(kase?.notes ?? '');
  const fields = {
    title,
    personId: personId ? Number(personId) : null,
    campaignRef: campaign.trim() || null,
    notes: notes.trim() || null,
  };
  const { busy, error, submit } = useSubmit(
    async () =>
      kase
        ? (await api('cases.update', { id: kase.id, ...fields })).id
        : (await api('cases.create', fields)).id,
    onSaved,
  );
  return (
    <Form
      title={kase ? 'Edit the case details' : 'New case'}
      description={
        kase
          ? 'Changes are kept in the case history and the audit log.'
          : 'A case gathers posts about one person or one campaign, with notes, references and a history. Add posts from Review, Posts, account and campaign pages.'
      }
      onClose={onClose}
      busy={busy}
      error={error}
      submitLabel={kase ? 'Save details' : 'Create case'}
      onSubmit={submit}
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          type="text"
          required
          maxLength={200}
          data-autofocus
          placeholder="e.g. Threats to Jane Smith, March"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-person`}>Person targeted (optional)</label>
        <select id={`${id}-person`} value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value="">No one in particular</option>
          {(people.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-campaign`}>Campaign (optional)</label>
        <span className="field-hint" id={`${id}-campaign-hint`}>
          When the case is about a campaign, e.g. “#SackHer pile-on, 3–5 March”.
        </span>
        <input
          id={`${id}-campaign`}
          type="text"
          maxLength={200}
          aria-describedby={`${id}-campaign-hint`}
          value={campaign}
          onChange={(e) => setCampaign(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{kase ? 'Case notes' : 'Notes (optional)'}</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          maxLength={10_000}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
    </Form>
  );
}

function nextStatus(s: CaseStatus): CaseStatus {
  return STATUS_ORDER[Math.min(STATUS_ORDER.indexOf(s) + 1, STATUS_ORDER.length - 1)]!;
}

export function StatusDialog({
  kase,
  onClose,
  onSaved,
}: {
  kase: CaseDetail;
  onClose: () => void;
  onSaved: (c: CaseDetail) => void;
}) {
  const id = useId();
  const [status, setStatus] = useState<CaseStatus>(
    kase.status === 'closed' ? 'open' : nextStatus(kase.status),
  );
  const [dated, setDated] = useState(todayIso());
  const [reference, setReference] = useState('');
  const [platform, setPlatform] = useState('');
  const [note, setNote] = useState('');
  const refKind = STATUS_REF[status];
  const { busy, error, submit } = useSubmit(
    () =>
      api('cases.setStatus', {
        id: kase.id,
        status,
        dated,
        ...(refKind && reference.trim()
          ? {
              reference: {
                kind: refKind,
                reference: reference.trim(),
                ...(refKind === 'platform' && platform ? { platform } : {}),
                dated,
              },
            }
          : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSaved,
  );
  return (
    <Form
      title="Change the status"
      description={`Now: ${STATUS_LABEL[kase.status]}. The change, its date and any reference go into the case history and the audit log.`}
      onClose={onClose}
      busy={busy}
      error={error}
      submitLabel="Save status"
      onSubmit={submit}
    >
      <fieldset className="case-choice">
        <legend className="field-label">New status</legend>
        {STATUS_ORDER.filter((s) => s !== kase.status).map((s) => (
          <label key={s} className="pick-option">
            <input type="radio" name={`${id}-status`} checked={status === s} onChange={() => setStatus(s)} />
            <span className="pick-text">
              <strong>{STATUS_LABEL[s]}</strong>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-date`}>
          {status === 'closed' ? 'Date closed' : status === 'open' ? 'Date reopened' : 'Date it was done'}
        </label>
        <input
          id={`${id}-date`}
          type="date"
          required
          value={dated}
          max={todayIso()}
          onChange={(e) => setDated(e.target.value)}
        />
      </div>
      {refKind ? (
        <div className="field">
          <label htmlFor={`${id}-ref`}>
            {refKind === 'police' ? 'Police crime reference (optional)' : 'Platform report id (optional)'}
          </label>
          <span className="field-hint" id={`${id}-ref-hint`}>
            {refKind === 'police'
              ? 'The crime reference number the police gave, e.g. 01/123456/25. You can add it later if it has not come yet.'
              : 'The id or ticket number the platform gave the report.'}
          </span>
          <input
            id={`${id}-ref`}
            type="text"
            maxLength={200}
            aria-describedby={`${id}-ref-hint`}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </div>
      ) : null}
      {refKind === 'platform' ? (
        <PlatformSelect id={`${id}-platform`} value={platform} onChange={setPlatform} />
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
    </Form>
  );
}

function PlatformSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Platform</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Not said</option>
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ReferenceDialog({
  caseId,
  onClose,
  onSaved,
}: {
  caseId: number;
  onClose: () => void;
  onSaved: (c: CaseDetail) => void;
}) {
  const id = useId();
  const [kind, setKind] = useState<CaseRefKind>('police');
  const [reference, setReference] = useState('');
  const [platform, setPlatform] = useState('');
  const [dated, setDated] = useState(todayIso());
  const { busy, error, submit } = useSubmit(
    () =>
      api('cases.addReference', {
        id: caseId,
        kind,
        reference,
        dated,
        ...(kind === 'platform' && platform ? { platform } : {}),
      }),
    onSaved,
  );
  return (
    <Form
      title="Add a reference"
      description="A platform report id, a police crime reference, or any other reference (a solicitor’s letter, say), with the date it was given."
      onClose={onClose}
      busy={busy}
      error={error}
      submitLabel="Add reference"
      onSubmit={submit}
    >
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as CaseRefKind)}>
          {(['police', 'platform', 'other'] as const).map((k) => (
            <option key={k} value={k}>
              {REF_LABEL[k]}
            </option>
          ))}
        </select>
      </div>
      {kind === 'platform' ? (
        <PlatformSelect id={`${id}-platform`} value={platform} onChange={setPlatform} />
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-ref`}>Reference</label>
        <input
          id={`${id}-ref`}
          type="text"
          required
          maxLength={200}
          data-autofocus
          value={reference}
          onChange={(e) => setReference(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>Date given</label>
        <input
          id={`${id}-date`}
          type="date"
          value={dated}
          max={todayIso()}
          onChange={(e) => setDated(e.target.value)}
        />
      </div>
    </Form>
  );
}
