/**
 * The explorer's detail panel for one post: full text (search matches and the words behind its labels
 * marked), author with a link to their account page, a platform link that asks before opening the
 * system browser, labels with their explanations, review history, the thread we hold (parent, replies,
 * quotes) and the raw source record exactly as imported.
 */
import { useEffect, useState } from 'react';
import type {
  CategoryInfo,
  PostDetail,
  ReviewHistoryEntry,
  ReviewPost,
  SearchTerm,
} from '../../../electron/api/types';
import type { ApiCallError } from '../api/client';
import { api, client } from '../api/client';
import { Alert, ErrorAlert } from '../components/Alert';
import { Loading } from '../components/Loading';
import { platformName } from '../format';
import { useBlurAbusive } from '../review/reviewStores';
import { SeverityPill } from '../review/SeverityPill';
import { WhyPanel } from '../review/WhyPanel';
import { actionText } from '../review/words';
import { hrefFor } from '../router';
import { toApiError } from '../stores/resource';
import { categoryName } from '../taxonomy/taxonomyStore';
import { statusName } from '../filters/FilterBar';
import { HighlightedText } from './HighlightedText';
import { PostDecision } from './PostDecision';
import { LocalTime } from './time';

interface Loaded {
  id: number;
  post: ReviewPost;
  detail: PostDetail;
  history: ReviewHistoryEntry[];
}

const RELATION: Record<string, string> = {
  parent: 'In reply to',
  reply: 'Reply',
  quoted: 'Quotes',
  'quoted-by': 'Quoted by',
  reposted: 'Repost of',
  'reposted-by': 'Reposted by',
};

interface Props {
  id: number;
  terms?: readonly SearchTerm[];
  categories: Map<string, CategoryInfo>;
  onClose: () => void;
  postHref: (id: number) => string;
}

export function PostDetailPanel({ id, terms, categories, onClose, postHref }: Props) {
  const [attempt, setAttempt] = useState(0);
  // Each answer carries the request it answers, so a slow answer for another post is never shown.
  const key = `${id}:${attempt}`;
  const [answer, setAnswer] = useState<{ key: string; data?: Loaded; error?: ApiCallError } | null>(null);
  // What the last decision made here recorded: kept across the reload that follows it, cleared on another post.
  const [decided, setDecided] = useState<{ id: number; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([
      api('review.post', { postId: id }),
      api('posts.get', { id }),
      api('review.history', { postId: id }),
    ])
      .then(([post, detail, history]) => {
        if (live) setAnswer({ key, data: { id, post, detail, history } });
      })
      .catch((err: unknown) => {
        if (live) setAnswer({ key, error: toApiError(err) });
      });
    return () => {
      live = false;
    };
  }, [id, key]);

  const error = answer?.key === key ? answer.error : undefined;
  const current = answer?.key === key ? answer.data : undefined;
  return (
    <aside className="explorer-detail card" aria-labelledby="detail-title" data-testid="post-detail">
      <div className="card-header explorer-detail-head">
        <h2 id="detail-title">Post details</h2>
        <button type="button" className="btn btn-small" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="card-body explorer-detail-body">
        {error ? (
          <ErrorAlert error={error} doing="open this post" onRetry={() => setAttempt((a) => a + 1)} />
        ) : !current ? (
          <Loading label="Opening the post…" />
        ) : (
          <>
            {decided?.id === current.id ? (
              <Alert tone="success" title={decided.text} onDismiss={() => setDecided(null)} />
            ) : null}
            <DetailBody
              key={current.id}
              loaded={current}
              terms={terms}
              categories={categories}
              postHref={postHref}
              onDecided={(text) => {
                setDecided({ id: current.id, text });
                setAttempt((a) => a + 1);
              }}
            />
          </>
        )}
      </div>
    </aside>
  );
}

