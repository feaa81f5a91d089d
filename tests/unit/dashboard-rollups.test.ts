/**
 * The dashboard's rollups must give exactly the counts the posts give, for every filter shape, and
 * stay exact after imports (new posts), review decisions, reclassification (changed labels) and
 * re-matching people (changed mentions). Hot queries must read rollups or indexes, never scan posts.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { breakdown, dashboardData, overTime, peopleRates, topAccounts } from '../../db/dashboard';
import type { Grain, Source } from '../../db/dashboardSource';
import { postsSource } from '../../db/dashboardSource';
import { postFilterWhere } from '../../db/postFilter';
import { countMatching } from '../../db/postQueries';
import { decide } from '../../db/reviews';
import { ensureRollups, refreshRollups, rollupsStale } from '../../db/rollups';
import type { PostFilter } from '../../electron/api/filters';
import { generateDemo } from '../../electron/demo/generate';
import { reclassifyAll } from '../../electron/labelling/reclassify';
import { tempDir } from '../helpers/tmp';

let db: DB;
let lastDay: string;
const quiet = { progress: () => undefined, isCancelled: () => false };

beforeAll(() => {
  db = openDatabase(path.join(tempDir('bulwark-rollups-'), 'r.db'));
  generateDemo(db, { posts: 4000, seed: 11 });
  reclassifyAll(db, quiet);
  lastDay = (db.prepare('SELECT max(created_at) FROM posts').pluck().get() as string).slice(0, 10);
});
afterAll(() => db.close());

function daysBefore(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** The same chart computed straight from the posts table (the ground truth). */
function fromPosts(f: PostFilter, grain: Grain): Source {
  return { kind: 'posts', grain, where: postFilterWhere(db, f) };
}

function filters(): PostFilter[] {
  return [
    {},
    { from: daysBefore(lastDay, 29), to: lastDay },
    { from: daysBefore(lastDay, 1), to: lastDay },
    { personIds: [1] },
    { personIds: [1, 2, 3] },
    { personIds: [2, 5], platforms: ['x', 'bluesky'] },
    { categories: ['threat', 'misogyny', 'none'] },
    { severities: [3, 4], reviewStatus: ['unreviewed', 'confirmed'] },
    { platforms: ['reddit'], abusiveOnly: true },
    { reposts: 'exclude' },
    { from: `${daysBefore(lastDay, 2)}T06:00`, to: `${lastDay}T17:59`, personIds: [1, 4] },
  ];
}

function expectRollupsExact(): void {
  ensureRollups(db);
  for (const f of filters()) {
    const src = postsSource(db, f);
    expect(src.kind, JSON.stringify(f)).toBe('rollup');
    const truth = fromPosts(f, src.grain);
    expect(overTime(db, f, src), JSON.stringify(f)).toEqual(overTime(db, f, truth));
    expect(breakdown(db, f, src), JSON.stringify(f)).toEqual(breakdown(db, f, truth));
    expect(countMatching(db, f).count, JSON.stringify(f)).toBe(
      db
        .prepare(`SELECT count(*) FROM posts p WHERE ${truth.where.sql}`)
        .pluck()
        .get(...truth.where.params),
    );
  }
}

