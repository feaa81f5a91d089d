import { describe, it, expect } from 'vitest';
import { blueskyMapper } from '../../electron/ingest/mappers/bluesky';
import { byId, ISO_MS, ownFile, sharedExists, sharedFile, units } from '../fixtures/ingest/load';

if (!sharedExists)
  console.warn('mappers-bluesky: ../shared/fixtures is missing, so the real Bluesky sample was SKIPPED');

const PRIYA = 'did:plc:q7x2mvn4kd3ltw5yrh6cjzpb';
const TROLL = 'did:plc:zk4c7pqv2wl5n6x3mhr7yjte';
const PRIYA_POST = `at://${PRIYA}/app.bsky.feed.post/3kq2vbzx7mk2a`;

describe('Bluesky searchPosts (real sample)', () => {
  it.runIf(sharedExists)('maps 23 results and the quoted post only they embed', () => {
    const [unit] = units(sharedFile('bluesky/bskyr_app.bsky.feed.searchPosts.json'));
    expect(blueskyMapper.detect(unit)).toBe(true);
    const r = blueskyMapper.map(unit);
    expect(r.rejects).toEqual([]);
    expect(r.posts).toHaveLength(24);
    const results = r.posts.slice(0, 23);
    expect(results.filter((p) => p.post.replyToPostId).length).toBe(6);
    expect(results.filter((p) => p.post.quoteOfPostId).length).toBe(3);
    for (const p of r.posts) expect(p.post.createdAt).toMatch(ISO_MS);

    const first = r.posts[0]!;
    expect(first.post).toMatchObject({
      platformPostId: 'at://did:plc:xrs7uicyfcp5qbnhnqy7kucb/app.bsky.feed.post/3kghpycppiw2n',
      createdAt: '2023-12-14T00:37:20.615Z',
      url: 'https://bsky.app/profile/planetcarnival.bsky.social/post/3kghpycppiw2n',
      replyToPostId: 'at://did:plc:4ypydtsxlmkfyoyoxb26o4wd/app.bsky.feed.post/3kghpqjiodr2t',
      replyToAccountId: 'did:plc:4ypydtsxlmkfyoyoxb26o4wd',
      conversationId: 'at://did:plc:4ypydtsxlmkfyoyoxb26o4wd/app.bsky.feed.post/3kghpqjiodr2t',
      lang: 'en',
      metrics: { likes: 1, reposts: 0, replies: 0 },
    });
    expect(first.author).toMatchObject({
      platformUserId: 'did:plc:xrs7uicyfcp5qbnhnqy7kucb',
      displayName: 'PlanetCarnival',
    });

    // A createdAt without milliseconds is normalised.
    expect(
      byId(r, 'at://did:plc:7sgclcermjo3y4b3625fyvld/app.bsky.feed.post/3kghckngg4a22').post.createdAt,
    ).toBe('2023-12-13T20:37:03.000Z');
  });

  it.runIf(sharedExists)(
    'reads mentions from facets (DIDs) and text (handles), and quotes from embeds',
    () => {
      const r = blueskyMapper.map(units(sharedFile('bluesky/bskyr_app.bsky.feed.searchPosts.json'))[0]);
      const kagro = byId(r, 'at://did:plc:b2nvxgipvmqraxogjxaaugzf/app.bsky.feed.post/3kghldak2fz2o');
      expect(kagro.mentionedHandles).toEqual(['demfromct.bsky.social']);
      expect(kagro.mentionedAccountIds).toEqual(['did:plc:djsxzf5ivvqy5rwz7w7zyypw']);
      const dk = byId(r, 'at://did:plc:alqdxbp33ceoyly2o46nvcrc/app.bsky.feed.post/3kggqnyvesm2b');
      expect(dk.mentionedHandles).toEqual(['yeargain.bsky.social']);
      expect(dk.mentionedAccountIds).toEqual(['did:plc:q3dycka5ce2gybcbau5gfehd']);

      const embedded = byId(r, 'at://did:plc:ivseckn32uuldbxyt3qqlsyv/app.bsky.feed.post/3kggoq6wah62h');
      expect(embedded.author?.handle).toBe('hellgateny.bsky.social');
      expect(embedded.post.text).toContain('Without the rejection of Hochul nominee');
      // Quoted twice and also a result: stored once, from the full result rather than the embed.
      const lwv = r.posts.filter((p) => p.post.platformPostId.endsWith('/3kgfr3hhued2z'));
      expect(lwv).toHaveLength(1);
      expect(JSON.parse(lwv[0]!.post.raw)).toHaveProperty('record');
    },
  );
});

