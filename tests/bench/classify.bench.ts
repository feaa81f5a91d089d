/**
 * Classifier throughput: rules + model on one core, posts per second.
 *   npx tsx tests/bench/classify.bench.ts
 * The headline figures measure the classifier as it ships: bundled by esbuild with the options
 * build/build.mjs uses for the app, the CLI and the import worker (tsx compiles each module on its
 * own, and its cross-module bindings cost ~10–15% that no user ever pays). The same classifier run
 * straight from the TypeScript sources is reported beside it (`fromSources…`).
 * Uses real tweets from ../shared/datasets when present (OLID, ~100–300 chars), else the contrast and
 * dev fixtures. Each pass classifies 200,000 posts; we report the median of five passes after a
 * warm-up pass, in posts per CPU-second of this (single-threaded) process, and the median wall-clock
 * rate too (lower on a busy machine; higher than CPU when GC runs on a helper thread).
 */
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClassifier } from '../../electron/classify';

const repoRoot = path.resolve(__dirname, '..', '..');

function corpus(): { texts: string[]; source: string } {
  const olid = path.join(repoRoot, '..', 'shared', 'datasets', 'olid', 'olid-training-v1.0.tsv');
  if (fs.existsSync(olid)) {
    const texts = fs
      .readFileSync(olid, 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t')[1] ?? '')
      .filter((t) => t.length > 0);
    return { texts, source: 'OLID tweets (../shared/datasets)' };
  }
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'classify');
  const texts = ['contrast.jsonl', 'dev.jsonl'].flatMap((f) =>
    fs
      .readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  return { texts, source: 'contrast + dev fixtures' };
}

/** electron/classify bundled as build/build.mjs bundles the app (a temporary file), and loaded. */
function shippedClassifier(): typeof createClassifier {
  const outfile = path.join(os.tmpdir(), `bulwark-classify-bench-${process.pid}.cjs`);
  buildSync({
    absWorkingDir: repoRoot,
    entryPoints: ['electron/classify/index.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(outfile) as { createClassifier: typeof createClassifier }).createClassifier;
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}

export async function run(): Promise<{
  name: string;
  postsPerSecond: number;
  wallPostsPerSecond: number;
  posts: number;
  meanChars: number;
  source: string;
  rulesOnlyPostsPerSecond: number;
  rulesOnlyWallPostsPerSecond: number;
  fromSourcesPostsPerSecond: number;
  fromSourcesRulesOnlyPostsPerSecond: number;
  loadAverage: number[];
}> {
  const { texts, source } = corpus();
  const shipped = shippedClassifier();
  const modelPath = path.join(repoRoot, 'electron', 'classify', 'model', 'weights.bin');
  const full = shipped({ modelPath });
  const rulesOnly = shipped({ model: null });
  const fullFromSources = createClassifier();
  const rulesFromSources = createClassifier({ model: null });
  const target = 200_000;
  const median = (xs: number[]): number => {
    const sorted = [...xs].sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
  };
  const measure = (c: typeof full): { cpu: number; wall: number } => {
    const rates: number[] = [];
    const wallRates: number[] = [];
    for (let pass = 0; pass < 6; pass++) {
      // CPU time of this process, not wall time: the figure is per core and survives a busy machine.
      const t0 = process.cpuUsage();
      const w0 = process.hrtime.bigint();
      let n = 0;
      let abusive = 0;
      while (n < target) {
        for (const t of texts) {
          if (c.classify(t).abusive) abusive++;
          if (++n >= target) break;
        }
      }
      const used = process.cpuUsage(t0);
      const wall = Number(process.hrtime.bigint() - w0) / 1e9;
      const s = (used.user + used.system) / 1e6;
      if (pass > 0) {
        // pass 0 warms up the JIT
        rates.push(n / s);
        wallRates.push(n / wall);
      }
      if (abusive < 0) throw new Error('unreachable');
    }
    return { cpu: median(rates), wall: median(wallRates) };
  };
  const fullRate = measure(full);
  const rulesRate = measure(rulesOnly);
  const fullSources = measure(fullFromSources);
  const rulesSources = measure(rulesFromSources);
  const meanChars = Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length);
  await Promise.resolve();
  return {
    name: 'classify (rules + model, one core)',
    postsPerSecond: fullRate.cpu,
    wallPostsPerSecond: fullRate.wall,
    posts: target,
    meanChars,
    source,
    rulesOnlyPostsPerSecond: rulesRate.cpu,
    rulesOnlyWallPostsPerSecond: rulesRate.wall,
    fromSourcesPostsPerSecond: fullSources.cpu,
    fromSourcesRulesOnlyPostsPerSecond: rulesSources.cpu,
    loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
  };
}

if (require.main === module) {
  run().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
