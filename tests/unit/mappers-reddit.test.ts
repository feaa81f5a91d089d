import { describe, it, expect } from 'vitest';
import { redditListingMapper } from '../../electron/ingest/mappers/reddit-listing';
import { redditPushshiftMapper } from '../../electron/ingest/mappers/reddit-pushshift';
import { byId, ISO_MS, mapAll, ownFile, sharedExists, sharedFile, units } from '../fixtures/ingest/load';

if (!sharedExists)
  console.warn('mappers-reddit: ../shared/fixtures is missing, so the real Reddit samples were SKIPPED');

describe('Reddit Listing (real search results)', () => {
  it.runIf(sharedExists)('maps both submissions with fullnames, authors, times and permalinks', () => {
    const [unit] = units(sharedFile('reddit/go-reddit_testdata_subreddit_search-posts.listing.json'));
    expect(redditListingMapper.detect(unit)).toBe(true);
    const r = redditListingMapper.map(unit);
    expect(r.rejects).toEqual([]);
    expect(r.posts.map((p) => p.post.platformPostId)).toEqual(['t3_hybow9', 't3_hmwhd7']);
    const first = r.posts[0]!;
    expect(first.post).toMatchObject({
      text: 'Pregnancy test',
      createdAt: '2020-07-26T18:14:24.000Z',
      url: 'https://www.reddit.com/r/WatchPeopleDieInside/comments/hybow9/pregnancy_test/',
      conversationId: null,
      metrics: { score: 103829 },
    });
    expect(first.author).toEqual({
      platform: 'reddit',
      platformUserId: 't2_3p32m02',
      handle: 'chocolat_ice_cream',
    });
    expect(r.posts[1]!.post.createdAt).toBe('2020-07-07T15:19:42.000Z');
    expect(r.posts[1]!.author?.handle).toBe('Jeremy_Martin');
  });
});

describe('Reddit Pushshift / Arctic Shift NDJSON (real submissions dump)', () => {
  it.runIf(sharedExists)('maps all 31 lines, old and new, plus one embedded crosspost original', () => {
    const lines = units(sharedFile('reddit/pushshift-importer_test_submissions.ndjson'));
    expect(lines).toHaveLength(31);
    expect(lines.every((l) => redditPushshiftMapper.detect(l))).toBe(true);
    const r = mapAll(redditPushshiftMapper, lines);
    expect(r.rejects).toEqual([]);
    expect(r.posts).toHaveLength(32);
    for (const p of r.posts) expect(p.post.createdAt).toMatch(ISO_MS);

    const poll = byId(r, 't3_1afwvv8');
    expect(poll.post.text).toBe(
      'Spielt Guerreiro bei Bayern von Anfang an?\n\n\n\n[View Poll](https://www.reddit.com/poll/1afwvv8)',
    );
    expect(poll.post.createdAt).toBe('2024-02-01T00:00:00.000Z');
    expect(poll.author).toMatchObject({ platformUserId: 't2_6e2k1y0k', handle: 'nils_koe' });

    // 2005 records: no `name` (the fullname is built) and no author_fullname (the username stands in).
    const memo = byId(r, 't3_87');
    expect(memo.post).toMatchObject({
      text: 'The Downing Street Memo',
      createdAt: '2005-06-23T18:43:53.000Z',
    });
    expect(memo.author).toMatchObject({ platformUserId: 'kn0thing', handle: 'kn0thing' });
    // created_utc as a string; &amp; decoded in titles.
    expect(byId(r, 't3_2f4i96').post.createdAt).toBe('2014-09-01T00:00:00.000Z');
    expect(byId(r, 't3_1v3sg').post.text).toBe('NUMBERS & WEB SITES');

    const crosspost = byId(r, 't3_1afwvv9');
    expect(crosspost.post.quoteOfPostId).toBe('t3_1abw4nj');
    expect(byId(r, 't3_1abw4nj').author?.handle).toBe('Romano16');
  });
});

