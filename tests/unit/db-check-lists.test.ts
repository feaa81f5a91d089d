import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../db/connection';
import { rewriteCheckLists } from '../../db/migrations/008_check_lists';
import { LATEST_VERSION } from '../../db/migrations/index';
import { PostWriter } from '../../db/posts';
import { LabelWriter } from '../../db/labels';
import { tempDbPath } from '../helpers/tmp';

/** The opcodes SQLite compiles a statement to (EXPLAIN), with every parameter bound to NULL. */
function opcodes(db: Database.Database, sql: string): string[] {
  const params = (sql.match(/\?/g) ?? []).length;
  return (db.prepare(`EXPLAIN ${sql}`).all(...Array<null>(params).fill(null)) as { opcode: string }[]).map(
    (r) => r.opcode,
  );
}

describe('CHECK value lists (migration 8)', () => {
  it('spells an IN list as comparisons and leaves every other constraint alone', () => {
    expect(rewriteCheckLists("how TEXT NOT NULL CHECK (how IN ('handle','reply', 'it''s')),")).toBe(
      "how TEXT NOT NULL CHECK (how = 'handle' OR how = 'reply' OR how = 'it''s'),",
    );
    const other = 'CHECK (severity BETWEEN 0 AND 4), CHECK (id = 1), CHECK (x IN (SELECT y FROM z))';
    expect(rewriteCheckLists(other)).toBe(other);
  });

  it('writes posts, mentions and labels without building a temporary b-tree per row', () => {
    const db = openDatabase(tempDbPath());
    const sqls = db
      .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%CHECK%'")
      .pluck()
      .all() as string[];
    for (const sql of sqls) expect(sql).not.toMatch(/CHECK \(\w+ IN \(/);
    for (const sql of [
      "INSERT INTO posts (platform, platform_post_id, text, created_at, raw_sha256) VALUES ('x', ?, ?, ?, ?)",
      "INSERT OR IGNORE INTO mentions (post_id, person_id, how) VALUES (?, ?, 'handle')",
      "INSERT INTO labels (post_id, category_key, source, score, severity, explanation, classifier_version, created_at) VALUES (?, ?, 'rule', 1, 1, '{}', 'v', 'now')",
    ])
      expect(opcodes(db, sql), sql).not.toContain('OpenEphemeral');
    db.close();
  });

  it('still refuses a value outside each list and accepts every value in it', () => {
    const db = openDatabase(tempDbPath());
    db.prepare(
      "INSERT INTO people (name, role, created_at, updated_at) VALUES ('A', 'mp', 'now', 'now')",
    ).run();
    const posts = new PostWriter(db);
    const p = posts.post(
      { platform: 'x', platformPostId: '1', text: 'hi', createdAt: '2025-01-01T00:00:00.000Z', raw: '{}' },
      null,
      true,
    );
    for (const how of ['handle', 'reply', 'name', 'alias'] as const) posts.mention(p.id, 1, how);
    // (INSERT OR IGNORE skips a row that fails a CHECK, so a plain insert shows the refusal.)
    expect(() =>
      db.prepare("INSERT INTO mentions (post_id, person_id, how) VALUES (?, 1, 'nickname')").run(p.id),
    ).toThrow(/CHECK constraint failed/);
    const labels = new LabelWriter(db);
    labels.insertOnly(
      p.id,
      [{ key: 'threat', score: 1, severity: 4, source: 'rule', explanation: '{}' }],
      'v',
    );
    expect(() =>
      labels.insertOnly(
        p.id,
        [{ key: 'threat', score: 1, severity: 4, source: 'guess' as 'rule', explanation: '{}' }],
        'v',
      ),
    ).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE posts SET review_status = 'maybe' WHERE id = ?").run(p.id)).toThrow(
      /CHECK constraint failed/,
    );
    expect(() =>
      db
        .prepare("INSERT INTO people (name, role, created_at, updated_at) VALUES ('B', 'king', 'now', 'now')")
        .run(),
    ).toThrow(/CHECK constraint failed/);
    expect(db.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(4);
    db.close();
  });

  it('upgrades a version-7 file holding posts in place: same rows, same rowids, integrity ok', () => {
    const file = tempDbPath();
    const raw = new Database(file);
    migrate(raw, 7);
    raw
      .prepare(
        "INSERT INTO people (id, name, role, created_at, updated_at) VALUES (1, 'A', 'mp', 'now', 'now')",
      )
      .run();
    const insert = raw.prepare(
      "INSERT INTO posts (platform, platform_post_id, text, created_at, raw_sha256) VALUES ('x', ?, ?, '2025-01-01T00:00:00.000Z', 'h')",
    );
    for (let i = 0; i < 500; i++) insert.run(String(i), `post ${i}`);
    raw.prepare("INSERT INTO mentions (post_id, person_id, how) SELECT id, 1, 'name' FROM posts").run();
    const before = raw.prepare('SELECT id, platform_post_id, text FROM posts ORDER BY id').all();
    raw.close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT id, platform_post_id, text FROM posts ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(500);
    expect(() => db.prepare("INSERT INTO mentions VALUES (1, 1, 'bogus')").run()).toThrow(/CHECK/);
    db.close();
  });
});
