/** Re-matching existing posts after people, handles or aliases change (electron/ingest/rematch.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { addAlias, addHandle, insertPerson } from '../../db/people';
import { PostWriter } from '../../db/posts';
import { ApiService } from '../../electron/api/service';
import type { ApiEvent } from '../../electron/api/types';
import { rematchPosts } from '../../electron/ingest/rematch';
import { rematchAfterChange } from '../../electron/people/rematchScheduler';
import { tempDbPath } from '../helpers/tmp';

const dbs: DB[] = [];
let service: ApiService | undefined;
afterEach(async () => {
  for (const d of dbs.splice(0)) d.close();
  await service?.close();
  service = undefined;
});

function db(): DB {
  const d = openDatabase(tempDbPath());
  dbs.push(d);
  return d;
}

interface P {
  id: string;
  text: string;
  platform?: string;
  mentioned?: string;
  replyToPostId?: string;
  replyToAccountId?: string;
  author?: { id: string; handle: string };
}

function addPosts(d: DB, posts: P[]): void {
  const w = new PostWriter(d);
  d.transaction(() => {
    for (const p of posts) {
      const platform = p.platform ?? 'x';
      const account = p.author
        ? w.account(
            { platform, platformUserId: p.author.id, handle: p.author.handle },
            '2025-01-01T00:00:00.000Z',
          )
        : null;
      w.post(
        {
          platform,
          platformPostId: p.id,
          text: p.text,
          createdAt: '2025-03-01T10:00:00.000Z',
          raw: JSON.stringify(p),
          mentioned: p.mentioned ?? '',
          replyToPostId: p.replyToPostId ?? null,
          replyToAccountId: p.replyToAccountId ?? null,
        },
        account,
        false,
      );
    }
  })();
}

/** Mentions as 'postPlatformId:personName:how', sorted. */
function mentions(d: DB): string[] {
  return (
    d
      .prepare(
        `SELECT p.platform_post_id || ':' || pe.name || ':' || m.how FROM mentions m
         JOIN posts p ON p.id = m.post_id JOIN people pe ON pe.id = m.person_id ORDER BY 1`,
      )
      .pluck()
      .all() as string[]
  ).sort();
}

const matchedIds = (d: DB) =>
  d.prepare('SELECT platform_post_id FROM posts WHERE matched = 1 ORDER BY platform_post_id').pluck().all();

