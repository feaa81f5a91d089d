/**
 * Platform-shaped ids, URLs and raw records. Importers, evidence packs and "open on platform" links are
 * all written against real formats, so the demo mimics them: X snowflakes, Bluesky at-URIs with TID
 * record keys, Mastodon snowflakes, Graph API "page_post" ids, Reddit fullnames, YouTube comment ids,
 * Instagram media ids with shortcodes, TikTok 19-digit ids. Raw records are trimmed to the fields an
 * importer would read. Every id embeds the generator's running post number so ids can never collide.
 */
import type { Platform } from '../../db/posts';
import type { Rng } from './rng';

export interface Author {
  platformUserId: string;
  handle: string;
  displayName: string;
}

/** A post other posts can reply to (the cast's own posts), as the children need to cite it. */
export interface ParentRef {
  platform: Platform;
  platformPostId: string;
  url: string;
  authorUserId: string;
  authorHandle: string;
  conversationId: string | null;
  /** Platform-specific handle children need: video id, shortcode, reddit link path, Facebook post part, CID. */
  extra: string;
}

export type Metrics = {
  likes: number;
  reposts: number;
  replies: number;
};

export interface BuiltPost {
  platformPostId: string;
  url: string;
  raw: string;
  conversationId: string | null;
  replyToPostId: string | null;
  replyToAccountId: string | null;
  quoteOfPostId: string | null;
  extra: string;
}

const B32_SORT = '234567abcdefghijklmnopqrstuvwxyz';
const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const X_EPOCH = 1288834974657;
const IG_EPOCH = 1314220021721;

/** Fixed-width base-N encoding of a non-negative integer below 2^53. */
function encode(n: number, alphabet: string, width: number): string {
  let s = '';
  const base = alphabet.length;
  for (let i = 0; i < width; i++) {
    s = alphabet[n % base] + s;
    n = Math.floor(n / base);
  }
  return s;
}

/**
 * Decimal string of hi * mult + low for 64-bit ids, without BigInt (several times slower in the hot loop).
 * Exact while hi / 1e6 * mult and 1e6 * mult stay below 2^53, true for every layout used here.
 */
export function bigDecimal(hi: number, mult: number, low: number): string {
  const a = Math.floor(hi / 1e6);
  const c = (hi - a * 1e6) * mult + low;
  const carry = Math.floor(c / 1e6);
  const head = a * mult + carry;
  const tail = String(c - carry * 1e6);
  return head > 0 ? String(head) + '000000'.slice(tail.length) + tail : tail;
}

/** Twitter-style snowflake: milliseconds since `epoch` above `bits` low bits. */
function snowflake(ms: number, epoch: number, bits: number, low: number): string {
  return bigDecimal(ms - epoch, 2 ** bits, low);
}

/** Bluesky TID: 53 bits of microseconds then a 10-bit clock id, base32-sortable, 13 characters. */
function tid(ms: number, seq: number): string {
  return encode(ms * 1000 + (seq % 1000), B32_SORT, 11) + encode(Math.floor(seq / 1000) % 1024, B32_SORT, 2);
}

function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function mastodonParts(handle: string): { user: string; instance: string } {
  const at = handle.indexOf('@');
  return { user: handle.slice(0, at), instance: handle.slice(at + 1) };
}

/** 16 digits: seconds since 2017 then the running number, like a Graph API object id. */
function fbNumber(ms: number, seq: number): string {
  return (
    String(Math.floor(ms / 1000) - 1_480_000_000).padStart(9, '0') + String(seq % 10_000_000).padStart(7, '0')
  );
}

export interface BuildInput {
  platform: Platform;
  seq: number;
  ms: number;
  /** new Date(ms).toISOString(), computed once per post by the caller. */
  at: string;
  author: Author;
  text: string;
  parent: ParentRef | null;
  quote: ParentRef | null;
  metrics: Metrics;
  /** Root posts by the cast: videos, page posts, submissions rather than comments. */
  own: boolean;
  rng: Rng;
}

export function buildPost(p: BuildInput): BuiltPost {
  switch (p.platform) {
    case 'x':
      return buildX(p);
    case 'bluesky':
      return buildBluesky(p);
    case 'mastodon':
      return buildMastodon(p);
    case 'facebook':
      return buildFacebook(p);
    case 'instagram':
      return buildInstagram(p);
    case 'youtube':
      return buildYouTube(p);
    case 'tiktok':
      return buildTikTok(p);
    case 'reddit':
      return buildReddit(p);
  }
}

