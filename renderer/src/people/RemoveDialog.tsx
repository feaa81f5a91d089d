/** Confirms removing a person, saying exactly what happens to the posts that mention them. */
import { useState } from 'react';
import { api } from '../api/client';
import type { PersonListItem, PersonRemoved } from '../../../electron/api/types';
import { plural } from '../format';
import { toApiError } from '../stores/resource';
import { Dialog } from './Dialog';
import { friendlyError, them } from './labels';

export function RemoveDialog({
  person,
  onClose,
  onRemoved,
}: {
  person: PersonListItem;
  onClose: () => void;
  onRemoved: (r: PersonRemoved) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pronoun = them(person.gender);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      onRemoved(await api('people.remove', { id: person.id }));
    } catch (err) {
      setError(friendlyError(toApiError(err)));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Remove ${person.name}?`}
      role="alertdialog"
      onClose={onClose}
      busy={busy}
      footer={
        <>
          <button type="button" className="btn btn-danger" onClick={() => void remove()} disabled={busy}>
            {busy ? 'Removing…' : `Remove ${person.name}`}
          </button>
          {/* Cancel comes first in focus order: removing should take a deliberate choice. */}
          <button type="button" className="btn" onClick={onClose} disabled={busy} data-autofocus="">
            Cancel
          </button>
        </>
      }
    >
      <div className="people-remove">
        <p>Bulwark will stop watching for {person.name}.</p>
        <ul>
          <li>
            {person.posts > 0 ? (
              <>
                The {plural(person.posts, 'post')} that mention {pronoun} stay in Bulwark, and in any cases
                and evidence packs, but are no longer linked to {pronoun}.
              </>
            ) : (
              <>No imported posts mention {pronoun}, so no posts are affected.</>
            )}
          </li>
          <li>
            {person.handles.length || person.aliases
              ? `${pronoun === 'them' ? 'Their' : pronoun === 'her' ? 'Her' : 'His'} ${[
                  person.handles.length ? plural(person.handles.length, 'account') : '',
                  person.aliases ? plural(person.aliases, 'other name') : '',
                ]
                  .filter(Boolean)
                  .join(' and ')} are removed with ${pronoun}.`
              : 'Nothing else is removed.'}
          </li>
          <li>The removal is recorded in the audit log. You can add {pronoun} again later.</li>
        </ul>
        {error ? (
          <p className="people-form-error" role="alert">
            <strong>Not removed.</strong> {error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
