import type { Tokens, TokenStore } from './tokenise';

/**
 * Hashed n-gram features shared by training and inference (one code path, so they cannot drift):
 *  - word unigrams and bigrams over tokens;
 *  - character n-grams of length CHAR_MIN..CHAR_MAX inside each word, padded with boundary marks
 *    (so "^idiot$" yields "^i", "id", …, "ot$"), which survive misspellings the lexicons miss.
 * Hashing runs over char codes with FNV-1a and a murmur finaliser: no n-gram strings are built on
 * the hot path. The feature value is 1/sqrt(count) for every occurrence (L2-normalised bag).
 */
export const CHAR_MIN = 3;
export const CHAR_MAX = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SALT_WORD = 0x5bd1e995;
const SALT_BIGRAM = 0x27d4eb2f;
const BOUNDARY_START = 0x02;
const BOUNDARY_END = 0x03;

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

let wordHashes = new Int32Array(256);
/** The current word with boundary marks, as char codes (padded past the end for the unrolled loop). */
let padded = new Int32Array(256);

/** Upper bound on how many features `extractFeatures` can write for a text of this length. */
export function maxFeatures(textLength: number): number {
  return textLength * (CHAR_MAX - CHAR_MIN + 1) + textLength * 4 + 64 * LEXICON_REPEAT + 4 * STYLE_REPEAT;
}

/**
 * Write the bucket index of every feature occurrence into `out` and return how many were written.
 * `out` must hold at least maxFeatures(text.length) entries. If `tokenStarts` is given, it receives
 * where each token's features begin (token t owns [tokenStarts[t], tokenStarts[t+1]); its first
 * feature is the unigram, its second the bigram with the previous token).
 */
export function extractFeatures(
  tok: Tokens,
  bits: number,
  out: Int32Array,
  tokenStarts?: Int32Array,
): number {
  const st = tok as Partial<TokenStore>;
  if (st.src && st.hash) return extractFromStore(tok as TokenStore, st.src, bits, out, tokenStarts);
  const shift = 32 - bits;
  let n = 0;
  const count = tok.count;
  if (wordHashes.length < count) wordHashes = new Int32Array(count * 2);
  const hashes = wordHashes;
  let prev = 0;
  for (let t = 0; t < count; t++) {
    if (tokenStarts) tokenStarts[t] = n;
    const key = tok.keys[t]!;
    const kl = key.length;
    // word unigram
    let w = FNV_OFFSET ^ SALT_WORD;
    for (let k = 0; k < kl; k++) w = Math.imul(w ^ key.charCodeAt(k), FNV_PRIME);
    hashes[t] = w;
    out[n++] = fmix32(w) >>> shift;
    if (t > 0) out[n++] = fmix32(Math.imul(prev, 31) ^ w ^ SALT_BIGRAM) >>> shift;
    prev = w;
    if (tok.emoji[t] === 1) continue;
    // character n-grams inside the word, with boundary marks at both ends; same order as
    // "for each start i, for each order 3..CHAR_MAX" (training sums features in this order)
    const len = kl + 2;
    if (padded.length < len + CHAR_MAX) padded = new Int32Array((len + CHAR_MAX) * 2);
    const p = padded;
    p[0] = BOUNDARY_START;
    for (let k = 0; k < kl; k++) p[k + 1] = key.charCodeAt(k);
    p[len - 1] = BOUNDARY_END;
    for (let i = 0; i + CHAR_MIN <= len; i++) {
      let h = FNV_OFFSET;
      for (let j = i; j < i + CHAR_MIN; j++) h = Math.imul(h ^ p[j]!, FNV_PRIME);
      out[n++] = fmix32(h ^ CHAR_MIN) >>> shift;
      const stop = Math.min(len, i + CHAR_MAX);
      for (let j = i + CHAR_MIN; j < stop; j++) {
        h = Math.imul(h ^ p[j]!, FNV_PRIME);
        out[n++] = fmix32(h ^ (j - i + 1)) >>> shift;
      }
    }
  }
  if (tokenStarts) tokenStarts[count] = n;
  return n;
}

