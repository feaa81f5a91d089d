import crypto from 'node:crypto';
import {
  addLexiconFeatures as addLexiconFeatures_IMPORT,
  addStyleFeatures as addStyleFeatures_IMPORT,
  describeFeatures as describeFeatures_IMPORT,
  extractFeatures as extractFeatures_IMPORT,
  LEXICON_REPEAT as LEXICON_REPEAT_IMPORT,
  maxFeatures as maxFeatures_IMPORT,
  newWordSums,
  SLOT_SUMS_STRIDE,
  sumTokens4 as sumTokens4_IMPORT,
  type WordSums,
} from './features';
import type { Tokens, TokenStore } from './tokenise';
import type { WordTable } from './wordTable';
import type { FeatureWeight } from './types';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const addLexiconFeatures = addLexiconFeatures_IMPORT;
const addStyleFeatures = addStyleFeatures_IMPORT;
const describeFeatures = describeFeatures_IMPORT;
const extractFeatures = extractFeatures_IMPORT;
const LEXICON_REPEAT = LEXICON_REPEAT_IMPORT;
const maxFeatures = maxFeatures_IMPORT;
const sumTokens4 = sumTokens4_IMPORT;

/**
 * The trained linear model: one logistic head per task over the same hashed n-gram features.
 *
 * File format (little-endian), written by train/train.ts:
 *   "BWM1" | u32 header length | header JSON (UTF-8) | weights[(1 << bits) * heads]
 * Weights are interleaved by bucket (bucket * heads + head) so each feature costs one cache line for
 * all heads, and quantised per head to `weightBits` bits (w ≈ q * scale): int16 storage for 10 bits
 * (4 heads × 2^16 buckets = 512 KiB), int8 for the 8-bit files written before 2026-12-05. Either way
 * they load as an Int16Array. Scoring sums them in integer arithmetic, then:
 * logit = bias + scale * Σq / sqrt(#features).
 */
export const MODEL_MAGIC = 'BWM1';

export interface HeadInfo {
  name: string;
  bias: number;
  scale: number;
  /** Decision threshold on the probability, tuned on the validation split. */
  threshold: number;
}

export interface ModelHeader {
  format: 1;
  bits: number;
  /**
   * Bits per quantised weight (|q| ≤ 2^(weightBits-1) − 1): 10, stored as int16; absent in older
   * files, which hold 8-bit weights as int8. At most 10, so that a memoised word's summed weights
   * (at most 46 features) still fit the int16 halves of features.ts's WordSums.
   */
  weightBits?: number;
  charMin: number;
  charMax: number;
  heads: HeadInfo[];
  /** Whether lexicon-category features (features.ts) were part of training. */
  lexiconFeatures: boolean;
  /** Whether style features (features.ts: capitals, "!", "#", length) were part of training. */
  styleFeatures?: boolean;
  /** Training provenance (datasets, seed, config, held-out metrics): informational. */
  training?: Record<string, unknown>;
}

export interface Model {
  header: ModelHeader;
  weights: Int16Array;
  /** First 12 hex chars of the SHA-256 of the file: goes into classifierVersion. */
  hash: string;
  headIndex: Record<string, number>;
}

/** The largest weight bits the memoised word sums can hold (see ModelHeader.weightBits). */
export const MAX_WEIGHT_BITS = 10;

function bytesPerWeight(header: ModelHeader): 1 | 2 {
  return (header.weightBits ?? 8) > 8 ? 2 : 1;
}

export function encodeModel(header: ModelHeader, weights: Int16Array): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(8);
  head.write(MODEL_MAGIC, 0, 'ascii');
  head.writeUInt32LE(json.length, 4);
  const body = Buffer.alloc(weights.length * bytesPerWeight(header));
  if (bytesPerWeight(header) === 1) weights.forEach((q, i) => body.writeInt8(q, i));
  else weights.forEach((q, i) => body.writeInt16LE(q, i * 2));
  return Buffer.concat([head, json, body]);
}

