/** One post under review: the verdict, who and where, the text (blurred until revealed), actions, why. */
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { CategoryInfo, ReviewPost } from '../../../electron/api/types';
import { client } from '../api/client';
import { platformName } from '../format';
import { LocalTime } from '../posts/time';
import { SEVERITIES } from '../taxonomy/severity';
import { categoryName } from '../taxonomy/taxonomyStore';
import { CategorySwatch } from './CategorySwatch';
import { HistoryPanel } from './HistoryPanel';
import { PostText } from './PostText';
import { SeverityPill } from './SeverityPill';
import { WhyPanel } from './WhyPanel';
import { STATUS_TEXT } from './words';

interface PostCardProps {
  post: ReviewPost;
  categories: Map<string, CategoryInfo>;
  /** 'Post 3 of 132' */
  position: string;
  blur: boolean;
  revealed: boolean;
  onToggleReveal: () => void;
  /** The decision bar and legend, placed right under the text. */
  actions: ReactNode;
  /** Previous / next buttons. */
  nav: ReactNode;
}

export function PostCard({
  post,
  categories,
  position,
  blur,
  revealed,
  onToggleReveal,
  actions,
  nav,
}: PostCardProps) {
  const id = useId();
  const sev = SEVERITIES[post.severity];
  const d = post.lastDecision;
  return (
    <article className="card review-card" aria-labelledby={`${id}-title`} data-post-id={post.id}>
      <header className="review-card-head">
        <div className="review-verdict">
          <SeverityPill severity={post.severity} />
          <CategorySwatch colour={categories.get(post.topCategory ?? '')?.colour} />
          <h2 id={`${id}-title`}>
            {categoryName(categories, post.topCategory)}
            {sev ? <span className="review-sev-name"> — {sev.name}</span> : null}
          </h2>
        </div>
        <div className="review-card-nav">
          <span className="muted">{position}</span>
          {nav}
        </div>
      </header>

      <dl className="review-meta">
        <div>
          <dt>Author</dt>
          <dd>
            {post.handle ? <span className="review-handle">@{post.handle}</span> : null}
            {post.displayName && post.displayName !== post.handle ? <span> ({post.displayName})</span> : null}
            {!post.handle && !post.displayName ? <span className="muted">Unknown</span> : null}
          </dd>
        </div>
        <div>
          <dt>Where and when</dt>
          <dd>
            {platformName(post.platform)}, <LocalTime iso={post.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Mentions</dt>
          <dd>
            {post.mentions.length
              ? post.mentions.map((m, i) => (
                  <span key={m.id}>
                    {i > 0 ? ', ' : ''}
                    <a href={`#/posts?person=${m.id}`}>{m.name}</a>
                  </span>
                ))
              : 'Nobody we monitor'}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd className={`review-status status-${post.reviewStatus}`}>
            {STATUS_TEXT[post.reviewStatus]}
            {d && post.reviewStatus !== 'unreviewed' ? (
              <span className="muted">
                {' '}
                — {d.reviewer}, <LocalTime iso={d.createdAt} />
              </span>
            ) : null}
          </dd>
        </div>
      </dl>

      <PostText
        post={post}
        categories={categories}
        blur={blur}
        revealed={revealed}
        onToggleReveal={onToggleReveal}
      />
      {post.url ? (
        <p className="review-original">
          <button type="button" className="btn-link" onClick={() => void client.openExternal(post.url!)}>
            Open the original post<span className="sr-only"> on {platformName(post.platform)}</span>
          </button>
        </p>
      ) : null}

      {actions}
      <WhyPanel post={post} categories={categories} titleId={`${id}-why`} />
      <HistoryPanel key={`${post.id}-${d?.id ?? 0}-${post.notes}`} post={post} />
    </article>
  );
}