function replyFields(parent: ParentRef | null) {
  return {
    replyToPostId: parent ? parent.platformPostId : null,
    replyToAccountId: parent ? parent.authorUserId : null,
  };
}

function buildX({ seq, ms, at, author, text, parent, quote, metrics }: BuildInput): BuiltPost {
  const id = snowflake(ms, X_EPOCH, 22, seq & 0x3fffff);
  const conversationId = parent ? (parent.conversationId ?? parent.platformPostId) : id;
  const referenced = parent
    ? [{ type: 'replied_to', id: parent.platformPostId }]
    : quote
      ? [{ type: 'quoted', id: quote.platformPostId }]
      : undefined;
  const raw = JSON.stringify({
    data: {
      id,
      text,
      author_id: author.platformUserId,
      created_at: at,
      conversation_id: conversationId,
      in_reply_to_user_id: parent?.authorUserId,
      referenced_tweets: referenced,
      lang: 'en',
      public_metrics: {
        retweet_count: metrics.reposts,
        reply_count: metrics.replies,
        like_count: metrics.likes,
      },
    },
    includes: { users: [{ id: author.platformUserId, username: author.handle, name: author.displayName }] },
  });
  return {
    platformPostId: id,
    url: `https://x.com/${author.handle}/status/${id}`,
    raw,
    conversationId,
    ...replyFields(parent),
    quoteOfPostId: quote ? quote.platformPostId : null,
    extra: '',
  };
}

function buildBluesky({ seq, ms, at, author, text, parent, quote, metrics, rng }: BuildInput): BuiltPost {
  const rkey = tid(ms, seq);
  const uri = `at://${author.platformUserId}/app.bsky.feed.post/${rkey}`;
  const cid = 'bafyrei' + rng.chars(B32, 52);
  const root = parent ? (parent.conversationId ?? parent.platformPostId) : null;
  const record: Record<string, unknown> = { $type: 'app.bsky.feed.post', text, createdAt: at, langs: ['en'] };
  // The root's CID is not tracked; the parent's stands in for it, which importers never check.
  if (parent)
    record.reply = {
      root: { uri: root, cid: parent.extra },
      parent: { uri: parent.platformPostId, cid: parent.extra },
    };
  if (quote)
    record.embed = {
      $type: 'app.bsky.embed.record',
      record: { uri: quote.platformPostId, cid: quote.extra },
    };
  const raw = JSON.stringify({
    uri,
    cid,
    author: { did: author.platformUserId, handle: author.handle, displayName: author.displayName },
    record,
    replyCount: metrics.replies,
    repostCount: metrics.reposts,
    likeCount: metrics.likes,
  });
  return {
    platformPostId: uri,
    url: `https://bsky.app/profile/${author.handle}/post/${rkey}`,
    raw,
    conversationId: root,
    ...replyFields(parent),
    quoteOfPostId: quote ? quote.platformPostId : null,
    extra: cid,
  };
}

function buildMastodon({ seq, ms, at, author, text, parent, metrics }: BuildInput): BuiltPost {
  const id = snowflake(ms, 0, 16, seq & 0xffff);
  const { user, instance } = mastodonParts(author.handle);
  const url = `https://${instance}/@${user}/${id}`;
  const raw = JSON.stringify({
    id,
    created_at: at,
    in_reply_to_id: parent?.platformPostId ?? null,
    in_reply_to_account_id: parent?.authorUserId ?? null,
    language: 'en',
    url,
    content: `<p>${htmlEscape(text)}</p>`,
    account: {
      id: author.platformUserId,
      acct: author.handle,
      display_name: author.displayName,
    },
    replies_count: metrics.replies,
    reblogs_count: metrics.reposts,
    favourites_count: metrics.likes,
  });
  return {
    platformPostId: id,
    url,
    raw,
    conversationId: parent ? (parent.conversationId ?? parent.platformPostId) : null,
    ...replyFields(parent),
    quoteOfPostId: null,
    extra: '',
  };
}

