/** Choose a case (or start a new one) for some posts, with an optional note saved beside them. */
import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CaseSummary } from '../../../electron/api/types';
import { formatNumber, plural } from '../format';
import { Modal } from '../review/Modal';
import { useCaseListStore } from './casesStore';
import { STATUS_LABEL } from './words';

export type CaseChoice = { kind: 'existing'; caseId: number } | { kind: 'new'; title: string };

export function AddToCaseDialog({
  count,
  busy,
  error,
  onAdd,
  onClose,
}: {
  count: number;
  busy: boolean;
  error?: string;
  onAdd: (choice: CaseChoice, note: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const cases = useCaseListStore();
  useEffect(() => {
    void useCaseListStore.getState().load();
  }, []);
  const list: CaseSummary[] = cases.data ?? [];
  const [mode, setMode] = useState<'existing' | 'new' | null>(null);
  const [caseId, setCaseId] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  // Until the user picks, offer the most recently changed case, or a new one when there are none.
  const effectiveMode = mode ?? (cases.data ? (list.length ? 'existing' : 'new') : null);
  const chosenId = caseId ?? list[0]?.id ?? null;
  const ready = effectiveMode === 'new' ? title.trim().length > 0 : chosenId !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready || busy) return;
    if (effectiveMode === 'new') onAdd({ kind: 'new', title: title.trim() }, note.trim());
    else if (chosenId !== null) onAdd({ kind: 'existing', caseId: chosenId }, note.trim());
  };

  return (
    <Modal
      title={`Add ${plural(count, 'post', 'posts')} to a case`}
      description="Cases gather posts with notes and references, ready to export as an evidence pack. Who added them, and when, is recorded."
      onClose={onClose}
    >
      <form onSubmit={submit} className="modal-form">
        <div className="modal-body">
          {cases.error ? (
            <p className="modal-error" role="alert">
              Could not load the cases: {cases.error.message}
            </p>
          ) : null}
          <fieldset className="case-choice">
            <legend className="sr-only">Which case</legend>
            <label className="pick-option">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={effectiveMode === 'existing'}
                disabled={!list.length}
                onChange={() => setMode('existing')}
                data-autofocus={list.length ? true : undefined}
              />
              <span className="pick-text">
                <strong>An existing case</strong>
                <span className="muted">
                  {cases.data
                    ? list.length
                      ? `${plural(list.length, 'case', 'cases')} so far`
                      : 'There are no cases yet.'
                    : 'Loading cases…'}
                </span>
              </span>
            </label>
            {effectiveMode === 'existing' && list.length ? (
              <div className="field case-choice-detail">
                <label htmlFor={`${id}-case`}>Case</label>
                <select
                  id={`${id}-case`}
                  value={chosenId ?? ''}
                  onChange={(e) => setCaseId(Number(e.target.value))}
                >
                  {list.map((c) => (
                    <option key={c.id} value={c.id}>
                      {`${c.title} — ${STATUS_LABEL[c.status]}, ${plural(c.posts, 'post', 'posts')} (case ${formatNumber(c.id)})`}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <label className="pick-option">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={effectiveMode === 'new'}
                onChange={() => setMode('new')}
              />
              <span className="pick-text">
                <strong>A new case</strong>
                <span className="muted">
                  Give it a title; you can add a person, notes and references later.
                </span>
              </span>
            </label>
            {effectiveMode === 'new' ? (
              <div className="field case-choice-detail">
                <label htmlFor={`${id}-title`}>Title of the new case</label>
                <input
                  id={`${id}-title`}
                  type="text"
                  maxLength={200}
                  value={title}
                  data-autofocus={list.length ? undefined : true}
                  placeholder="e.g. Threats to Jane Smith, March"
                  onChange={(e) => setTitle(e.target.value)}
                />
              </div>
            ) : null}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-note`}>Note (optional)</label>
            <span className="field-hint" id={`${id}-hint`}>
              Why these posts belong in the case. It is kept with them and shown in the evidence pack.
            </span>
            <textarea
              id={`${id}-note`}
              rows={2}
              maxLength={2000}
              aria-describedby={`${id}-hint`}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
        </div>
        {error ? (
          <p className="modal-error" role="alert">
            Not added: {error}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={!ready || busy}>
            {busy ? 'Adding…' : effectiveMode === 'new' ? 'Create case and add' : 'Add to case'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
