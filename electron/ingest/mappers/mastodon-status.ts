/**
 * One Mastodon API status (GET /api/v1/timelines/*, /accounts/:id/statuses, search, context) to a
 * NormalizedPost. Handles are stored in full as user@domain: a bare acct is local to the instance
 * that served the file, whose domain is read from the account URL.
 */
import type { AccountInput } from '../../../db/posts';
import type { NormalizedPost } from '../types';
import { normalized } from './collect';
import { fediverseHandles } from './handles';
import { htmlToText } from './html-text';
import {
  arr,
  count,
  id,
  isObject,
  obj,
  optTime,
  requireId,
  requireText,
  requireTime,
  str,
} from './json-fields';
import type { Json } from './json-fields';
import { metrics } from './numbers';

export function looksLikeStatus(v: unknown): v is Json {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    typeof v.created_at === 'string' &&
    typeof v.content === 'string' &&
    isObject(v.account) &&
    typeof v.account.acct === 'string'
  );
}

export function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** acct "alice" seen on mastodon.social → "alice@mastodon.social"; remote accts already carry a domain. */
export function fullAcct(acct: string | undefined, url: unknown): string | undefined {
  if (!acct) return undefined;
  if (acct.includes('@')) return acct.replace(/^@/, '');
  const host = hostOf(url);
  return host ? `${acct}@${host}` : acct;
}

export function mastodonAccount(a: Json): AccountInput | null {
  const accountId = id(a, 'id');
  if (!accountId) return null;
  return {
    platform: 'mastodon',
    platformUserId: accountId,
    handle: fullAcct(str(a.acct), a.url) ?? null,
    displayName: str(a.display_name) ?? null,
    accountCreatedAt: optTime(a.created_at),
    followers: count(a.followers_count) ?? null,
  };
}

/** The content warning is written by the author and can carry abuse too, so it leads the text. */
export function statusText(contentHtml: string, spoiler: string | undefined): string {
  const body = htmlToText(contentHtml);
  return spoiler ? `${spoiler}\n\n${body}` : body;
}

/** Mastodon 4.4 quotes: `quote: {state, quoted_status}`; some forks put the status there directly. */
export function quotedStatus(s: Json): Json | undefined {
  const q = obj(s.quote);
  if (!q) return undefined;
  const inner = obj(q.quoted_status) ?? q;
  return looksLikeStatus(inner) ? inner : undefined;
}

export function mapStatus(s: Json): NormalizedPost {
  const statusId = requireId(s, 'id');
  const account = obj(s.account) ?? {};
  const reblog = obj(s.reblog);
  const reblogOf = reblog ? requireId(reblog, 'id') : undefined;
  const quoted = quotedStatus(s);
  const handles: string[] = [];
  const ids: string[] = [];
  let body = '';
  if (!reblogOf) {
    body = statusText(requireText(s, 'content'), str(s.spoiler_text));
    for (const m of arr(s.mentions)) {
      if (!isObject(m)) continue;
      handles.push(fullAcct(str(m.acct), m.url) ?? '');
      const mentionedId = id(m, 'id');
      if (mentionedId) ids.push(mentionedId);
    }
    handles.push(...fediverseHandles(body));
  }
  const host = hostOf(account.url) ?? hostOf(s.uri);
  return normalized({
    platform: 'mastodon',
    id: statusId,
    // A reblog is the booster's record pointing at the original, which is stored as its own post.
    text: body,
    createdAt: requireTime(s, 'created_at'),
    author: mastodonAccount(account),
    raw: s,
    url:
      str(s.url) ??
      str(reblog?.url) ??
      (host && str(account.username) ? `https://${host}/@${str(account.username)}/${statusId}` : null),
    lang: str(s.language) ?? null,
    replyToPostId: id(s, 'in_reply_to_id') ?? null,
    replyToAccountId: id(s, 'in_reply_to_account_id') ?? null,
    quoteOfPostId: quoted ? (id(quoted, 'id') ?? null) : (str(s.quote_id) ?? null),
    repostOfPostId: reblogOf ?? null,
    metrics: reblogOf
      ? {}
      : metrics({
          likes: s.favourites_count,
          reposts: s.reblogs_count,
          replies: s.replies_count,
          quotes: s.quotes_count,
        }),
    mentionedHandles: handles,
    mentionedAccountIds: ids,
  });
}