/** First 12 hex chars of the SHA-256 of a model file: a label's classifier version names it. */
export function modelHash(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** Load a model from bytes (fs.readFileSync, or a bundler's binary import). Validates the layout. */
export function loadModel(bytes: Uint8Array): Model {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 8 || buf.toString('ascii', 0, 4) !== MODEL_MAGIC)
    throw new Error('Not a Bulwark model file (bad magic).');
  const len = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as ModelHeader;
  const expected = (1 << header.bits) * header.heads.length;
  const per = bytesPerWeight(header);
  if (
    header.format !== 1 ||
    (header.weightBits ?? 8) > MAX_WEIGHT_BITS ||
    buf.length - 8 - len !== expected * per
  )
    throw new Error('Bulwark model file is truncated or of an unknown format.');
  // Copied out, so the weights are aligned and independent of the caller's buffer: int8 widened by a
  // typed-array copy, int16 byte for byte (the file is little-endian, as is every platform Electron
  // and Node ship for). One copy, not 262,144 reads: it runs wherever a classifier starts.
  const weights = new Int16Array(expected);
  const at = buf.byteOffset + 8 + len;
  if (per === 1) weights.set(new Int8Array(buf.buffer, at, expected));
  else new Uint8Array(weights.buffer).set(new Uint8Array(buf.buffer, at, expected * 2));
  const hash = modelHash(buf);
  const headIndex: Record<string, number> = {};
  header.heads.forEach((h, i) => (headIndex[h.name] = i));
  return { header, weights, hash, headIndex };
}

let scratch = new Int32Array(4096);
let tokenStarts = new Int32Array(256);
const acc = new Float64Array(64);

/** Per-model constants read on every post, computed once. */
interface Prepared {
  bias: Float64Array;
  scale: Float64Array;
  /** Each word's own feature sums (features.ts WordSums), valid for this model's weights only. */
  words: WordSums;
  /** The same sums per word-table slot (sumTokens4), for each table this model has scored with. */
  bySlot: WeakMap<WordTable, Int32Array>;
  /** The last table asked for and its sums (one classifier keeps using one table). */
  slotTable: WordTable | null;
  slotSums: Int32Array | null;
}
const prepared = new WeakMap<Model, Prepared>();
function prepare(model: Model): Prepared {
  let p = prepared.get(model);
  if (!p) {
    const heads = model.header.heads;
    p = {
      bias: Float64Array.from(heads, (h) => h.bias ?? 0),
      scale: Float64Array.from(heads, (h) => h.scale ?? 0),
      words: newWordSums(),
      bySlot: new WeakMap(),
      slotTable: null,
      slotSums: null,
    };
    prepared.set(model, p);
  }
  return p;
}

/**
 * Probabilities for every head, in header order, into `out`. `lexCategories`: lexicon categories
 * matched in the post (features.ts). With `mask` (1 per token to hide) and `outMasked`, also the
 * probabilities with those tokens' features removed (their n-grams, and bigrams touching them) and
 * without the political-criticism lexicon feature: used to rescore political posts without their
 * criticism words, at the cost of a subtraction rather than a second pass.
 */
export function scoreModel(
  model: Model,
  tok: Tokens,
  textLength: number,
  out: Float64Array,
  lexCategories: readonly string[] = [],
  mask?: Uint8Array,
  outMasked?: Float64Array,
  /** packStyle() of the post, used when the model was trained with style features. */
  style = 0,
): void {
  const need = maxFeatures(textLength);
  if (scratch.length < need) scratch = new Int32Array(need * 2);
  const store = tok as Partial<TokenStore>;
  if (model.header.heads.length === 4 && store.src && store.hash) {
    // Fast path: n-gram weights summed per token (each word's own n-grams memoised), no feature list.
    const bits = model.header.bits;
    const w = model.weights;
    const prep = prepare(model);
    const nGrams = sumTokens4(
      tok as TokenStore,
      store.src,
      bits,
      w,
      prep.words,
      acc,
      mask,
      slotSumsOf(prep, store.table),
    );
    const lex = model.header.lexiconFeatures ? lexCategories : NONE;
    let m = addLexiconFeatures(lex, bits, scratch, 0);
    if (model.header.styleFeatures) m = addStyleFeatures(style, bits, scratch, m);
    for (let i = 0; i < m; i++) {
      const b = scratch[i]! << 2;
      acc[0] = acc[0]! + w[b]!;
      acc[1] = acc[1]! + w[b + 1]!;
      acc[2] = acc[2]! + w[b + 2]!;
      acc[3] = acc[3]! + w[b + 3]!;
    }
    finish(prep, 4, nGrams + m, out);
    if (!mask || !outMasked) return;
    // Rescored without the masked tokens' features and the political-criticism lexicon feature.
    let removed = acc[8]!;
    for (let h = 0; h < 4; h++) acc[h] = acc[h]! - acc[4 + h]!;
    const pc = lex.indexOf('political_criticism');
    if (pc >= 0)
      for (let k = 0; k < LEXICON_REPEAT; k++) {
        subtract(w, scratch[pc * LEXICON_REPEAT + k]! * 4, 4);
        removed++;
      }
    finish(prep, 4, nGrams + m - removed, outMasked);
    return;
  }
  if (tokenStarts.length < tok.count + 1) tokenStarts = new Int32Array(tok.count * 2 + 2);
  const feats = scratch;
  const starts = tokenStarts;
  const n0 = extractFeatures(tok, model.header.bits, feats, mask ? starts : undefined);
  const lex = model.header.lexiconFeatures ? lexCategories : NONE;
  const nLex = addLexiconFeatures(lex, model.header.bits, feats, n0);
  const n = model.header.styleFeatures ? addStyleFeatures(style, model.header.bits, feats, nLex) : nLex;
  const prep = prepare(model);
  const H = model.header.heads.length;
  const w = model.weights;
  if (H === 4) {
    // The common case, unrolled: one pass over the features for all four heads.
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    for (let i = 0; i < n; i++) {
      const b = feats[i]! << 2;
      a0 += w[b]!;
      a1 += w[b + 1]!;
      a2 += w[b + 2]!;
      a3 += w[b + 3]!;
    }
    acc[0] = a0;
    acc[1] = a1;
    acc[2] = a2;
    acc[3] = a3;
  } else {
    for (let h = 0; h < H; h++) {
      let a = 0;
      for (let i = 0; i < n; i++) a += w[feats[i]! * H + h]!;
      acc[h] = a;
    }
  }
  finish(prep, H, n, out);
  if (!mask || !outMasked) return;
  let removed = 0;
  for (let t = 0; t < tok.count; t++) {
    if (mask[t] !== 1) continue;
    const until = starts[t + 1]!;
    for (let i = starts[t]!; i < until; i++) {
      subtract(w, feats[i]! * H, H);
      removed++;
    }
    if (t + 1 < tok.count && mask[t + 1] !== 1) {
      subtract(w, feats[starts[t + 1]! + 1]! * H, H);
      removed++;
    }
  }
  const pc = lex.indexOf('political_criticism');
  if (pc >= 0)
    for (let k = 0; k < LEXICON_REPEAT; k++) {
      subtract(w, feats[n0 + pc * LEXICON_REPEAT + k]! * H, H);
      removed++;
    }
  finish(prep, H, n - removed, outMasked);
}

const NONE: readonly string[] = [];

/** This model's per-slot word sums for `table` (features.ts SLOT_SUMS_STRIDE int32s per slot, 0 = not yet summed). */
function slotSumsOf(prep: Prepared, table: WordTable | null | undefined): Int32Array | null {
  if (!table) return null;
  if (prep.slotTable === table) return prep.slotSums;
  let sums = prep.bySlot.get(table);
  if (!sums) prep.bySlot.set(table, (sums = new Int32Array((table.words.mask + 1) * SLOT_SUMS_STRIDE)));
  prep.slotTable = table;
  prep.slotSums = sums;
  return sums;
}

function subtract(w: Int16Array, b: number, H: number): void {
  for (let h = 0; h < H; h++) acc[h] = acc[h]! - w[b + h]!;
}

function finish(prep: Prepared, H: number, n: number, out: Float64Array): void {
  const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (let h = 0; h < H; h++) out[h] = sigmoid(prep.bias[h]! + prep.scale[h]! * acc[h]! * inv);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * The features that pushed one head's score up the most, with their contribution to the logit.
 * Slow path (builds n-gram strings): run only for posts that get a model label.
 */
export function explainHead(
  model: Model,
  tok: Tokens,
  text: string,
  head: string,
  topK = 5,
  lexCategories: readonly string[] = [],
  style = 0,
): FeatureWeight[] {
  const h = model.headIndex[head];
  if (h === undefined) return [];
  const info = model.header.heads[h];
  if (!info) return [];
  const feats = describeFeatures(
    text,
    tok,
    model.header.bits,
    model.header.lexiconFeatures ? lexCategories : [],
    model.header.styleFeatures ? style : undefined,
  );
  const inv = feats.length > 0 ? 1 / Math.sqrt(feats.length) : 0;
  const byName = new Map<string, number>();
  const H = model.header.heads.length;
  for (const f of feats) {
    const contrib = (model.weights[f.index * H + h] ?? 0) * info.scale * inv;
    byName.set(f.name, (byName.get(f.name) ?? 0) + contrib);
  }
  return [...byName.entries()]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, topK)
    .map(([feature, weight]) => ({ feature, weight: Math.round(weight * 1000) / 1000 }));
}