/**
 * extractFeatures for tokens fresh from the tokeniser: the same features in the same order, read
 * from the code units the tokens came from and the word hashes the tokeniser already computed
 * (no key strings are touched).
 */
function extractFromStore(
  tok: TokenStore,
  src: Uint16Array,
  bits: number,
  out: Int32Array,
  tokenStarts?: Int32Array,
): number {
  const shift = 32 - bits;
  let n = 0;
  const count = tok.count;
  const { start, end, emoji, hash } = tok;
  let prev = 0;
  for (let t = 0; t < count; t++) {
    if (tokenStarts) tokenStarts[t] = n;
    const w = hash[t]!;
    out[n++] = fmix32(w) >>> shift;
    if (t > 0) out[n++] = fmix32(Math.imul(prev, 31) ^ w ^ SALT_BIGRAM) >>> shift;
    prev = w;
    if (emoji[t] === 1) continue;
    const from = start[t]!;
    const to = end[t]!;
    if (padded.length < to - from + 2 + CHAR_MAX) padded = new Int32Array((to - from + 2 + CHAR_MAX) * 2);
    const p = padded;
    p[0] = BOUNDARY_START;
    let len = 1;
    for (let k = from; k < to; k++) {
      const c = src[k]!;
      if (c !== 39) p[len++] = c;
    }
    p[len++] = BOUNDARY_END;
    for (let i = 0; i + CHAR_MIN <= len; i++) {
      let h = FNV_OFFSET;
      for (let j = i; j < i + CHAR_MIN; j++) h = Math.imul(h ^ p[j]!, FNV_PRIME);
      out[n++] = fmix32(h ^ CHAR_MIN) >>> shift;
      const stop = Math.min(len, i + CHAR_MAX);
      for (let j = i + CHAR_MIN; j < stop; j++) {
        h = Math.imul(h ^ p[j]!, FNV_PRIME);
        out[n++] = fmix32(h ^ (j - i + 1)) >>> shift;
      }
    }
  }
  if (tokenStarts) tokenStarts[count] = n;
  return n;
}

/**
 * Per-model memo of each word's own features (its unigram and character n-grams) summed for the
 * four heads. Words repeat (Zipf), so most tokens cost one memo probe instead of hashing and
 * fetching ~3 n-grams per character from the weights (91% of OLID tokens hit). Direct-mapped, one
 * 32-byte slot per word so a probe touches one cache line; checked against the word's code units,
 * not the tokeniser's freshly sliced key strings, which measured ~5% slower overall (2^13–2^15
 * slots were within noise of each other). A slot is trusted only when the word hash and the word's
 * source code units (apostrophes included) both match, so the sums are always exactly what hashing
 * gives. Words longer than MEMO_CHARS or with a code unit above U+00FF are summed every time; a
 * word of at most MEMO_CHARS has at most 46 features, so its sums of 10-bit weights (|q| ≤ 511,
 * model.ts) fit in int16.
 */
export interface WordSums {
  shift: number;
  /**
   * Per slot, 8 int32s: word hash | length + (feature count << 8), 0 = empty | heads 0,1 as int16
   * pairs | heads 2,3 | MEMO_CHARS Latin-1 code units, 4 per int32, little-endian.
   */
  data: Int32Array;
}

const MEMO_CHARS = 16;

export function newWordSums(slotBits = 14): WordSums {
  return { shift: 32 - slotBits, data: new Int32Array(8 << slotBits) };
}

/**
 * Int32s per word-table slot in a model's per-slot sums (model.ts): feature count (0 = not yet
 * summed), then the sum per head; padded so a slot never straddles two cache lines.
 */
export const SLOT_SUMS_STRIDE = 8;

/** wordSums output: feature count, then the sum per head. */
const one = new Int32Array(5);

/**
 * The 4-head model sum over tokens fresh from the tokeniser, without writing a feature list: the
 * same features as extractFromStore (unigram, bigram with the previous token, char n-grams), each
 * word's own features read from `memo`. Integer sums, so the order does not matter. Totals go to
 * acc[0..3]. With `mask` (1 per token to hide), the features of masked tokens and every bigram
 * touching one are also summed into acc[4..7], and their count into acc[8]. Returns the feature count.
 */