function DetailBody({
  loaded,
  terms,
  categories,
  postHref,
  onDecided,
}: {
  loaded: Loaded;
  terms?: readonly SearchTerm[];
  categories: Map<string, CategoryInfo>;
  postHref: (id: number) => string;
  onDecided: (message: string) => void;
}) {
  const { post, detail, history } = loaded;
  // Abusive text stays blurred until revealed (the reader's preference, as on Review); each post starts hidden.
  const blur = useBlurAbusive();
  const [revealed, setRevealed] = useState(false);
  const hidden = blur && post.abusive && !revealed;
  const author = post.handle ? `@${post.handle}` : (post.displayName ?? 'Unknown author');
  return (
    <>
      <p className="explorer-detail-meta">
        <SeverityPill severity={post.severity} />{' '}
        <strong>{categoryName(categories, post.topCategory)}</strong> · {statusName(post.reviewStatus)}
      </p>
      <dl className="explorer-facts">
        <div>
          <dt>Author</dt>
          <dd>
            {detail.accountId ? (
              <a href={hrefFor(`/accounts/${detail.accountId}`)} data-testid="author-link">
                {author}
              </a>
            ) : (
              author
            )}
            {post.displayName && post.handle ? <span className="muted"> ({post.displayName})</span> : null}
          </dd>
        </div>
        <div>
          <dt>Posted</dt>
          <dd>
            <LocalTime iso={post.createdAt} /> on {platformName(post.platform)}
          </dd>
        </div>
        <div>
          <dt>Mentions</dt>
          <dd>
            {post.mentions.length ? post.mentions.map((m) => m.name).join(', ') : 'None of your people'}
          </dd>
        </div>
        <div>
          <dt>On the platform</dt>
          <dd>
            {post.url ? (
              <button
                type="button"
                className="btn-link"
                title={post.url}
                onClick={() => void client.openExternal(post.url!)}
              >
                Open on {platformName(post.platform)} (asks first)
              </button>
            ) : (
              <span className="muted">No link in the source record</span>
            )}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="detail-text-title">
        <h3 id="detail-text-title">Full text</h3>
        {post.text.trim() ? (
          <>
            <HighlightedText
              text={post.text}
              labels={post.labels}
              terms={terms}
              categories={categories}
              testId="detail-text"
              blurred={hidden}
            />
            {blur && post.abusive ? (
              <button
                type="button"
                className="btn btn-small btn-link"
                aria-pressed={revealed}
                onClick={() => setRevealed((r) => !r)}
              >
                {revealed ? 'Hide abusive text' : 'Show abusive text'}
              </button>
            ) : null}
          </>
        ) : (
          <p className="muted">No text of its own (a repost, or a post with only media).</p>
        )}
        {terms?.length ? (
          <p className="explorer-legend muted">
            <mark className="search-mark">Yellow</mark> marks your search; coloured underlines mark the words
            behind a label (hover for why).
          </p>
        ) : null}
      </section>

      <WhyPanel post={post} categories={categories} titleId="detail-why-title" />

      <PostDecision post={post} onDecided={onDecided} />

      <section aria-labelledby="detail-history-title">
        <h3 id="detail-history-title">Review history</h3>
        {history.length === 0 ? (
          <p className="muted">Nobody has reviewed this post yet.</p>
        ) : (
          <ol className="history-list">
            {history.map((r) => (
              <li key={r.id} className={r.reverted ? 'is-reverted' : undefined}>
                {actionText(r.action, r.status)}
                {r.categoryName && r.action !== 'note' && r.action !== 'undo' ? ` as ${r.categoryName}` : ''}
                {r.reverted ? ' (undone)' : ''}
                <span className="muted">
                  {' '}
                  by {r.reviewer}, <LocalTime iso={r.createdAt} />
                </span>
                {r.note ? <p className="history-note">“{r.note}”</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="detail-thread-title">
        <h3 id="detail-thread-title">Thread</h3>
        {detail.thread.length === 0 ? (
          <p className="muted">No replies, parent post or quotes of this post are in the database.</p>
        ) : (
          <ul className="explorer-thread" data-testid="thread">
            {detail.thread.map((t, i) => (
              <li key={`${t.relation}-${t.platformPostId}-${i}`}>
                <span className="explorer-rel">{RELATION[t.relation] ?? t.relation}</span>{' '}
                {t.id ? (
                  <a href={postHref(t.id)}>
                    {t.handle ? `@${t.handle}` : 'a post'}
                    {t.createdAt ? (
                      <>
                        , <LocalTime iso={t.createdAt} />
                      </>
                    ) : null}
                  </a>
                ) : (
                  <span className="muted">a post we do not hold (id {t.platformPostId})</span>
                )}
                {t.text ? (
                  // Abusive neighbours stay blurred here; opening one gives its own "Show abusive text".
                  <p
                    className={`explorer-thread-text${blur && t.severity > 0 ? ' is-blurred' : ''}`}
                    aria-hidden={blur && t.severity > 0 ? true : undefined}
                  >
                    {t.text}
                  </p>
                ) : null}
              </li>
            ))}
            {detail.moreReplies > 0 ? (
              <li className="muted">…and {detail.moreReplies} more replies.</li>
            ) : null}
          </ul>
        )}
      </section>

      <details className="explorer-raw">
        <summary>Source record, exactly as imported</summary>
        <p className="muted">
          {detail.importFile
            ? `Imported from ${detail.importFile}${detail.importId ? ` (import ${detail.importId})` : ''}.`
            : 'Not from an imported file (demo data, or added by another tool).'}{' '}
          Its SHA-256 fingerprint, to show it is unchanged: <code>{detail.rawSha256}</code>
        </p>
        <pre data-testid="raw-record" tabIndex={0} aria-label="Source record">
          {prettyJson(detail.raw)}
        </pre>
      </details>
    </>
  );
}

function prettyJson(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}