describe('re-matching existing posts', () => {
  it('links old posts when an alias is added, and unlinks them when it is removed', () => {
    const d = db();
    addPosts(d, [
      { id: '1', text: 'Another U-turn from Two-Jobs Jenkins' },
      { id: '2', text: 'two jobs jenkins strikes again!!' },
      { id: '3', text: 'Jenkins is fine' },
    ]);
    const id = insertPerson(d, { name: 'Alan Jenkins' });
    expect(rematchPosts(d)).toMatchObject({ posts: 3, changedPosts: 0, linked: 0 });

    addAlias(d, id, 'Two Jobs Jenkins', 'abusive');
    expect(rematchPosts(d)).toMatchObject({
      posts: 3,
      changedPosts: 2,
      linked: 2,
      unlinked: 0,
      nowMatched: 2,
    });
    expect(mentions(d)).toEqual(['1:Alan Jenkins:alias', '2:Alan Jenkins:alias']);
    expect(matchedIds(d)).toEqual(['1', '2']);

    d.prepare('DELETE FROM person_aliases').run();
    expect(rematchPosts(d)).toMatchObject({ changedPosts: 2, linked: 0, unlinked: 2, noLongerMatched: 2 });
    expect(mentions(d)).toEqual([]);
    expect(matchedIds(d)).toEqual([]);
  });

  it('matches names and aliases whole-word, ignoring case and accents', () => {
    const d = db();
    addPosts(d, [
      { id: 'a', text: 'ZOË FRANKLIN should resign' },
      { id: 'b', text: 'zoe franklin’s speech was good' },
      { id: 'c', text: 'Zoe Franklinson is someone else' },
      { id: 'd', text: 'Zoey Franklin is also someone else' },
      { id: 'e', text: '...zoë-franklin...' },
      { id: 'f', text: 'Órfhlaith Begley and orfhlaith begley' },
      { id: 'g', text: 'franklin zoe' },
    ]);
    insertPerson(d, { name: 'Zöe Franklin' });
    insertPerson(d, { name: 'Órfhlaith Begley' });
    rematchPosts(d);
    expect(mentions(d)).toEqual([
      'a:Zöe Franklin:name',
      'b:Zöe Franklin:name',
      'e:Zöe Franklin:name',
      'f:Órfhlaith Begley:name',
    ]);
  });

  it('links posts by handle and account id, and unlinks them when the handle is removed', () => {
    const d = db();
    addPosts(d, [
      { id: '1', text: 'cc @JaneSmithMP', mentioned: '@janesmithmp' },
      { id: '2', text: 'a reply', mentioned: 'id:12345' },
      { id: '3', text: 'cc @JaneSmithMP on bluesky', platform: 'bluesky', mentioned: '@janesmithmp' },
      // Written without mention tokens (older databases, the demo): the @handle in the text counts.
      { id: '4', text: 'what do you think @janesmithmp?' },
      { id: '5', text: 'email jane@janesmithmp.example' },
    ]);
    const id = insertPerson(d, { name: 'Jane Smith' });
    addHandle(d, id, 'x', 'JaneSmithMP', '12345');
    rematchPosts(d);
    expect(mentions(d)).toEqual(['1:Jane Smith:handle', '2:Jane Smith:handle', '4:Jane Smith:handle']);

    d.prepare('DELETE FROM person_handles').run();
    expect(rematchPosts(d)).toMatchObject({ unlinked: 3, noLongerMatched: 3 });
    expect(mentions(d)).toEqual([]);
  });

  it('links replies to a person’s account or to their posts', () => {
    const d = db();
    addPosts(d, [
      { id: 'own', text: 'My statement on the bus fund', author: { id: '777', handle: 'JaneSmithMP' } },
      { id: 'r1', text: 'rubbish', replyToPostId: 'own' },
      { id: 'r2', text: 'agreed', replyToAccountId: '777' },
      { id: 'r3', text: 'who?', replyToPostId: 'not-in-database' },
    ]);
    const id = insertPerson(d, { name: 'Jane Smith' });
    addHandle(d, id, 'x', 'JaneSmithMP', '777');
    rematchPosts(d);
    expect(mentions(d)).toEqual(['r1:Jane Smith:reply', 'r2:Jane Smith:reply']);
  });

  it('only writes what changed: a second run touches no rows', () => {
    const d = db();
    addPosts(
      d,
      Array.from({ length: 300 }, (_, i) => ({
        id: String(i),
        text: i % 3 ? `Jane Smith post ${i}` : `nobody ${i}`,
      })),
    );
    insertPerson(d, { name: 'Jane Smith' });
    const changes = () => d.prepare('SELECT total_changes()').pluck().get() as number;
    const first = rematchPosts(d, { batchSize: 100 });
    expect(first).toMatchObject({ posts: 300, linked: 200, changedPosts: 200 });
    const before = changes();
    expect(rematchPosts(d, { batchSize: 100 })).toMatchObject({
      posts: 300,
      changedPosts: 0,
      linked: 0,
      unlinked: 0,
    });
    expect(changes()).toBe(before);
  });

  it('gives the same result whatever the batch size, reports progress, and stops cleanly when cancelled', () => {
    const d = db();
    addPosts(
      d,
      Array.from({ length: 1050 }, (_, i) => ({ id: `p${i}`, text: i % 2 ? 'Raj Patel' : 'Raj' })),
    );
    insertPerson(d, { name: 'Raj Patel' });
    let pages = 0;
    const cancelled = rematchPosts(d, { batchSize: 100, isCancelled: () => ++pages > 3 });
    expect(cancelled).toMatchObject({ cancelled: true, posts: 300, linked: 150 });
    const progress: number[] = [];
    const rest = rematchPosts(d, { batchSize: 100, onProgress: (done) => progress.push(done) });
    expect(rest).toMatchObject({ posts: 1050, linked: 375 });
    expect(progress.at(-1)).toBe(1050);
    expect(rematchPosts(d, { batchSize: 5000 })).toMatchObject({ changedPosts: 0 });
    expect(d.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(525);
  });

  it('runs as a job on big databases, asking for one more run when changes arrive meanwhile', async () => {
    service = new ApiService({ dbPath: tempDbPath(), shell: 'in-process' });
    const s = service;
    const events: ApiEvent[] = [];
    s.on((e) => events.push(e));
    addPosts(s.ctx.db, [{ id: '1', text: 'Jane Smith' }]);
    insertPerson(s.ctx.db, { name: 'Jane Smith' });
    const out = rematchAfterChange(s.ctx, { inlineLimit: 0 });
    expect(out.mode).toBe('job');
    await expect
      .poll(() => events.some((e) => e.type === 'job-finished' && e.label === 'Linking posts to people'))
      .toBe(true);
    expect(events.some((e) => e.type === 'data-changed' && e.tables.includes('mentions'))).toBe(true);
    expect(mentions(s.ctx.db)).toEqual(['1:Jane Smith:name']);
  });
});
