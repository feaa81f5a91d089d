/**
 * The bare pipeline for the import benchmark: stream-parse + prepared insert + FTS rebuild, nothing
 * else. Run in its own process (import.bench.ts measures its time and memory from outside, exactly as
 * it measures the real `bulwark import`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { openDatabase } from '../../db/connection';

const [file, dbPath] = process.argv.slice(2) as [string, string];

async function bare(): Promise<number> {
  const db = openDatabase(dbPath);
  const insert = db.prepare(
    'INSERT INTO posts (platform, platform_post_id, text, created_at, raw, raw_sha256) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const flush = db.transaction((lines: string[]) => {
    for (const line of lines) {
      const t = JSON.parse(line) as { id: string; text: string; created_at: string };
      insert.run(
        'x',
        t.id,
        t.text,
        t.created_at,
        line,
        crypto.createHash('sha256').update(line).digest('hex'),
      );
    }
  });
  let batch: string[] = [];
  let n = 0;
  for await (const line of readline.createInterface({
    input: fs.createReadStream(file, { highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  })) {
    batch.push(line);
    if (batch.length === 5000) {
      flush(batch);
      n += batch.length;
      batch = [];
    }
  }
  flush(batch);
  n += batch.length;
  db.exec("INSERT INTO posts_fts(posts_fts) VALUES ('rebuild')");
  db.close();
  return n;
}

void bare().then((posts) => console.log(JSON.stringify({ posts })));
