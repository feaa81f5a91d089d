/**
 * A page of posts as a table. Post text is rendered as plain text only (React escapes it): a post can
 * never run as code or load anything from the internet. Posts flagged as abusive (severity S2 and up)
 * are hidden until the reader asks, so nobody has to read abuse they did not choose to see.
 */
import { useState } from 'react';
import type { PostListItem } from '../../../electron/api/types';
import { client } from '../api/client';
import { platformName } from '../format';
import { LocalTime } from './time';

const HIDE_FROM_SEVERITY = 2;

function categoryName(key: string | null): string {
  if (!key) return 'abusive';
  return key.replace(/_/g, ' ');
}

function PostText({ post }: { post: PostListItem }) {
  const hidden = post.severity >= HIDE_FROM_SEVERITY && post.review_status !== 'rejected';
  const [shown, setShown] = useState(false);
  if (hidden && !shown) {
    return (
      <div className="post-hidden">
        <span>
          Hidden: flagged as {categoryName(post.top_category)} (severity S{post.severity}).
        </span>{' '}
        <button type="button" className="btn-link" onClick={() => setShown(true)}>
          Show text
        </button>
      </div>
    );
  }
  return (
    <>
      {post.text.trim() ? (
        <p className="post-text">{post.text}</p>
      ) : (
        <p className="post-text muted">No text of its own (a repost, or a post with only media).</p>
      )}
      {hidden ? (
        <button type="button" className="btn-link post-hide" onClick={() => setShown(false)}>
          Hide text
        </button>
      ) : null}
    </>
  );
}

export function PostsTable({ rows, caption }: { rows: PostListItem[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table posts-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="posts-col-time">
              Posted <span className="posts-col-note">(your time)</span>
            </th>
            <th scope="col" className="posts-col-platform">
              Platform
            </th>
            <th scope="col" className="posts-col-author">
              Author
            </th>
            <th scope="col">Post</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <td className="posts-time">
                <LocalTime iso={p.created_at} />
              </td>
              <td>{platformName(p.platform)}</td>
              <td className="posts-author">
                {p.handle ? <span className="posts-handle">@{p.handle}</span> : null}
                {p.display_name && p.display_name !== p.handle ? (
                  <span className="posts-display-name">{p.display_name}</span>
                ) : null}
                {!p.handle && !p.display_name ? <span className="muted">Unknown</span> : null}
              </td>
              <td className="posts-body">
                <PostText post={p} />
                {p.url ? (
                  <button
                    type="button"
                    className="btn-link posts-original"
                    onClick={() => void client.openExternal(p.url!)}
                  >
                    Open the original post<span className="sr-only"> on {platformName(p.platform)}</span>
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
