/**
 * The X "download your data" archive, `data/tweets.js`: `window.YTD.tweets.part0 = [{tweet: {...}}]`
 * (the reader hands us the array). Every tweet is the archive owner's, and the archive repeats no user
 * object per tweet, so the author comes from a hint (account.js, read by the pipeline) when given;
 * otherwise the account is the placeholder 'archive-owner' with an unknown handle. Archive retweets
 * keep only their "RT @name: …" text and no original id, so they stay ordinary posts with that text.
 */
import type { AccountInput } from '../../../db/posts';
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
import { rtPrefixHandle, xText, xUrl } from './x-common';

/** From the archive's account.js: `{account: {accountId, username, accountDisplayName, createdAt}}`. */
export interface ArchiveOwner {
  accountId: string;
  username?: string | null;
  displayName?: string | null;
  createdAt?: string | null;
}

export const ARCHIVE_OWNER_PLACEHOLDER = 'archive-owner';

function unwrap(item: unknown): Json | undefined {
  return isObject(item) && isObject(item.tweet) ? item.tweet : isObject(item) ? item : undefined;
}

function looksLikeArchiveTweet(t: Json | undefined): boolean {
  return (
    t !== undefined &&
    typeof t.id_str === 'string' &&
    typeof t.created_at === 'string' &&
    (typeof t.full_text === 'string' || typeof t.text === 'string') &&
    !('user' in t)
  );
}

function isArchive(unit: unknown): unit is unknown[] {
  return Array.isArray(unit) && someOf(unit, (item) => looksLikeArchiveTweet(unwrap(item)));
}

export function createXArchiveMapper(owner?: ArchiveOwner): FormatMapper {
  return {
    name: 'x-archive',
    label: 'X archive (tweets.js)',
    detect: isArchive,
    map(unit: unknown): MapResult {
      if (!isArchive(unit))
        throw unitError('x-archive', 'the tweets.js array of {tweet: {...}} objects', unit);
      const out = new Collector();
      unit.forEach((item, i) => {
        const t = unwrap(item);
        out.record(i, label('tweet', i, str(t?.id_str)), item, () => {
          if (!t) throw new Error('not an object (expected {tweet: {...}})');
          out.add(mapArchiveTweet(t, owner));
        });
      });
      return out.result();
    },
  };
}

function ownerAccount(t: Json, owner: ArchiveOwner | undefined): AccountInput {
  const fromTweet = optId(t, 'user_id');
  return {
    platform: 'x',
    platformUserId: owner?.accountId ?? fromTweet ?? ARCHIVE_OWNER_PLACEHOLDER,
    handle: owner?.username ?? null,
    displayName: owner?.displayName ?? null,
    accountCreatedAt: owner?.createdAt ?? null,
  };
}

function mapArchiveTweet(t: Json, owner: ArchiveOwner | undefined): NormalizedPost {
  const tweetId = requireId(t, 'id');
  const body = text(t.full_text) ?? requireText(t, 'text');
  const rtOf = rtPrefixHandle(body);
  const handles: string[] = [];
  const ids: string[] = [];
  for (const m of arr(obj(t.entities)?.user_mentions)) {
    if (!isObject(m)) continue;
    const name = str(m.screen_name);
    // "RT @name:" names the retweeted author; that is not the owner mentioning them.
    if (!name || name.toLowerCase() === rtOf) continue;
    handles.push(name);
    const mentionedId = optId(m, 'id');
    if (mentionedId) ids.push(mentionedId);
  }
  handles.push(...xHandles(body).filter((h) => h !== rtOf));
  return normalized({
    platform: 'x',
    id: tweetId,
    text: xText(body),
    createdAt: requireTime(t, 'created_at'),
    author: ownerAccount(t, owner),
    raw: t,
    url: xUrl(tweetId, owner?.username),
    lang: str(t.lang) ?? null,
    replyToPostId: id(t, 'in_reply_to_status_id') ?? null,
    replyToAccountId: id(t, 'in_reply_to_user_id') ?? null,
    // Archives count as strings ("3"); metrics() reads both.
    metrics: metrics({ likes: t.favorite_count, reposts: t.retweet_count }),
    mentionedHandles: handles,
    mentionedAccountIds: ids,
  });
}

export const xArchiveMapper = createXArchiveMapper();