/** EXPLAIN QUERY PLAN lines for a statement, its parameters left unbound (NULL). */
function explain(sql: string): string[] {
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  for (let n = 0; n < 500; n++) {
    try {
      return (stmt.all(...new Array<null>(n).fill(null)) as { detail: string }[]).map((r) => r.detail);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  throw new Error(`could not explain ${sql}`);
}

describe('dashboard rollups', () => {
  it('answer every filter shape exactly as the posts do', () => {
    expect(rollupsStale(db)).toBe(true);
    expectRollupsExact();
    expect(rollupsStale(db)).toBe(false);
  });

  it('count the abuse rate per person as the share of their posts that are abusive', () => {
    const rates = peopleRates(db, {}, 'day');
    const truth = db
      .prepare(
        `SELECT m.person_id AS id, count(DISTINCT p.id) AS n, count(DISTINCT CASE WHEN p.abusive = 1 THEN p.id END) AS a
         FROM posts p JOIN mentions m ON m.post_id = p.id GROUP BY m.person_id`,
      )
      .all() as { id: number; n: number; a: number }[];
    expect(truth.length).toBeGreaterThan(3);
    for (const t of truth) {
      const r = rates.rows.find((x) => x.personId === t.id)!;
      expect([r.posts, r.abusive]).toEqual([t.n, t.a]);
      expect(r.rate).toBeCloseTo(t.a / t.n, 10);
      expect(r.sparkPosts.reduce((x, y) => x + y, 0)).toBe(t.n);
    }
    // Ranked by rate among people with enough posts to judge.
    const ranked = rates.rows.filter((r) => r.posts >= 20);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]!.rate).toBeGreaterThanOrEqual(ranked[i]!.rate);
  });

  it('rank hostile accounts the same from rollups as from posts', () => {
    ensureRollups(db);
    for (const f of [{}, { personIds: [1, 2] }, { platforms: ['x' as const] }]) {
      const viaRollup = topAccounts(db, f, 10, 'day');
      const viaPosts = topAccounts(db, f, 10, 'hour'); // hour grain always reads the posts
      expect(viaRollup.length).toBeGreaterThan(0);
      expect(viaRollup).toEqual(viaPosts);
    }
  });

  it('stay exact after review decisions', () => {
    const ids = db
      .prepare('SELECT id FROM posts WHERE abusive = 1 ORDER BY id LIMIT 6')
      .pluck()
      .all() as number[];
    expect(ids).toHaveLength(6);
    decide(db, { postId: ids[0]!, action: 'confirm' }, 'Tester');
    decide(db, { postId: ids[1]!, action: 'reject' }, 'Tester');
    decide(db, { postId: ids[2]!, action: 'escalate' }, 'Tester');
    decide(db, { postId: ids[3]!, action: 'recategorise', category: 'threat' }, 'Tester');
    expect(rollupsStale(db)).toBe(true);
    expectRollupsExact();
  });

  it('stay exact after reclassification and re-matching people', () => {
    // What "Reclassify all" and a people edit write: new labels on posts, mentions added and removed.
    db.exec(`UPDATE posts SET top_category = 'personal_insult', severity = 2, abusive = 1 WHERE id % 97 = 0`);
    db.exec(`DELETE FROM mentions WHERE post_id IN (SELECT id FROM posts WHERE id % 89 = 0)`);
    db.exec(
      `INSERT OR IGNORE INTO mentions (post_id, person_id, how) SELECT id, 3, 'name' FROM posts WHERE id % 83 = 0`,
    );
    expect(rollupsStale(db)).toBe(true);
    expectRollupsExact();
    // And the real "Reclassify all", which puts the machine's labels back on the posts changed above.
    reclassifyAll(db, quiet);
    expect(rollupsStale(db)).toBe(true);
    expectRollupsExact();
  });

  it('count newly imported posts without a full rebuild', () => {
    const maxId = db.prepare('SELECT max(id) FROM posts').pluck().get() as number;
    const ins = db.prepare(
      `INSERT INTO posts (platform, platform_post_id, account_id, text, created_at, raw_sha256, abusive, severity,
         top_category, review_status) VALUES ('x', ?, 1, 'new post', ?, '', ?, ?, ?, 'unreviewed')`,
    );
    const mention = db.prepare(`INSERT INTO mentions (post_id, person_id, how) VALUES (?, ?, 'handle')`);
    for (let i = 0; i < 50; i++) {
      const r = ins.run(
        `new-${i}`,
        `${lastDay}T1${i % 10}:30:00.000Z`,
        i % 2,
        i % 2 ? 3 : 0,
        i % 2 ? 'racism' : null,
      );
      mention.run(Number(r.lastInsertRowid), 1 + (i % 3));
    }
    const refresh = refreshRollups(db);
    expect(refresh.full).toBe(false);
    expect(refresh.days).toBe(1);
    expect(db.prepare('SELECT built_to FROM rollup_state').pluck().get()).toBe(maxId + 50);
    expectRollupsExact();
  });

  it('read rollups and indexes, never a full scan of posts (query plans)', () => {
    const seen: string[] = [];
    const prepare = db.prepare.bind(db);
    (db as unknown as { prepare: typeof prepare }).prepare = ((sql: string) => {
      seen.push(sql);
      return prepare(sql);
    }) as typeof prepare;
    try {
      for (const f of [{}, { personIds: [1, 2] }, { from: daysBefore(lastDay, 1), to: lastDay }])
        dashboardData(db, f);
    } finally {
      (db as unknown as { prepare: typeof prepare }).prepare = prepare;
    }
    const selects = [...new Set(seen)].filter((s) => /^\s*SELECT/i.test(s));
    expect(selects.length).toBeGreaterThan(5);
    for (const sql of selects) {
      const plan = explain(sql);
      // A SCAN of posts is allowed only along an index (a time-ordered walk that stops early).
      const fullScan = plan.filter((d) => /^SCAN (p|posts)\b/.test(d) && !/USING (COVERING )?INDEX/.test(d));
      expect(fullScan, `${sql}\n${plan.join('\n')}`).toEqual([]);
    }
    const over = selects.find(
      (s) => s.includes('GROUP BY day, category') || s.includes('GROUP BY hour, category'),
    );
    expect(over).toMatch(/rollup_/);
  });
});
