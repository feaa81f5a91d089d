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
/** sumFromStore4 unrolls the first CHAR_MIN hashing steps: changing CHAR_MIN must fail to compile. */
const _unrolledForThree: 3 = CHAR_MIN;
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
 * extractFromStore fused with a 4-head model's sum: the same features, but each one's int8 weights
 * (interleaved by bucket: bucket * 4 + head) are added as it is hashed, so no feature list is
 * written and read back. Integer sums, so the order does not matter. Returns the feature count;
 * the sums go to acc[0..3].
 */
export function sumFromStore4(
  tok: TokenStore,
  src: Uint16Array,
  bits: number,
  w: Int8Array,
  acc: Float64Array,
): number {
  const shift = 32 - bits;
  let n = 0;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  const count = tok.count;
  const { start, end, emoji, hash } = tok;
  let prev = 0;
  for (let t = 0; t < count; t++) {
    const wh = hash[t]!;
    let b = (fmix32(wh) >>> shift) << 2;
    a0 += w[b]!;
    a1 += w[b + 1]!;
    a2 += w[b + 2]!;
    a3 += w[b + 3]!;
    n++;
    if (t > 0) {
      b = (fmix32(Math.imul(prev, 31) ^ wh ^ SALT_BIGRAM) >>> shift) << 2;
      a0 += w[b]!;
      a1 += w[b + 1]!;
      a2 += w[b + 2]!;
      a3 += w[b + 3]!;
      n++;
    }
    prev = wh;
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
      // the first CHAR_MIN (3) steps of FNV-1a, unrolled
      let h = Math.imul(
        Math.imul(Math.imul(FNV_OFFSET ^ p[i]!, FNV_PRIME) ^ p[i + 1]!, FNV_PRIME) ^ p[i + 2]!,
        FNV_PRIME,
      );
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
  }
  acc[0] = a0;
  acc[1] = a1;
  acc[2] = a2;
  acc[3] = a3;
  return n;
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
