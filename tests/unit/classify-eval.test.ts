import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier, evaluate, formatEvalReport } from '../../electron/classify';
import { loadEdos, loadIsca, loadOlid, splitOf } from '../../electron/classify/datasets';
import { binaryMetrics, bestThreshold } from '../../electron/classify/metrics';
import { tempDir } from '../helpers/tmp';

const repoRoot = path.join(__dirname, '..', '..');
const datasets = path.join(repoRoot, '..', 'shared', 'datasets');
const exists = fs.existsSync(path.join(datasets, 'olid', 'olid-training-v1.0.tsv'));
if (!exists)
  console.warn(
    'SKIPPED: ../shared/datasets not found — held-out evaluation and training-reproducibility tests did not run.',
  );

describe('metrics', () => {
  it('computes per-class precision, recall, F1, macro-F1 and the confusion matrix', () => {
    const m = binaryMetrics([1, 1, 1, 0, 0, 0, 0, 0], [1, 1, 0, 1, 0, 0, 0, 0], ['neg', 'pos']);
    expect(m.confusion).toEqual([
      [4, 1],
      [1, 2],
    ]);
    expect(m.classes[1].precision).toBeCloseTo(2 / 3);
    expect(m.classes[1].recall).toBeCloseTo(2 / 3);
    expect(m.classes[0].f1).toBeCloseTo(0.8);
    expect(m.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2);
    expect(m.accuracy).toBeCloseTo(6 / 8);
  });

  it('tunes a threshold that maximises macro-F1', () => {
    const t = bestThreshold([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.9]);
    expect(t.macroF1).toBeCloseTo(0.733, 2);
    expect(bestThreshold([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]).macroF1).toBe(1);
  });

  it('splits deterministically into roughly 80/10/10', () => {
    expect(splitOf('olid', '86426')).toBe(splitOf('olid', '86426'));
    const counts = { train: 0, val: 0, test: 0 };
    for (let i = 0; i < 10000; i++) counts[splitOf('x', String(i))]++;
    expect(counts.test).toBeGreaterThan(850);
    expect(counts.test).toBeLessThan(1150);
    expect(counts.val).toBeGreaterThan(850);
  });
});

describe('held-out evaluation on ../shared/datasets', () => {
  it.runIf(exists)(
    'reaches the measured macro-F1 on the held-out test splits',
    () => {
      const report = evaluate(datasets, { classifier: createClassifier() });
      console.log(formatEvalReport(report));
      const f1 = (task: string, system: 'model' | 'classifier') =>
        report.tasks.find((t) => t.task === task && t.system === system)?.macroF1 ?? 0;
      // Floors a little under the figures in MODEL_CARD.md: the run is deterministic, so a drop
      // below them means the model, features or data handling changed.
      expect(f1('olid-offensive', 'model')).toBeGreaterThanOrEqual(0.72);
      // EDOS at the issue's own target (0.75; measured 0.752): a retraining that loses it must say so.
      expect(f1('edos-sexism', 'model')).toBeGreaterThanOrEqual(0.75);
      expect(f1('guest-misogyny', 'model')).toBeGreaterThanOrEqual(0.72);
      expect(f1('isca-antisemitism', 'model')).toBeGreaterThanOrEqual(0.74);
      expect(f1('isca-antisemitism', 'classifier')).toBeGreaterThanOrEqual(0.7);
      expect(report.contrast?.accuracy ?? 0).toBeGreaterThanOrEqual(0.9);
    },
    180_000,
  );

  it.runIf(exists)('never puts a test row in the training split', () => {
    const rows = [...loadOlid(datasets), ...loadEdos(datasets), ...loadIsca(datasets)];
    const test = rows.filter((r) => r.split === 'test');
    expect(test.length).toBeGreaterThan(3000);
    const trainIds = new Set(rows.filter((r) => r.split === 'train').map((r) => `${r.dataset}:${r.id}`));
    expect(test.some((r) => trainIds.has(`${r.dataset}:${r.id}`))).toBe(false);
    // EDOS's own dev split is our test split.
    expect(loadEdos(datasets).filter((r) => r.split === 'test').length).toBe(2000);
  });

  it.runIf(exists)(
    'npm run train reproduces the shipped weights byte for byte',
    () => {
      const out = tempDir('bulwark-train-');
      const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const r = spawnSync(
        process.execPath,
        [
          tsx,
          path.join(repoRoot, 'electron', 'classify', 'train', 'train.ts'),
          '--datasets',
          datasets,
          '--out',
          out,
        ],
        { encoding: 'utf8' },
      );
      expect(r.status, r.stderr).toBe(0);
      const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
      expect(sha(path.join(out, 'weights.bin'))).toBe(
        sha(path.join(repoRoot, 'electron', 'classify', 'model', 'weights.bin')),
      );
    },
    300_000,
  );
});
