import { describe, it, expect } from 'vitest';
import { xApiV2Mapper } from '../../electron/ingest/mappers/x-v2';
import { xFlatMapper } from '../../electron/ingest/mappers/x-v2-flat';
import { xApiV1Mapper } from '../../electron/ingest/mappers/x-v1';
import { createXArchiveMapper, xArchiveMapper } from '../../electron/ingest/mappers/x-archive';
import { byId, ISO_MS, mapAll, ownFile, sharedExists, sharedFile, units } from '../fixtures/ingest/load';

if (!sharedExists)
  console.warn('mappers-x: ../shared/fixtures is missing, so the real X sample files were SKIPPED');

describe('X API v2 pages (real twarc2 samples)', () => {
  it.runIf(sharedExists)('maps the #brexit search page: 100 results plus the referenced originals', () => {
    const [page] = units(sharedFile('twitter/twarc-csv_test-data_brexit.v2.jsonl'));
    expect(xApiV2Mapper.detect(page)).toBe(true);
    const r = xApiV2Mapper.map(page);
    expect(r.rejects).toEqual([]);
    // 100 results + 59 includes.tweets, 4 of which are also results.
    expect(r.posts).toHaveLength(155);
    const dataIds = new Set(((page as { data: { id: string }[] }).data ?? []).map((t) => t.id));
    const results = r.posts.filter((p) => dataIds.has(p.post.platformPostId));
    expect(results).toHaveLength(100);
    expect(results.filter((p) => p.post.repostOfPostId).length).toBe(67);
    expect(results.filter((p) => p.post.quoteOfPostId).length).toBe(11);
    expect(results.filter((p) => p.post.replyToPostId).length).toBe(10);
    for (const p of r.posts) expect(p.post.createdAt).toMatch(ISO_MS);

    const first = byId(r, '1440716895355764743');
    expect(first.author).toMatchObject({
      platformUserId: '4203239195',
      handle: 'WarmongerHodges',
      followers: 34920,
    });
    expect(first.author?.accountCreatedAt).toBe('2015-11-16T17:03:41.000Z');
    expect(first.post).toMatchObject({
      createdAt: '2021-09-22T16:37:29.000Z',
      conversationId: '1440716895355764743',
      lang: 'en',
      url: 'https://x.com/WarmongerHodges/status/1440716895355764743',
      metrics: { likes: 0, reposts: 0, replies: 0, quotes: 0 },
    });
    expect(JSON.parse(first.post.raw)).toEqual((page as { data: unknown[] }).data[0]);
  });

  it.runIf(sharedExists)('records retweets as reposts with empty text and emits the original', () => {
    const r = xApiV2Mapper.map(units(sharedFile('twitter/twarc-csv_test-data_brexit.v2.jsonl'))[0]);
    const rt = byId(r, '1440716856763977732');
    expect(rt.post).toMatchObject({ text: '', repostOfPostId: '1440713161355583489', metrics: {} });
    expect(rt.author?.handle).toBe('jacquip537');
    const original = byId(r, '1440713161355583489');
    expect(original.author?.handle).toBe('carolJhedges');
    expect(original.post.text).toContain('#BorisJohnson has revealed his favourite bottle of wine');
    // A retweet's mentions are the original's, without the "RT @author:" prefix.
    expect(byId(r, '1440716823868022788').mentionedHandles).toEqual([
      '1goodtern',
      'fitzmauriceg',
      'tricky_1',
    ]);
    expect(rt.mentionedHandles).not.toContain('caroljhedges');
  });

  it.runIf(sharedExists)('keeps reply and quote relations, mentions and decoded text', () => {
    const r = xApiV2Mapper.map(units(sharedFile('twitter/twarc-csv_test-data_brexit.v2.jsonl'))[0]);
    const reply = byId(r, '1440716745577140229');
    expect(reply.post).toMatchObject({
      replyToPostId: '1440621713281093641',
      replyToAccountId: '1717521084',
      conversationId: '1440621713281093641',
    });
    expect(reply.mentionedHandles).toEqual(['andrewknight226']);
    expect(reply.mentionedAccountIds).toEqual(['1717521084']);
    const quote = byId(r, '1440715975020584960');
    expect(quote.post.quoteOfPostId).toBe('1440660748275834882');
    expect(quote.mentionedHandles).toEqual(['angelarayner']);
    expect(byId(r, '1440716848299872269').post.text).toContain('Debt & owned');
  });

  it.runIf(sharedExists)('maps the two-tweet page: a retweet and its original', () => {
    const r = xApiV2Mapper.map(units(sharedFile('twitter/twarc-csv_test-data_two_tweets.v2.jsonl'))[0]);
    expect(r.posts.map((p) => p.post.platformPostId)).toEqual(['1394735776701816833', '1391677057810288641']);
    expect(r.posts[0]!.post).toMatchObject({ text: '', repostOfPostId: '1391677057810288641' });
    expect(r.posts[0]!.author?.handle).toBe('LachiVeronica');
    expect(r.posts[1]!.post).toMatchObject({
      text: '#POIUYTREWQ',
      createdAt: '2021-05-10T08:50:41.000Z',
      lang: 'und',
    });
    expect(r.posts[1]!.author).toMatchObject({ platformUserId: '1380086327023169540', handle: 'bibaigna96' });
  });
});

