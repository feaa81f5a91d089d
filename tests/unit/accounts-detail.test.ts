/**
 * The account page ("course of conduct"): its counts, first/last seen, the people it targeted and its
 * chart buckets agree with the posts, and the campaigns it took part in are listed; through the API
 * contract, an unknown account is a plain NOT_FOUND.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountDetail } from '../../db/accounts';
import { replaceCampaigns } from '../../db/campaigns';
import { openDatabase, type DB } from '../../db/connection';
import { generateDemo } from '../../electron/demo/generate';
import { reclassifyAll } from '../../electron/labelling/reclassify';
import { handlers } from '../../electron/api/handlers';
import { contract } from '../../electron/api/contract';
import { tempDir } from '../helpers/tmp';

let db: DB;
let top: number;

beforeAll(() => {
  db = openDatabase(path.join(tempDir('bulwark-accounts-'), 'a.db'));
  generateDemo(db, { posts: 3000, seed: 3 });
  reclassifyAll(db, { progress: () => undefined, isCancelled: () => false });
  top = db
    .prepare(
      'SELECT account_id FROM posts WHERE abusive = 1 GROUP BY account_id ORDER BY count(*) DESC LIMIT 1',
    )
    .pluck()
    .get() as number;
});
afterAll(() => db.close());

describe('account page', () => {
  it('totals, first and last seen, and targets agree with the posts', () => {
    const a = accountDetail(db, top)!;
    const t = db
      .prepare(
        `SELECT count(*) AS n, sum(abusive) AS ab, min(created_at) AS lo, max(created_at) AS hi, max(severity) AS sev
         FROM posts WHERE account_id = ?`,
      )
      .get(top) as { n: number; ab: number; lo: string; hi: string; sev: number };
    expect(a.posts).toBe(t.n);
    expect(a.abusive).toBe(t.ab);
    expect(a.abusive).toBeGreaterThan(0);
    expect([a.firstSeen, a.lastSeen, a.maxSeverity]).toEqual([t.lo, t.hi, t.sev]);
    const people = db
      .prepare(
        `SELECT m.person_id AS id, count(DISTINCT p.id) AS n FROM posts p JOIN mentions m ON m.post_id = p.id
         WHERE p.account_id = ? GROUP BY m.person_id`,
      )
      .all(top) as { id: number; n: number }[];
    expect(a.people.map((p) => [p.personId, p.posts]).sort()).toEqual(people.map((p) => [p.id, p.n]).sort());
    // Every post lands in exactly one bucket of the chart, and the category totals add up.
    expect(a.overTime.reduce((s, b) => s + b.total, 0)).toBe(t.n);
    expect(a.categories.reduce((s, c) => s + c.posts, 0)).toBe(t.n);
  });

  it('lists the campaigns the account took part in', () => {
    expect(accountDetail(db, top)!.campaigns).toEqual([]);
    const posts = db
      .prepare('SELECT id FROM posts WHERE account_id = ? LIMIT 3')
      .pluck()
      .all(top) as number[];
    replaceCampaigns(
      db,
      [
        {
          kind: 'coposting',
          personId: 1,
          platform: 'x',
          label: 'Same text from 12 accounts',
          startAt: '2026-10-01T10:00:00.000Z',
          endAt: '2026-10-01T11:00:00.000Z',
          score: 0.8,
          newShare: 0.5,
          lowHistoryShare: 0.25,
          abusiveShare: 1,
          signals: {},
          params: {},
          targetPostId: null,
          postIds: posts,
          accounts: [{ accountId: top, posts: posts.length, isNew: false, lowHistory: false }],
        },
      ],
      null,
      '2026-10-02T00:00:00.000Z',
    );
    const c = accountDetail(db, top)!.campaigns;
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ kind: 'coposting', label: 'Same text from 12 accounts', score: 0.8 });
    expect(accountDetail(db, top + 1)!.campaigns).toEqual([]);
  });

  it('answers accounts.get through the contract, and NOT_FOUND for an unknown id', async () => {
    const ctx = { db } as Parameters<(typeof handlers)['accounts.get']>[0];
    const args = contract['accounts.get'].input.parse({ id: top });
    const a = await handlers['accounts.get'](ctx, args);
    expect(a.id).toBe(top);
    await expect(async () => handlers['accounts.get'](ctx, { id: 99_999_999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(() => contract['accounts.get'].input.parse({ id: -1 })).toThrow();
  });
});
