/**
 * X API v1.1: search responses (`{statuses: [...], search_metadata}`), timelines (arrays of tweets)
 * and streaming / twarc1 files (one tweet per line, with delete and limit notices in between).
 * Text is the untruncated one: `extended_tweet.full_text` (streaming), `full_text` (extended mode),
 * else `text`. Retweets become reposts of `retweeted_status`; embedded originals and quoted tweets
 * are posts of their own.
 */
import type { FormatMapper, MapResult, NormalizedPost } from '../types';
import { Collector, label, normalized, unitError } from './collect';
import { xHandles } from './handles';
import {
  arr,
  id,
  isObject,
  obj,
  optId,
  requireId,
  requireText,
  requireTime,
  someOf,
  str,
  text,
} from './json-fields';
import type { Json } from './json-fields';
import { metrics } from './numbers';
import { v1Account, xText, xUrl } from './x-common';

const TWITTER_DATE = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4}$/;

export function looksLikeV1Tweet(t: unknown): t is Json {
  return (
    isObject(t) &&
    (typeof t.id_str === 'string' || typeof t.id === 'number' || typeof t.id === 'string') &&
    typeof t.created_at === 'string' &&
    TWITTER_DATE.test(t.created_at) &&
    isObject(t.user) &&
    (typeof t.text === 'string' || typeof t.full_text === 'string' || isObject(t.extended_tweet))
  );
}

/** Streaming files interleave these with tweets; they carry no post. */
function isStreamNotice(u: Json): boolean {
  return (
    (isObject(u.delete) && isObject(obj(u.delete)?.status)) ||
    (isObject(u.limit) && 'track' in (obj(u.limit) ?? {}))
  );
}

function tweetsOf(unit: unknown): unknown[] | undefined {
  if (Array.isArray(unit)) return someOf(unit, looksLikeV1Tweet) ? unit : undefined;
  if (!isObject(unit)) return undefined;
  if (
    Array.isArray(unit.statuses) &&
    (isObject(unit.search_metadata) || someOf(unit.statuses, looksLikeV1Tweet))
  ) {
    return unit.statuses;
  }
  if (looksLikeV1Tweet(unit)) return [unit];
  if (isStreamNotice(unit)) return [];
  return undefined;
}

export const xApiV1Mapper: FormatMapper = {
  name: 'x-v1',
  label: 'X API v1.1 (search, timelines, streaming, twarc1)',
  detect: (unit) => tweetsOf(unit) !== undefined,
  map(unit: unknown): MapResult {
    const tweets = tweetsOf(unit);
    if (!tweets)
      throw unitError('x-v1', "X API v1.1 tweets ('statuses' array, a tweet array or one tweet)", unit);
    const out = new Collector();
    tweets.forEach((t, i) => emit(out, t, i, false));
    return out.result();
  },
};

function emit(out: Collector, t: unknown, index: number, embedded: boolean): void {
  const what = embedded ? 'embedded tweet' : 'tweet';
  out.record(
    index,
    label(what, embedded ? undefined : index, isObject(t) ? str(t.id_str) : undefined),
    t,
    () => {
      if (!isObject(t)) throw new Error('not an object (expected a tweet object)');
      out.add(mapV1Tweet(t), embedded);
    },
  );
  if (!isObject(t)) return;
  // The originals travel inside the tweet; each is guarded on its own so a broken one loses only itself.
  if (isObject(t.retweeted_status)) emit(out, t.retweeted_status, index, true);
  if (isObject(t.quoted_status)) emit(out, t.quoted_status, index, true);
}

export function mapV1Tweet(t: Json): NormalizedPost {
  const tweetId = requireId(t, 'id');
  const createdAt = requireTime(t, 'created_at');
  const user = obj(t.user);
  const rt = obj(t.retweeted_status);
  const repostOf = rt ? requireId(rt, 'id') : undefined;
  const ext = obj(t.extended_tweet);
  const body = text(ext?.full_text) ?? text(t.full_text) ?? requireText(t, 'text');
  const mentions = mentionsOf(rt ?? t);
  return normalized({
    platform: 'x',
    id: tweetId,
    text: repostOf ? '' : xText(body),
    createdAt,
    author: user ? v1Account(user) : null,
    raw: t,
    url: xUrl(tweetId, str(user?.screen_name)),
    lang: str(t.lang) ?? null,
    // A retweet carries its original's reply/quote fields (and counts); they belong to the original.
    replyToPostId: repostOf ? null : (id(t, 'in_reply_to_status_id') ?? null),
    replyToAccountId: repostOf ? null : (id(t, 'in_reply_to_user_id') ?? null),
    quoteOfPostId: repostOf ? null : quotedId(t),
    repostOfPostId: repostOf ?? null,
    metrics: repostOf
      ? {}
      : metrics({
          likes: t.favorite_count,
          reposts: t.retweet_count,
          replies: t.reply_count,
          quotes: t.quote_count,
        }),
    mentionedHandles: mentions.handles,
    mentionedAccountIds: mentions.ids,
  });
}

function quotedId(t: Json): string | null {
  const q = obj(t.quoted_status);
  return id(t, 'quoted_status_id') ?? (q ? (id(q, 'id') ?? null) : null);
}

function mentionsOf(t: Json): { handles: string[]; ids: string[] } {
  const ext = obj(t.extended_tweet);
  const entities = obj(ext?.entities) ?? obj(t.entities);
  const handles: string[] = [];
  const ids: string[] = [];
  for (const m of arr(entities?.user_mentions)) {
    if (!isObject(m)) continue;
    const name = str(m.screen_name);
    if (name) handles.push(name);
    const mentionedId = optId(m, 'id');
    if (mentionedId) ids.push(mentionedId);
  }
  handles.push(...xHandles(text(ext?.full_text) ?? text(t.full_text) ?? text(t.text) ?? ''));
  return { handles, ids };
}
