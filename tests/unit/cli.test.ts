import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../db/migrations/index';
import { bulwark } from '../helpers/cli';
import { tempDbPath, tempDir } from '../helpers/tmp';

describe('bulwark CLI', () => {
  it('lists its commands with --help', () => {
    const r = bulwark(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['serve', 'db', 'demo']) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\s`, 'm'));
  });

  it.each(['serve', 'db', 'demo'])('explains "%s" with --help', (cmd) => {
    const r = bulwark([cmd, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`bulwark ${cmd}`);
    expect(r.stdout).toContain('--db FILE');
  });

  it('rejects an unknown command and unknown options clearly', () => {
    const r = bulwark(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown command "frobnicate"');
    const o = bulwark(['demo', '--postz', '5']);
    expect(o.status).toBe(2);
    expect(o.stderr).toMatch(/--postz/);
    expect(o.stderr).toContain('bulwark demo --help');
  });

  it('creates and describes a database with db migrate / db info', () => {
    const db = tempDbPath();
    const m = bulwark(['db', 'migrate', '--db', db]);
    expect(m.status).toBe(0);
    expect(m.stdout).toContain(`to ${LATEST_VERSION}`);
    const again = bulwark(['db', 'migrate', '--db', db]);
    expect(again.stdout).toContain('up to date');
    const info = bulwark(['db', 'info', '--db', db, '--json']);
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ schemaVersion: LATEST_VERSION, posts: 0, people: 0 });
  });

  it('refuses a file that is not a database, leaving it as it was', () => {
    const file = path.join(tempDir(), 'essay.db');
    fs.writeFileSync(file, 'not a database');
    const r = bulwark(['db', 'info', '--db', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is not a Bulwark database');
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database');
  });

  it('generates deterministic demo data', () => {
    const a = tempDbPath();
    const b = tempDbPath();
    const ra = bulwark(['demo', '--db', a, '--posts', '1500', '--seed', '3']);
    expect(ra.status, ra.stderr).toBe(0);
    expect(ra.stdout).toMatch(/Demo data written/);
    bulwark(['demo', '--db', b, '--posts', '1500', '--seed', '3']);
    const digest = (f: string) => {
      const d = new Database(f, { readonly: true });
      const rows = d
        .prepare('SELECT platform, platform_post_id, text, created_at FROM posts ORDER BY id')
        .all();
      d.close();
      return JSON.stringify(rows);
    };
    expect(digest(a)).toBe(digest(b));
    const info = JSON.parse(bulwark(['db', 'info', '--db', a, '--json']).stdout);
    expect(info.posts).toBeGreaterThanOrEqual(1500);
    const bad = bulwark(['demo', '--db', a, '--posts', 'many']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--posts must be a whole number');
  });
});