describe('Bluesky getAuthorFeed (own fixture)', () => {
  const r = blueskyMapper.map(units(ownFile('bluesky-author-feed.json'))[0]);

  it('maps posts, reply context and quoted posts, and rejects the post without a record', () => {
    const quoted = 'at://did:plc:m2w4r6t7yau2i4o6p7aqs2d4/app.bsky.feed.post/3kq32ab5xyz2e';
    expect(r.posts.map((p) => p.post.platformPostId)).toEqual([
      `at://${TROLL}/app.bsky.feed.post/3kq2x4lqrfm2c`,
      `at://${TROLL}/app.bsky.feed.post/3kq2y7dwnbc2d`,
      PRIYA_POST,
      quoted,
      `at://${TROLL}/app.bsky.feed.repost/for:${quoted}`,
      'at://did:plc:3tbn5x6hw2fvgk7aq4ymrexd/app.bsky.feed.post/3kq34tomxx2g',
      `at://${TROLL}/app.bsky.feed.repost/3kq35rpstx2h`,
    ]);
    expect(r.rejects).toHaveLength(1);
    expect(r.rejects[0]).toMatchObject({ index: 3 });
    expect(r.rejects[0]!.reason).toContain('record is missing (expected the app.bsky.feed.post record');
  });

  it('reads mention facets by UTF-8 byte offsets', () => {
    const threat = r.posts[0]!;
    expect(threat.mentionedHandles).toEqual(['priyashah.bsky.social']);
    expect(threat.mentionedAccountIds).toEqual([PRIYA]);
    expect(threat.post.createdAt).toBe('2024-03-05T15:10:11.123Z');
    expect(threat.author?.accountCreatedAt).toBe('2024-01-15T12:00:00.000Z');
  });

  it('turns a #reasonRepost into a repost record by the reposter', () => {
    const derived = r.posts[4]!;
    expect(derived.post).toMatchObject({
      text: '',
      createdAt: '2024-03-05T16:30:00.000Z',
      repostOfPostId: 'at://did:plc:m2w4r6t7yau2i4o6p7aqs2d4/app.bsky.feed.post/3kq32ab5xyz2e',
    });
    expect(derived.author).toMatchObject({ platformUserId: TROLL, handle: 'northfieldtruth.bsky.social' });
    const withUri = r.posts[6]!;
    expect(withUri.post.platformPostId).toBe(`at://${TROLL}/app.bsky.feed.repost/3kq35rpstx2h`);
    expect(withUri.post.repostOfPostId).toBe(
      'at://did:plc:3tbn5x6hw2fvgk7aq4ymrexd/app.bsky.feed.post/3kq34tomxx2g',
    );
  });

  it('takes the quote from a record-with-media embed', () => {
    const quote = r.posts[3]!;
    expect(quote.post.quoteOfPostId).toBe(PRIYA_POST);
    expect(quote.post.createdAt).toBe('2024-03-05T16:00:00.000Z');
    expect(quote.mentionedHandles).toEqual(['tomaldridge.org.uk']);
  });
});

describe('Bluesky getPostThread and getQuotes (own fixtures)', () => {
  it('walks the thread up through parents and down through replies, skipping not-found and blocked stubs', () => {
    const r = blueskyMapper.map(units(ownFile('bluesky-thread.json'))[0]);
    expect(r.rejects).toEqual([]);
    expect(r.posts.map((p) => p.post.platformPostId.split('/').pop())).toEqual([
      '3kq2y7dwnbc2d',
      '3kq2vbzx7mk2a',
      '3kq2z9qwert2i',
    ]);
    expect(r.posts[2]!.post).toMatchObject({
      replyToPostId: `at://${TROLL}/app.bsky.feed.post/3kq2y7dwnbc2d`,
      replyToAccountId: TROLL,
      conversationId: PRIYA_POST,
    });
  });

  it('maps the quotes of a post and the quoted post once', () => {
    const [unit] = units(ownFile('bluesky-quotes.json'));
    expect(blueskyMapper.detect(unit)).toBe(true);
    const r = blueskyMapper.map(unit);
    expect(r.posts).toHaveLength(3);
    expect(r.posts.filter((p) => p.post.quoteOfPostId === PRIYA_POST)).toHaveLength(2);
    expect(byId(r, PRIYA_POST).post.text).toContain('Spoke in the debate on bus funding');
  });

  it('throws for a unit it cannot use', () => {
    expect(() => blueskyMapper.map({ posts: 'none' })).toThrow(/bluesky: expected/);
  });
});
