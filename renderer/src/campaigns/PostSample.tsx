/**
 * One post in a campaign or alert: who, when, and the text as plain React text (never HTML). Abusive
 * text is blurred while the reader's "blur abusive text" preference is on, until they reveal it.
 */
import { useState } from 'react';
import type { CampaignPost } from '../../../electron/api/types';
import { platformName } from '../format';
import { hrefFor } from '../router';
import { useBlurAbusive } from '../review/reviewStores';
import { formatTime } from './words';

export function PostSample({ post }: { post: CampaignPost }) {
  const blurPref = useBlurAbusive();
  const [revealed, setRevealed] = useState(false);
  const hidden = blurPref && post.abusive && !revealed;
  return (
    <li className="sample-post" data-testid="campaign-post">
      <div className="sample-meta">
        {post.accountId ? (
          <a href={`#/accounts/${post.accountId}`}>{post.handle ? `@${post.handle}` : 'account'}</a>
        ) : (
          <span>{post.handle ? `@${post.handle}` : 'unknown account'}</span>
        )}
        <span className="muted">
          {platformName(post.platform)} · {formatTime(post.createdAt)}
        </span>
        {post.abusive ? <span className="badge badge-abuse">Abusive</span> : null}
        <a href={hrefFor('/posts', { post: String(post.id) })} className="sample-open">
          Open post
        </a>
      </div>
      <p className={`sample-text${hidden ? ' is-blurred' : ''}`} aria-hidden={hidden ? true : undefined}>
        {post.text}
      </p>
      {blurPref && post.abusive ? (
        <button type="button" className="btn btn-small btn-link" onClick={() => setRevealed((r) => !r)}>
          {revealed ? 'Hide text' : 'Show abusive text'}
        </button>
      ) : null}
    </li>
  );
}
