/**
 * Bluesky AppView responses: app.bsky.feed.searchPosts and getPosts (`{posts}`), getQuotes
 * (`{uri, posts}`), getAuthorFeed / getTimeline (`{feed: [{post, reply?, reason?}]}`) and
 * getPostThread (`{thread}`, recursive through `parent` and `replies`). Quoted posts embedded in a
 * view, and the parent/root shown with a feed reply, are emitted as posts of their own; a feed
 * item with a #reasonRepost is also a repost record by `reason.by`.
 */
import type { FormatMapper, MapResult } from '../types';
import { Collector, label, normalized, unitError } from './collect';
import { arr, isObject, obj, requireTime, someOf, str } from './json-fields';
import type { Json } from './json-fields';
import { embeddedQuote, looksLikePostView, mapPostView, postUrl } from './bluesky-post';

type Shape =
  { kind: 'posts'; posts: unknown[] } | { kind: 'feed'; feed: unknown[] } | { kind: 'thread'; thread: Json };

function shapeOf(unit: unknown): Shape | undefined {
  if (!isObject(unit)) return undefined;
  const { posts, feed, thread } = unit;
  if (
    Array.isArray(posts) &&
    (someOf(posts, looksLikePostView) || (posts.length === 0 && ('hitsTotal' in unit || 'uri' in unit)))
  ) {
    return { kind: 'posts', posts };
  }
  if (Array.isArray(feed) && someOf(feed, (item) => isObject(item) && looksLikePostView(item.post))) {
    return { kind: 'feed', feed };
  }
  if (
    isObject(thread) &&
    (looksLikePostView(thread.post) || String(thread.$type).startsWith('app.bsky.feed.defs#'))
  ) {
    return { kind: 'thread', thread };
  }
  return undefined;
}

export const blueskyMapper: FormatMapper = {
  name: 'bluesky',
  label: 'Bluesky (search, author feeds, threads, quotes)',
  detect: (unit) => shapeOf(unit) !== undefined,
  map(unit: unknown): MapResult {
    const shape = shapeOf(unit);
    if (!shape) throw unitError('bluesky', 'a Bluesky response with posts, feed or thread', unit);
    const out = new Collector();
    if (shape.kind === 'posts') shape.posts.forEach((p, i) => addView(out, p, i, false));
    if (shape.kind === 'feed') shape.feed.forEach((item, i) => addFeedItem(out, item, i));
    if (shape.kind === 'thread') addThread(out, shape.thread, 0, new Set());
    return out.result();
  },
};

/** One post view plus the quoted post it embeds (and that one's quote, and so on). */
function addView(out: Collector, view: unknown, index: number, embedded: boolean): void {
  const what = embedded ? 'embedded post' : 'post';
  out.record(
    index,
    label(what, embedded ? undefined : index, isObject(view) ? str(view.uri) : undefined),
    view,
    () => {
      if (!isObject(view)) throw new Error('not an object (expected a post view)');
      out.add(mapPostView(view), embedded);
    },
  );
  const quoted = isObject(view) ? embeddedQuote(view) : undefined;
  if (quoted) addView(out, quoted, index, true);
}

function addFeedItem(out: Collector, item: unknown, index: number): void {
  if (!isObject(item)) {
    out.reject(index, `feed item #${index}: not an object (expected {post, reply?, reason?})`, item);
    return;
  }
  const reason = obj(item.reason);
  const post = obj(item.post);
  // On a repost the feed shows the original: it is the reposter's record, not a post they wrote.
  addView(out, item.post, index, reason !== undefined);
  const reply = obj(item.reply);
  for (const ctx of [reply?.parent, reply?.root]) if (looksLikePostView(ctx)) addView(out, ctx, index, true);
  if (reason?.$type === 'app.bsky.feed.defs#reasonRepost' && post) {
    out.record(index, label('repost', index), item, () => out.add(repostRecord(item, reason, post)));
  }
}

function repostRecord(item: Json, reason: Json, post: Json) {
  const by = obj(reason.by);
  const did = str(by?.did);
  if (!did) throw new Error('reason.by.did is missing (expected the DID of the account that reposted)');
  const subject = str(post.uri)!;
  const handle = str(by?.handle);
  return normalized({
    platform: 'bluesky',
    // Newer AppViews give the repost record's own URI; older ones do not, so one is derived that is
    // stable per (reposter, post) — an account can hold only one repost of a post at a time.
    id: str(reason.uri) ?? `at://${did}/app.bsky.feed.repost/for:${subject}`,
    text: '',
    createdAt: requireTime(reason, 'indexedAt'),
    author: {
      platform: 'bluesky',
      platformUserId: did,
      handle: handle ?? null,
      displayName: str(by?.displayName) ?? null,
    },
    raw: item,
    url: postUrl(subject, str(obj(post.author)?.handle)),
    repostOfPostId: subject,
  });
}

/** Walks up through `parent` and down through `replies`; not-found and blocked stubs carry no post. */
function addThread(out: Collector, node: Json, index: number, seen: Set<Json>): number {
  if (seen.has(node)) return index;
  seen.add(node);
  if ('post' in node) addView(out, node.post, index++, false);
  const parent = obj(node.parent);
  if (parent) index = addThread(out, parent, index, seen);
  for (const reply of arr(node.replies)) if (isObject(reply)) index = addThread(out, reply, index, seen);
  return index;
}
