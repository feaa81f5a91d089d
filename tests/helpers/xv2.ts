/**
 * Writes X API v2 tweets as NDJSON ("flattened": one tweet per line with its author inline), the
 * shape research tools save. Used by the import benchmark and the crash-recovery test.
 */
import fs from 'node:fs';

export interface TweetSeed {
  id: string;
  text: string;
  createdAt: string;
  authorId: string;
  username: string;
  name: string;
  mentions: { username: string; id: string }[];
  replyToUserId?: string;
  replyToTweetId?: string;
}

export function xv2Line(t: TweetSeed): string {
  const mentions = t.mentions.map((m) => {
    const start = Math.max(0, t.text.indexOf('@' + m.username));
    return { start, end: start + m.username.length + 1, username: m.username, id: m.id };
  });
  return JSON.stringify({
    id: t.id,
    text: t.text,
    created_at: t.createdAt,
    author_id: t.authorId,
    conversation_id: t.replyToTweetId ?? t.id,
    lang: 'en',
    public_metrics: {
      retweet_count: t.id.length % 7,
      reply_count: 1,
      like_count: Number(t.id.slice(-2)),
      quote_count: 0,
    },
    ...(mentions.length ? { entities: { mentions } } : {}),
    ...(t.replyToUserId ? { in_reply_to_user_id: t.replyToUserId } : {}),
    ...(t.replyToTweetId ? { referenced_tweets: [{ type: 'replied_to', id: t.replyToTweetId }] } : {}),
    author: {
      id: t.authorId,
      username: t.username,
      name: t.name,
      created_at: '2020-01-01T00:00:00.000Z',
      public_metrics: { followers_count: 10 },
    },
  });
}

/** A synthetic file of `n` tweets mentioning @fixture_mp (for tests that need volume, not realism). */
export function writeSyntheticXv2(file: string, n: number, startId = 1_000_000_000_000_000_000n): void {
  const fd = fs.openSync(file, 'w');
  let buf = '';
  for (let i = 0; i < n; i++) {
    const id = (startId + BigInt(i)).toString();
    buf +=
      xv2Line({
        id,
        text: `@fixture_mp post number ${i} about the budget vote and the NHS`,
        createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
        authorId: String(1000 + (i % 500)),
        username: `user${i % 500}`,
        name: `User ${i % 500}`,
        mentions: [{ username: 'fixture_mp', id: '42' }],
      }) + '\n';
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
}