describe('Reddit comments page (own fixture)', () => {
  const [unit] = units(ownFile('reddit-comments-page.json'));
  const r = redditListingMapper.map(unit);

  it('maps the submission and the nested comment tree, skipping "more" stubs', () => {
    expect(redditListingMapper.detect(unit)).toBe(true);
    expect(r.posts.map((p) => p.post.platformPostId)).toEqual([
      't3_1b7qk3z',
      't1_kt3c001',
      't1_kt3c002',
      't1_kt3c003',
      't1_kt3c004',
    ]);
    expect(r.posts[0]!.post.text).toBe(
      'Northfield MP Priya Shah defends bus cuts vote\n\nShe says the vote was about "balancing the books" but the 41 is the only bus after 7pm. Thoughts?\n\nSource: local paper, page 3 & the council minutes.',
    );
  });

  it('links replies to their parents and, when the parent is in the file, to its author', () => {
    expect(byId(r, 't1_kt3c001').post).toMatchObject({
      replyToPostId: 't3_1b7qk3z',
      replyToAccountId: 't2_4k2j9x',
      conversationId: 't3_1b7qk3z',
      metrics: { score: -14 },
    });
    expect(byId(r, 't1_kt3c002').post).toMatchObject({
      replyToPostId: 't1_kt3c001',
      replyToAccountId: 't2_1abcde',
    });
    expect(byId(r, 't1_kt3c001').mentionedHandles).toEqual(['priya_shah_mp']);
    expect(byId(r, 't1_kt3c004').post.createdAt).toBe('2024-03-04T17:30:00.500Z');
    expect(byId(r, 't1_kt3c004').post.text).toContain('own it > blaming');
  });

  it('keeps a removed comment with no account, and does not repeat the subtree in a parent’s raw', () => {
    expect(byId(r, 't1_kt3c003').author).toBeNull();
    const raw = JSON.parse(byId(r, 't1_kt3c001').post.raw) as { kind: string; data: Record<string, unknown> };
    expect(raw.kind).toBe('t1');
    expect(raw.data).not.toHaveProperty('replies');
    expect(raw.data.body).toContain('Someone should pay her a visit');
  });

  it('rejects the comment without a time and names it', () => {
    expect(r.rejects).toEqual([
      expect.objectContaining({
        index: 5,
        reason: 'child #5 (id t1_kt3c005): created_utc is missing (expected a date and time)',
      }),
    ]);
  });
});

describe('Reddit Pushshift comments (own fixture)', () => {
  const lines = units(ownFile('reddit-comments.ndjson'));
  const r = mapAll(redditPushshiftMapper, lines);

  it('reads comments with link and parent ids, string times and /u/ mentions', () => {
    expect(lines).toHaveLength(4);
    expect(r.posts.map((p) => p.post.platformPostId)).toEqual(['t1_kt3d001', 't1_kt3d002', 't1_kt3d003']);
    expect(r.posts[0]!.post).toMatchObject({
      text: "She's finished. Absolute clown & a liar.",
      createdAt: '2024-03-04T19:20:00.000Z',
      replyToPostId: 't3_1b7qk3z',
      conversationId: 't3_1b7qk3z',
    });
    expect(r.posts[1]!.author).toBeNull();
    expect(r.posts[1]!.post.url).toBe(
      'https://www.reddit.com/r/ukpolitics/comments/1b7qk3z/comment/kt3d002/',
    );
    expect(r.posts[2]!.mentionedHandles).toEqual(['tomaldridgemp']);
    expect(r.posts[2]!.post.metrics).toEqual({ score: 7 });
  });

  it('rejects a line whose time cannot be read', () => {
    expect(r.rejects).toHaveLength(1);
    expect(r.rejects[0]!.reason).toBe(
      'record #0 (id kt3d004): created_utc: unrecognised date and time "yesterday"',
    );
  });

  it('throws for a unit it cannot use', () => {
    expect(() => redditPushshiftMapper.map({ kind: 'Listing' })).toThrow(/reddit-pushshift: expected/);
    expect(() => redditListingMapper.map([])).toThrow(/reddit-listing: expected/);
  });
});
