/**
 * Facebook, Instagram, YouTube, TikTok and Reddit: mostly comments under someone's page post, photo,
 * video or submission, so a comment's id and URL derive from its parent; the cast's own posts are the
 * page posts, media, videos and submissions everyone comments under.
 */
import { B36, B64URL, bigDecimal, encode, fbNumber, IG_EPOCH, shortcodeOf, snowflake } from './ids';
import { replyFields, type BuildInput, type BuiltPost } from './shapes';

export function buildFacebook({ seq, ms, at, author, text, parent, metrics }: BuildInput): BuiltPost {
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

export function buildInstagram({ seq, ms, at, author, text, parent, metrics }: BuildInput): BuiltPost {
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

export function buildYouTube({ seq, at, author, text, parent, metrics, own, rng }: BuildInput): BuiltPost {
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

export function buildTikTok({ seq, ms, author, text, parent, metrics }: BuildInput): BuiltPost {
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

export function buildReddit({ seq, ms, author, text, parent, metrics, own, rng }: BuildInput): BuiltPost {
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
