/**
 * One measured import, in its own process so peak RSS is its own: `full` (the real pipeline with
 * matching and full-text indexing) or `bare` (stream-parse + prepared insert + FTS rebuild, nothing
 * else). Prints one JSON line.
 */
import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { openDatabase } from '../../db/connection';
import { importFile } from '../../electron/ingest/pipeline';

const [mode, file, dbPath, demo] = process.argv.slice(2) as ['full' | 'bare', string, string, string];
const size = fs.statSync(file).size;
let peak = 0;
const rssAt: { fraction: number; rssMb: number }[] = [];
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 50);

function copyPeople(db: Database.Database): void {
  db.exec(`ATTACH '${demo.replaceAll("'", "''")}' AS demo`);
  db.exec(`INSERT INTO people SELECT * FROM demo.people;
           INSERT INTO person_handles (id, person_id, platform, handle, account_id) SELECT id, person_id, platform, handle, account_id FROM demo.person_handles;
           INSERT INTO person_aliases SELECT * FROM demo.person_aliases;`);
  db.exec('DETACH demo');
}

async function full(): Promise<number> {
  const db = openDatabase(dbPath);
  copyPeople(db);
  const marks = [0.25, 0.5, 0.75];
  const s = await importFile(db, file, {
    onProgress: (p) => {
      sample();
      while (marks.length && p.bytes / size >= marks[0]!)
        rssAt.push({ fraction: marks.shift()!, rssMb: Math.round(process.memoryUsage().rss / 1e6) });
    },
  });
  db.close();
  if (s.status !== 'done') throw new Error(s.message);
  return s.inserted;
}

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
      sample();
    }
  }
  flush(batch);
  n += batch.length;
  db.exec("INSERT INTO posts_fts(posts_fts) VALUES ('rebuild')");
  db.close();
  return n;
}

const t0 = performance.now();
(mode === 'full' ? full() : bare()).then((posts) => {
  const seconds = (performance.now() - t0) / 1000;
  sample();
  clearInterval(timer);
  console.log(
    JSON.stringify({
      mode,
      posts,
      seconds,
      postsPerSecond: Math.round(posts / seconds),
      peakRssMb: Math.round(peak / 1e6),
      rssAt,
    }),
  );
});
