/** "Showing 51–100 of 155 posts" with Previous / Next. The buttons say which page they go to. */
import { formatNumber, plural } from '../format';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  /** What is being counted, singular and plural: ['post', 'posts']. */
  noun: [string, string];
  /** Names the navigation landmark, e.g. 'Pages of posts'. */
  label: string;
  onOffset: (offset: number) => void;
}

export function Pager({ offset, limit, total, noun, label, onOffset }: PagerProps) {
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  const count = (
    <p className="pager-count">
      {total <= limit
        ? plural(total, noun[0], noun[1])
        : `Showing ${formatNumber(first)}–${formatNumber(last)} of ${formatNumber(total)} ${noun[1]}`}
    </p>
  );
  if (total <= limit) return <div className="pager">{count}</div>;
  return (
    <nav className="pager" aria-label={label}>
      {count}
      <div className="pager-buttons">
        <button
          type="button"
          className="btn btn-small"
          disabled={offset <= 0}
          onClick={() => onOffset(Math.max(0, offset - limit))}
        >
          Previous
          <span className="sr-only">
            {' '}
            page ({page - 1} of {pages})
          </span>
        </button>
        <span className="pager-page" aria-hidden="true">
          Page {page} of {pages}
        </span>
        <button
          type="button"
          className="btn btn-small"
          disabled={last >= total}
          onClick={() => onOffset(offset + limit)}
        >
          Next
          <span className="sr-only">
            {' '}
            page ({page + 1} of {pages})
          </span>
        </button>
      </div>
    </nav>
  );
}
