/**
 * Logistic regression by AdaGrad over hashed sparse features. Deterministic: a seeded PRNG orders
 * the examples and every operation runs in a fixed order, so the same data and seed give the same
 * weights bit for bit (the shipped weights file is checked against a fresh `npm run train`).
 */

/** Documents as compressed rows: doc d owns idx[offsets[d] .. offsets[d+1]). */
export interface SparseDocs {
  offsets: Int32Array;
  idx: Int32Array;
}

export interface TrainConfig {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /**
   * Polyak averaging: return the mean of the weights at the end of each epoch in the second half
   * of training instead of the last weights (smoother, less dependent on the last examples seen).
   */
  average?: boolean;
}

export interface LinearHead {
  w: Float32Array;
  bias: number;
}

/** mulberry32: tiny, fast, and good enough to shuffle examples reproducibly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle(arr: Int32Array, rand: () => number): void {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = arr[i] ?? 0;
    arr[i] = arr[j] ?? 0;
    arr[j] = t;
  }
}

/**
 * Train one binary head. `rows` are the documents that carry this head's label, `y` their labels
 * and `sampleWeight` their weights (class balancing and down-weighting of auxiliary data).
 */
export function trainHead(
  docs: SparseDocs,
  rows: Int32Array,
  y: Uint8Array,
  sampleWeight: Float32Array,
  cfg: TrainConfig,
  scale?: Float32Array,
): LinearHead {
  const size = 1 << cfg.bits;
  const w = new Float32Array(size);
  const g2 = new Float32Array(size);
  let bias = 0;
  let biasG2 = 0;
  const order = Int32Array.from(rows.keys());
  const rand = mulberry32(cfg.seed);
  const eps = 1e-6;
  const firstAveraged = Math.floor(cfg.epochs / 2);
  const avg = cfg.average ? new Float64Array(size) : null;
  let avgBias = 0;
  for (let epoch = 0; epoch < cfg.epochs; epoch++) {
    shuffle(order, rand);
    for (let k = 0; k < order.length; k++) {
      const r = order[k] ?? 0;
      const d = rows[r] ?? 0;
      const s = docs.offsets[d] ?? 0;
      const e = docs.offsets[d + 1] ?? 0;
      if (e === s) continue;
      const v = 1 / Math.sqrt(e - s);
      let z = bias;
      for (let j = s; j < e; j++) {
        const i = docs.idx[j] ?? 0;
        z += (w[i] ?? 0) * v * (scale ? (scale[i] ?? 0) : 1);
      }
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - (y[r] ?? 0)) * (sampleWeight[r] ?? 1);
      for (let j = s; j < e; j++) {
        const i = docs.idx[j] ?? 0;
        const wi = w[i] ?? 0;
        const grad = g * v * (scale ? (scale[i] ?? 0) : 1) + cfg.l2 * wi;
        const acc = (g2[i] ?? 0) + grad * grad;
        g2[i] = acc;
        w[i] = wi - (cfg.learningRate * grad) / Math.sqrt(acc + eps);
      }
      biasG2 += g * g;
      bias -= (cfg.learningRate * g) / Math.sqrt(biasG2 + eps);
    }
    if (avg && epoch >= firstAveraged) {
      for (let i = 0; i < size; i++) avg[i] = (avg[i] ?? 0) + (w[i] ?? 0);
      avgBias += bias;
    }
  }
  if (!avg) return { w, bias };
  const k = cfg.epochs - firstAveraged;
  for (let i = 0; i < size; i++) w[i] = (avg[i] ?? 0) / k;
  return { w, bias: avgBias / k };
}

/** Raw score of one document under a float head (used while training and tuning). */
export function scoreDoc(docs: SparseDocs, d: number, head: LinearHead): number {
  const s = docs.offsets[d] ?? 0;
  const e = docs.offsets[d + 1] ?? 0;
  if (e === s) return head.bias;
  let acc = 0;
  for (let j = s; j < e; j++) acc += head.w[docs.idx[j] ?? 0] ?? 0;
  return head.bias + acc / Math.sqrt(e - s);
}
