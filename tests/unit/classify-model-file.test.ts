import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../electron/classify';
import { encodeModel, loadModel, MAX_WEIGHT_BITS, type ModelHeader } from '../../electron/classify/model';

const weightsFile = path.join(__dirname, '..', '..', 'electron', 'classify', 'model', 'weights.bin');
const shipped = loadModel(fs.readFileSync(weightsFile));

describe('model file', () => {
  it('ships 10-bit weights, stored two bytes each', () => {
    expect(shipped.header.weightBits).toBe(10);
    const size = (1 << shipped.header.bits) * shipped.header.heads.length;
    expect(shipped.weights.length).toBe(size);
    let max = 0;
    for (const q of shipped.weights) max = Math.max(max, Math.abs(q));
    // A head's clip level is its largest weight or lower, so some weights sit at the limit; none past it.
    expect(max).toBe(2 ** (MAX_WEIGHT_BITS - 1) - 1);
    expect(fs.statSync(weightsFile).size).toBeGreaterThan(size * 2);
  });

  it('writes and reads 10-bit weights unchanged', () => {
    const again = loadModel(encodeModel(shipped.header, shipped.weights));
    expect(again.header).toEqual(shipped.header);
    expect(Array.from(again.weights)).toEqual(Array.from(shipped.weights));
  });

  it('still loads and scores an 8-bit file written before weightBits existed', () => {
    // An old-style header (no weightBits) with weights in int8 range, one byte each on disk.
    // Each weight rounded to a quarter (int8 range) and each head's scale made 4× to match.
    const { weightBits: _omitted, ...rest } = shipped.header;
    const header: ModelHeader = { ...rest, heads: rest.heads.map((h) => ({ ...h, scale: h.scale * 4 })) };
    const small = Int16Array.from(shipped.weights, (q) => Math.max(-127, Math.min(127, Math.round(q / 4))));
    const bytes = encodeModel(header, small);
    const json = Buffer.byteLength(JSON.stringify(header));
    expect(bytes.length).toBe(8 + json + small.length);
    const old = loadModel(bytes);
    expect(Array.from(old.weights)).toEqual(Array.from(small));
    // Coarser weights, same model: every head scores these posts within a few hundredths.
    const coarse = createClassifier({ model: bytes });
    const fine = createClassifier({ model: fs.readFileSync(weightsFile) });
    for (const text of [
      'You are a disgusting idiot and everyone knows it',
      'Women like her should stay out of politics',
      'Thank you for standing up for the nurses in our town',
    ]) {
      const a = coarse.classify(text).model;
      const b = fine.classify(text).model;
      for (const head of ['offensive', 'targeted', 'sexism', 'antisemitism'] as const)
        expect(Math.abs(a[head] - b[head]), `${head}: ${text}`).toBeLessThan(0.05);
    }
  });

  it('refuses weights wider than the memoised word sums can hold', () => {
    const header: ModelHeader = { ...shipped.header, weightBits: MAX_WEIGHT_BITS + 2 };
    expect(() => loadModel(encodeModel(header, shipped.weights))).toThrow(/unknown format/);
  });

  it('refuses a file cut short', () => {
    const bytes = fs.readFileSync(weightsFile);
    expect(() => loadModel(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
  });
});
