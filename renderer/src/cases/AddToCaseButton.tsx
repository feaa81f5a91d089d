/**
 * "Add to case": one button any screen can mount with the posts it has in hand (a single post, a
 * selection, or a function that works out the ids when clicked, e.g. every post matching a filter).
 * It asks which case (or makes a new one), adds the posts, and says what happened with a link to the
 * case. Posts already in the case are not added twice.
 */
import { useState } from 'react';
import type { PostFilter } from '../../../electron/api/filters';
import { api } from '../api/client';
import { hrefFor } from '../router';
import { toApiError } from '../stores/resource';
import { formatNumber, plural } from '../format';
import { AddToCaseDialog, type CaseChoice } from './AddToCaseDialog';
import './cases.css';

export type AddToCaseButtonProps =
  | { postIds: number[] | (() => number[]); filter?: undefined; count?: undefined; label?: string }
  /** Every post matching an explorer filter (added on the server, so nothing is cut short). */
  | { filter: PostFilter; count: number; postIds?: undefined; label?: string };

type Outcome =
  | { tone: 'success'; text: string; caseId: number }
  | { tone: 'info' | 'error'; text: string; caseId?: undefined };

export function AddToCaseButton({ postIds, filter, count, label = 'Add to case' }: AddToCaseButtonProps) {
  const [ids, setIds] = useState<number[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const none = filter ? count === 0 : Array.isArray(postIds) && postIds.length === 0;

  const open = () => {
    const list = filter
      ? Array.from({ length: count }, (_, i) => i)
      : [...new Set(typeof postIds === 'function' ? postIds() : (postIds ?? []))];
    setOutcome(null);
    setError(undefined);
    if (!list.length) {
      setOutcome({ tone: 'info', text: 'Choose one or more posts first.' });
      return;
    }
    setIds(list);
  };

  const add = async (choice: CaseChoice, note: string) => {
    if (!ids) return;
    setBusy(true);
    setError(undefined);
    try {
      if (filter) {
        const caseId =
          choice.kind === 'new' ? (await api('cases.create', { title: choice.title })).id : choice.caseId;
        const r = await api('cases.addByFilter', { id: caseId, filter, ...(note ? { note } : {}) });
        const already = r.already ? ` (${plural(r.already, 'was', 'were')} already in it)` : '';
        setOutcome({
          tone: 'success',
          caseId,
          text: `Added ${plural(r.added, 'post', 'posts')} to case ${formatNumber(caseId)}${already}.`,
        });
      } else if (choice.kind === 'new') {
        const made = await api('cases.create', { title: choice.title, postIds: ids });
        if (note) await api('cases.addNote', { id: made.id, text: note });
        setOutcome({
          tone: 'success',
          caseId: made.id,
          text: `Case ${formatNumber(made.id)} “${choice.title}” created with ${plural(made.posts, 'post', 'posts')}.`,
        });
      } else {
        const r = await api('cases.addPosts', {
          id: choice.caseId,
          postIds: ids,
          ...(note ? { note } : {}),
        });
        const already = r.already ? ` (${plural(r.already, 'was', 'were')} already in it)` : '';
        setOutcome({
          tone: 'success',
          caseId: choice.caseId,
          text: `Added ${plural(r.added, 'post', 'posts')} to case ${formatNumber(choice.caseId)}${already}.`,
        });
      }
      setIds(null);
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="add-to-case">
      <button
        type="button"
        className="btn btn-small"
        onClick={open}
        disabled={none}
        title={none ? 'Choose one or more posts first' : undefined}
      >
        {label}
      </button>
      <span className={`add-to-case-outcome${outcome ? ` is-${outcome.tone}` : ''}`} role="status">
        {outcome ? (
          <>
            {outcome.text}{' '}
            {outcome.caseId !== undefined ? (
              <a href={hrefFor('/cases', { case: String(outcome.caseId) })}>Open the case</a>
            ) : null}
          </>
        ) : null}
      </span>
      {ids ? (
        <AddToCaseDialog
          count={ids.length}
          busy={busy}
          error={error}
          onAdd={(c, n) => void add(c, n)}
          onClose={() => setIds(null)}
        />
      ) : null}
    </span>
  );
}
