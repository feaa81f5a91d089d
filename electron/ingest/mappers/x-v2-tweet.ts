/**
 * One X API v2 tweet object to a NormalizedPost. Pages (data + includes) and twarc2's flattened
 * lines (everything embedded) differ only in where users and referenced tweets are looked up, so
 * both mappers pass a lookup and share this.
 */
import type { NormalizedPost } from '../types';
import { normalized } from './collect';
import { xHandles } from './handles';
import {
  arr,
  id,
  idValue,
  isObject,
  obj,
  optId,
  requireId,
  requireText,
  requireTime,
  str,
  text,
} from './json-fields';
import type { Json } from './json-fields';
import { metrics } from './numbers';
import { rtPrefixHandle, v2Account, xText, xUrl } from './x-common';

export interface V2Lookup {
  user(userId: string): Json | undefined;
  userByName(username: string): Json | undefined;
  tweet(tweetId: string): Json | undefined;
}

/** A referenced tweet is usable as a post only when the page carried its content, not just its id. */
export function isFullV2Tweet(t: unknown): t is Json {
  return isObject(t) && typeof t.id === 'string' && (typeof t.text === 'string' || isObject(t.note_tweet));
}

export function referencedId(t: Json, type: 'retweeted' | 'quoted' | 'replied_to'): string | undefined {
  const refs = t.referenced_tweets;
  // Asked four times per tweet, and most reference nothing: no empty array or closure each time.
  if (!Array.isArray(refs)) return undefined;
  for (const r of refs)
    if (isObject(r) && r.type === type) return idValue(r.id, `referenced_tweets ${type} id`);
  return undefined;
}

export function mapV2Tweet(t: Json, lookup: V2Lookup, rawText?: string): NormalizedPost {
  const tweetId = requireId(t, 'id');
  const createdAt = requireTime(t, 'created_at');
  const authorId = id(t, 'author_id') ?? str(obj(t.author)?.id);
  const user = authorId ? (lookup.user(authorId) ?? obj(t.author)) : undefined;
  const repostOf = referencedId(t, 'retweeted');
  const note = obj(t.note_tweet);
  // Long posts: `text` is cut at 280 characters and the whole text is in note_tweet.
  const fullText = text(note?.text) ?? requireText(t, 'text');
  const original = repostOf ? lookup.tweet(repostOf) : undefined;

  let mentions: { handles: string[]; ids: string[] };
  if (repostOf) {
    // A retweet says what the original says: its mentions are the original's, minus the RT prefix.
    mentions = original ? mentionsOf(original, lookup) : mentionsOf(t, lookup, rtPrefixHandle(fullText));
  } else {
    mentions = mentionsOf(t, lookup);
  }
  const pm = obj(t.public_metrics);
  return normalized({
    platform: 'x',
    id: tweetId,
    // The retweet's own text is a truncated "RT @…" copy; the original is stored as its own post.
    text: repostOf ? '' : xText(fullText),
    createdAt,
    author: authorId ? v2Account(authorId, user) : null,
    raw: t,
    rawText,
    url: xUrl(tweetId, str(user?.username)),
    lang: str(t.lang) ?? null,
    replyToPostId: referencedId(t, 'replied_to') ?? null,
    replyToAccountId: id(t, 'in_reply_to_user_id') ?? null,
    quoteOfPostId: referencedId(t, 'quoted') ?? null,
    repostOfPostId: repostOf ?? null,
    conversationId: id(t, 'conversation_id') ?? null,
    // A retweet's public_metrics are the original's counts, so they are kept only on the original.
    metrics: repostOf
      ? {}
      : metrics({
          likes: pm?.like_count,
          reposts: pm?.retweet_count,
          replies: pm?.reply_count,
          quotes: pm?.quote_count,
          views: pm?.impression_count,
          bookmarks: pm?.bookmark_count,
        }),
    mentionedHandles: mentions.handles,
    mentionedAccountIds: mentions.ids,
  });
}

function mentionsOf(t: Json, lookup: V2Lookup, skip?: string): { handles: string[]; ids: string[] } {
  const entities = obj(obj(t.note_tweet)?.entities) ?? obj(t.entities);
  const handles: string[] = [];
  const ids: string[] = [];
  for (const m of arr(entities?.mentions)) {
    if (!isObject(m)) continue;
    const username = str(m.username);
    if (!username || username.toLowerCase() === skip) continue;
    handles.push(username);
    const mentionedId = optId(m, 'id') ?? str(lookup.userByName(username)?.id);
    if (mentionedId) ids.push(mentionedId);
  }
  const body = text(obj(t.note_tweet)?.text) ?? text(t.text) ?? '';
  for (const h of xHandles(body)) if (h !== skip) handles.push(h);
  return { handles, ids };
}
