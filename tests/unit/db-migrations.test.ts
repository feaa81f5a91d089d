import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate, openDatabase, schemaVersion } from '../../db/connection';
import { DbError } from '../../db/errors';
import { LATEST_VERSION, MIGRATIONS } from '../../db/migrations/index';
import { sha256File, tempDbPath, tempDir } from '../helpers/tmp';

function tables(db: Database.Database): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")
      .pluck()
      .all() as string[]
  ).filter((n) => !n.startsWith('posts_fts_') && !n.startsWith('sqlite_'));
}

describe('opening a database', () => {
  it('creates a new file at the latest schema with WAL, foreign keys and a busy timeout', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'people',
        'person_handles',
        'person_aliases',
        'accounts',
        'posts',
        'mentions',
        'categories',
        'labels',
        'reviews',
        'cases',
        'case_posts',
        'imports',
        'audit_log',
        'posts_fts',
        'settings',
      ]),
    );
    db.close();
  });

  it('makes every ordinary table STRICT', () => {
    const db = openDatabase(tempDbPath());
    const sqls = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'posts_fts_%'",
      )
      .all() as { name: string; sql: string }[];
    expect(sqls.length).toBeGreaterThan(10);
    for (const t of sqls) expect(t.sql, t.name).toMatch(/\)\s*STRICT/);
    db.close();
  });

  it('applies each migration in order against a real file, one version at a time', () => {
    const file = tempDbPath();
    const raw = new Database(file);
    for (const m of MIGRATIONS) {
      migrate(raw, m.version);
      expect(schemaVersion(raw)).toBe(m.version);
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    }
    expect(raw.prepare('SELECT count(*) FROM categories').pluck().get()).toBe(19);
    raw.close();
    // And reopening an up-to-date file changes nothing.
    const again = openDatabase(file);
    expect(migrate(again).applied).toEqual([]);
    again.close();
  });

  it('upgrades a database left at an older version', () => {
    const file = tempDbPath();
    const raw = new Database(file);
    migrate(raw, 1);
    raw.close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database from a newer Bulwark and leaves it untouched', () => {
    const file = tempDbPath();
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = sha256File(file);
    expect(() => openDatabase(file)).toThrowError(/newer version of Bulwark/);
    try {
      openDatabase(file);
    } catch (e) {
      expect((e as DbError).code).toBe('DB_TOO_NEW');
    }
    expect(sha256File(file)).toBe(before);
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'These are my notes, not a database.\n'.repeat(100));
    const before = sha256File(file);
    expect(() => openDatabase(file)).toThrowError(/not an SQLite file.*left untouched/);
    expect(sha256File(file)).toBe(before);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a corrupt SQLite file and leaves it untouched', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', ?)").run(JSON.stringify('y'.repeat(50000)));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    // Scribble over the middle pages, keeping the header so it still looks like SQLite.
    for (let i = 4096; i < bytes.length - 4096; i++) bytes[i] = (i * 7) & 0xff;
    fs.writeFileSync(file, bytes);
    const before = sha256File(file);
    let err: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DbError);
    expect((err as DbError).code).toBe('CORRUPT');
    expect((err as DbError).message).toMatch(/damaged.*left untouched/);
    expect(sha256File(file)).toBe(before);
  });

  it("refuses another program's SQLite database", () => {
    const file = tempDbPath();
    const other = new Database(file);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    const before = sha256File(file);
    expect(() => openDatabase(file)).toThrowError(/another program/);
    expect(sha256File(file)).toBe(before);
  });
});
