import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulwark, CLI } from '../helpers/cli';
import { tempDbPath, tempDir } from '../helpers/tmp';
import { writeSyntheticXv2 } from '../helpers/xv2';

const N = 40_000;

function postsIn(dbPath: string): number {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM posts').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

describe('an import killed mid-way', () => {
  it('leaves a consistent database, and running it again completes it without duplicates', async () => {
    const file = path.join(tempDir(), 'big.jsonl');
    writeSyntheticXv2(file, N);
    const dbPath = tempDbPath();
    expect(bulwark(['db', 'migrate', '--db', dbPath]).status).toBe(0);

    const child = spawn(process.execPath, [CLI, 'import', file, '--db', dbPath], { stdio: 'ignore' });
    // Wait for the app's own signal (committed posts), then pull the plug.
    const deadline = Date.now() + 60_000;
    while (postsIn(dbPath) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const partial = db.prepare('SELECT count(*) FROM posts').pluck().get() as number;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(N);
    const imp = db.prepare('SELECT status, inserted_count FROM imports ORDER BY id DESC LIMIT 1').get() as {
      status: string;
      inserted_count: number;
    };
    expect(imp.status).toBe('running');
    // Counters commit with their posts, so they agree even after a crash.
    expect(imp.inserted_count).toBe(partial);
    db.close();

    const again = bulwark(['import', file, '--db', dbPath, '--json']);
    expect(again.status, again.stderr).toBe(0);
    const summary = JSON.parse(again.stdout).files[0];
    expect(summary.inserted + summary.duplicates).toBe(N);
    expect(summary.duplicates).toBe(partial);

    const after = new Database(dbPath, { readonly: true });
    const count = (sql: string) => after.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM posts')).toBe(N);
    expect(count('SELECT count(DISTINCT platform_post_id) FROM posts')).toBe(N);
    // Every post is searchable, including those the killed run committed but never indexed.
    expect(count('SELECT count(*) FROM posts_fts')).toBe(N);
    expect(count("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'budget'")).toBe(N);
    expect(after.prepare('SELECT status FROM imports ORDER BY id').pluck().all()).toEqual(['failed', 'done']);
    after.close();
  }, 300_000);
});