function buildFacebook({ seq, ms, at, author, text, parent, metrics }: BuildInput): BuiltPost {
  const part = fbNumber(ms, seq);
  let id: string;
  let url: string;
  if (parent) {
    id = `${parent.extra}_${part}`;
    url = `https://www.facebook.com/${parent.authorHandle}/posts/${parent.extra}?comment_id=${part}`;
  } else {
    id = `${author.platformUserId}_${part}`;
    url = `https://www.facebook.com/${author.handle}/posts/${part}`;
  }
  const raw = JSON.stringify({
    id,
    message: text,
    created_time: at.replace(/\.\d{3}Z$/, '+0000'),
    from: { id: author.platformUserId, name: author.displayName },
    parent: parent ? { id: parent.platformPostId } : undefined,
    reactions: { summary: { total_count: metrics.likes } },
    comment_count: metrics.replies,
    shares: parent ? undefined : { count: metrics.reposts },
  });
  return {
    platformPostId: id,
    url,
    raw,
    conversationId: parent ? parent.platformPostId : null,
    ...replyFields(parent),
    quoteOfPostId: null,
    extra: part,
  };
}

function buildInstagram({ seq, ms, at, author, text, parent, metrics }: BuildInput): BuiltPost {
  if (parent) {
    const id =
      '17' + String(ms - 1_400_000_000_000).padStart(12, '0') + String(seq % 10_000).padStart(4, '0');
    const raw = JSON.stringify({
      id,
      text,
      timestamp: at.replace(/\.\d{3}Z$/, '+0000'),
      username: author.handle,
      from: { id: author.platformUserId, username: author.handle },
      like_count: metrics.likes,
      media: { id: parent.platformPostId },
    });
    return {
      platformPostId: id,
      url: `https://www.instagram.com/p/${parent.extra}/c/${id}/`,
      raw,
      conversationId: parent.platformPostId,
      ...replyFields(parent),
      quoteOfPostId: null,
      extra: '',
    };
  }
  const mediaId = snowflake(ms, IG_EPOCH, 23, seq & 0x7fffff);
  const shortcode = shortcodeOf(BigInt(mediaId));
  const id = `${mediaId}_${author.platformUserId}`;
  const raw = JSON.stringify({
    id,
    caption: text,
    timestamp: at.replace(/\.\d{3}Z$/, '+0000'),
    username: author.handle,
    owner: { id: author.platformUserId },
    media_type: 'IMAGE',
    permalink: `https://www.instagram.com/p/${shortcode}/`,
    like_count: metrics.likes,
    comments_count: metrics.replies,
  });
  return {
    platformPostId: id,
    url: `https://www.instagram.com/p/${shortcode}/`,
    raw,
    conversationId: null,
    replyToPostId: null,
    replyToAccountId: null,
    quoteOfPostId: null,
    extra: shortcode,
  };
}

function shortcodeOf(id: bigint): string {
  let s = '';
  while (id > 0n) {
    s = B64URL[Number(id & 63n)] + s;
    id >>= 6n;
  }
  return s;
}

function buildYouTube({ seq, at, author, text, parent, metrics, own, rng }: BuildInput): BuiltPost {
  if (own) {
    const videoId = rng.chars(B64URL, 6) + encode(seq % 64 ** 5, B64URL, 5);
    const raw = JSON.stringify({
      kind: 'youtube#video',
      id: videoId,
      snippet: {
        publishedAt: at,
        channelId: author.platformUserId,
        channelTitle: author.displayName,
        title: text,
      },
      statistics: {
        viewCount: metrics.likes * 23 + metrics.replies,
        likeCount: metrics.likes,
        commentCount: metrics.replies,
      },
    });
    return {
      platformPostId: videoId,
      url: `https://www.youtube.com/watch?v=${videoId}`,
      raw,
      conversationId: null,
      replyToPostId: null,
      replyToAccountId: null,
      quoteOfPostId: null,
      extra: videoId,
    };
  }
  // Comments on someone else's (news) video carry no reply relation to the cast.
  const videoId = parent ? parent.extra : rng.chars(B64URL, 11);
  const id =
    rng.pick(['Ugx', 'Ugw', 'Ugz', 'UgyA']) + rng.chars(B64URL, 12) + encode(seq, B64URL, 5) + '4AaABAg';
  const raw = JSON.stringify({
    kind: 'youtube#comment',
    id,
    snippet: {
      videoId,
      textOriginal: text,
      authorDisplayName: `@${author.handle}`,
      authorChannelId: { value: author.platformUserId },
      likeCount: metrics.likes,
      publishedAt: at,
    },
  });
  return {
    platformPostId: id,
    url: `https://www.youtube.com/watch?v=${videoId}&lc=${id}`,
    raw,
    conversationId: parent ? parent.platformPostId : null,
    ...replyFields(parent),
    quoteOfPostId: null,
    extra: '',
  };
}

