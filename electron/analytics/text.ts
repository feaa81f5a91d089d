/**
 * Text fingerprints for co-posting: MinHash signatures over a post's words, so "near-identical" can be
 * tested in constant time per pair and candidate pairs found by banding (LSH) instead of comparing
 * every post with every other.
 *
 * Why a hand-written tokenizer: it runs over every post in the database (1M posts in the budget of
 * ~1 s), so it hashes words as it scans characters and allocates no substrings. Words are lower-cased
 * letters and digits; '#' stays part of a hashtag; apostrophes are dropped ("can't" = "cant");
 * @handles, u/handles and URLs are skipped, because a campaign addressing one person shares the handle
 * with every ordinary post to them, which says nothing about coordination.
 */

/** Hash functions per signature; BANDS × ROWS of them are used for LSH banding. */
export const K = 24;
export const BANDS = 8;
export const ROWS = 3;

// Odd multipliers and offsets for K cheap universal hashes (fixed: signatures must be reproducible).
const A = new Uint32Array(K);
const B = new Uint32Array(K);
{
  let s = 0x2545f491;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  for (let k = 0; k < K; k++) {
    A[k] = next() | 1;
    B[k] = next();
  }
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Reused between calls: word hashes of the current post. */
let words = new Uint32Array(256);

function isWordChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true; // a-z
  if (c >= 48 && c <= 57) return true; // 0-9
  if (c >= 65 && c <= 90) return true; // A-Z
  // Letters beyond ASCII (é, ß, ł…); not emoji halves (surrogates) or punctuation blocks.
  return c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7;
}

/**
 * Hashes the words of `text` into the shared buffer and returns how many there are. Words of one or
 * two letters are kept (they carry edits like "a joke" vs "an embarrassment").
 */
export function wordHashes(text: string): number {
  let n = 0;
  let h = FNV_OFFSET;
  let len = 0;
  let skip = false;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (isWordChar(c) || (c === 35 /* # */ && len === 0 && !skip)) {
      if (skip) continue;
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
      len++;
      continue;
    }
    if (c === 39 || c === 0x2019) continue; // apostrophes: inside a word, ignored
    if (c === 95 && (skip || len > 0)) continue; // handles and hashtags use underscores
    if (!skip) {
      // 'http://…' and 'u/name': the word before the separator is part of what is skipped.
      const url = c === 58 /* : */ && text.startsWith('//', i + 1);
      const reddit = c === 47 /* / */ && len === 1 && (text.charCodeAt(i - 1) | 32) === 117; /* u */
      if (url || reddit) {
        skip = true;
        h = FNV_OFFSET;
        len = 0;
        continue;
      }
      if (len > 0) {
        if (n === words.length) {
          const bigger = new Uint32Array(n * 2);
          bigger.set(words);
          words = bigger;
        }
        words[n++] = fmix(h);
      }
    }
    h = FNV_OFFSET;
    len = 0;
    if (c === 64 /* @ */ || c === 0xff20) skip = true;
    else if (c === 32 || c === 10 || c === 9 || c === 13) skip = false;
  }
  return n;
}

/** Shingle hashes of the current post: each word paired with the one before it (the first on its own). */
let shingles = new Uint32Array(256);

/**
 * Writes the MinHash signature of the `n` words in the buffer into `out` at `offset` (K values).
 * Shingles are word pairs, not single words: posts about one person all share their name and
 * constituency, and single words would make every post about them look alike; word pairs keep the
 * shape of the sentence. Each of the K hashes is an odd multiply plus offset of the mixed shingle hash.
 */
export function signature(n: number, out: Uint32Array, offset: number): void {
  if (shingles.length < words.length) shingles = new Uint32Array(words.length);
  const w = words;
  const sh = shingles;
  for (let i = 0; i < n; i++) sh[i] = i === 0 ? w[0]! : fmix(Math.imul(w[i - 1]!, 0x2c1b3c6d) ^ w[i]!);
  for (let k = 0; k < K; k++) {
    const a = A[k]!;
    const b = B[k]!;
    let min = 0xffffffff;
    for (let i = 0; i < n; i++) {
      const v = (Math.imul(sh[i]!, a) + b) >>> 0;
      if (v < min) min = v;
    }
    out[offset + k] = min;
  }
}

/** Key of band `b` of the signature at `offset`: a 32-bit hash of its ROWS values, salted by band. */
export function bandKey(sig: Uint32Array, offset: number, b: number): number {
  let h = Math.imul(b + 1, 0x9e3779b1);
  for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[offset + b * ROWS + r]!, 0x01000193) ^ (h >>> 15);
  return fmix(h);
}

/** Estimated Jaccard similarity of two signatures: the share of hash functions whose minimum agrees. */
export function estimatedSimilarity(sig: Uint32Array, a: number, b: number): number {
  let same = 0;
  const oa = a * K;
  const ob = b * K;
  for (let k = 0; k < K; k++) if (sig[oa + k] === sig[ob + k]) same++;
  return same / K;
}

const HASHTAG = /#[\p{L}\p{N}_]{2,}/gu;
const URL = /https?:\/\/[^\s<>"')\]]+/gi;

/** Hashtags in the text, lower-cased and de-duplicated ('#PriyaOut' = '#priyaout'). */
export function hashtagsOf(text: string): string[] {
  if (text.indexOf('#') === -1) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(HASHTAG)) out.add(m[0].toLowerCase());
  return [...out];
}

/**
 * Links in the text, reduced to what identifies the page: host without "www.", path without a trailing
 * slash, query strings and fragments dropped (tracking parameters differ between sharers).
 */
export function linksOf(text: string): string[] {
  if (text.indexOf('://') === -1) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(URL)) {
    const raw = m[0].replace(/[.,;:!?]+$/, '');
    const rest = raw.replace(/^https?:\/\//i, '');
    const cut = rest.search(/[?#]/);
    const hostPath = (cut === -1 ? rest : rest.slice(0, cut)).replace(/\/+$/, '');
    const slash = hostPath.indexOf('/');
    const host = (slash === -1 ? hostPath : hostPath.slice(0, slash)).toLowerCase().replace(/^www\./, '');
    const path = slash === -1 ? '' : hostPath.slice(slash);
    if (host) out.add(host + path);
  }
  return [...out];
}
