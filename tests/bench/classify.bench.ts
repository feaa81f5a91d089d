/**
 * Classifier throughput: rules + model on one core, posts per second.
 *   npx tsx tests/bench/classify.bench.ts
 * The headline figures measure the classifier as it ships: bundled by esbuild with the options
 * build/build.mjs uses for the app, the CLI and the import worker, and run by plain `node` in a child
 * process (tsx's loader and its per-module compilation cost several per cent that no user pays). The
 * same classifier run straight from the TypeScript sources, in this process, is reported beside it
 * (`fromSources…`).
 * Uses real tweets from ../shared/datasets when present (OLID, ~100–300 chars), else the contrast and
 * dev fixtures. Each pass classifies 200,000 posts; we report the median of five passes after a
 * warm-up pass, in posts per CPU-second of this (single-threaded) process, and the median wall-clock
 * rate too (lower on a busy machine; higher than CPU when GC runs on a helper thread).
 */
import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClassifier } from '../../electron/classify';
import { measureClassifier, POSTS_PER_PASS, type ShippedRates } from './measure-classifier';

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

/**
 * The classifier as it ships: electron/classify bundled as build/build.mjs bundles the app (with the
 * small measuring entry classify-shipped.ts), measured in a plain `node` child process, as the app,
 * the CLI and the import worker run it (under tsx's loader the same bundle measured ~7% slower).
 */
function measureShipped(texts: string[]): ShippedRates {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-classify-bench-'));
  try {
    const bundle = path.join(dir, 'classify-shipped.cjs');
    buildSync({
      absWorkingDir: repoRoot,
      entryPoints: ['tests/bench/classify-shipped.ts'],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'warning',
    });
    const textsFile = path.join(dir, 'texts.json');
    fs.writeFileSync(textsFile, JSON.stringify(texts));
    const model = path.join(repoRoot, 'electron', 'classify', 'model', 'weights.bin');
    const out = execFileSync(process.execPath, [bundle, textsFile, model], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!) as ShippedRates;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
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
  const shipped = measureShipped(texts);
  const fullSources = measureClassifier(createClassifier(), texts);
  const rulesSources = measureClassifier(createClassifier({ model: null }), texts);
  const fullRate = shipped.full;
  const rulesRate = shipped.rules;
  const meanChars = Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length);
  await Promise.resolve();
  return {
    name: 'classify (rules + model, one core)',
    postsPerSecond: fullRate.cpu,
    wallPostsPerSecond: fullRate.wall,
    posts: POSTS_PER_PASS,
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
