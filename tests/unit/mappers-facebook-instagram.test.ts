import { describe, it, expect } from 'vitest';
import { crowdtangleApiMapper } from '../../electron/ingest/mappers/crowdtangle-api';
import { crowdtangleCsvMapper } from '../../electron/ingest/mappers/crowdtangle-csv';
import { mapAll, ownFile, units } from '../fixtures/ingest/load';

// No real CrowdTangle sample is available (the service closed in 2024); these fixtures follow its export docs.

describe('CrowdTangle CSV, Facebook (own fixture)', () => {
  const rows = units(ownFile('crowdtangle-facebook.csv'));
  const r = mapAll(crowdtangleCsvMapper, rows);

  it('reads rows behind a BOM, with quoted multi-line messages', () => {
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => crowdtangleCsvMapper.detect(row))).toBe(true);
    const first = r.posts[0]!;
    expect(first.post).toMatchObject({
      platform: 'facebook',
      platformPostId: '104857372612345_722310045678901',
      text: 'Priya Shah has betrayed this town.\nShe should never show her face in Northfield again, "or else".',
      createdAt: '2024-03-05T19:02:11.000Z',
      url: 'https://www.facebook.com/NorthfieldMatters/posts/722310045678901',
    });
    expect(first.author).toEqual({
      platform: 'facebook',
      platformUserId: '104857372612345',
      handle: 'NorthfieldMatters',
      displayName: 'Northfield Matters',
      accountCreatedAt: '2019-04-02T08:15:00.000Z',
      followers: 13550,
    });
  });

  it('reads locale-formatted counts: 1,234 / 1.020 / 12K / 1,2K, and drops n/a', () => {
    expect(r.posts[0]!.post.metrics).toEqual({
      likes: 1020,
      replies: 150,
      reposts: 12000,
      love: 3,
      wow: 0,
      haha: 49,
      sad: 0,
      angry: 0,
      care: 0,
      interactions: 1234,
    });
    expect(r.posts[1]!.post.metrics).toEqual({ likes: 1200, interactions: 1500 });
    expect(r.posts[1]!.author?.followers).toBe(13551);
  });

  it('converts zone abbreviations to UTC and rejects an unknown zone', () => {
    expect(r.posts[1]!.post.createdAt).toBe('2024-03-06T13:30:00.000Z');
    expect(r.posts).toHaveLength(2);
    expect(r.rejects).toHaveLength(1);
    expect(r.rejects[0]!.reason).toContain(
      'Post Created: unknown time zone "XYZ" in "2024-03-06 09:00:00 XYZ"',
    );
  });
});

describe('CrowdTangle CSV, Instagram (own fixture)', () => {
  const rows = units(ownFile('crowdtangle-instagram.csv'));
  const r = mapAll(crowdtangleCsvMapper, rows);

  it('maps captions, handles and media ids decoded from the shortcode', () => {
    expect(r.rejects).toEqual([]);
    expect(r.posts.map((p) => p.post.platform)).toEqual(['instagram', 'instagram']);
    const photo = r.posts[0]!;
    expect(photo.post).toMatchObject({
      platformPostId: '3316557418681405150',
      text: 'Tag her so she sees it 👇 @priyashah.mp #northfield',
      createdAt: '2024-03-05T20:15:00.000Z',
      url: 'https://www.instagram.com/p/C4Gx2aBsQ7e/',
      metrics: { likes: 380, replies: 30, interactions: 410 },
    });
    expect(photo.author).toMatchObject({
      platformUserId: 'northfield.truth',
      handle: 'northfield.truth',
      followers: 2310,
    });
    expect(photo.mentionedHandles).toEqual(['priyashah.mp']);
    expect(r.posts[1]!.post).toMatchObject({
      createdAt: '2024-03-06T15:00:00.000Z',
      metrics: { likes: 12, replies: 1, views: 1100 },
    });
  });
});

describe('CrowdTangle API JSON (own fixture)', () => {
  const [unit] = units(ownFile('crowdtangle-api.json'));
  const r = crowdtangleApiMapper.map(unit);

  it('maps Facebook and Instagram posts with UTC dates and platform account ids', () => {
    expect(crowdtangleApiMapper.detect(unit)).toBe(true);
    const [fb, ig] = r.posts;
    expect(fb!.post).toMatchObject({
      platform: 'facebook',
      platformPostId: '104857372612345_722310045678901',
      createdAt: '2024-03-05T19:02:11.000Z',
      lang: 'en',
      metrics: { likes: 1020, replies: 150, reposts: 12000, love: 3, haha: 49 },
    });
    expect(fb!.author).toMatchObject({
      platformUserId: '104857372612345',
      followers: 13550,
      accountCreatedAt: '2019-04-02T08:15:00.000Z',
    });
    expect(ig!.post).toMatchObject({
      platform: 'instagram',
      platformPostId: '3316557418681405150_48123456789',
      text: 'Tag her so she sees it 👇 @priyashah.mp #northfield',
      metrics: { likes: 380, replies: 30 },
    });
    expect(ig!.author).toMatchObject({ platformUserId: '48123456789', handle: 'northfield.truth' });
  });

  it('rejects the post without a date and the one from another platform', () => {
    expect(r.rejects.map((j) => j.index)).toEqual([2, 3]);
    expect(r.rejects[0]!.reason).toContain('date is missing');
    expect(r.rejects[1]!.reason).toContain('platform is "Twitter" (expected "Facebook" or "Instagram")');
  });

  it('throws for a unit it cannot use', () => {
    expect(() => crowdtangleApiMapper.map({ status: 200, result: {} })).toThrow(/crowdtangle-api: expected/);
    expect(() => crowdtangleCsvMapper.map({ Name: 'x' })).toThrow(/crowdtangle-csv: expected/);
  });
});
