import Database from 'better-sqlite3';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulwark } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const dir = tempDir('bulwark-case-cli-');
const db = path.join(dir, 'bulwark.db');
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'ingest', 'x-v2-flat.jsonl');

beforeAll(() => {
  expect(bulwark(['demo', '--posts', '1000', '--seed', '5', '--db', db]).status).toBe(0);
  expect(bulwark(['import', FIXTURE, '--db', db]).status).toBe(0);
});

function sql<T>(q: string, ...p: unknown[]): T {
  const h = new Database(db, { readonly: true });
  try {
    return h
      .prepare(q)
      .pluck()
      .get(...p) as T;
  } finally {
    h.close();
  }
}

describe('bulwark case / evidence', () => {
  it('creates a case from a person, categories and dates, and prints {"id","posts"} with --json', () => {
    const person = sql<string>(
      `SELECT pe.name FROM mentions m JOIN people pe ON pe.id = m.person_id JOIN posts p ON p.id = m.post_id
       WHERE p.top_category IN ('threat','harassment') GROUP BY pe.id ORDER BY count(*) DESC, pe.id LIMIT 1`,
    );
    const r = bulwark([
      'case',
      'create',
      '--title',
      'Threats and harassment',
      '--person',
      person,
      '--category',
      'threat',
      '--category',
      'harassment',
      '--from',
      '2000-01-01',
      '--to',
      '2100-12-31',
      '--db',
      db,
      '--json',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { id: number; posts: number };
    const expected = sql<number>(
      `SELECT count(*) FROM posts WHERE top_category IN ('threat','harassment')
       AND id IN (SELECT post_id FROM mentions m JOIN people pe ON pe.id = m.person_id WHERE pe.name = ?)`,
      person,
    );
    expect(expected).toBeGreaterThan(0);
    expect(out.posts).toBe(expected);
    expect(sql<number>('SELECT count(*) FROM case_posts WHERE case_id = ?', out.id)).toBe(expected);
    expect(
      sql<string>('SELECT name FROM people WHERE id = (SELECT person_id FROM cases WHERE id = ?)', out.id),
    ).toBe(person);
  });

  it('creates a case from a full-text search over imported posts', () => {
    const r = bulwark(['case', 'create', '--title', 'Liar posts', '--query', 'liar', '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    const id = Number(/Case (\d+) created/.exec(r.stdout)![1]);
    const n = sql<number>('SELECT count(*) FROM case_posts WHERE case_id = ?', id);
    expect(n).toBeGreaterThan(0);
    expect(
      sql<number>(
        "SELECT count(*) FROM case_posts cp JOIN posts p ON p.id = cp.post_id WHERE cp.case_id = ? AND lower(p.text) NOT LIKE '%liar%'",
        id,
      ),
    ).toBe(0);
    expect(r.stdout).toContain('matching the search “liar”');
  });

  it('lists and shows cases, and explains mistakes', () => {
    const list = bulwark(['case', 'list', '--db', db, '--json']);
    expect((JSON.parse(list.stdout) as { title: string }[]).map((c) => c.title)).toEqual([
      'Liar posts',
      'Threats and harassment',
    ]);
    const show = bulwark(['case', 'show', '1', '--db', db]);
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('Case 1: Threats and harassment');
    expect(show.stdout).toContain('posts_added');
    expect(bulwark(['case', 'show', '99', '--db', db]).stderr).toContain('There is no case number 99.');
    const nobody = bulwark(['case', 'create', '--title', 'X', '--person', 'Nobody At All', '--db', db]);
    expect(nobody.status).toBe(2);
    expect(nobody.stderr).toContain('Nobody called "Nobody At All" is monitored');
    const badCat = bulwark(['case', 'create', '--title', 'X', '--category', 'threats', '--db', db]);
    expect(badCat.status).toBe(2);
    expect(badCat.stderr).toMatch(/Unknown category threats\. Categories: .*threat/);
    expect(bulwark(['case', 'create', '--title', 'X', '--from', '2025-02-30x', '--db', db]).stderr).toMatch(
      /--from/,
    );
  });

  it('exports a redacted pack that verify-pack finds intact', () => {
    const out = path.join(dir, 'pack.zip');
    const r = bulwark([
      'evidence',
      '--case',
      '2',
      '--out',
      out,
      '--redact',
      'handles,reviewers',
      '--db',
      db,
      '--json',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as { posts: number; redacted: string[]; sha256: string };
    expect(res.redacted).toEqual(['handles', 'reviewers']);
    expect(res.posts).toBe(sql<number>('SELECT count(*) FROM case_posts WHERE case_id = 2'));
    const v = bulwark(['verify-pack', out]);
    expect(v.status).toBe(0);
    expect(v.stdout).toContain('INTACT');
    expect(bulwark(['evidence', '--case', '2', '--out', out, '--redact', 'names', '--db', db]).status).toBe(
      2,
    );
    expect(bulwark(['evidence', '--case', '2', '--db', db]).stderr).toContain('--out');
    expect(sql<number>("SELECT count(*) FROM audit_log WHERE action = 'case.export'")).toBe(1);
  });
});
