/**
 * CrowdTangle API JSON (/posts, /posts/search, /links): `{status: 200, result: {posts: [...]}}`.
 * `date` is UTC without a zone; `platformId` is the Graph API post id; the account's platform id is
 * `account.platformId` (CrowdTangle's own `account.id` is used only when that is absent).
 */
import type { Platform } from '../../../db/posts';
import type { FormatMapper, MapResult, NormalizedPost } from '../types';
import { Collector, label, normalized, unitError } from './collect';
import { atHandles } from './handles';
import { FieldError, count, id, isObject, obj, optTime, requireTime, str, text } from './json-fields';
import type { Json } from './json-fields';
import { metrics } from './numbers';

function postsOf(unit: unknown): unknown[] | undefined {
  if (!isObject(unit) || !('status' in unit)) return undefined;
  const posts = obj(unit.result)?.posts;
  return Array.isArray(posts) ? posts : undefined;
}

export const crowdtangleApiMapper: FormatMapper = {
  name: 'crowdtangle-api',
  label: 'CrowdTangle API JSON (Facebook, Instagram)',
  detect: (unit) => postsOf(unit) !== undefined,
  map(unit: unknown): MapResult {
    const posts = postsOf(unit);
    if (!posts)
      throw unitError('crowdtangle-api', 'a CrowdTangle API response ({status, result: {posts}})', unit);
    const out = new Collector();
    posts.forEach((p, i) => {
      out.record(i, label('post', i, isObject(p) ? str(p.platformId) : undefined), p, () => {
        if (!isObject(p)) throw new Error('not an object (expected a CrowdTangle post)');
        out.add(mapPost(p));
      });
    });
    return out.result();
  },
};

function platformOf(p: Json): Platform {
  const name = (str(p.platform) ?? str(obj(p.account)?.platform) ?? '').toLowerCase();
  if (name === 'facebook' || name === 'instagram') return name;
  throw new FieldError(`platform is ${JSON.stringify(p.platform)} (expected "Facebook" or "Instagram")`);
}

function mapPost(p: Json): NormalizedPost {
  const platform = platformOf(p);
  const postId = id(p, 'platformId');
  if (!postId) throw new FieldError('platformId is missing (expected the Facebook/Instagram post id)');
  const account = obj(p.account);
  const accountId = account ? (id(account, 'platformId') ?? id(account, 'id')) : undefined;
  // Instagram captions are `description`; Facebook's text is `message`.
  const body =
    platform === 'instagram'
      ? text(p.description) || text(p.message) || text(p.title) || ''
      : (text(p.message) ?? '');
  const actual = obj(obj(p.statistics)?.actual) ?? {};
  return normalized({
    platform,
    id: postId,
    text: body,
    createdAt: requireTime(p, 'date', 'UTC'),
    author:
      account && accountId
        ? {
            platform,
            platformUserId: accountId,
            handle: str(account.handle) ?? null,
            displayName: str(account.name) ?? null,
            accountCreatedAt: optTime(account.pageCreatedDate, 'UTC'),
            followers: count(p.subscriberCount) ?? count(account.subscriberCount) ?? null,
          }
        : null,
    raw: p,
    url: str(p.postUrl) ?? null,
    lang: str(p.languageCode) ?? null,
    metrics: metrics({
      likes: actual.likeCount ?? actual.favoriteCount,
      replies: actual.commentCount,
      reposts: actual.shareCount,
      love: actual.loveCount,
      wow: actual.wowCount,
      haha: actual.hahaCount,
      sad: actual.sadCount,
      angry: actual.angryCount,
      care: actual.careCount,
      thankful: actual.thankfulCount,
      views: actual.imageViewCount ?? actual.videoViewCount,
    }),
    mentionedHandles: atHandles(body),
  });
}
