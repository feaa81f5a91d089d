import { describe, it, expect } from 'vitest';
import { PLATFORMS } from '../../db/posts';
import { detectMapper, MAPPERS, mapperByName } from '../../electron/ingest/mappers';
import { xApiV2Mapper } from '../../electron/ingest/mappers/x-v2';
import { ISO_MS, ownFile, sharedExists, sharedFile, units } from '../fixtures/ingest/load';

if (!sharedExists)
  console.warn(
    'mappers-detection: ../shared/fixtures is missing, so the real samples were SKIPPED from the matrix',
  );

interface Sample {
  file: string;
  shared: boolean;
  mapper: string;
}

/** Every sample, real and own, with the one mapper that must claim it. */
const SAMPLES: Sample[] = [
  { file: 'twitter/twarc-csv_test-data_brexit.v2.jsonl', shared: true, mapper: 'x-v2' },
  { file: 'twitter/twarc-csv_test-data_two_tweets.v2.jsonl', shared: true, mapper: 'x-v2' },
  { file: 'twitter/python-twitter_testdata_get_search_raw.v1.1.json', shared: true, mapper: 'x-v1' },
  { file: 'bluesky/bskyr_app.bsky.feed.searchPosts.json', shared: true, mapper: 'bluesky' },
  { file: 'mastodon/bigbone_public_timeline.json', shared: true, mapper: 'mastodon-api' },
  {
    file: 'reddit/go-reddit_testdata_subreddit_search-posts.listing.json',
    shared: true,
    mapper: 'reddit-listing',
  },
  { file: 'reddit/pushshift-importer_test_submissions.ndjson', shared: true, mapper: 'reddit-pushshift' },
  { file: 'youtube/phoenix_comment_threads_response.json', shared: true, mapper: 'youtube-comments' },
  { file: 'tiktok/traktok_example_resp_q_videos.research-api.json', shared: true, mapper: 'tiktok-research' },
  { file: 'tiktok/traktok_example_resp_comments.research-api.json', shared: true, mapper: 'tiktok-research' },
  { file: 'x-v2-edge.json', shared: false, mapper: 'x-v2' },
  { file: 'x-v2-flat.jsonl', shared: false, mapper: 'x-v2-flat' },
  { file: 'x-v1-stream.ndjson', shared: false, mapper: 'x-v1' },
  { file: 'x-archive-tweets.js.txt', shared: false, mapper: 'x-archive' },
  { file: 'bluesky-author-feed.json', shared: false, mapper: 'bluesky' },
  { file: 'bluesky-thread.json', shared: false, mapper: 'bluesky' },
  { file: 'bluesky-quotes.json', shared: false, mapper: 'bluesky' },
  { file: 'mastodon-statuses.json', shared: false, mapper: 'mastodon-api' },
  { file: 'mastodon-outbox.json', shared: false, mapper: 'mastodon-outbox' },
  { file: 'reddit-comments-page.json', shared: false, mapper: 'reddit-listing' },
  { file: 'reddit-comments.ndjson', shared: false, mapper: 'reddit-pushshift' },
  { file: 'youtube-comment-threads.json', shared: false, mapper: 'youtube-comments' },
  { file: 'tiktok-videos.json', shared: false, mapper: 'tiktok-research' },
  { file: 'tiktok-comments.json', shared: false, mapper: 'tiktok-research' },
  { file: 'crowdtangle-facebook.csv', shared: false, mapper: 'crowdtangle-csv' },
  { file: 'crowdtangle-instagram.csv', shared: false, mapper: 'crowdtangle-csv' },
  { file: 'crowdtangle-api.json', shared: false, mapper: 'crowdtangle-api' },
];

const sampleUnits = (s: Sample): unknown[] => units(s.shared ? sharedFile(s.file) : ownFile(s.file));

