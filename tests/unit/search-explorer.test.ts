/**
 * The Posts explorer's search: every plan (few matches, dense per-post checks, bitmap) returns exactly
 * the posts the filter and words match, in the chosen order, and keyset pages join up with nothing
 * lost or repeated. Also accent-insensitivity, the highlight ranges, and the plans SQLite picks.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { postFilterWhere } from '../../db/postFilter';
import { clearSearchCache, searchPosts } from '../../db/search';
import type { PostFilter } from '../../electron/api/filters';
import { searchTerms, toFtsQuery } from '../../electron/api/ftsQuery';
import type { PostSort } from '../../electron/api/types';
import { generateDemo } from '../../electron/demo/generate';
import { reclassifyAll } from '../../electron/labelling/reclassify';
import { matchRanges } from '../../renderer/src/posts/highlight';
import { tempDir } from '../helpers/tmp';

let db: DB;

beforeAll(() => {
  db = openDatabase(path.join(tempDir('bulwark-search-'), 's.db'));
  generateDemo(db, { posts: 3000, seed: 5 });
  reclassifyAll(db, { progress: () => undefined, isCancelled: () => false });
  const acct = db.prepare('SELECT id FROM accounts LIMIT 1').pluck().get() as number;
  const ins = db.prepare(
    `INSERT INTO posts (platform, platform_post_id, account_id, text, created_at, raw_sha256, abusive, severity,
       top_category, review_status) VALUES ('x', ?, ?, ?, ?, '', 0, 0, NULL, 'unreviewed')`,
  );
  ins.run('accent-1', acct, 'Le CAFÉ crème était froid à Zürich', '2026-10-20T10:00:00.000Z');
  ins.run('accent-2', acct, 'cafe society, zurich style', '2026-10-21T10:00:00.000Z');
  // The index is built by imports; posts written directly are added here the same way.
  db.exec(
    `INSERT INTO posts_fts (rowid, text) SELECT id, text FROM posts WHERE platform_post_id LIKE 'accent-%'`,
  );
});
afterAll(() => db.close());

const ORDER: Record<PostSort, string> = {
  newest: 'p.created_at DESC, p.id DESC',
  oldest: 'p.created_at ASC, p.id ASC',
  severity: 'p.severity DESC, p.created_at DESC, p.id DESC',
};

/** Every matching id in order, straight from SQL: the ground truth. */
function truth(f: PostFilter, sort: PostSort): number[] {
  const w = postFilterWhere(db, f);
  return db
    .prepare(`SELECT p.id FROM posts p WHERE ${w.sql} ORDER BY ${ORDER[sort]}`)
    .pluck()
    .all(...w.params) as number[];
}

/** Pages through a search to the end (or `max` rows), returning ids and the plans used. */
function pageAll(f: PostFilter, sort: PostSort, tuning: { fewMatches?: number; bitmapMax?: number } = {}) {
  const ids: number[] = [];
  const plans = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const page = searchPosts(db, { filter: f, sort, limit: 97, after }, tuning);
    ids.push(...page.rows.map((r) => r.id));
    plans.add(page.plan);
    if (!page.nextCursor) break;
    after = page.nextCursor;
  }
  return { ids, plans };
}

