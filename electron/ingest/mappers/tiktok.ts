/**
 * TikTok Research API responses: video queries (`{data: {videos, cursor, has_more, search_id}}`)
 * and comment lists (`{data: {comments, cursor, has_more}}`), each with `error: {code: 'ok'}`.
 * The API gives videos a username but no user id, so the username is the account id. Ids are
 * 64-bit numbers in the JSON; they are exact only when the file was read with parseJsonLossless.
 */
import type { FormatMapper, MapResult, NormalizedPost } from '../types';
import { Collector, label, normalized, unitError } from './collect';
import { atHandles } from './handles';
import { FieldError, idValue, isObject, obj, requireText, requireTime, someOf, str } from './json-fields';
import type { Json } from './json-fields';
import { metrics } from './numbers';

type Shape = { kind: 'videos' | 'comments'; items: unknown[] };

function shapeOf(unit: unknown): Shape | undefined {
  if (!isObject(unit) || !isObject(unit.data)) return undefined;
  const { videos, comments } = unit.data;
  const error = obj(unit.error);
  const withEnvelope = error !== undefined && 'code' in error;
  if (Array.isArray(videos) && (withEnvelope || someOf(videos, isVideo)))
    return { kind: 'videos', items: videos };
  if (Array.isArray(comments) && (withEnvelope || someOf(comments, isComment)))
    return { kind: 'comments', items: comments };
  return undefined;
}

function isVideo(v: unknown): boolean {
  return isObject(v) && ('video_description' in v || 'create_time' in v) && ('id' in v || 'video_id' in v);
}

function isComment(v: unknown): boolean {
  return isObject(v) && 'video_id' in v && 'text' in v && 'create_time' in v;
}

export const tiktokMapper: FormatMapper = {
  name: 'tiktok-research',
  label: 'TikTok Research API (videos, comments)',
  detect: (unit) => shapeOf(unit) !== undefined,
  map(unit: unknown): MapResult {
    const shape = shapeOf(unit);
    if (!shape)
      throw unitError(
        'tiktok-research',
        'a TikTok Research API response with data.videos or data.comments',
        unit,
      );
    const out = new Collector();
    const isVideos = shape.kind === 'videos';
    shape.items.forEach((item, i) => {
      const itemId = isObject(item) ? (str(item.id) ?? str(item.video_id)) : undefined;
      out.record(i, label(isVideos ? 'video' : 'comment', i, itemId), item, () => {
        if (!isObject(item)) throw new Error(`not an object (expected a ${isVideos ? 'video' : 'comment'})`);
        out.add(isVideos ? mapVideo(item) : mapComment(item));
      });
    });
    return out.result();
  },
};

function requireTikTokId(o: Json, keys: string[]): string {
  for (const key of keys) {
    const v = idValue(o[key], key);
    if (v) return v;
  }
  throw new FieldError(`${keys.join(' / ')} is missing (expected the numeric id)`);
}

function mapVideo(v: Json): NormalizedPost {
  // The documented field is `id`; the documentation's own example (and some exports) say `video_id`.
  const videoId = requireTikTokId(v, ['id', 'video_id']);
  const username = str(v.username);
  const body = requireText(v, 'video_description');
  return normalized({
    platform: 'tiktok',
    id: videoId,
    text: body,
    createdAt: requireTime(v, 'create_time'),
    author: username ? { platform: 'tiktok', platformUserId: username, handle: username } : null,
    raw: v,
    url: username ? `https://www.tiktok.com/@${username}/video/${videoId}` : null,
    lang: str(v.voice_to_text_language) ?? null,
    metrics: metrics({
      likes: v.like_count,
      replies: v.comment_count,
      reposts: v.share_count,
      views: v.view_count,
    }),
    mentionedHandles: atHandles(body),
  });
}

function mapComment(c: Json): NormalizedPost {
  const commentId = requireTikTokId(c, ['id']);
  const videoId = requireTikTokId(c, ['video_id']);
  // Top-level comments name the video as their parent; either way it is a post id.
  const parent = idValue(c.parent_comment_id, 'parent_comment_id') ?? videoId;
  const username = str(c.username);
  const body = requireText(c, 'text');
  return normalized({
    platform: 'tiktok',
    id: commentId,
    text: body,
    createdAt: requireTime(c, 'create_time'),
    author: username ? { platform: 'tiktok', platformUserId: username, handle: username } : null,
    raw: c,
    replyToPostId: parent,
    conversationId: videoId,
    metrics: metrics({ likes: c.like_count, replies: c.reply_count }),
    mentionedHandles: atHandles(body),
  });
}