describe('X API v2 edge cases (own fixture)', () => {
  const r = xApiV2Mapper.map(units(ownFile('x-v2-edge.json'))[0]);

  it('takes the full text of long posts from note_tweet and reads string metrics', () => {
    const long = byId(r, '1770000000000000001');
    expect(long.post.text).toHaveLength(413); // 417 in the file, with '&amp;' decoded to '&'
    expect(long.post.text.endsWith('every week.')).toBe(true);
    expect(long.post.text).toContain('2022 & opens');
    expect(long.post.metrics).toEqual({
      likes: 4100,
      reposts: 1204,
      replies: 310,
      quotes: 52,
      views: 250000,
      bookmarks: 7,
    });
  });

  it('normalises times without milliseconds and keeps the author without a user object', () => {
    expect(byId(r, '1770000000000000002').post.createdAt).toBe('2024-03-20T21:09:30.000Z');
    const rt = byId(r, '1770000000000000005');
    expect(rt.author).toMatchObject({ platformUserId: '4040404040', handle: null });
    expect(rt.post.url).toBe('https://x.com/i/web/status/1770000000000000005');
    // The original is missing (errors[]); mentions come from the retweet minus the RT prefix.
    expect(rt.mentionedHandles).toEqual(['tomaldridgemp', 'priyashahmp']);
  });

  it('rejects only the malformed tweets, saying which field and what was expected', () => {
    expect(r.posts).toHaveLength(3);
    expect(r.rejects.map((j) => j.index)).toEqual([2, 3, 5]);
    expect(r.rejects[0]!.reason).toBe(
      'tweet #2 (id 1770000000000000003): created_at is missing (expected a date and time)',
    );
    expect(r.rejects[1]!.reason).toContain('id is missing (expected a string id)');
    expect(r.rejects[2]!.reason).toContain('not an object');
    expect(JSON.parse(r.rejects[0]!.raw!)).toMatchObject({ id: '1770000000000000003' });
  });

  it('throws for a unit it cannot use at all', () => {
    expect(() => xApiV2Mapper.map([1, 2])).toThrow(/x-v2: expected an X API v2 response/);
  });
});

