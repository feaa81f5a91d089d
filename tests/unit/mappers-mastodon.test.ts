import { describe, it, expect } from 'vitest';
import { mastodonApiMapper } from '../../electron/ingest/mappers/mastodon-api';
import { mastodonOutboxMapper } from '../../electron/ingest/mappers/mastodon-outbox';
import { byId, ISO_MS, ownFile, sharedExists, sharedFile, units } from '../fixtures/ingest/load';

if (!sharedExists)
  console.warn('mappers-mastodon: ../shared/fixtures is missing, so the real Mastodon sample was SKIPPED');

describe('Mastodon API statuses (real public timeline)', () => {
  it.runIf(sharedExists)('maps 20 statuses with full handles and clean text', () => {
    const [unit] = units(sharedFile('mastodon/bigbone_public_timeline.json'));
    expect(mastodonApiMapper.detect(unit)).toBe(true);
    const r = mastodonApiMapper.map(unit);
    expect(r.rejects).toEqual([]);
    expect(r.posts).toHaveLength(20);
    for (const p of r.posts) expect(p.post.createdAt).toMatch(ISO_MS);

    const local = byId(r, '172429');
    expect(local.author).toMatchObject({
      platformUserId: '14476',
      handle: 'iorin0225@mstdn.jp',
      accountCreatedAt: '2017-04-13T13:09:20.869Z',
      followers: 1,
    });
    expect(local.post).toMatchObject({
      text: '電話であれ、テキストであれ、伝達能力はしっかり鍛えてほしい。',
      createdAt: '2017-04-14T06:11:41.893Z',
      url: 'https://mstdn.jp/@iorin0225/172429',
    });
    expect(byId(r, '172427').author?.handle).toBe('cocoabottle@mastodon.cloud');
    // <br> becomes a newline; <br /> too.
    expect(byId(r, '172427').post.text).toContain('以下引用\n【お知らせ】');
    expect(byId(r, '172407').post.text).toBe(
      'それっぽいウソ話とか\n変なリプライとかが一切無いこの空間は良いねー',
    );
    // Link text is kept in full, the invisible spans included.
    expect(byId(r, '172405').post.text).toBe(
      'http://inforati.jp/apple/mac-tips-techniques/system-hints/how-to-capture-a-specific-window-with-macos-screen-shot-function.html',
    );
  });
});

describe('Mastodon API statuses (own fixture)', () => {
  const r = mastodonApiMapper.map(units(ownFile('mastodon-statuses.json'))[0]);

  it('turns HTML into text: paragraphs, line breaks, entities, mentions and hidden URL parts', () => {
    const abuse = byId(r, '112090000000000002');
    expect(abuse.post.text).toBe(
      "@priyashah you're a disgrace & everyone knows it.\nWatch your back at the count.\n\nSee https://example.org/northfield/leaflet-2024",
    );
    expect(abuse.post).toMatchObject({
      replyToPostId: '112090000000000001',
      replyToAccountId: '109300000000000001',
      createdAt: '2024-03-04T18:05:12.345Z',
    });
    expect(abuse.mentionedHandles).toEqual(['priyashah@mastodon.social']);
    expect(abuse.mentionedAccountIds).toEqual(['109300000000000001']);
  });

  it('puts the content warning first and completes local handles with the instance domain', () => {
    const cw = byId(r, '112090000000000003');
    expect(cw.post.text).toBe(
      "Politics, long\n\nThread on #Northfield > the bus figures don't add up, cc @nftruth and @someone@example.net",
    );
    expect(cw.mentionedHandles).toEqual(['nftruth@mastodon.org.uk', 'someone@example.net']);
    expect(byId(r, '112090000000000002').author?.handle).toBe('nftruth@mastodon.org.uk');
  });

  it('emits a reblog as the original plus an empty repost record', () => {
    const boost = byId(r, '112090000000000004');
    expect(boost.post).toMatchObject({ text: '', repostOfPostId: '112090000000000002', metrics: {} });
    expect(boost.author?.handle).toBe('boostbot@mastodon.org.uk');
    expect(r.posts.filter((p) => p.post.platformPostId === '112090000000000002')).toHaveLength(1);
  });

  it('reads string and null counts, and rejects only the status without a time', () => {
    expect(byId(r, '112090000000000001').post.metrics).toEqual({ reposts: 12, replies: 3 });
    expect(byId(r, '112090000000000006').author).toBeNull();
    expect(r.posts).toHaveLength(5);
    expect(r.rejects).toEqual([
      expect.objectContaining({
        index: 4,
        reason: 'status #4 (id 112090000000000005): created_at is missing (expected a date and time)',
      }),
    ]);
  });
});

describe('Mastodon outbox.json (own fixture)', () => {
  const [unit] = units(ownFile('mastodon-outbox.json'));
  const r = mastodonOutboxMapper.map(unit);

  it('maps Create activities to posts with ids from the status URIs', () => {
    expect(mastodonOutboxMapper.detect(unit)).toBe(true);
    expect(r.posts.map((p) => p.post.platformPostId)).toEqual([
      '112090000000000001',
      '112095000000000010',
      '112095000000000011',
      '112095000000000012',
    ]);
    const first = r.posts[0]!;
    expect(first.post).toMatchObject({
      text: 'Evening buses are back on the 41 route from Monday.\n\nThank you to everyone who signed the petition!',
      createdAt: '2024-03-04T18:00:00.000Z',
      lang: 'en',
      url: 'https://mastodon.social/@priyashah/112090000000000001',
    });
    expect(first.author).toMatchObject({
      platformUserId: 'https://mastodon.social/users/priyashah',
      handle: 'priyashah@mastodon.social',
    });
  });

  it('keeps replies, mentions and content warnings', () => {
    const reply = r.posts[1]!;
    expect(reply.post).toMatchObject({
      replyToPostId: '112090000000000003',
      replyToAccountId: 'https://fosstodon.org/users/fairvoter',
      text: '@fairvoter Fair challenge — the figures are in the council papers, page 14.',
    });
    expect(reply.mentionedHandles).toEqual(['fairvoter@fosstodon.org']);
    expect(reply.mentionedAccountIds).toEqual(['https://fosstodon.org/users/fairvoter']);
    expect(r.posts[2]!.post.text).toBe('Constituency admin\n\nReminder: surgery on Saturday.');
  });

  it('records an Announce as a repost and rejects a Create without its object', () => {
    expect(r.posts[3]!.post).toMatchObject({
      text: '',
      repostOfPostId: '112094000000000007',
      createdAt: '2024-03-05T10:00:00.000Z',
    });
    expect(r.rejects).toHaveLength(1);
    expect(r.rejects[0]).toMatchObject({ index: 4 });
    expect(r.rejects[0]!.reason).toContain('object is missing (expected the Note the activity creates)');
  });

  it('throws for a unit it cannot use', () => {
    expect(() => mastodonOutboxMapper.map({ type: 'Person' })).toThrow(/mastodon-outbox: expected/);
  });
});
