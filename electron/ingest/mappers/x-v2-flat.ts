/**
 * twarc2 "flattened" X API v2 lines: one tweet per line with its expansions written inline —
 * `author`, `in_reply_to_user`, mentions carrying user fields, and `referenced_tweets` entries that
 * are whole tweets (with their own `author`). Embedded originals become posts of their own.
 */
import type { FormatMapper, MapResult } from '../types';
import { Collector, label, unitError } from './collect';
import { arr, isObject, obj, str } from './json-fields';
import type { Json } from './json-fields';
import { looksLikeV2Tweet } from './x-v2';
import { isFullV2Tweet, mapV2Tweet } from './x-v2-tweet';
import type { V2Lookup } from './x-v2-tweet';

/** Flattened tweets are v2 tweets that carry their author inline (twarc2 adds `author` to every one). */
function isFlatTweet(unit: unknown): unit is Json {
  return looksLikeV2Tweet(unit) && isObject(unit.author) && !('data' in unit);
}

function flatLookup(root: Json): V2Lookup {
  // Built on first use: most lines only ask for their own author, who is the first user registered.
  let maps: ReturnType<typeof buildMaps> | null = null;
  const author = obj(root.author);
  const authorId = author ? str(author.id) : undefined;
  return {
    user: (userId) => (userId && userId === authorId ? author : (maps ??= buildMaps(root)).users.get(userId)),
    userByName: (name) => (maps ??= buildMaps(root)).byName.get(name.toLowerCase()),
    tweet: (tweetId) => (maps ??= buildMaps(root)).tweets.get(tweetId),
  };
}

function buildMaps(root: Json) {
  const users = new Map<string, Json>();
  const byName = new Map<string, Json>();
  const tweets = new Map<string, Json>();
  const addUser = (u: unknown): void => {
    if (!isObject(u)) return;
    const userId = str(u.id);
    const name = str(u.username);
    if (userId && !users.has(userId)) users.set(userId, u);
    if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), u);
  };
  // Mentions carry only what twarc could merge in; full author objects are registered first.
  const mentions: Json[] = [];
  const walk = (t: Json): void => {
    addUser(t.author);
    addUser(t.in_reply_to_user);
    for (const m of arr(obj(t.entities)?.mentions)) if (isObject(m) && 'id' in m) mentions.push(m);
    for (const ref of arr(t.referenced_tweets)) {
      if (isFullV2Tweet(ref) && !tweets.has(ref.id as string)) {
        tweets.set(ref.id as string, ref);
        walk(ref);
      }
    }
  };
  walk(root);
  mentions.forEach(addUser);
  return { users, byName, tweets };
}

export const xFlatMapper: FormatMapper = {
  name: 'x-v2-flat',
  label: 'X API v2, flattened (twarc2 flatten)',
  detect: isFlatTweet,
  map(unit: unknown, text?: string): MapResult {
    if (!isFlatTweet(unit))
      throw unitError('x-v2-flat', 'a flattened X API v2 tweet with an embedded author', unit);
    const lookup = flatLookup(unit);
    const out = new Collector();
    out.record(0, label('tweet', 0, str(unit.id)), unit, () => out.add(mapV2Tweet(unit, lookup, text)));
    if (arr(unit.referenced_tweets).length === 0) return out.result();
    const seen = new Set<string>();
    const embed = (t: Json): void => {
      for (const ref of arr(t.referenced_tweets)) {
        if (!isFullV2Tweet(ref) || seen.has(ref.id as string)) continue;
        seen.add(ref.id as string);
        out.record(0, label('referenced tweet', undefined, ref.id as string), ref, () =>
          out.add(mapV2Tweet(ref, lookup), true),
        );
        embed(ref);
      }
    };
    embed(unit);
    return out.result();
  },
};
