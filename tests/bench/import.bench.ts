/**
 * Import benchmark (issue 3): 1,000,000 X API v2 posts as NDJSON, built from the demo generator's
 * texts and mentions, imported end to end by the built `bulwark import` (format detection, mapping,
 * mention matching, classification, full-text indexing) and by a bare pipeline (stream-parse + prepared
 * insert + FTS rebuild, nothing else), each in a fresh process and database. Time and memory are
 * measured from outside the process (wall clock; RSS sampled from /proc every 50 ms), so both are
 * measured the same way. Reports medians of posts/s and peak RSS, the ratio, and RSS at 25/50/75% of
 * the run (flat memory means those stay level as the file is read).
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/connection';
import { xv2FileFromDemo } from './xv2-from-demo';

interface Run {
  mode: 'full' | 'bare';
  posts: number;
  seconds: number;
  postsPerSecond: number;
  peakRssMb: number;
  rssAt: { fraction: number; rssMb: number }[];
}

const CLI = path.join(__dirname, '..', '..', 'dist', 'electron', 'cli.cjs');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function rssKb(pid: number): { rss: number; hwm: number } | null {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** Runs a command to completion, sampling its memory; returns its stdout, seconds and RSS series. */
function measure(
  args: string[],
): Promise<{ out: string; seconds: number; peakKb: number; series: number[] }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let peakKb = 0;
    const series: number[] = [];
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setInterval(() => {
      const m = rssKb(child.pid!);
      if (!m) return;
      peakKb = Math.max(peakKb, m.hwm, m.rss);
      series.push(m.rss);
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      else resolve({ out, seconds: (performance.now() - t0) / 1000, peakKb, series });
    });
  });
}

function freshDb(file: string, demo: string | null): void {
  for (const ext of ['', '-wal', '-shm']) fs.rmSync(file + ext, { force: true });
  const db = openDatabase(file);
  if (demo) {
    // The people the demo texts mention, so matching has real work to do.
    db.exec(`ATTACH '${demo.replaceAll("'", "''")}' AS demo`);
    db.exec(`INSERT INTO people SELECT * FROM demo.people;
             INSERT INTO person_handles (id, person_id, platform, handle, account_id) SELECT id, person_id, platform, handle, account_id FROM demo.person_handles;
             INSERT INTO person_aliases SELECT * FROM demo.person_aliases;`);
    db.exec('DETACH demo');
  }
  db.close();
}

async function once(mode: 'full' | 'bare', file: string, demo: string, dir: string): Promise<Run> {
  const db = path.join(dir, `import-${mode}.db`);
  freshDb(db, mode === 'full' ? demo : null);
  const args =
    mode === 'full'
      ? [CLI, 'import', file, '--db', db, '--json']
      : ['--import', 'tsx', path.join(__dirname, 'import-worker.ts'), file, db];
  const m = await measure(args);
  const parsed = JSON.parse(m.out.trim().split('\n').pop()!) as {
    posts?: number;
    files?: { inserted: number }[];
  };
  const posts = parsed.posts ?? parsed.files![0]!.inserted;
  const check = new Database(db, { readonly: true });
  const indexed = check.prepare('SELECT count(*) FROM posts_fts').pluck().get() as number;
  check.close();
  if (indexed !== posts) throw new Error(`${mode}: ${posts} posts but ${indexed} in the full-text index`);
  for (const ext of ['', '-wal', '-shm']) fs.rmSync(db + ext, { force: true });
  const at = (f: number) => Math.round((m.series[Math.floor((m.series.length - 1) * f)] ?? 0) / 1024);
  return {
    mode,
    posts,
    seconds: +m.seconds.toFixed(2),
    postsPerSecond: Math.round(posts / m.seconds),
    peakRssMb: Math.round(m.peakKb / 1024),
    rssAt: [0.25, 0.5, 0.75].map((fraction) => ({ fraction, rssMb: at(fraction) })),
  };
}

export async function run(opts: { posts?: number; repeats?: number } = {}) {
  const posts = opts.posts ?? Number(process.env.BENCH_POSTS ?? 1_000_000);
  const repeats = opts.repeats ?? Number(process.env.BENCH_REPEATS ?? 3);
  const dir = path.join(os.tmpdir(), 'bulwark-bench');
  fs.mkdirSync(dir, { recursive: true });
  const { file, demo } = xv2FileFromDemo(dir, posts);
  const runs: Run[] = [];
  for (let i = 0; i < repeats; i++) {
    runs.push(await once('bare', file, demo, dir), await once('full', file, demo, dir));
    console.error(JSON.stringify(runs.slice(-2)));
  }
  const pick = (mode: string) => runs.filter((r) => r.mode === mode);
  const full = pick('full');
  const bare = pick('bare');
  const fullSeconds = median(full.map((r) => r.seconds));
  const bareSeconds = median(bare.map((r) => r.seconds));
  return {
    name: 'import',
    posts,
    fileMb: Math.round(fs.statSync(file).size / 1e6),
    repeats,
    fullPostsPerSecond: median(full.map((r) => r.postsPerSecond)),
    barePostsPerSecond: median(bare.map((r) => r.postsPerSecond)),
    fullSeconds,
    bareSeconds,
    ratioFullToBare: +(fullSeconds / bareSeconds).toFixed(2),
    fullPeakRssMb: median(full.map((r) => r.peakRssMb)),
    barePeakRssMb: median(bare.map((r) => r.peakRssMb)),
    fullRssAt: full.map((r) => r.rssAt),
    loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
    targets: { postsPerSecond: 50_000, ratio: 1.5, peakRssMb: 500 },
  };
}

if (require.main === module) void run().then((r) => console.log(JSON.stringify(r, null, 2)));
