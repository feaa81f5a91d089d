/**
 * YouTube Data API v3 comments: commentThreads.list (`youtube#commentThreadListResponse`, top-level
 * comments with some replies), single threads (one per line), and comments.list
 * (`youtube#commentListResponse`, e.g. all replies to one thread). A top-level comment answers the
 * video's channel; a reply answers its thread's top-level comment (YouTube keeps replies one level deep).
 */
import type { FormatMapper, MapResult, NormalizedPost } from '../types';
import { Collector, label, normalized, unitError } from './collect';
import { atHandles } from './handles';
import { htmlToText } from './html-text';
import { arr, FieldError, isObject, obj, requireTime, str, text } from './json-fields';
import type { Json } from './json-fields';
import { metrics } from './numbers';

function itemsOf(unit: unknown): unknown[] | undefined {
  if (!isObject(unit)) return undefined;
  if (unit.kind === 'youtube#commentThreadListResponse' || unit.kind === 'youtube#commentListResponse') {
    return arr(unit.items);
  }
  if (unit.kind === 'youtube#commentThread' || unit.kind === 'youtube#comment') return [unit];
  return undefined;
}

export const youtubeMapper: FormatMapper = {
  name: 'youtube-comments',
  label: 'YouTube Data API comments (commentThreads, comments)',
  detect: (unit) => itemsOf(unit) !== undefined,
  map(unit: unknown): MapResult {
    const items = itemsOf(unit);
    if (!items) throw unitError('youtube-comments', 'a youtube#commentThreadListResponse', unit);
    const out = new Collector();
    items.forEach((item, i) => {
      const isThread = isObject(item) && item.kind !== 'youtube#comment';
      const snippet = isObject(item) ? obj(item.snippet) : undefined;
      const top = isThread ? obj(snippet?.topLevelComment) : isObject(item) ? item : undefined;
      out.record(
        i,
        label(isThread ? 'thread' : 'comment', i, isObject(item) ? str(item.id) : undefined),
        item,
        () => {
          if (!isObject(item)) throw new Error('not an object (expected a youtube#commentThread)');
          if (!top)
            throw new FieldError('snippet.topLevelComment is missing (expected the thread’s first comment)');
          out.add(
            mapComment(top, {
              videoId: str(snippet?.videoId),
              channelId: str(snippet?.channelId),
              replies: snippet?.totalReplyCount,
            }),
          );
        },
      );
      if (!isThread || !isObject(item)) return;
      const topAuthor = str(obj(obj(top?.snippet)?.authorChannelId)?.value);
      arr(obj(item.replies)?.comments).forEach((reply, r) => {
        out.record(
          i,
          label(`reply #${r} in thread`, i, isObject(reply) ? str(reply.id) : undefined),
          reply,
          () => {
            if (!isObject(reply)) throw new Error('not an object (expected a youtube#comment)');
            out.add(
              mapComment(reply, {
                videoId: str(snippet?.videoId),
                parentAuthor: topAuthor,
                parentId: str(top?.id),
              }),
            );
          },
        );
      });
    });
    return out.result();
  },
};

interface ThreadContext {
  videoId?: string;
  /** The video's channel: whom a top-level comment addresses. */
  channelId?: string;
  replies?: unknown;
  parentId?: string;
  parentAuthor?: string;
}

function mapComment(c: Json, ctx: ThreadContext): NormalizedPost {
  const commentId = str(c.id);
  if (!commentId) throw new FieldError('id is missing (expected the comment id)');
  const s = obj(c.snippet);
  if (!s) throw new FieldError('snippet is missing (expected the comment snippet)');
  const display = text(s.textDisplay);
  const body = text(s.textOriginal) ?? (display !== undefined ? htmlToText(display) : undefined);
  if (body === undefined)
    throw new FieldError(
      'snippet.textOriginal and snippet.textDisplay are missing (expected the comment text)',
    );
  const videoId = str(s.videoId) ?? ctx.videoId;
  const parentId = str(s.parentId) ?? ctx.parentId;
  const channelId = str(obj(s.authorChannelId)?.value) ?? str(s.authorChannelId);
  const displayName = str(s.authorDisplayName);
  // Since 2024 authorDisplayName is the @handle; older responses have a name and a /channel/ URL.
  const handle =
    /\/@([^/?#]+)$/.exec(str(s.authorChannelUrl) ?? '')?.[1] ??
    (displayName?.startsWith('@') ? displayName.slice(1) : undefined);
  return normalized({
    platform: 'youtube',
    id: commentId,
    text: body,
    createdAt: requireTime(s, 'publishedAt'),
    author: channelId
      ? {
          platform: 'youtube',
          platformUserId: channelId,
          handle: handle ?? null,
          displayName: displayName ?? null,
        }
      : null,
    raw: c,
    url: videoId ? `https://www.youtube.com/watch?v=${videoId}&lc=${commentId}` : null,
    replyToPostId: parentId ?? null,
    replyToAccountId: parentId ? (ctx.parentAuthor ?? null) : (str(s.channelId) ?? ctx.channelId ?? null),
    conversationId: videoId ?? null,
    metrics: metrics({ likes: s.likeCount, replies: parentId ? undefined : ctx.replies }),
    mentionedHandles: atHandles(body),
  });
}
