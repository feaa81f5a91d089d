import { isPictographic as isPictographicImport } from './leet';
import {
  bloomBit as bloomBitImport,
  FNV_PRIME as FNV_PRIME_IMPORT,
  slotOf as slotOfImport,
  WORD_HASH_SEED as WORD_HASH_SEED_IMPORT,
  type WordTable,
} from './wordTable';

// Module-local bindings for what the per-char loop uses: run through tsx/vitest, every imported
// binding is a getter on the other module's exports, which costs a call per use in a hot loop.
const isPictographic = isPictographicImport;
const bloomBit = bloomBitImport;
const FNV_PRIME = FNV_PRIME_IMPORT;
const slotOf = slotOfImport;
const WORD_HASH_SEED = WORD_HASH_SEED_IMPORT;

/**
 * Tokens over normalised text: words (letters, digits, "*" masks, inner apostrophes dropped from the
 * key so "you're" and "youre" are one word), "@user"/"url" placeholders, and each emoji on its own.
 * Offsets are into the normalised text; normalise.ts maps them back to the original.
 */
export interface Tokens {
  count: number;
  start: number[];
  end: number[];
  keys: string[];
  /** 1 where the token is an emoji or pictograph. */
  emoji: number[];
}

/**
 * Tokens in reusable storage (the classifier keeps one per pipeline stage and refills it for every
 * post, so tokenising allocates nothing but the keys of words missing from the word table). Entries at
 * `count` and a few beyond read as an empty key / 0, as out-of-range reads of fresh arrays would.
 */
export interface TokenStore extends Tokens {
  /** The model's word hash of each key (features.ts), computed while scanning. */
  hash: Int32Array;
  /** The key's slot in the lexicon's word table, or -1 (also -1 without a table). */
  slot: Int32Array;
  /** SHAPE_* bits of each key. */
  shape: Uint8Array;
  /** Exact lexicon vocabulary id of each key (`lex.vocab.get`), or -1. */
  vid: Int32Array;
  /** Length of each key (apostrophes dropped). */
  klen: Int32Array;
  /**
   * The code units the tokens were read from (offsets index it; apostrophes inside a token are
   * not part of its key). Valid only until the next post: the model reads n-grams from it.
   */
  src: Uint16Array | null;
  /** The word table `slot` indexes (null without one): a slot names the same word only within it. */
  table: WordTable | null;
  /** OR of the word-table flags of every token: lets rules skip posts without their trigger words. */
  flags: number;
  /** Whether any token is an emoji. */
  hasEmoji: boolean;
  /** Whether a word starts right after a quote mark (' or "): lets rules/scareQuotes.ts skip the post. */
  quoteOpen: boolean;
}

/** Entries written past `count` so reads just past the end behave as on fresh arrays ('' / 0). */
export const TOKEN_PAD = 8;

export function newTokenStore(capacity = 256): TokenStore {
  return {
    count: 0,
    start: new Array<number>(capacity).fill(0),
    end: new Array<number>(capacity).fill(0),
    keys: new Array<string>(capacity).fill(''),
    emoji: new Array<number>(capacity).fill(0),
    hash: new Int32Array(capacity),
    // -1 (no slot) like the padding, so an entry never written reads as no word, as its key '' does.
    slot: new Int32Array(capacity).fill(-1),
    shape: new Uint8Array(capacity),
    vid: new Int32Array(capacity),
    klen: new Int32Array(capacity),
    src: null,
    table: null,
    flags: 0,
    hasEmoji: false,
    quoteOpen: false,
  };
}

/** Make room for `n` tokens plus padding. */
export function ensureTokens(st: TokenStore, n: number): void {
  const need = n + TOKEN_PAD;
  if (st.hash.length >= need) return;
  let cap = st.hash.length;
  while (cap < need) cap *= 2;
  for (let i = st.start.length; i < cap; i++) {
    st.start.push(0);
    st.end.push(0);
    st.keys.push('');
    st.emoji.push(0);
  }
  const hash = new Int32Array(cap);
  hash.set(st.hash);
  st.hash = hash;
  const slot = new Int32Array(cap).fill(-1);
  slot.set(st.slot);
  st.slot = slot;
  const shape = new Uint8Array(cap);
  shape.set(st.shape);
  st.shape = shape;
  const vid = new Int32Array(cap);
  vid.set(st.vid);
  st.vid = vid;
  const klen = new Int32Array(cap);
  klen.set(st.klen);
  st.klen = klen;
}

