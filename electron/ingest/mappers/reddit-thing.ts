/**
 * One Reddit submission (t3) or comment (t1) — from the API's Listings or from Pushshift /
 * Arctic Shift dumps, which hold the same objects — to a NormalizedPost. Ids are fullnames
 * (t3_abc, t1_def), as in `parent_id` and `link_id`, so relations line up without rewriting.
 */
import type { NormalizedPost } from '../types';
import { label, normalized } from './collect';
import type { Collector } from './collect';
import { redditUsers } from './handles';
import { decodeBasicEntities } from './html-text';
import { arr, FieldError, idValue, isObject, requireTime, str, text } from './json-fields';
import type { Json } from './json-fields';
import { metrics } from './numbers';

export type RedditKind = 't1' | 't3';

/** Pushshift lines have no `kind`: comments have a body, submissions a title. */
export function kindOf(data: Json, kind?: unknown): RedditKind | undefined {
  if (kind === 't1' || kind === 't3') return kind;
  if (
    typeof data.body === 'string' &&
    (typeof data.link_id === 'string' || typeof data.parent_id === 'string')
  )
    return 't1';
  if (typeof data.title === 'string') return 't3';
  return undefined;
}

export function fullnameOf(data: Json, kind: RedditKind): string {
  const name = str(data.name);
  if (name && /^t[13]_/.test(name)) return name;
  const raw = idValue(data.id, 'id');
  if (!raw)
    throw new FieldError(
      `id is ${data.id === undefined ? 'missing' : 'unusable'} (expected the base-36 post id)`,
    );
  return raw.startsWith(`${kind}_`) ? raw : `${kind}_${raw}`;
}

/** Deleted and removed authors are shown as "[deleted]": there is no account to record. */
function authorOf(data: Json) {
  const name = str(data.author);
  if (!name || name === '[deleted]' || name === '[removed]') return null;
  return {
    platform: 'reddit',
    // Old dumps lack author_fullname; usernames are permanent on Reddit, so the name stands in.
    platformUserId: str(data.author_fullname) ?? name,
    handle: name,
  };
}

function urlOf(data: Json, kind: RedditKind, fullname: string): string | null {
  const permalink = str(data.permalink);
  if (permalink) return permalink.startsWith('http') ? permalink : `https://www.reddit.com${permalink}`;
  const sub = str(data.subreddit);
  const bare = fullname.slice(3);
  if (!sub) return null;
  if (kind === 't3') return `https://www.reddit.com/r/${sub}/comments/${bare}/`;
  const link = str(data.link_id)?.replace(/^t3_/, '');
  return link ? `https://www.reddit.com/r/${sub}/comments/${link}/comment/${bare}/` : null;
}

/**
 * `parentAuthorId` is known when the parent is in the same file (nested comment trees); `raw` is the
 * record as stored when it differs from `data` (a Listing child keeps its `kind`).
 */
export function mapRedditThing(
  data: Json,
  kind: RedditKind,
  parentAuthorId?: string | null,
  raw?: unknown,
): NormalizedPost {
  const fullname = fullnameOf(data, kind);
  let body: string;
  if (kind === 't3') {
    const title = text(data.title);
    if (title === undefined) throw new FieldError('title is missing (expected the submission title)');
    const self = text(data.selftext) ?? '';
    body = self ? `${title}\n\n${self}` : title;
  } else {
    const b = text(data.body);
    if (b === undefined) throw new FieldError('body is missing (expected the comment text)');
    body = b;
  }
  // The API escapes &, < and > in titles and bodies (unless raw_json=1, which leaves none to decode).
  body = decodeBasicEntities(body);
  const parent = kind === 't1' ? str(data.parent_id) : undefined;
  const crosspostOf = kind === 't3' ? str(data.crosspost_parent) : undefined;
  return normalized({
    platform: 'reddit',
    id: fullname,
    text: body,
    createdAt: requireTime(data, 'created_utc'),
    author: authorOf(data),
    raw: raw ?? data,
    url: urlOf(data, kind, fullname),
    replyToPostId: parent ?? null,
    replyToAccountId: parent ? (parentAuthorId ?? null) : null,
    // A crosspost re-shares another submission under a new title: a quote of it.
    quoteOfPostId: crosspostOf ?? null,
    conversationId: kind === 't1' ? (str(data.link_id) ?? null) : null,
    metrics: metrics({ score: data.score, replies: kind === 't3' ? data.num_comments : undefined }),
    mentionedHandles: redditUsers(body),
  });
}

/** Embedded crosspost originals (`crosspost_parent_list`) are whole submissions: posts of their own. */
export function addCrosspostOriginals(out: Collector, data: Json, index: number): void {
  for (const original of arr(data.crosspost_parent_list)) {
    out.record(
      index,
      label('crossposted submission', undefined, isObject(original) ? str(original.name) : undefined),
      original,
      () => {
        if (!isObject(original)) throw new Error('not an object (expected a submission)');
        out.add(mapRedditThing(original, 't3'), true);
      },
    );
  }
}

export function authorIdOf(data: Json | undefined): string | null {
  return data ? (authorOf(data)?.platformUserId ?? null) : null;
}
