import { describe, it, expect } from 'vitest';
import { youtubeMapper } from '../../electron/ingest/mappers/youtube';
import { byId, ISO_MS, ownFile, sharedExists, sharedFile, units } from '../fixtures/ingest/load';

if (!sharedExists)
  console.warn('mappers-youtube: ../shared/fixtures is missing, so the real YouTube sample was SKIPPED');

describe('YouTube commentThreads (real sample)', () => {
  it.runIf(sharedExists)('maps 12 top-level comments and the one reply', () => {
    const [unit] = units(sharedFile('youtube/phoenix_comment_threads_response.json'));
    expect(youtubeMapper.detect(unit)).toBe(true);
    const r = youtubeMapper.map(unit);
    expect(r.rejects).toEqual([]);
    expect(r.posts).toHaveLength(13);
    for (const p of r.posts) expect(p.post.createdAt).toMatch(ISO_MS);

    const first = r.posts[0]!;
    expect(first.post).toMatchObject({
      platformPostId: 'Ugzc1eTk3km7w2K7Nj94AaABAg',
      text: 'From kenya am anxiously waiting',
      createdAt: '2021-09-30T23:56:42.000Z',
      url: 'https://www.youtube.com/watch?v=ZxDp8Yz133c&lc=Ugzc1eTk3km7w2K7Nj94AaABAg',
      conversationId: 'ZxDp8Yz133c',
      replyToPostId: null,
      // A top-level comment addresses the channel that owns the video.
      replyToAccountId: 'UC5VgEt3Na1zZDJo-PBa86Rg',
      metrics: { likes: 0, replies: 0 },
    });
    expect(first.author).toEqual({
      platform: 'youtube',
      platformUserId: 'UChI67Wu4R0KUqOInqw7WDhw',
      handle: null,
      displayName: 'meruwood',
    });

    const reply = byId(r, 'UghpFKUJfaHCZHgCoAEC.8JEh4_ERo0a8JFaFXGFIQc');
    expect(reply.post).toMatchObject({
      replyToPostId: 'UghpFKUJfaHCZHgCoAEC',
      replyToAccountId: 'UCOzeBPoPhME0WMsswHvvj_g',
      createdAt: '2016-09-25T14:39:15.000Z',
      conversationId: 'ibpMob4wgHs',
    });
    expect(reply.author).toMatchObject({
      platformUserId: 'UC5VgEt3Na1zZDJo-PBa86Rg',
      displayName: 'Build Up',
    });
    expect(byId(r, 'UghpFKUJfaHCZHgCoAEC').post.metrics).toEqual({ likes: 0, replies: 1 });
  });
});

describe('YouTube commentThreads (own fixture)', () => {
  const r = youtubeMapper.map(units(ownFile('youtube-comment-threads.json'))[0]);

  it('falls back to textDisplay with the HTML removed, and reads @handles', () => {
    const top = byId(r, 'UgxR4nd0mC0mm3nt1d4AaABAg');
    expect(top.post.text).toBe('Traitor. Everyone in #Northfield knows it.\nResign & go.');
    expect(top.post.metrics).toEqual({ likes: 5, replies: 2 });
    expect(top.author).toMatchObject({ handle: 'northfield_truth', displayName: '@northfield_truth' });
    const reply = byId(r, 'UgxR4nd0mC0mm3nt1d4AaABAg.9zQ1r3plyAAA');
    expect(reply.mentionedHandles).toEqual(['northfield_truth']);
    expect(reply.post.replyToAccountId).toBe('UCtr0llCh4nn3l0000000001');
  });

  it('keeps a comment whose channel is gone, with no account', () => {
    expect(byId(r, 'UgyD3l3t3dCh4nn3lxx4AaABAg').author).toBeNull();
  });

  it('rejects the reply with a bad time and the thread without a comment, keeping the rest', () => {
    expect(r.posts).toHaveLength(3);
    expect(r.rejects.map((j) => [j.index, j.reason])).toEqual([
      [
        0,
        'reply #1 in thread #0 (id UgxR4nd0mC0mm3nt1d4AaABAg.9zQ1r3plyBBB): publishedAt: unrecognised date and time "not a date"',
      ],
      [
        2,
        'thread #2 (id UgzN0T0pL3v3lxxxxx4AaABAg): snippet.topLevelComment is missing (expected the thread’s first comment)',
      ],
    ]);
  });

  it('throws for a unit it cannot use', () => {
    expect(() => youtubeMapper.map({ kind: 'youtube#videoListResponse' })).toThrow(
      /youtube-comments: expected/,
    );
  });
});