describe('X API v2 flattened lines (own fixture, twarc2 flatten)', () => {
  const lines = units(ownFile('x-v2-flat.jsonl'));

  it('emits the tweet and its embedded referenced tweets, deduplicated per line', () => {
    const first = xFlatMapper.map(lines[0]);
    expect(first.posts.map((p) => p.post.platformPostId)).toEqual([
      '1764601111111111111',
      '1764600000000000000',
    ]);
    expect(first.posts[0]!.post.quoteOfPostId).toBe('1764600000000000000');
    expect(first.posts[0]!.author).toMatchObject({ handle: 'NorthfieldTruth', followers: 77 });
    expect(first.posts[0]!.post.text).toContain('a liar and a fraud & you');
    expect(first.posts[0]!.post.metrics).toEqual({ likes: 17, reposts: 3, quotes: 0 });
    expect(first.posts[1]!.author).toMatchObject({ handle: 'PriyaShahMP', displayName: 'Priya Shah MP' });
  });

  it('records the retweet as a repost and takes mentions from the embedded original', () => {
    const r = xFlatMapper.map(lines[1]);
    expect(r.posts).toHaveLength(3);
    const rt = byId(r, '1764602222222222222');
    expect(rt.post).toMatchObject({ text: '', repostOfPostId: '1764601111111111111' });
    expect(rt.mentionedHandles).toEqual(['priyashahmp']);
    expect(rt.mentionedAccountIds).toEqual(['990112233']);
    expect(byId(r, '1764600000000000000').author?.displayName).toBe('Priya Shah MP');
  });

  it('resolves mention ids through the embedded users', () => {
    const reply = xFlatMapper.map(lines[2]).posts[0]!;
    expect(reply.post).toMatchObject({ replyToPostId: '1764600000000000000', replyToAccountId: '990112233' });
    expect(reply.mentionedHandles).toEqual(['priyashahmp', 'tomaldridgemp']);
    expect(reply.mentionedAccountIds).toEqual(['990112233']);
  });
});

describe('X API v1.1 (real search sample)', () => {
  it.runIf(sharedExists)('maps 100 statuses plus their embedded originals', () => {
    const [unit] = units(sharedFile('twitter/python-twitter_testdata_get_search_raw.v1.1.json'));
    expect(xApiV1Mapper.detect(unit)).toBe(true);
    const r = xApiV1Mapper.map(unit);
    expect(r.rejects).toEqual([]);
    expect(r.posts).toHaveLength(176);
    const top = new Set((unit as { statuses: { id_str: string }[] }).statuses.map((t) => t.id_str));
    const results = r.posts.filter((p) => top.has(p.post.platformPostId));
    expect(results).toHaveLength(100);
    expect(results.filter((p) => p.post.repostOfPostId).length).toBe(74);
    expect(results.filter((p) => p.post.quoteOfPostId).length).toBe(9);
    expect(results.filter((p) => p.post.replyToPostId).length).toBe(1);

    const reply = byId(r, '690992334155177984');
    expect(reply.post).toMatchObject({
      createdAt: '2016-01-23T20:19:45.000Z',
      replyToPostId: '690990757184954368',
      replyToAccountId: '524557650',
      url: 'https://x.com/shulii_shu/status/690992334155177984',
    });
    expect(reply.mentionedHandles).toEqual(['cacereslucasok']);
    expect(reply.mentionedAccountIds).toEqual(['524557650']);

    // A retweet of a quote: repost → original → the original's quoted tweet, all present.
    const rt = byId(r, '690992334201294848');
    expect(rt.post).toMatchObject({ text: '', repostOfPostId: '690992137970712576', quoteOfPostId: null });
    expect(byId(r, '690992137970712576').post.quoteOfPostId).toBe('684878020075765760');
    expect(byId(r, '684878020075765760').post.createdAt).toMatch(ISO_MS);
    expect(rt.mentionedHandles).not.toContain('nataliexsarah');
  });
});