export function sumTokens4(
  tok: TokenStore,
  src: Uint16Array,
  bits: number,
  w: Int16Array,
  memo: WordSums,
  acc: Float64Array,
  mask?: Uint8Array,
  /**
   * Sums per word-table slot (SLOT_SUMS_STRIDE int32s each) for this model and tok's table: a word
   * the table knows is summed once and then read by its slot, no hashing or char check needed.
   */
  slotSums?: Int32Array | null,
): number {
  const shift = 32 - bits;
  const data = memo.data;
  const slots = tok.slot;
  const mshift = memo.shift;
  let n = 0;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let r0 = 0;
  let r1 = 0;
  let r2 = 0;
  let r3 = 0;
  let rn = 0;
  const count = tok.count;
  const { start, end, emoji, hash } = tok;
  let prev = 0;
  let prevMasked = false;
  for (let t = 0; t < count; t++) {
    const wh = hash[t]!;
    const masked = mask !== undefined && mask[t] === 1;
    if (t > 0) {
      const b = (fmix32(Math.imul(prev, 31) ^ wh ^ SALT_BIGRAM) >>> shift) << 2;
      const b0 = w[b]!;
      const b1 = w[b + 1]!;
      const b2 = w[b + 2]!;
      const b3 = w[b + 3]!;
      a0 += b0;
      a1 += b1;
      a2 += b2;
      a3 += b3;
      n++;
      if (masked || prevMasked) {
        r0 += b0;
        r1 += b1;
        r2 += b2;
        r3 += b3;
        rn++;
      }
    }
    prev = wh;
    prevMasked = masked;
    let s0: number;
    let s1: number;
    let s2: number;
    let s3: number;
    let c: number;
    if (emoji[t] === 1) {
      const b = (fmix32(wh) >>> shift) << 2;
      s0 = w[b]!;
      s1 = w[b + 1]!;
      s2 = w[b + 2]!;
      s3 = w[b + 3]!;
      c = 1;
    } else if (slotSums && slots[t]! >= 0) {
      const q = slots[t]! * SLOT_SUMS_STRIDE;
      if (slotSums[q] === 0) {
        // The first time this model meets the word: sum it once (count, then the four heads).
        wordSums(src, start[t]!, end[t]!, wh, shift, w);
        slotSums.set(one, q);
      }
      c = slotSums[q]!;
      s0 = slotSums[q + 1]!;
      s1 = slotSums[q + 2]!;
      s2 = slotSums[q + 3]!;
      s3 = slotSums[q + 4]!;
    } else {
      const o = (Math.imul(wh, 0x9e3779b1) >>> mshift) << 3;
      const from = start[t]!;
      const len = end[t]! - from;
      const lc = data[o + 1]!;
      let hit = data[o] === wh && (lc & 255) === len;
      for (let k = 0; hit && k < len; k++)
        hit = ((data[o + 4 + (k >> 2)]! >>> ((k & 3) << 3)) & 255) === src[from + k];
      if (hit) {
        c = lc >>> 8;
        const x = data[o + 2]!;
        const y = data[o + 3]!;
        s0 = (x << 16) >> 16;
        s1 = x >> 16;
        s2 = (y << 16) >> 16;
        s3 = y >> 16;
      } else {
        wordSums(src, from, from + len, wh, shift, w);
        c = one[0]!;
        s0 = one[1]!;
        s1 = one[2]!;
        s2 = one[3]!;
        s3 = one[4]!;
        let latin1 = len <= MEMO_CHARS;
        for (let k = 0; latin1 && k < len; k++) latin1 = src[from + k]! <= 255;
        if (latin1) {
          data[o] = wh;
          data[o + 1] = len | (c << 8);
          data[o + 2] = (s0 & 0xffff) | (s1 << 16);
          data[o + 3] = (s2 & 0xffff) | (s3 << 16);
          for (let q = 0; q < 4; q++) {
            let packed = 0;
            for (let k = q * 4; k < q * 4 + 4 && k < len; k++) packed |= src[from + k]! << ((k & 3) << 3);
            data[o + 4 + q] = packed;
          }
        } else data[o + 1] = 0;
      }
    }
    a0 += s0;
    a1 += s1;
    a2 += s2;
    a3 += s3;
    n += c;
    if (masked) {
      r0 += s0;
      r1 += s1;
      r2 += s2;
      r3 += s3;
      rn += c;
    }
  }
  acc[0] = a0;
  acc[1] = a1;
  acc[2] = a2;
  acc[3] = a3;
  acc[4] = r0;
  acc[5] = r1;
  acc[6] = r2;
  acc[7] = r3;
  acc[8] = rn;
  return n;
}

