import { describe, it, expect } from 'vitest';
import { tiktokMapper } from '../../electron/ingest/mappers/tiktok';
import { ownFile, sharedExists, sharedFile, units } from '../fixtures/ingest/load';

if (!sharedExists)
  console.warn('mappers-tiktok: ../shared/fixtures is missing, so the real TikTok samples were SKIPPED');

describe('TikTok Research API (real documentation examples)', () => {
  it.runIf(sharedExists)('maps the video query: one video (listed twice), 64-bit id kept exact', () => {
    const [unit] = units(sharedFile('tiktok/traktok_example_resp_q_videos.research-api.json'));
    expect(tiktokMapper.detect(unit)).toBe(true);
    const r = tiktokMapper.map(unit);
    expect(r.rejects).toEqual([]);
    expect(r.posts).toHaveLength(1);
    expect(r.posts[0]!.post).toMatchObject({
      platform: 'tiktok',
      platformPostId: '702874395068494965',
      text: 'lol #pov #avengers',
      createdAt: '2021-10-09T23:59:59.000Z',
      metrics: { views: 1050, replies: 2 },
      // No username in the example, so no account and no URL can be built.
      url: null,
    });
    expect(r.posts[0]!.author).toBeNull();
  });

  it.runIf(sharedExists)('rejects ids that JSON.parse already rounded, saying why', () => {
    const [unit] = units(sharedFile('tiktok/traktok_example_resp_q_videos.research-api.json'), {
      plain: true,
    });
    const r = tiktokMapper.map(unit);
    expect(r.posts).toEqual([]);
    expect(r.rejects).toHaveLength(2);
    expect(r.rejects[0]!.reason).toMatch(/video_id is the JSON number 702874395068495\d+, beyond 2\^53/);
  });

  it.runIf(sharedExists)('maps the comment list with its video and parent', () => {
    const r = tiktokMapper.map(
      units(sharedFile('tiktok/traktok_example_resp_comments.research-api.json'))[0],
    );
    expect(r.rejects).toEqual([]);
    expect(r.posts).toHaveLength(1);
    expect(r.posts[0]!.post).toMatchObject({
      platformPostId: '12345616934634134',
      text: 'AWEEEEEE 🥰🥰🥰',
      createdAt: '2022-12-19T23:13:18.000Z',
      replyToPostId: '1234561201524010',
      conversationId: '1234563451201523412',
      metrics: { likes: 50, replies: 10 },
    });
  });
});

describe('TikTok Research API (own fixtures)', () => {
  it('builds URLs from usernames, reads formatted counts and @mentions', () => {
    const r = tiktokMapper.map(units(ownFile('tiktok-videos.json'))[0]);
    const [first, second] = r.posts;
    expect(first!.post).toMatchObject({
      platformPostId: '7343012345678901234',
      url: 'https://www.tiktok.com/@northfield.truth/video/7343012345678901234',
      createdAt: '2024-03-05T20:00:00.000Z',
      metrics: { likes: 1200, replies: 88, reposts: 31, views: 45300 },
    });
    expect(first!.author).toEqual({
      platform: 'tiktok',
      platformUserId: 'northfield.truth',
      handle: 'northfield.truth',
    });
    expect(first!.mentionedHandles).toEqual(['priyashah.mp']);
    expect(second!.post.metrics).toEqual({ likes: 240, views: 9800 });
    expect(r.rejects).toEqual([
      expect.objectContaining({ index: 2, reason: expect.stringContaining('video_description is missing') }),
    ]);
  });

  it('links comments to their video or parent comment', () => {
    const r = tiktokMapper.map(units(ownFile('tiktok-comments.json'))[0]);
    expect(r.posts.map((p) => [p.post.platformPostId, p.post.replyToPostId, p.post.conversationId])).toEqual([
      ['7343100000000000001', '7343012345678901234', '7343012345678901234'],
      ['7343100000000000002', '7343100000000000001', '7343012345678901234'],
    ]);
    expect(r.posts[1]!.mentionedHandles).toEqual(['northfield.truth']);
  });

  it('throws for a unit it cannot use', () => {
    expect(() => tiktokMapper.map({ data: { users: [] } })).toThrow(/tiktok-research: expected/);
  });
});