/** Blank the padding after the last token. */
export function padTokens(st: TokenStore): void {
  // Arrays as locals: read through `st` on every store, this loop cost ~7% of tokenising a post.
  const { start, end, keys, emoji, hash, slot, shape, vid, klen } = st;
  const to = st.count + TOKEN_PAD;
  for (let t = st.count; t < to; t++) {
    start[t] = 0;
    end[t] = 0;
    keys[t] = '';
    emoji[t] = 0;
    hash[t] = 0;
    slot[t] = -1;
    shape[t] = 0;
    vid[t] = -1;
    klen[t] = 0;
  }
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Word chars: a-z, 0-9, "*", and letters U+00C0–U+1FFF except "×". */
const WORD_CHAR = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++)
  WORD_CHAR[c] = isLower(c) || isDigit(c) || c === 42 || (c >= 0xc0 && c !== 0xd7) ? 1 : 0;
const isWordChar = (c: number): boolean => c < 0x2000 && WORD_CHAR[c] === 1;

/** Token shape bits (TokenStore.shape): what lookups beyond the exact key may be needed. */
/** A "*" in the key ("f*ck", "*noose*"): rules read a key's chars for stars only when this is set. */
export const SHAPE_STAR = 1;
/** Two equal adjacent chars in the key ("stuupid"). */
export const SHAPE_DOUBLE = 2;
/** An "i" in the key (may have been "1" or "|" for "l"). */
export const SHAPE_I = 4;

const SHAPE_BITS = SHAPE_STAR | SHAPE_DOUBLE | SHAPE_I;
/** Per word char: WORD_BIT, plus SHAPE_STAR for "*" and SHAPE_I for "i" (0 for any other char). */
const WORD_BIT = 8;
const WORD_CLASS = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++)
  if (WORD_CHAR[c] === 1) WORD_CLASS[c] = WORD_BIT | (c === 42 ? SHAPE_STAR : 0) | (c === 105 ? SHAPE_I : 0);
// Read through a function, as isWordChar reads WORD_CHAR: inlined, V8 then embeds the table's address.
const wordClass = (c: number): number => (c < 0x2000 ? WORD_CLASS[c]! : 0);

/** Whether the word in src[from, to) is all "*" (apostrophes aside): punctuation, not a masked word. */
function onlyStars(src: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (src[k] !== 42 && src[k] !== 39) return false;
  return true;
}

const EMPTY_PROBE = new Int32Array(4).fill(-1);
const EMPTY_CHARS = new Uint16Array(0);

/**
 * Does the table key of `keyLen` chars at chars[k] equal src[from, to) of `len` word chars, with
 * apostrophes dropped (when `apos`)?
 */
function sameChars(
  chars: Uint16Array,
  k: number,
  keyLen: number,
  len: number,
  src: Uint16Array,
  from: number,
  to: number,
  apos: boolean,
): boolean {
  if (keyLen !== len) return false;
  for (let i = from; i < to; i++) {
    const c = src[i]!;
    if (apos && c === 39) continue;
    if (chars[k++] !== c) return false;
  }
  return true;
}

let codeBuf = new Uint16Array(256);

/**
 * Tokenise normalised text into `st` (reused). `src` holds the text's UTF-16 code units (the
 * normaliser's buffer: read directly, no string access per char); it must have room for two more.
 * With a word table, every token is also resolved to its slot (known lexicon and rule words) and
 * the post's trigger flags are collected.
 */