/** One word's unigram and char n-grams (src[from, to), apostrophes skipped) summed per head: count and sums into `one`. */
function wordSums(
  src: Uint16Array,
  from: number,
  to: number,
  wh: number,
  shift: number,
  w: Int16Array,
): void {
  let b = (fmix32(wh) >>> shift) << 2;
  let a0 = w[b]!;
  let a1 = w[b + 1]!;
  let a2 = w[b + 2]!;
  let a3 = w[b + 3]!;
  let n = 1;
  if (padded.length < to - from + 2 + CHAR_MAX) padded = new Int32Array((to - from + 2 + CHAR_MAX) * 2);
  const p = padded;
  p[0] = BOUNDARY_START;
  let len = 1;
  for (let k = from; k < to; k++) {
    const c = src[k]!;
    if (c !== 39) p[len++] = c;
  }
  p[len++] = BOUNDARY_END;
  for (let i = 0; i + CHAR_MIN <= len; i++) {
    let h = FNV_OFFSET;
    for (let j = i; j < i + CHAR_MIN; j++) h = Math.imul(h ^ p[j]!, FNV_PRIME);
    b = (fmix32(h ^ CHAR_MIN) >>> shift) << 2;
    a0 += w[b]!;
    a1 += w[b + 1]!;
    a2 += w[b + 2]!;
    a3 += w[b + 3]!;
    n++;
    const stop = Math.min(len, i + CHAR_MAX);
    for (let j = i + CHAR_MIN; j < stop; j++) {
      h = Math.imul(h ^ p[j]!, FNV_PRIME);
      b = (fmix32(h ^ (j - i + 1)) >>> shift) << 2;
      a0 += w[b]!;
      a1 += w[b + 1]!;
      a2 += w[b + 2]!;
      a3 += w[b + 3]!;
      n++;
    }
  }
  one[0] = n;
  one[1] = a0;
  one[2] = a1;
  one[3] = a2;
  one[4] = a3;
}

/**
 * Lexicon evidence as model features: one feature per lexicon category matched anywhere in the post
 * (before target checks and guards), repeated LEXICON_REPEAT times so it is not drowned by hundreds
 * of n-grams. Gave about +1 macro-F1 point on OLID validation. Names are "lex:<category>".
 */
export const LEXICON_REPEAT = 3;

export function lexiconFeatureIndex(category: string, k: number, bits: number): number {
  let h = FNV_OFFSET;
  const name = `lex:${category}#${k}`;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), FNV_PRIME);
  return fmix32(h) >>> (32 - bits);
}

const lexiconIndexCache = new Map<number, Map<string, Int32Array>>();

/** Append lexicon features for these categories to `out` at position n; returns the new count. */
export function addLexiconFeatures(
  categories: readonly string[],
  bits: number,
  out: Int32Array,
  n: number,
): number {
  if (categories.length === 0) return n;
  let byCategory = lexiconIndexCache.get(bits);
  if (!byCategory) lexiconIndexCache.set(bits, (byCategory = new Map()));
  for (const c of categories) {
    let idx = byCategory.get(c);
    if (!idx) {
      idx = new Int32Array(LEXICON_REPEAT);
      for (let k = 0; k < LEXICON_REPEAT; k++) idx[k] = lexiconFeatureIndex(c, k, bits);
      byCategory.set(c, idx);
    }
    for (let k = 0; k < LEXICON_REPEAT; k++) out[n++] = idx[k]!;
  }
  return n;
}

