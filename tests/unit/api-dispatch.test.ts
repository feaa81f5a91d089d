import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../electron/api/contract';
import { handlers } from '../../electron/api/handlers/index';
import { ApiService } from '../../electron/api/service';
import type { ApiEvent } from '../../electron/api/types';
import fs from 'node:fs';
import path from 'node:path';
import { importFile } from '../../electron/ingest/pipeline';
import { tempDbPath, tempDir } from '../helpers/tmp';

let service: ApiService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

function open(): ApiService {
  service = new ApiService({ dbPath: tempDbPath(), shell: 'in-process' });
  return service;
}

describe('the API contract', () => {
  it('has exactly one handler per declared method', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('rejects an unknown method with a clear code', async () => {
    const res = await open().dispatch('posts.deleteEverything', {});
    expect(res).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'There is no API method called "posts.deleteEverything".' },
    });
  });

  it('rejects invalid input, naming the field and the problem', async () => {
    const res = await open().dispatch('demo.load', { posts: 'lots' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('INVALID_INPUT');
    expect(res.error.message).toMatch(/posts/);
    expect(res.error.issues?.[0]?.path).toBe('posts');
  });

  it('rejects unexpected extra fields', async () => {
    const res = await open().dispatch('stats.overview', { from: '2025-01-01', dropTables: true });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('INVALID_INPUT');
  });

  it('rejects a malformed date', async () => {
    const res = await open().dispatch('stats.overview', { from: '1st May' });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/YYYY-MM-DD/);
  });

  it('answers app.info on an empty database', async () => {
    const res = await open().call('app.info', {});
    expect(res.ok).toBe(true);
    if (res.ok) {
      expect(res.value.posts).toBe(0);
      expect(res.value.schemaVersion).toBeGreaterThanOrEqual(2);
    }
  });

  it('loads demo data, reports progress and data-changed, and the overview matches the database', async () => {
    const s = open();
    const events: ApiEvent[] = [];
    s.on((e) => events.push(e));
    const res = await s.call('demo.load', { posts: 2000, seed: 7 });
    expect(res.ok).toBe(true);
    expect(events.some((e) => e.type === 'progress')).toBe(true);
    const changed = events.find((e) => e.type === 'data-changed');
    expect(changed && changed.type === 'data-changed' && changed.tables).toContain('posts');

    const ov = await s.call('stats.overview', {});
    if (!ov.ok) throw new Error(ov.error.message);
    const db = s.ctx.db;
    expect(ov.value.totals.posts).toBe(db.prepare('SELECT count(*) FROM posts').pluck().get());
    expect(ov.value.totals.posts).toBeGreaterThanOrEqual(2000);
    expect(ov.value.byPlatform.reduce((a, p) => a + p.posts, 0)).toBe(ov.value.totals.posts);
    expect(ov.value.byDay.reduce((a, d) => a + d.posts, 0)).toBe(ov.value.totals.posts);
    expect(ov.value.byDay.length).toBeGreaterThan(60);

    // A second load is refused: demo data goes only into an empty database.
    const again = await s.call('demo.load', { posts: 200, seed: 1 });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('CONFLICT');
    // And the load is in the audit log.
    const audit = await s.call('audit.list', {});
    expect(audit.ok && audit.value.some((a) => a.action === 'demo.load')).toBe(true);
  });

  it('leaves reposts out of volume when the setting says so', async () => {
    const s = open();
    const page = {
      data: [
        {
          id: '11',
          text: 'RT @u: hi',
          author_id: '9',
          created_at: '2025-01-01T10:00:00.000Z',
          referenced_tweets: [{ type: 'retweeted', id: '10' }],
        },
        { id: '12', text: 'hello', author_id: '9', created_at: '2025-01-01T11:00:00.000Z' },
      ],
      includes: {
        users: [{ id: '9', username: 'u', name: 'U' }],
        tweets: [{ id: '10', text: 'hi', author_id: '9', created_at: '2025-01-01T09:00:00.000Z' }],
      },
    };
    const file = path.join(tempDir(), 'page.json');
    fs.writeFileSync(file, JSON.stringify(page));
    await importFile(s.ctx.db, file);
    const reposts = s.ctx.db
      .prepare('SELECT count(*) FROM posts WHERE repost_of_post_id IS NOT NULL')
      .pluck()
      .get() as number;
    expect(reposts).toBe(1);
    const all = await s.call('stats.overview', {});
    await s.call('settings.set', { countReposts: false });
    const originals = await s.call('stats.overview', {});
    if (!all.ok || !originals.ok) throw new Error('overview failed');
    expect(all.value.totals.posts).toBe(3);
    expect(originals.value.totals.posts).toBe(2);
  });

  it('saves settings and reads them back', async () => {
    const s = open();
    const set = await s.call('settings.set', { reviewerName: 'Priya', theme: 'dark' });
    expect(set.ok && set.value).toEqual({
      reviewerName: 'Priya',
      theme: 'dark',
      dropUnmatched: false,
      countReposts: true,
    });
    const bad = await s.dispatch('settings.set', { theme: 'purple' });
    expect(bad.ok).toBe(false);
  });
});
