/**
 * Campaign and spike detection over a 1,000,000-post demo database: wall-clock and CPU seconds
 * (median of three runs), and precision/recall against what the generator planted, per kind, at
 * campaign and post level. Fails (throws) if detection misses its budget of 10 s median wall time or
 * the accuracy falls below the thresholds the unit tests use on 20k posts.
 *
 *   npx tsx tests/bench/campaigns.bench.ts
 * Database: $BULWARK_BENCH_DB, else a copy of /work/bench/demo-1m.db, else a new demo generated with
 * the built CLI (about 90 s). The copy is used because detection writes its results.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { campaignPostIds, listCampaigns } from '../../db/campaigns';
import { openDatabase } from '../../db/connection';
import { listSpikes } from '../../db/spikes';
import { evaluateByKind, evaluateSpikes, type KindScore } from '../../electron/analytics/evaluate';
import { runAnalytics } from '../../electron/analytics/run';

const BUDGET_S = 10;
const SHARED = '/work/bench/demo-1m.db';

function database(dir: string): string {
  const file = path.join(dir, 'campaigns-1m.db');
  const src = process.env.BULWARK_BENCH_DB ?? (fs.existsSync(SHARED) ? SHARED : null);
  if (src) {
    // Never open the shared file itself: opening migrates it. The copy carries its WAL, if any.
    fs.copyFileSync(src, file);
    if (fs.existsSync(`${src}-wal`)) fs.copyFileSync(`${src}-wal`, `${file}-wal`);
    return file;
  }
  const cli = path.join(__dirname, '..', '..', 'dist', 'electron', 'cli.cjs');
  execFileSync(process.execPath, [cli, 'demo', '--posts', '1000000', '--db', file], { stdio: 'inherit' });
  return file;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r2 = (x: number) => Math.round(x * 100) / 100;

export async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-bench-campaigns-'));
  try {
    const db = openDatabase(database(dir));
    const posts = db.prepare('SELECT count(*) FROM posts').pluck().get() as number;
    const wall: number[] = [];
    const cpu: number[] = [];
    let timings: Record<string, number> = {};
    for (let pass = 0; pass < 3; pass++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = runAnalytics(db, { reason: 'cli' });
      wall.push((performance.now() - t0) / 1000);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1e6);
      timings = r.timings;
    }
    const detections = listCampaigns(db).map((r) => ({
      kind: r.kind,
      personId: r.personId,
      postIds: campaignPostIds(db, r.id),
      accountIds: [],
      startMs: Date.parse(r.startAt),
    }));
    const byKind = evaluateByKind(db, detections);
    const spikes = evaluateSpikes(db, listSpikes(db, { limit: 100_000 }));
    db.close();

    const result = {
      name: 'campaign and spike detection',
      posts,
      medianSeconds: r2(median(wall)),
      medianCpuSeconds: r2(median(cpu)),
      runs: wall.map(r2),
      budgetSeconds: BUDGET_S,
      lastRunStages: timings,
      campaigns: detections.length,
      accuracy: byKind,
      spikes,
    };
    const problems: string[] = [];
    // Gated on CPU seconds of this (single-threaded) process: on this shared 2-core machine wall time
    // mostly measures whatever else is running. Both are reported.
    if (median(cpu) > BUDGET_S)
      problems.push(`median ${r2(median(cpu))} CPU s is over the ${BUDGET_S} s budget`);
    for (const [kind, k] of Object.entries(byKind ?? {}) as [string, KindScore][]) {
      if (k.planted === 0 && k.detections === 0) continue;
      if (k.recall < 1) problems.push(`${kind}: campaign recall ${k.recall}`);
      if (k.precision < 0.9) problems.push(`${kind}: campaign precision ${k.precision}`);
      if (k.postRecall < 0.9) problems.push(`${kind}: post recall ${k.postRecall}`);
      if (k.postPrecision < 0.85) problems.push(`${kind}: post precision ${k.postPrecision}`);
    }
    if (spikes && spikes.recall < 0.75) problems.push(`spike recall ${spikes.recall}`);
    if (spikes && spikes.precisionWithNewsDays < 0.7)
      problems.push(`spike precision ${spikes.precisionWithNewsDays}`);
    if (problems.length) {
      console.log(JSON.stringify(result, null, 2));
      throw new Error(`campaigns benchmark failed: ${problems.join('; ')}`);
    }
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
