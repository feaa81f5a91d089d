/**
 * X API v2 responses: search/recent and timelines (`{data: [...], includes, meta}`), single-tweet
 * lookups and filtered-stream lines (`{data: {...}, includes}`), and the same pages as twarc2 saves
 * them (one per line, with `__twarc`). Results come first; the referenced tweets in
 * `includes.tweets` (retweeted, quoted, replied-to originals) follow as posts of their own.
 */
import type { FormatMapper, MapResult } from '../types';
import { Collector, label, unitError } from './collect';
import { arr, isObject, obj, someOf, str } from './json-fields';
import type { Json } from './json-fields';
import { isFullV2Tweet, mapV2Tweet } from './x-v2-tweet';
import type { V2Lookup } from './x-v2-tweet';

/** A v2 tweet has a string id and text, and none of v1.1's `id_str`/`user` or other platforms' keys. */
export function looksLikeV2Tweet(t: unknown): t is Json {
  return (
    isObject(t) &&
    typeof t.id === 'string' &&
    /^\d+$/.test(t.id) &&
    (typeof t.text === 'string' || isObject(t.note_tweet)) &&
    !('id_str' in t) &&
    !('user' in t) &&
    !('account' in t)
  );
}

function isPage(unit: unknown): unit is Json {
  if (!isObject(unit)) return false;
  const { data, meta } = unit;
  if (Array.isArray(data))
    return data.length > 0 ? someOf(data, looksLikeV2Tweet) : isObject(meta) && 'result_count' in meta;
  if (isObject(data)) return looksLikeV2Tweet(data);
  // An empty search page carries no `data` at all, only meta.result_count = 0.
  return data === undefined && isObject(meta) && meta.result_count === 0;
}

export function pageLookup(includes: Json | undefined): V2Lookup {
  const users = new Map<string, Json>();
  const byName = new Map<string, Json>();
  const tweets = new Map<string, Json>();
  for (const u of arr(includes?.users)) {
    if (!isObject(u)) continue;
    const userId = str(u.id);
    if (userId) users.set(userId, u);
    const name = str(u.username);
    if (name) byName.set(name.toLowerCase(), u);
  }
  for (const t of arr(includes?.tweets)) if (isFullV2Tweet(t)) tweets.set(t.id as string, t);
  return {
    user: (userId) => users.get(userId),
    userByName: (name) => byName.get(name.toLowerCase()),
    tweet: (tweetId) => tweets.get(tweetId),
  };
}

export const xApiV2Mapper: FormatMapper = {
  name: 'x-v2',
  label: 'X API v2 (search, timelines, twarc2 pages)',
  detect: isPage,
  map(unit: unknown): MapResult {
    if (!isPage(unit)) throw unitError('x-v2', "an X API v2 response with a 'data' array of tweets", unit);
    const includes = obj(unit.includes);
    const lookup = pageLookup(includes);
    const out = new Collector();
    const data = Array.isArray(unit.data) ? unit.data : unit.data === undefined ? [] : [unit.data];
    data.forEach((t, i) => {
      out.record(i, label('tweet', i, isObject(t) ? str(t.id) : undefined), t, () => {
        if (!isObject(t)) throw new Error('not an object (expected a tweet object)');
        out.add(mapV2Tweet(t, lookup));
      });
    });
    arr(includes?.tweets).forEach((t, i) => {
      if (!isFullV2Tweet(t)) return;
      out.record(undefined, label('includes.tweets', i, t.id as string), t, () =>
        out.add(mapV2Tweet(t, lookup), true),
      );
    });
    return out.result();
  },
};