export function tokeniseInto(text: string, st: TokenStore, table: WordTable | null, src?: Uint16Array): void {
  const n = text.length;
  if (!src) {
    if (codeBuf.length < n + 2) codeBuf = new Uint16Array((n + 2) * 2);
    for (let i = 0; i < n; i++) codeBuf[i] = text.charCodeAt(i);
    src = codeBuf;
  }
  // Sentinels: reads past the end see a char that is nothing (as charCodeAt's NaN did).
  src[n] = 0;
  src[n + 1] = 0;
  ensureTokens(st, n);
  const { start, end, keys, emoji, hash, slot, shape, vid: vids, klen } = st;
  // The table's arrays as locals: read once per post rather than once per token.
  const bloom = table ? table.bloom : null;
  const probe = table ? table.probe : EMPTY_PROBE;
  const mask = table ? table.words.mask : 0;
  const chars = table ? table.chars : EMPTY_CHARS;
  const charOff = table ? table.charOff : EMPTY_PROBE;
  const wordKeys = table ? table.words.keys : [];
  let count = 0;
  let flags = 0;
  let hasEmoji = false;
  let quoteOpen = false;
  let i = 0;
  while (i < n) {
    const c = src[i]!;
    let j: number;
    let len: number;
    let h = WORD_HASH_SEED;
    let apos = false;
    let isEmoji = 0;
    let sh = 0;
    if (isWordChar(c) || (c === 64 && isLower(src[i + 1]!))) {
      h = Math.imul(h ^ c, FNV_PRIME);
      // The word's SHAPE_STAR and SHAPE_I bits as its chars' classes say, and SHAPE_DOUBLE: one OR per
      // char, so the loop carries fewer values (each one more was spilled and reloaded per char).
      let bits = wordClass(c);
      let prev = c;
      let apostrophes = 0;
      j = i + 1;
      for (;;) {
        const d = src[j]!;
        const k = wordClass(d);
        if (k !== 0) {
          h = Math.imul(h ^ d, FNV_PRIME);
          bits |= d === prev ? k | SHAPE_DOUBLE : k;
          prev = d;
          j++;
        } else if (d === 39 && c !== 64 && isWordChar(src[j + 1]!)) {
          // (Not in a handle: "@user's" is the handle and its "s", so the handle reads as one.)
          apostrophes++;
          j++;
        } else break;
      }
      len = j - i - apostrophes;
      apos = apostrophes > 0;
      // A lone "*" run is punctuation, not a masked word.
      if ((bits & SHAPE_STAR) !== 0 && onlyStars(src, i, j)) {
        i = j;
        continue;
      }
      sh = bits & SHAPE_BITS;
      if (i > 0) {
        const q = src[i - 1]!;
        if (q === 39 || q === 34) quoteOpen = true;
      }
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const lo = src[i + 1]!;
      const cp =
        i + 1 < n && lo >= 0xdc00 && lo <= 0xdfff ? ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000 : c;
      if (!isPictographic(cp)) {
        i += 2;
        continue;
      }
      j = i + 2;
      const to = Math.min(j, n);
      len = to - i;
      for (let k = i; k < to; k++) h = Math.imul(h ^ src[k]!, FNV_PRIME);
      isEmoji = 1;
    } else if (isPictographic(c)) {
      j = i + 1;
      len = 1;
      h = Math.imul(h ^ c, FNV_PRIME);
      isEmoji = 1;
    } else {
      i++;
      continue;
    }
    const to = Math.min(j, n);
    // "@user's": the handle is the token; its "'s" is skipped, not read as a word "s" (possessiveS
    // in rules/cueScan.ts still sees it).
    let next = j;
    if (c === 64 && src[j] === 39 && src[j + 1] === 115 && !isWordChar(src[j + 2]!)) next = j + 2;
    let s = -1;
    let vid = -1;
    const bit = bloomBit(h);
    if (bloom && (bloom[bit >>> 5]! & (1 << (bit & 31))) !== 0) {
      for (let p = slotOf(h, mask); probe[4 * p + 1] !== -1; p = (p + 1) & mask) {
        if (probe[4 * p] !== h || probe[4 * p + 1] !== len) continue;
        // Most probed words have no apostrophe, so their chars are src[i, to) exactly: compared here,
        // in the loop, rather than in a call per word (sameChars, which V8 does not inline into this
        // function: the call cost more than the few chars it compares).
        let same: boolean;
        if (apos) same = sameChars(chars, charOff[p]!, len, len, src, i, to, true);
        else {
          let k = charOff[p]!;
          let e = i;
          while (e < to && chars[k] === src[e]) {
            k++;
            e++;
          }
          same = e === to;
        }
        if (same) {
          s = p;
          flags |= probe[4 * p + 2]!;
          vid = probe[4 * p + 3]!;
          break;
        }
      }
    }
    start[count] = i;
    end[count] = j;
    if (s >= 0) keys[count] = wordKeys[s]!;
    else {
      const key = text.slice(i, to);
      keys[count] = apos ? key.replaceAll("'", '') : key;
    }
    emoji[count] = isEmoji;
    hash[count] = h;
    slot[count] = s;
    shape[count] = sh;
    vids[count] = vid;
    klen[count] = len;
    if (isEmoji === 1) hasEmoji = true;
    count++;
    i = next;
  }
  st.count = count;
  st.flags = flags;
  st.hasEmoji = hasEmoji;
  st.quoteOpen = quoteOpen;
  st.src = src;
  st.table = table;
  padTokens(st);
}

export function tokenise(text: string): Tokens {
  const st = newTokenStore(16);
  tokeniseInto(text, st, null);
  const n = st.count;
  return {
    count: n,
    start: st.start.slice(0, n),
    end: st.end.slice(0, n),
    keys: st.keys.slice(0, n),
    emoji: st.emoji.slice(0, n),
  };
}
