/** Every decision on a post, newest first, loaded when the reader opens the panel. */
import { useState } from 'react';
import type { ReviewHistoryEntry, ReviewPost } from '../../../electron/api/types';
import type { ApiCallError } from '../api/client';
import { api } from '../api/client';
import { ErrorAlert } from '../components/Alert';
import { LocalTime } from '../posts/time';
import { toApiError } from '../stores/resource';
import { actionText } from './words';

export function HistoryPanel({ post }: { post: ReviewPost }) {
  const [rows, setRows] = useState<ReviewHistoryEntry[] | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  if (!post.lastDecision && post.notes === 0) return null;

  const load = async () => {
    try {
      setRows(await api('review.history', { postId: post.id }));
      setError(null);
    } catch (err) {
      setError(toApiError(err));
    }
  };

  return (
    <details
      className="review-history"
      onToggle={(e) => {
        if (e.currentTarget.open) void load();
      }}
    >
      <summary>
        Review history{post.notes ? ` (${post.notes === 1 ? '1 note' : `${post.notes} notes`})` : ''}
      </summary>
      {error ? (
        <ErrorAlert error={error} doing="load the review history" onRetry={() => void load()} />
      ) : null}
      {rows ? (
        <ol className="history-list">
          {rows.map((r) => (
            <li key={r.id} className={r.reverted ? 'is-reverted' : undefined}>
              <span className="history-what">
                {actionText(r.action, r.status)}
                {r.categoryName && r.action !== 'note' && r.action !== 'undo' ? ` as ${r.categoryName}` : ''}
                {r.reverted ? ' (undone)' : ''}
              </span>
              <span className="muted">
                {' '}
                by {r.reviewer}, <LocalTime iso={r.createdAt} />
              </span>
              {r.note ? <p className="history-note">“{r.note}”</p> : null}
            </li>
          ))}
        </ol>
      ) : !error ? (
        <p className="muted">Loading…</p>
      ) : null}
    </details>
  );
}