function buildTikTok({ seq, ms, author, text, parent, metrics }: BuildInput): BuiltPost {
  const seconds = Math.floor(ms / 1000);
  if (parent) {
    // Comment ids share the video id layout; the top bit of the low word keeps the two apart.
    const cid = bigDecimal(seconds, 2 ** 32, (seq & 0x7fffffff) + 0x80000000);
    const raw = JSON.stringify({
      cid,
      text,
      create_time: seconds,
      aweme_id: parent.platformPostId,
      digg_count: metrics.likes,
      reply_comment_total: metrics.replies,
      user: { uid: author.platformUserId, unique_id: author.handle, nickname: author.displayName },
    });
    return {
      platformPostId: cid,
      // Comments have no page of their own; the video is the link a reviewer can open.
      url: parent.url,
      raw,
      conversationId: parent.platformPostId,
      ...replyFields(parent),
      quoteOfPostId: null,
      extra: '',
    };
  }
  const id = bigDecimal(seconds, 2 ** 32, seq & 0x7fffffff);
  const raw = JSON.stringify({
    id,
    desc: text,
    create_time: seconds,
    author: { uid: author.platformUserId, unique_id: author.handle, nickname: author.displayName },
    stats: {
      diggCount: metrics.likes,
      shareCount: metrics.reposts,
      commentCount: metrics.replies,
      playCount: metrics.likes * 31 + 100,
    },
  });
  return {
    platformPostId: id,
    url: `https://www.tiktok.com/@${author.handle}/video/${id}`,
    raw,
    conversationId: null,
    replyToPostId: null,
    replyToAccountId: null,
    quoteOfPostId: null,
    extra: id,
  };
}

const SUBREDDITS = ['ukpolitics', 'unitedkingdom', 'LabourUK', 'tories', 'Scotland', 'CasualUK'];

function buildReddit({ seq, ms, author, text, parent, metrics, own, rng }: BuildInput): BuiltPost {
  const created = Math.floor(ms / 1000);
  if (own) {
    const sub = 'ukpolitics';
    const link = encode(36 ** 6 * 30 + seq, B36, 7);
    const raw = JSON.stringify({
      kind: 't3',
      data: {
        id: link,
        name: `t3_${link}`,
        author: author.handle,
        author_fullname: author.platformUserId,
        title: text,
        selftext: '',
        created_utc: created,
        subreddit: sub,
        permalink: `/r/${sub}/comments/${link}/`,
        score: metrics.likes,
        num_comments: metrics.replies,
      },
    });
    return {
      platformPostId: `t3_${link}`,
      url: `https://www.reddit.com/r/${sub}/comments/${link}/`,
      raw,
      conversationId: null,
      replyToPostId: null,
      replyToAccountId: null,
      quoteOfPostId: null,
      extra: `${sub}/${link}`,
    };
  }
  const [sub, link] = parent
    ? (parent.extra.split('/') as [string, string])
    : [rng.pick(SUBREDDITS), encode(36 ** 6 * 25 + rng.int(0, 36 ** 5), B36, 7)];
  const id = encode(36 ** 6 * 20 + seq * 3 + rng.int(0, 2), B36, 7);
  const permalink = `/r/${sub}/comments/${link}/comment/${id}/`;
  const raw = JSON.stringify({
    kind: 't1',
    data: {
      id,
      name: `t1_${id}`,
      author: author.handle,
      author_fullname: author.platformUserId,
      body: text,
      created_utc: created,
      subreddit: sub,
      link_id: `t3_${link}`,
      parent_id: `t3_${link}`,
      permalink,
      score: metrics.likes,
      ups: metrics.likes,
    },
  });
  return {
    platformPostId: `t1_${id}`,
    url: `https://www.reddit.com${permalink}`,
    raw,
    conversationId: `t3_${link}`,
    ...replyFields(parent),
    quoteOfPostId: null,
    extra: '',
  };
}
