import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportFileSummary } from '../../electron/api/types';
import { ownFile } from '../fixtures/ingest/load';
import { bulwark } from '../helpers/cli';
import { tempDbPath, tempDir } from '../helpers/tmp';
import { xv2Line } from '../helpers/xv2';

/**
 * `bulwark import` as a user runs it: the built CLI in a child process, which runs the same import job
 * as the app on a worker thread. Its --json output and exit status are the contract for scripts.
 */
/** What --json prints per file: the import summary without the database's own ids. */
interface JsonSummary {
  files: Omit<ImportFileSummary, 'importId' | 'needsMapping'>[];
}

function tweets(n: number, broken: number[] = []): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (broken.includes(i + 1)) {
      lines.push('{"id": "cut off here", "text": ');
      continue;
    }
    lines.push(
      xv2Line({
        id: String(810_000 + i),
        text: `A post about the council budget, number ${i}`,
        createdAt: '2025-04-01T09:30:00.000Z',
        authorId: '55',
        username: 'resident55',
        name: 'A Resident',
        mentions: [],
      }),
    );
  }
  const file = path.join(tempDir(), 'tweets.jsonl');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function run(args: string[]): { status: number; json: JsonSummary | null; stderr: string } {
  const r = bulwark(['import', ...args, '--json']);
  return {
    status: r.status,
    json: r.stdout.trim() ? (JSON.parse(r.stdout) as JsonSummary) : null,
    stderr: r.stderr,
  };
}

describe('bulwark import', () => {
  it('imports a file, prints one JSON summary, and adds nothing twice on a second run', () => {
    const db = tempDbPath();
    const file = ownFile('x-v2-flat.jsonl');
    const first = run([file, '--db', db]);
    expect(first.status).toBe(0);
    const f = first.json!.files[0]!;
    expect(f).toMatchObject({ file: 'x-v2-flat.jsonl', format: 'x-v2-flat', status: 'done', rejected: 0 });
    // The sample repeats two posts (a quote's original also appears on its own line).
    expect(f).toMatchObject({ read: 6, inserted: 4, duplicates: 2 });
    const conn = new Database(db, { readonly: true });
    expect(conn.prepare('SELECT count(*) FROM posts').pluck().get()).toBe(f.inserted);
    expect(conn.prepare('SELECT file_name, status FROM imports').get()).toEqual({
      file_name: 'x-v2-flat.jsonl',
      status: 'done',
    });
    conn.close();
    const again = run([file, '--db', db]);
    expect(again.status).toBe(0);
    expect(again.json!.files[0]).toMatchObject({ inserted: 0, duplicates: 6 });
  });

  it('exits 0 with rejected records listed by line, and imports the rest', () => {
    const r = run([tweets(50, [7, 31]), '--db', tempDbPath()]);
    expect(r.status).toBe(0);
    const f = r.json!.files[0]!;
    expect(f).toMatchObject({ read: 50, inserted: 48, rejected: 2 });
    expect(f.errors.map((e) => e.line)).toEqual([7, 31]);
    expect(f.errors[0]!.reason).toMatch(/JSON/);
  });

  it('exits 1 naming a file it could not read, after importing the others', () => {
    const dir = tempDir();
    const binary = path.join(dir, 'photo.jpg');
    fs.writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const db = tempDbPath();
    const r = run([binary, tweets(10), '--db', db]);
    expect(r.status).toBe(1);
    expect(r.json!.files.map((f) => f.status)).toEqual(['failed', 'done']);
    expect(r.json!.files[0]!.message).toMatch(/binary file/);
    expect(r.stderr).toMatch(/photo\.jpg: This looks like a binary file/);
    expect(r.json!.files[1]!.inserted).toBe(10);
  });

  it('explains a wrong --map before touching the database', () => {
    const db = path.join(tempDir(), 'never-created.db');
    const r = bulwark(['import', tweets(3), '--db', db, '--map', 'Message=colour']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/"colour" is not a Bulwark field/);
    expect(fs.existsSync(db)).toBe(false);
  });
});
