/**
 * Choose the category a post belongs to (shortcut K). Abuse categories confirm the post as abuse at
 * that category's severity; a "not abuse" category rejects it. Arrow keys move between choices, Enter
 * files it, Escape cancels.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CategoryInfo } from '../../../electron/api/types';
import { severityLabel } from '../taxonomy/severity';
import { CategorySwatch } from './CategorySwatch';
import { Modal } from './Modal';

interface CategoryDialogProps {
  categories: CategoryInfo[];
  current: string | null;
  busy: boolean;
  /** Why the last attempt failed, shown inside the dialog (the page behind it is covered). */
  error?: string;
  onChoose: (key: string, note: string) => void;
  onClose: () => void;
}

export function CategoryDialog({ categories, current, busy, error, onChoose, onClose }: CategoryDialogProps) {
  const usable = categories.filter((c) => c.enabled);
  const [choice, setChoice] = useState<string>(
    current && usable.some((c) => c.key === current) ? current : '',
  );
  const [note, setNote] = useState('');
  const id = useId();
  const abuse = usable.filter((c) => c.isAbuse).sort((a, b) => b.severity - a.severity);
  const notAbuse = usable.filter((c) => !c.isAbuse);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (choice) onChoose(choice, note.trim());
  };

  const option = (c: CategoryInfo, first: boolean) => (
    <label key={c.key} className="pick-option">
      <input
        type="radio"
        name={`${id}-category`}
        value={c.key}
        checked={choice === c.key}
        onChange={() => setChoice(c.key)}
        // Start on the current category so arrow keys move from there.
        data-autofocus={(choice ? choice === c.key : first) || undefined}
      />
      <CategorySwatch colour={c.colour} />
      <span className="pick-text">
        <span className="pick-name">
          {c.name} <span className="pick-sev">{severityLabel(c.severity)}</span>
        </span>
        {c.description ? <span className="pick-desc">{c.description}</span> : null}
      </span>
    </label>
  );

  return (
    <Modal
      title="Change category"
      description="An abuse category confirms the post at that category’s severity. A “not abuse” category rejects it."
      onClose={onClose}
      className="modal-wide"
    >
      <form onSubmit={submit} className="modal-form">
        <div className="modal-body pick-groups">
          <fieldset>
            <legend>Abuse</legend>
            <div className="pick-grid">{abuse.map((c, i) => option(c, i === 0))}</div>
          </fieldset>
          <fieldset>
            <legend>Not abuse</legend>
            <div className="pick-grid">{notAbuse.map((c) => option(c, false))}</div>
          </fieldset>
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
          <button type="submit" className="btn btn-primary" disabled={!choice || busy}>
            {busy ? 'Saving…' : 'File under this category'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
