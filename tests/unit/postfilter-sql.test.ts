import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { countPosts, instantEnd, instantStart, postFilterSql, selectPostIds } from '../../db/postFilter';
import { postFilterSchema } from '../../electron/api/filters';
import { SearchSyntaxError, searchTerms, toFtsQuery } from '../../electron/api/ftsQuery';
import { tempDir } from '../helpers/tmp';

let dir: string;
let db: DB;

// A hand-made database: each post exists to be found (or not) by one filter below.
beforeAll(() => {
  dir = tempDir('bulwark-postfilter-');
  db = openDatabase(path.join(dir, 'f.db'));
  db.exec(`
    INSERT INTO people (id, name, created_at, updated_at) VALUES (1, 'Ann Ash', 'x', 'x'), (2, 'Ben Birch', 'x', 'x');
    INSERT INTO accounts (id, platform, platform_user_id, handle) VALUES (1, 'x', 'u1', 'troll'), (2, 'reddit', 'u2', 'fan');
  `);
  const ins = db.prepare(
    `INSERT INTO posts (id, platform, platform_post_id, account_id, text, created_at, raw_sha256, abusive, severity,
       top_category, review_status, repost_of_post_id) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)`,
  );
  const rows: [
    number,
    string,
    number,
    string,
    string,
    number,
    number,
    string | null,
    string,
    string | null,
  ][] = [
    [
      1,
      'x',
      1,
      'Zoë is a traitor and a liar',
      '2025-03-01T10:15:00.000Z',
      1,
      2,
      'personal_insult',
      'unreviewed',
      null,
    ],
    [2, 'x', 1, 'I know where you live', '2025-03-01T23:59:59Z', 1, 4, 'threat', 'confirmed', null],
    [
      3,
      'reddit',
      2,
      'Great speech on the NHS today',
      '2025-03-02T00:00:00.000Z',
      0,
      0,
      'supportive',
      'unreviewed',
      null,
    ],
    [
      4,
      'reddit',
      2,
      'You voted to cut benefits, traitorous coward',
      '2025-03-03T08:00:00.000Z',
      0,
      0,
      'political_criticism',
      'rejected',
      null,
    ],
    [5, 'x', 1, '', '2025-03-03T09:00:00.000Z', 0, 0, null, 'unreviewed', 'orig-1'],
  ];
  for (const [id, platform, account, text, at, ab, sev, cat, status, repost] of rows)
    ins.run(id, platform, `p${id}`, account, text, at, ab, sev, cat, status, repost);
  db.exec(`INSERT INTO mentions VALUES (1, 1, 'name'), (2, 1, 'reply'), (2, 2, 'name'), (3, 2, 'handle');
           INSERT INTO posts_fts (rowid, text) SELECT id, text FROM posts;`);
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ids = (f: object) => selectPostIds(db, postFilterSchema.parse(f));

describe('postFilterSql', () => {
  it('narrows by each field and combines them with AND', () => {
    expect(ids({})).toEqual([1, 2, 3, 4, 5]);
    expect(ids({ personIds: [1] })).toEqual([1, 2]);
    expect(ids({ personIds: [1, 2] })).toEqual([1, 2, 3]);
    expect(ids({ platforms: ['reddit'] })).toEqual([3, 4]);
    expect(ids({ categories: ['threat', 'supportive'] })).toEqual([2, 3]);
    expect(ids({ categories: ['none'] })).toEqual([5]);
    expect(ids({ severities: [4] })).toEqual([2]);
    expect(ids({ reviewStatus: ['confirmed', 'rejected'] })).toEqual([2, 4]);
    expect(ids({ accountId: 2 })).toEqual([3, 4]);
    expect(ids({ abusiveOnly: true })).toEqual([1, 2]);
    expect(ids({ reposts: 'exclude' })).toEqual([1, 2, 3, 4]);
    expect(ids({ reposts: 'only' })).toEqual([5]);
    expect(ids({ platforms: ['x'], abusiveOnly: true, personIds: [2] })).toEqual([2]);
  });

  it('treats day bounds as whole UTC days, inclusive, even for times stored without milliseconds', () => {
    expect(ids({ from: '2025-03-01', to: '2025-03-01' })).toEqual([1, 2]);
    expect(ids({ from: '2025-03-02' })).toEqual([3, 4, 5]);
    expect(ids({ from: '2025-03-01T10:00', to: '2025-03-01T10:59' })).toEqual([1]);
    expect(instantStart('2025-03-01')).toBe('2025-03-01T00:00:00.000Z');
    expect(instantEnd('2025-02-28')).toBe('2025-03-01T00:00:00.000Z');
    expect(instantEnd('2025-03-01T23:59')).toBe('2025-03-02T00:00:00.000Z');
  });

  it('honours the "count reposts" setting when the filter does not say', () => {
    db.prepare("INSERT INTO settings VALUES ('stats.countReposts', 'false')").run();
    try {
      expect(ids({})).toEqual([1, 2, 3, 4]);
      expect(countPosts(db, {})).toBe(4);
      expect(ids({ reposts: 'include' })).toEqual([1, 2, 3, 4, 5]);
    } finally {
      db.prepare("DELETE FROM settings WHERE key = 'stats.countReposts'").run();
    }
  });

  it('binds every value: nothing typed reaches the SQL text', () => {
    const f = postFilterSql({ query: "x' OR 1=1; DROP TABLE posts", platforms: ['x'] });
    expect(f.sql).not.toContain('DROP');
    expect(f.params).toContain(`("x'" OR ("1=1;" AND "DROP" AND "TABLE" AND "posts"))`);
    expect(f.params).toContain('x');
  });

  it('finds words accent-insensitively, by prefix, by phrase and with AND / OR / NOT', () => {
    expect(ids({ query: 'zoe' })).toEqual([1]);
    expect(ids({ query: 'traitor*' })).toEqual([1, 4]);
    expect(ids({ query: '"where you live"' })).toEqual([2]);
    expect(ids({ query: '"live where you"' })).toEqual([]);
    expect(ids({ query: 'traitor* NOT coward' })).toEqual([1]);
    expect(ids({ query: 'traitor* -coward' })).toEqual([1]);
    expect(ids({ query: 'liar OR nhs' })).toEqual([1, 3]);
    expect(ids({ query: '(liar OR nhs) AND great' })).toEqual([3]);
    expect(ids({ query: 'traitor liar' })).toEqual([1]);
    expect(ids({ query: 'NEAR text: ^zoë' })).toEqual([]);
  });
});

describe('search syntax', () => {
  const message = (q: string) => {
    try {
      toFtsQuery(q);
    } catch (e) {
      expect(e).toBeInstanceOf(SearchSyntaxError);
      return (e as Error).message;
    }
    throw new Error(`"${q}" was accepted`);
  };

  it('explains a stray quote, bracket or operator in plain words', () => {
    expect(message('"traitor')).toMatch(/quotation mark is not closed/);
    expect(message('(traitor')).toMatch(/"\(" is not closed/);
    expect(message('traitor)')).toMatch(/"\)" without a matching/);
    expect(message('NOT tory')).toMatch(/Add a word to look for/);
    expect(message('traitor OR')).toMatch(/OR needs a word after it/);
    expect(message('a*')).toMatch(/at least two letters/);
    expect(message('!!!')).toMatch(/no letters or numbers/);
  });

  it('rejects a bad search at the API boundary with that message', () => {
    const r = postFilterSchema.safeParse({ query: 'say "hello' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/quotation mark is not closed/);
  });

  it('quotes every term so FTS5 syntax typed by a user stays literal', () => {
    expect(toFtsQuery('traitor')).toBe('"traitor"');
    expect(toFtsQuery('col:umn NEAR')).toBe('("col:umn" AND "NEAR")');
    expect(toFtsQuery('and or not')).toBe('("and" AND "or" AND "not")');
    expect(toFtsQuery('   ')).toBeNull();
  });

  it('lists the terms to highlight, leaving out excluded ones', () => {
    expect(searchTerms('traitor* "where you live" -tory NOT labour')).toEqual([
      { text: 'traitor', prefix: true },
      { text: 'where you live', prefix: false },
    ]);
  });
});
