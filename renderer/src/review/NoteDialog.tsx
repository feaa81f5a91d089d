/** Add a note to a post's review history (shortcut N). The verdict does not change. */
import { useId, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { Modal } from './Modal';

export function NoteDialog({
  busy,
  error,
  onSave,
  onClose,
}: {
  busy: boolean;
  /** Why the last attempt failed, shown inside the dialog. */
  error?: string;
  onSave: (note: string) => void;
  onClose: () => void;
}) {
  const [note, setNote] = useState('');
  const id = useId();
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (note.trim()) onSave(note.trim());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
  };
  return (
    <Modal
      title="Add a note"
      description="Notes are kept with the post’s review history and the audit log, with your name."
      onClose={onClose}
    >
      <form onSubmit={submit} className="modal-form">
        <div className="modal-body">
          <div className="field">
            <label htmlFor={`${id}-note`}>Note</label>
            <span className="field-hint" id={`${id}-hint`}>
              For example “Same account as last week’s threats”. Ctrl+Enter saves.
            </span>
            <textarea
              id={`${id}-note`}
              rows={4}
              maxLength={2000}
              required
              data-autofocus
              aria-describedby={`${id}-hint`}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              onKeyDown={onKeyDown}
            />
          </div>
        </div>
        {error ? (
          <p className="modal-error" role="alert">
            Not saved: {error}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={!note.trim() || busy}>
            {busy ? 'Saving…' : 'Save note'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