/**
 * Style features (model format with `styleFeatures`): how shouty the post is, in buckets — share of
 * capitals among ASCII letters (0–4), "!" count (0–3), "#" count (0–3), length in tokens (0–6, by 8).
 * Packed into one number (4 bits each) so a post carries them without an allocation; each becomes a
 * named feature ("style:caps2") repeated STYLE_REPEAT times, after the lexicon features.
 */
export const STYLE_REPEAT = 3;
const STYLE_KINDS = ['caps', 'excl', 'hash', 'len'] as const;
const STYLE_MAX = [4, 3, 3, 6];

export function packStyle(
  letters: number,
  capitals: number,
  exclamations: number,
  hashes: number,
  tokens: number,
): number {
  const caps = Math.min(4, Math.floor((letters ? capitals / letters : 0) * 5));
  const excl = Math.min(3, exclamations);
  const hash = Math.min(3, hashes);
  const len = Math.min(6, Math.floor(tokens / 8));
  return caps | (excl << 4) | (hash << 8) | (len << 12);
}

export function styleNames(style: number): string[] {
  return STYLE_KINDS.map((k, i) => `style:${k}${(style >> (4 * i)) & 15}`);
}

const styleIndexCache = new Map<number, Int32Array>();

/** Append the style features of `style` (packStyle) to `out` at position n; returns the new count. */
export function addStyleFeatures(style: number, bits: number, out: Int32Array, n: number): number {
  let idx = styleIndexCache.get(bits);
  if (!idx) {
    // [kind][value][k] → bucket
    idx = new Int32Array(4 * 16 * STYLE_REPEAT);
    STYLE_KINDS.forEach((kind, i) => {
      for (let v = 0; v <= (STYLE_MAX[i] ?? 0); v++)
        for (let k = 0; k < STYLE_REPEAT; k++)
          idx![(i * 16 + v) * STYLE_REPEAT + k] = lexiconFeatureIndex(`style:${kind}${v}`, k, bits);
    });
    styleIndexCache.set(bits, idx);
  }
  for (let i = 0; i < 4; i++) {
    const base = (i * 16 + ((style >> (4 * i)) & 15)) * STYLE_REPEAT;
    for (let k = 0; k < STYLE_REPEAT; k++) out[n++] = idx[base + k]!;
  }
  return n;
}

/** Slow path for explanations: the same features with readable names ("w:idiot", "c:diot"). */
export function describeFeatures(
  text: string,
  tok: Tokens,
  bits: number,
  lexCategories: readonly string[] = [],
  style?: number,
): { index: number; name: string }[] {
  const out = new Int32Array(maxFeatures(text.length));
  let n = addLexiconFeatures(lexCategories, bits, out, extractFeatures(tok, bits, out));
  if (style !== undefined) n = addStyleFeatures(style, bits, out, n);
  const names: string[] = [];
  for (let t = 0; t < tok.count; t++) {
    const word = tok.keys[t] ?? '';
    names.push(`w:${word}`);
    if (t > 0) names.push(`w:${tok.keys[t - 1] ?? ''} ${word}`);
    if (tok.emoji[t] === 1) continue;
    const padded = `^${word}$`;
    for (let i = 0; i < padded.length; i++) {
      for (let j = i + CHAR_MIN; j <= Math.min(padded.length, i + CHAR_MAX); j++)
        names.push(`c:${padded.slice(i, j)}`);
    }
  }
  for (const c of lexCategories) for (let k = 0; k < LEXICON_REPEAT; k++) names.push(`lex:${c}`);
  if (style !== undefined)
    for (const s of styleNames(style)) for (let k = 0; k < STYLE_REPEAT; k++) names.push(s);
  const result: { index: number; name: string }[] = [];
  for (let k = 0; k < n && k < names.length; k++) result.push({ index: out[k] ?? 0, name: names[k] ?? '' });
  return result;
}
