/**
 * X, Bluesky and Mastodon: posts are public objects with their own URLs, and replies name their parent
 * (X conversation ids, Bluesky reply root/parent refs with CIDs, Mastodon in_reply_to ids).
 */
import { B32, snowflake, tid, X_EPOCH, htmlEscape, mastodonParts } from './ids';
import { replyFields, type BuildInput, type BuiltPost } from './shapes';

export function buildX({ seq, ms, at, author, text, parent, quote, metrics }: BuildInput): BuiltPost {
  const id = snowflake(ms, X_EPOCH, 22, seq & 0x3fffff);
  const conversationId = parent ? (parent.conversationId ?? parent.platformPostId) : id;
  const referenced = parent
    ? [{ type: 'replied_to', id: parent.platformPostId }]
    : quote
      ? [{ type: 'quoted', id: quote.platformPostId }]
      : undefined;
  const raw = JSON.stringify({
    data: {
      id,
      text,
      author_id: author.platformUserId,
      created_at: at,
      conversation_id: conversationId,
      in_reply_to_user_id: parent?.authorUserId,
      referenced_tweets: referenced,
      lang: 'en',
      public_metrics: {
        retweet_count: metrics.reposts,
        reply_count: metrics.replies,
        like_count: metrics.likes,
      },
    },
    includes: { users: [{ id: author.platformUserId, username: author.handle, name: author.displayName }] },
  });
  return {
    platformPostId: id,
    url: `https://x.com/${author.handle}/status/${id}`,
    raw,
    conversationId,
    ...replyFields(parent),
    quoteOfPostId: quote ? quote.platformPostId : null,
    extra: '',
  };
}

export function buildBluesky({
  seq,
  ms,
  at,
  author,
  text,
  parent,
  quote,
  metrics,
  rng,
}: BuildInput): BuiltPost {
  const rkey = tid(ms, seq);
  const uri = `at://${author.platformUserId}/app.bsky.feed.post/${rkey}`;
  const cid = 'bafyrei' + rng.chars(B32, 52);
  const root = parent ? (parent.conversationId ?? parent.platformPostId) : null;
  const record: Record<string, unknown> = { $type: 'app.bsky.feed.post', text, createdAt: at, langs: ['en'] };
  // The root's CID is not tracked; the parent's stands in for it, which importers never check.
  if (parent)
    record.reply = {
      root: { uri: root, cid: parent.extra },
      parent: { uri: parent.platformPostId, cid: parent.extra },
    };
  if (quote)
    record.embed = {
      $type: 'app.bsky.embed.record',
      record: { uri: quote.platformPostId, cid: quote.extra },
    };
  const raw = JSON.stringify({
    uri,
    cid,
    author: { did: author.platformUserId, handle: author.handle, displayName: author.displayName },
    record,
    replyCount: metrics.replies,
    repostCount: metrics.reposts,
    likeCount: metrics.likes,
  });
  return {
    platformPostId: uri,
    url: `https://bsky.app/profile/${author.handle}/post/${rkey}`,
    raw,
    conversationId: root,
    ...replyFields(parent),
    quoteOfPostId: quote ? quote.platformPostId : null,
    extra: cid,
  };
}

export function buildMastodon({ seq, ms, at, author, text, parent, metrics }: BuildInput): BuiltPost {
  const id = snowflake(ms, 0, 16, seq & 0xffff);
  const { user, instance } = mastodonParts(author.handle);
  const url = `https://${instance}/@${user}/${id}`;
  const raw = JSON.stringify({
    id,
    created_at: at,
    in_reply_to_id: parent?.platformPostId ?? null,
    in_reply_to_account_id: parent?.authorUserId ?? null,
    language: 'en',
    url,
    content: `<p>${htmlEscape(text)}</p>`,
    account: {
      id: author.platformUserId,
      acct: author.handle,
      display_name: author.displayName,
    },
    replies_count: metrics.replies,
    reblogs_count: metrics.reposts,
    favourites_count: metrics.likes,
  });
  return {
    platformPostId: id,
    url,
    raw,
    conversationId: parent ? (parent.conversationId ?? parent.platformPostId) : null,
    ...replyFields(parent),
    quoteOfPostId: null,
    extra: '',
  };
}
