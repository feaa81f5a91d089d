/** What the X mappers (API v2, v1.1, archive) share: URLs, accounts and the text clean-up. */
import type { AccountInput } from '../../../db/posts';
import { decodeBasicEntities } from './html-text';
import { count, id, optTime, str, obj } from './json-fields';
import type { Json } from './json-fields';

/** x.com resolves /i/web/status/ID without a handle, so a URL can be built for every tweet. */
export function xUrl(tweetId: string, handle?: string | null): string {
  return handle ? `https://x.com/${handle}/status/${tweetId}` : `https://x.com/i/web/status/${tweetId}`;
}

/** X escapes &, < and > in tweet text (both API versions and the archive); the stored text is what was typed. */
export function xText(s: string): string {
  return decodeBasicEntities(s);
}

/** "RT @name: …" — the retweeted author is named by the RT prefix, which is not a mention by the retweeter. */
export function rtPrefixHandle(text: string | undefined): string | undefined {
  return text ? /^RT @(\w{1,15}):/.exec(text)?.[1]?.toLowerCase() : undefined;
}

export function v2Account(userId: string, user: Json | undefined): AccountInput {
  return {
    platform: 'x',
    platformUserId: userId,
    handle: str(user?.username) ?? null,
    displayName: str(user?.name) ?? null,
    accountCreatedAt: optTime(user?.created_at),
    followers: count(obj(user?.public_metrics)?.followers_count) ?? null,
  };
}

export function v1Account(user: Json): AccountInput | null {
  const userId = id(user, 'id');
  if (!userId) return null;
  return {
    platform: 'x',
    platformUserId: userId,
    handle: str(user.screen_name) ?? null,
    displayName: str(user.name) ?? null,
    accountCreatedAt: optTime(user.created_at),
    followers: count(user.followers_count) ?? null,
  };
}
