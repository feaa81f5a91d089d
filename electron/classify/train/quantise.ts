import type { LinearHead, SparseDocs } from './sgd';

/**
 * NB log-count ratios |log(p_i/|p|) − log(q_i/|q|)| per hashed feature (Wang & Manning 2012's NBSVM
 * idea): features that separate the classes get more say. Measured +1.5 macro-F1 on OLID validation.
 */
export function nbScale(
  docs: SparseDocs,
  rows: Int32Array,
  y: Uint8Array,
  size: number,
  alpha: number,
): Float32Array {
  const p = new Float64Array(size);
  const q = new Float64Array(size);
  for (let r = 0; r < rows.length; r++) {
    const d = rows[r] ?? 0;
    const arr = y[r] === 1 ? p : q;
    for (let j = docs.offsets[d] ?? 0; j < (docs.offsets[d + 1] ?? 0); j++) {
      const i = docs.idx[j] ?? 0;
      arr[i] = (arr[i] ?? 0) + 1;
    }
  }
  let ps = 0;
  let qs = 0;
  for (let i = 0; i < size; i++) {
    ps += (p[i] ?? 0) + alpha;
    qs += (q[i] ?? 0) + alpha;
  }
  const scale = new Float32Array(size);
  for (let i = 0; i < size; i++)
    scale[i] = Math.abs(Math.log(((p[i] ?? 0) + alpha) / ps) - Math.log(((q[i] ?? 0) + alpha) / qs));
  return scale;
}

/** Clip levels tried, as fractions of a head's largest |w|. */
const CLIP_FRACTIONS = [1, 0.8, 0.65, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.07, 0.05, 0.035, 0.025];

/**
 * Per-head symmetric quantisation to `bits` bits (|q| ≤ 2^(bits-1) − 1), interleaved by bucket. Each
 * head's clip level is the one (of CLIP_FRACTIONS × max |w|) whose quantised logits stay closest (RMS)
 * to the float logits on that head's own training rows: too high a clip rounds the many small weights
 * to zero, too low a clip flattens the few strong ones. No labels are read, so the choice cannot fit
 * any held-out split.
 * (A fixed clip at the 99.99th percentile of |w| cost the sexism head 0.1 RMS logit error; the best
 * 8-bit clip still left 0.03–0.04, which 10 bits cut to 0.006.)
 */
export function quantise(
  heads: LinearHead[],
  size: number,
  docs: SparseDocs,
  rowsOf: Int32Array[],
  bits: number,
): { weights: Int16Array; scales: number[]; rmsError: number[] } {
  const H = heads.length;
  const limit = 2 ** (bits - 1) - 1;
  const weights = new Int16Array(size * H);
  const rmsError: number[] = [];
  const scales: number[] = [];
  const q = new Float32Array(size);
  heads.forEach((head, h) => {
    let max = 0;
    for (let i = 0; i < size; i++) max = Math.max(max, Math.abs(head.w[i] ?? 0));
    const rows = rowsOf[h] ?? new Int32Array(0);
    let best = { scale: max / limit || 1e-9, err: Infinity };
    for (const f of CLIP_FRACTIONS) {
      const scale = (max * f) / limit || 1e-9;
      for (let i = 0; i < size; i++) q[i] = quantum(head.w[i] ?? 0, scale, limit) * scale - (head.w[i] ?? 0);
      let err = 0;
      for (const d of rows) {
        let e = 0;
        const to = docs.offsets[d + 1] ?? 0;
        for (let j = docs.offsets[d] ?? 0; j < to; j++) e += q[docs.idx[j] ?? 0] ?? 0;
        const n = to - (docs.offsets[d] ?? 0);
        if (n > 0) err += (e * e) / n;
      }
      if (err < best.err) best = { scale, err };
    }
    scales.push(best.scale);
    rmsError.push(Math.sqrt(best.err / Math.max(1, rows.length)));
    for (let i = 0; i < size; i++) weights[i * H + h] = quantum(head.w[i] ?? 0, best.scale, limit);
  });
  return { weights, scales, rmsError };
}

function quantum(w: number, scale: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, Math.round(w / scale)));
}