describe('posts search', () => {
  it('pages through every post with no filter, in each order, nothing lost or repeated', () => {
    for (const sort of ['newest', 'oldest', 'severity'] as const) {
      const { ids } = pageAll({}, sort);
      expect(ids).toEqual(truth({}, sort));
    }
  });

  it('finds exactly the matching posts under filters, whichever plan runs', () => {
    const cases: PostFilter[] = [
      { query: 'the' },
      { query: 'the', personIds: [1, 2] },
      { query: 'you OR the', abusiveOnly: true },
      { query: 'the NOT tax', platforms: ['x', 'reddit'] },
      { query: '"the party"' },
      { query: 'resign*' },
    ];
    for (const f of cases)
      for (const sort of ['newest', 'severity'] as const) {
        const want = truth(f, sort);
        expect(want.length, JSON.stringify(f)).toBeGreaterThan(0);
        // Default thresholds (few matches), then thresholds forcing the bitmap, then per-post checks.
        for (const tuning of [{}, { fewMatches: 10 }, { fewMatches: 10, bitmapMax: 10 }]) {
          clearSearchCache();
          const { ids, plans } = pageAll(f, sort, tuning);
          const label = `${JSON.stringify(f)} ${sort} ${JSON.stringify(tuning)} ${[...plans].join('; ')}`;
          expect(ids, label).toEqual(want);
          if (tuning.fewMatches && want.length > 10) expect([...plans].join(), label).toMatch(/many matches/);
        }
      }
  });

  it('checks post by post for a word in most posts, and uses the bitmap for fewer matches', () => {
    const run = (query: string, tuning: { fewMatches?: number; bitmapMax?: number }) => {
      clearSearchCache();
      return searchPosts(db, { filter: { query }, sort: 'newest', limit: 50 }, tuning).plan;
    };
    expect(run('the', { fewMatches: 10, bitmapMax: 100 })).toBe(
      'many matches: index walk, each post checked',
    );
    expect(run('the', { fewMatches: 10 })).toBe('many matches: index walk with match bitmap');
    // Per-post checks that rarely hit give way to the bitmap.
    expect(run('resign*', { fewMatches: 1, bitmapMax: 1 })).toBe(
      'many matches: index walk with match bitmap',
    );
    expect(run('resign*', {})).toBe('few matches: read them and sort');
  });

  it('ignores accents and capitals', () => {
    for (const q of ['cafe', 'CAFÉ', 'zurich', 'Zürich', '"cafe creme"']) {
      const page = searchPosts(db, { filter: { query: q }, sort: 'newest', limit: 10 });
      const ids = page.rows.map((r) => r.text);
      expect(
        ids.some((t) => t.startsWith('Le CAFÉ')),
        q,
      ).toBe(true);
    }
    const cafe = searchPosts(db, { filter: { query: 'cafe' }, sort: 'newest', limit: 10 });
    expect(cafe.rows).toHaveLength(2);
    expect(cafe.terms).toEqual([{ text: 'cafe', prefix: false }]);
    expect(
      searchPosts(db, { filter: { query: 'cafe -zurich' }, sort: 'newest', limit: 10 }).rows,
    ).toHaveLength(0);
  });

  it('highlights what matched in the original text, accents and all', () => {
    const text = 'Le CAFÉ crème était froid à Zürich';
    const marked = (q: string) => matchRanges(text, searchTerms(q)).map((r) => text.slice(r.start, r.end));
    expect(marked('cafe')).toEqual(['CAFÉ']);
    expect(marked('"cafe creme"')).toEqual(['CAFÉ crème']);
    expect(marked('zur*')).toEqual(['Zürich']);
    expect(marked('froid NOT cafe')).toEqual(['froid']);
    expect(marked('caf')).toEqual([]);
  });

  it('walks an index for the first page, never scanning or sorting all posts', () => {
    const explain = (sql: string, params: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
    const f: PostFilter = { personIds: [1], platforms: ['x'] };
    const w = postFilterWhere(db, f, { people: 'exists', timeOrdered: true });
    const plan = explain(
      `SELECT p.id, p.created_at, p.severity FROM posts p WHERE ${w.sql} ORDER BY p.created_at DESC, p.id DESC LIMIT 101`,
      w.params,
    );
    expect(plan.join('\n')).toMatch(/SCAN p USING INDEX posts_created/);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    // The few-matches plan reads the index's matches first, then their posts by id.
    const few = explain(
      `SELECT p.id FROM (SELECT rowid AS id FROM posts_fts WHERE posts_fts MATCH ?) m CROSS JOIN posts p ON p.id = m.id`,
      [toFtsQuery('resign*')],
    );
    expect(few.join('\n')).toMatch(/SEARCH p USING INTEGER PRIMARY KEY/);
  });
});
