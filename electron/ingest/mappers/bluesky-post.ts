/**
 * One Bluesky post view (app.bsky.feed.defs#postView, or the #viewRecord inside a quote embed) to a
 * NormalizedPost. The post id is the AT URI; the author's DID is part of every AT URI, so a reply's
 * parent author is known even when the parent itself is not in the file.
 */
import type { NormalizedPost } from '../types';
import { normalized } from './collect';
import { blueskyHandles } from './handles';
import { arr, FieldError, count, isObject, obj, optTime, requireText, requireTime, str } from './json-fields';
import type { Json } from './json-fields';
import { metrics } from './numbers';

const POST_URI = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/?#]+)$/;

export function isPostUri(v: unknown): v is string {
  return typeof v === 'string' && POST_URI.test(v);
}

export function looksLikePostView(v: unknown): v is Json {
  return isObject(v) && isPostUri(v.uri) && isObject(v.author) && typeof v.author.did === 'string';
}

export function didOf(uri: string): string | undefined {
  return /^at:\/\/([^/]+)\//.exec(uri)?.[1];
}

export function postUrl(uri: string, handle: string | undefined): string {
  const [, did, rkey] = POST_URI.exec(uri) ?? [];
  // 'handle.invalid' is what the AppView shows for a broken handle; the DID always resolves.
  const who = handle && handle !== 'handle.invalid' ? handle : did;
  return `https://bsky.app/profile/${who}/post/${rkey}`;
}

/** The quoted post's URI: a plain record embed, or the record half of record-with-media. */
export function quotedUri(embed: Json | undefined): string | undefined {
  if (!embed) return undefined;
  const rec = obj(embed.record);
  const uri = str(rec?.uri) ?? str(obj(rec?.record)?.uri);
  // Record embeds also point at lists, feeds and starter packs; only posts are quotes.
  return isPostUri(uri) ? uri : undefined;
}

/** The quoted post as embedded in a view (#viewRecord), if the AppView included it. */
export function embeddedQuote(view: Json): Json | undefined {
  const embed = obj(view.embed) ?? obj(arr(view.embeds)[0]);
  const rec = obj(embed?.record);
  const inner = rec && isObject(rec.value) ? rec : obj(rec?.record);
  return inner && isPostUri(inner.uri) && isObject(inner.value) && isObject(inner.author) ? inner : undefined;
}

/** A #viewRecord carries its post record as `value`; a postView as `record`. */
export function mapPostView(view: Json): NormalizedPost {
  const uri = str(view.uri);
  if (!isPostUri(uri))
    throw new FieldError(`uri is ${JSON.stringify(view.uri)} (expected at://DID/app.bsky.feed.post/RKEY)`);
  const author = obj(view.author) ?? {};
  const record = obj(view.record) ?? obj(view.value);
  if (!record)
    throw new FieldError(
      'record is missing (expected the app.bsky.feed.post record with text and createdAt)',
    );
  const postText = requireText(record, 'text');
  const createdAt = 'createdAt' in record ? requireTime(record, 'createdAt') : requireTime(view, 'indexedAt');
  const reply = obj(record.reply);
  const parentUri = str(obj(reply?.parent)?.uri);
  const did = str(author.did) ?? didOf(uri)!;
  const handle = str(author.handle);
  const mentions = facetMentions(record, postText);
  return normalized({
    platform: 'bluesky',
    id: uri,
    text: postText,
    createdAt,
    author: {
      platform: 'bluesky',
      platformUserId: did,
      handle: handle ?? null,
      displayName: str(author.displayName) ?? null,
      accountCreatedAt: optTime(author.createdAt),
      followers: count(author.followersCount) ?? null,
    },
    raw: view,
    url: postUrl(uri, handle),
    lang: str(arr(record.langs)[0]) ?? null,
    replyToPostId: parentUri ?? null,
    replyToAccountId: parentUri ? (didOf(parentUri) ?? null) : null,
    quoteOfPostId: quotedUri(obj(record.embed)) ?? null,
    conversationId: str(obj(reply?.root)?.uri) ?? null,
    metrics: metrics({
      likes: view.likeCount,
      reposts: view.repostCount,
      replies: view.replyCount,
      quotes: view.quoteCount,
    }),
    mentionedHandles: mentions.handles,
    mentionedAccountIds: mentions.dids,
  });
}

/** Mention facets give DIDs and, through their UTF-8 byte ranges, the handle as written. */
function facetMentions(record: Json, postText: string): { handles: string[]; dids: string[] } {
  let bytes: Buffer | undefined;
  const handles: string[] = [];
  const dids: string[] = [];
  for (const facet of arr(record.facets)) {
    if (!isObject(facet)) continue;
    for (const feature of arr(facet.features)) {
      if (!isObject(feature) || feature.$type !== 'app.bsky.richtext.facet#mention') continue;
      const did = str(feature.did);
      if (did) dids.push(did);
      const index = obj(facet.index);
      const start = count(index?.byteStart);
      const end = count(index?.byteEnd);
      bytes ??= Buffer.from(postText, 'utf8');
      if (start !== undefined && end !== undefined && end <= bytes.length && start < end) {
        handles.push(...blueskyHandles(bytes.subarray(start, end).toString('utf8')));
      }
    }
  }
  handles.push(...blueskyHandles(postText));
  return { handles, dids };
}