describe('X API v1.1 streaming lines (own fixture)', () => {
  const lossless = units(ownFile('x-v1-stream.ndjson'));
  const all = mapAll(xApiV1Mapper, lossless);

  it('uses extended_tweet.full_text, not the truncated text', () => {
    const t = byId(all, '1764595330217156608');
    expect(t.post.text).toBe(
      '@PriyaShahMP You voted to close the walk-in centre. Three years of promises and nothing to show for it. Resign and let someone who cares have a go & stop hiding behind press releases.',
    );
    expect(t.post).toMatchObject({ replyToPostId: '1764590011122233344', replyToAccountId: '990112233' });
    expect(t.post.metrics).toEqual({ likes: 9, reposts: 1, replies: 2, quotes: 0 });
    expect(t.mentionedAccountIds).toEqual(['990112233']);
  });

  it('claims delete and limit notices but makes no posts of them', () => {
    expect(xApiV1Mapper.detect(lossless[1])).toBe(true);
    expect(xApiV1Mapper.map(lossless[1])).toEqual({ posts: [], rejects: [] });
    expect(xApiV1Mapper.map(lossless[3]).posts).toEqual([]);
  });

  it('emits a retweeted quote chain: repost, original, quoted tweet', () => {
    const chain = xApiV1Mapper.map(lossless[2]).posts;
    expect(chain.map((p) => p.post.platformPostId)).toEqual([
      '1764595741363867648',
      '1764589000111222784',
      '1764500000000000000',
    ]);
    expect(chain[0]!.author?.followers).toBe(88);
    expect(chain[0]!.mentionedHandles).toEqual(['tomaldridgemp']);
    expect(chain[1]!.post.quoteOfPostId).toBe('1764500000000000000');
    expect(chain[2]!.post.text).toBe(
      'Delighted to open the new youth centre in Northfield today with @PriyaShahMP.',
    );
  });

  it('keeps 64-bit ids exact when read losslessly, and rejects them when they were rounded', () => {
    expect(byId(all, '4321').author?.platformUserId).toBe('12');
    expect(byId(all, '1764596077234567168').author?.platformUserId).toBe('4455667788');
    const rounded = xApiV1Mapper.map(units(ownFile('x-v1-stream.ndjson'), { plain: true })[5]);
    expect(rounded.posts).toEqual([]);
    expect(rounded.rejects[0]!.reason).toMatch(/id is the JSON number 1764596077234567\d+, beyond 2\^53/);
  });
});

describe('X archive tweets.js (own fixture)', () => {
  const [unit] = units(ownFile('x-archive-tweets.js.txt'));

  it('maps the owner’s tweets with string counts and a placeholder owner', () => {
    expect(xArchiveMapper.detect(unit)).toBe(true);
    const r = xArchiveMapper.map(unit);
    expect(r.posts).toHaveLength(3);
    const first = r.posts[0]!;
    expect(first.post).toMatchObject({
      platformPostId: '1745032118364590081',
      createdAt: '2024-01-10T10:12:40.000Z',
      metrics: { likes: 212, reposts: 37 },
      url: 'https://x.com/i/web/status/1745032118364590081',
    });
    expect(first.post.text).toContain('no appointment needed & bring');
    expect(first.author).toMatchObject({ platformUserId: 'archive-owner', handle: null });
    const reply = r.posts[1]!;
    expect(reply.post).toMatchObject({
      replyToPostId: '1745100033812070400',
      replyToAccountId: '2290011457',
    });
    expect(reply.post.text.endsWith('<3')).toBe(true);
    // The RT prefix names whom the owner retweeted; the body's mention stays.
    expect(r.posts[2]!.mentionedHandles).toEqual(['northfieldnhs']);
    expect(r.rejects).toEqual([
      expect.objectContaining({ index: 3, reason: expect.stringContaining('created_at is missing') }),
    ]);
  });

  it('takes the author from the account.js hint when the pipeline has one', () => {
    const mapper = createXArchiveMapper({
      accountId: '990112233',
      username: 'PriyaShahMP',
      displayName: 'Priya Shah MP',
    });
    const p = mapper.map(unit).posts[0]!;
    expect(p.author).toMatchObject({ platformUserId: '990112233', handle: 'PriyaShahMP' });
    expect(p.post.url).toBe('https://x.com/PriyaShahMP/status/1745032118364590081');
  });
});
