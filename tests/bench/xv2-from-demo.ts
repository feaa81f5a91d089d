/**
 * Builds the import benchmark's input: the demo generator's texts and mentions written out as
 * X API v2 tweets, one per line (cached between runs; building 1,000,000 takes a minute).
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { xv2Line } from '../helpers/xv2';

const CLI = path.join(__dirname, '..', '..', 'dist', 'electron', 'cli.cjs');

export function demoDb(dir: string, posts: number): string {
  const file = path.join(dir, `demo-${posts}.db`);
  if (!fs.existsSync(file)) {
    execFileSync(
      process.execPath,
      [CLI, 'demo', '--db', file + '.tmp', '--posts', String(posts), '--seed', '7'],
      { stdio: 'inherit' },
    );
    fs.renameSync(file + '.tmp', file);
    for (const ext of ['-wal', '-shm']) fs.rmSync(file + '.tmp' + ext, { force: true });
  }
  return file;
}

export function xv2FileFromDemo(dir: string, posts: number): { file: string; demo: string } {
  const demo = demoDb(dir, posts);
  const file = path.join(dir, `xv2-${posts}.jsonl`);
  if (fs.existsSync(file)) return { file, demo };
  const db = new Database(demo, { readonly: true });
  const handles = new Map<string, string>();
  for (const h of db
    .prepare(
      "SELECT lower(handle) AS h, coalesce(account_id, 'p' || person_id) AS id FROM person_handles WHERE platform = 'x' AND handle IS NOT NULL",
    )
    .iterate() as IterableIterator<{ h: string; id: string }>) {
    handles.set(h.h.replace(/^@/, ''), h.id);
  }
  const fd = fs.openSync(file + '.tmp', 'w');
  let buf = '';
  let n = 0;
  const rows = db
    .prepare(
      `SELECT p.id, p.text, p.created_at, a.platform_user_id AS author_id, a.handle, a.display_name
       FROM posts p JOIN accounts a ON a.id = p.account_id ORDER BY p.id`,
    )
    .iterate() as IterableIterator<{
    id: number;
    text: string;
    created_at: string;
    author_id: string;
    handle: string | null;
    display_name: string | null;
  }>;
  for (const r of rows) {
    const mentions = [...r.text.matchAll(/@(\w{1,15})/g)]
      .map((m) => m[1]!)
      .filter((h) => handles.has(h.toLowerCase()))
      .map((h) => ({ username: h, id: handles.get(h.toLowerCase())! }));
    buf +=
      xv2Line({
        id: String(1_500_000_000_000_000_000n + BigInt(r.id)),
        text: r.text,
        createdAt: r.created_at,
        authorId: String(r.author_id).replace(/\D/g, '') || String(r.id),
        username: (r.handle ?? `user${r.author_id}`).replace(/^@/, '').replace(/\W/g, '_').slice(0, 15),
        name: r.display_name ?? 'Someone',
        mentions,
      }) + '\n';
    if (++n % 10_000 === 0) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
  db.close();
  fs.renameSync(file + '.tmp', file);
  return { file, demo };
}
