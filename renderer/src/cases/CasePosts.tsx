/**
 * A case's posts, oldest first, a page at a time. Abusive text is blurred until revealed (welfare staff
 * should not have to read every slur); a post can be taken out of the case with a reason.
 */
import { useEffect, useState } from 'react';
import type { CasePostItem } from '../../../electron/api/types';
import { api } from '../api/client';
import { ErrorAlert } from '../components/Alert';
import { formatNumber, platformName } from '../format';
import { hrefFor } from '../router';
import { toApiError } from '../stores/resource';
import { CASE_PAGE, useCasePostsStore } from './casesStore';
import { whenText } from './words';

function PostRow({ p, caseId }: { p: CasePostItem; caseId: number }) {
  const [shown, setShown] = useState(!p.abusive);
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await api('cases.removePosts', { id: caseId, postIds: [p.id], reason });
    } catch (err) {
      setError(toApiError(err).message);
    }
  };
  return (
    <li className="case-post">
      <div className="case-post-head">
        <span className={`badge sev-badge sev-${p.severity}`}>S{p.severity}</span>
        <span>
          {platformName(p.platform)} · {p.handle ? `@${p.handle}` : 'unknown author'}
          {p.displayName ? ` (${p.displayName})` : ''}
        </span>
        <time className="muted" dateTime={p.createdAt}>
          {whenText(p.createdAt)}
        </time>
        <a className="case-post-link" href={hrefFor('/posts', { post: String(p.id) })}>
          Open in Posts
        </a>
      </div>
      <p className={`case-post-text${shown ? '' : ' is-blurred'}`} aria-hidden={!shown}>
        {p.text || '(no text)'}
      </p>
      <div className="case-post-actions">
        {p.abusive ? (
          <button type="button" className="btn btn-small" onClick={() => setShown((v) => !v)}>
            {shown ? 'Hide text' : 'Show text'}
          </button>
        ) : null}
        {p.note ? <span className="muted">Note: {p.note}</span> : null}
        {removing ? (
          <span className="case-post-remove">
            <label className="sr-only" htmlFor={`why-${p.id}`}>
              Why take it out?
            </label>
            <input
              id={`why-${p.id}`}
              type="text"
              placeholder="Why take it out? (kept in the history)"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <button
              type="button"
              className="btn btn-small"
              disabled={!reason.trim()}
              onClick={() => void remove()}
            >
              Take out
            </button>
            <button type="button" className="btn btn-small" onClick={() => setRemoving(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="btn btn-small btn-link" onClick={() => setRemoving(true)}>
            Take out of case…
          </button>
        )}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

export function CasePosts({ caseId }: { caseId: number }) {
  const store = useCasePostsStore();
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    void useCasePostsStore.getState().load({ id: caseId, limit: CASE_PAGE, offset });
  }, [caseId, offset]);
  const page = store.data && store.args.id === caseId ? store.data : null;
  if (store.error)
    return <ErrorAlert error={store.error} doing="load the case’s posts" onRetry={() => void store.load()} />;
  if (!page) return <p className="muted">Loading posts…</p>;
  if (!page.total)
    return (
      <p className="muted">
        No posts yet. Add them with “Add to case” in <a href={hrefFor('/review')}>Review</a>,{' '}
        <a href={hrefFor('/posts')}>Posts</a> or a campaign.
      </p>
    );
  const last = Math.min(offset + CASE_PAGE, page.total);
  return (
    <>
      <p className="muted">
        Oldest first. Showing {formatNumber(offset + 1)}–{formatNumber(last)} of {formatNumber(page.total)}.
      </p>
      <ul className="case-posts">
        {page.rows.map((p) => (
          <PostRow key={p.id} p={p} caseId={caseId} />
        ))}
      </ul>
      {page.total > CASE_PAGE ? (
        <div className="case-pager">
          <button
            type="button"
            className="btn btn-small"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - CASE_PAGE))}
          >
            Previous
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={last >= page.total}
            onClick={() => setOffset(offset + CASE_PAGE)}
          >
            Next
          </button>
        </div>
      ) : null}
    </>
  );
}
