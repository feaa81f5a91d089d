/**
 * Import benchmark (issue 3): 1,000,000 X API v2 posts as NDJSON, built from the demo generator's
 * texts and mentions, imported end to end (matching + full-text indexing) and through a bare pipeline,
 * each in a fresh process and database. Reports medians of posts/s and peak RSS, and the ratio.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { xv2FileFromDemo } from './xv2-from-demo';

interface Run {
  mode: string;
  posts: number;
  seconds: number;
  postsPerSecond: number;
  peakRssMb: number;
  rssAt: { fraction: number; rssMb: number }[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(opts: { posts?: number; repeats?: number } = {}) {
  const posts = opts.posts ?? Number(process.env.BENCH_POSTS ?? 1_000_000);
  const repeats = opts.repeats ?? Number(process.env.BENCH_REPEATS ?? 3);
  const dir = path.join(os.tmpdir(), 'bulwark-bench');
  fs.mkdirSync(dir, { recursive: true });
  const { file, demo } = xv2FileFromDemo(dir, posts);
  const once = (mode: 'full' | 'bare'): Run => {
    const db = path.join(dir, `import-${mode}.db`);
    for (const ext of ['', '-wal', '-shm']) fs.rmSync(db + ext, { force: true });
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'import-worker.ts'), mode, file, db, demo],
      { encoding: 'utf8' },
    );
    for (const ext of ['', '-wal', '-shm']) fs.rmSync(db + ext, { force: true });
    return JSON.parse(out.trim().split('\n').pop()!) as Run;
  };
  const runs: Run[] = [];
  for (let i = 0; i < repeats; i++) runs.push(once('bare'), once('full'));
  const pick = (mode: string) => runs.filter((r) => r.mode === mode);
  const full = pick('full');
  const bare = pick('bare');
  const result = {
    name: 'import',
    posts,
    fileMb: Math.round(fs.statSync(file).size / 1e6),
    repeats,
    fullPostsPerSecond: median(full.map((r) => r.postsPerSecond)),
    barePostsPerSecond: median(bare.map((r) => r.postsPerSecond)),
    fullSeconds: median(full.map((r) => r.seconds)),
    bareSeconds: median(bare.map((r) => r.seconds)),
    ratioFullToBare: +(median(full.map((r) => r.seconds)) / median(bare.map((r) => r.seconds))).toFixed(2),
    fullPeakRssMb: median(full.map((r) => r.peakRssMb)),
    barePeakRssMb: median(bare.map((r) => r.peakRssMb)),
    fullRssAt: full[0]!.rssAt,
    targets: { postsPerSecond: 50_000, ratio: 1.5, peakRssMb: 500 },
  };
  return result;
}

if (require.main === module) void run().then((r) => console.log(JSON.stringify(r, null, 2)));