describe('cross-detection matrix', () => {
  for (const s of SAMPLES) {
    it.runIf(!s.shared || sharedExists)(`${s.file}: only ${s.mapper} claims it`, () => {
      // The first unit is what detection sees; every unit of the file must still be ours alone.
      for (const unit of sampleUnits(s).slice(0, 5)) {
        const claims = MAPPERS.filter((m) => m.detect(unit)).map((m) => m.name);
        expect(claims).toEqual([s.mapper]);
        expect(detectMapper(unit)?.name).toBe(s.mapper);
      }
    });
  }

  it('looks past a malformed first record, which is a bad post rather than another format', () => {
    const [page] = units(ownFile('x-v2-edge.json')) as [{ data: unknown[] }];
    const firstBroken = { ...page, data: [{ text: 'no id' }, ...page.data] };
    expect(detectMapper(firstBroken)?.name).toBe('x-v2');
    const [statuses] = units(ownFile('mastodon-statuses.json')) as [unknown[]];
    expect(detectMapper(['junk', ...statuses])?.name).toBe('mastodon-api');
    expect(mapperByName('mastodon-api')!.map(['junk', ...statuses]).rejects[0]).toMatchObject({ index: 0 });
  });

  it('claims nothing that is not a post format', () => {
    const others: unknown[] = [
      null,
      42,
      'text',
      [],
      {},
      { data: [] },
      [{}],
      // A v2 users lookup, a Graph API page feed, a v1.1 user object, a Bluesky profile, a Mastodon account.
      { data: [{ id: '12', username: 'someone', name: 'Someone' }] },
      { data: [{ id: '1_2', message: 'hello', created_time: '2024-01-01T00:00:00+0000' }] },
      { id_str: '12', screen_name: 'someone', created_at: 'Mon Mar 04 09:15:02 +0000 2024' },
      { did: 'did:plc:abc', handle: 'a.bsky.social' },
      { id: '1', acct: 'alice', username: 'alice', url: 'https://example.social/@alice' },
      { kind: 'youtube#videoListResponse', items: [] },
      { status: 200, result: { accounts: [] } },
      { type: 'OrderedCollection', id: 'https://example.social/users/a/followers', orderedItems: [] },
    ];
    for (const unit of others) expect(MAPPERS.filter((m) => m.detect(unit)).map((m) => m.name)).toEqual([]);
  });
});

describe('every mapped post is well formed', () => {
  for (const s of SAMPLES) {
    it.runIf(!s.shared || sharedExists)(`${s.file}`, () => {
      const mapper = mapperByName(s.mapper)!;
      for (const unit of sampleUnits(s)) {
        const { posts, rejects } = mapper.map(unit);
        const keys = posts.map((p) => `${p.post.platform}/${p.post.platformPostId}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const { post, author, mentionedHandles, mentionedAccountIds } of posts) {
          expect(PLATFORMS).toContain(post.platform);
          expect(post.platformPostId).toMatch(/\S/);
          expect(post.createdAt).toMatch(ISO_MS);
          expect(typeof post.text).toBe('string');
          expect(() => JSON.parse(post.raw) as unknown).not.toThrow();
          for (const v of Object.values(post.metrics ?? {})) expect(Number.isFinite(v)).toBe(true);
          for (const rel of [
            post.replyToPostId,
            post.quoteOfPostId,
            post.repostOfPostId,
            post.conversationId,
          ]) {
            expect(rel === null || (typeof rel === 'string' && rel.length > 0)).toBe(true);
          }
          if (post.repostOfPostId) expect(post.text).toBe('');
          if (author) {
            expect(author.platform).toBe(post.platform);
            expect(author.platformUserId).toMatch(/\S/);
          }
          for (const h of mentionedHandles) expect(h).toMatch(/^[^@A-Z\s][^A-Z\s]*$/);
          for (const id of mentionedAccountIds) expect(typeof id).toBe('string');
        }
        for (const j of rejects) expect(j.reason.length).toBeGreaterThan(10);
      }
    });
  }
});

describe('the mapper registry', () => {
  it('names each mapper once and finds it by name', () => {
    const names = MAPPERS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(13);
    expect(mapperByName('x-v2')).toBe(xApiV2Mapper);
    expect(mapperByName('no-such-format')).toBeUndefined();
    for (const m of MAPPERS) expect(m.label).toMatch(/\S/);
  });

  it('has a mapper for every platform', () => {
    const platforms = new Set<string>();
    for (const s of SAMPLES.filter((x) => !x.shared)) {
      for (const unit of sampleUnits(s))
        for (const p of mapperByName(s.mapper)!.map(unit).posts) platforms.add(p.post.platform);
    }
    expect([...platforms].sort()).toEqual([...PLATFORMS].sort());
  });
});
