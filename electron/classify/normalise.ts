import { foldCodePoint, isInvisible, LEET } from './leet';

/**
 * Normalised text plus an offset map back into the original. Rules and the model both read `text`;
 * every span they report is translated through `srcStart`/`srcEnd` so the UI and evidence packs can
 * highlight the exact characters the author typed.
 */
export interface Normalised {
  /** Lower-cased, folded text: mentions → "@user", links → "url" (as in OLID), leet and lookalikes folded. */
  text: string;
  /** For each UTF-16 unit of `text`, the first original UTF-16 offset it came from. */
  srcStart: Int32Array;
  /** For each UTF-16 unit of `text`, the original offset just past the characters it came from. */
  srcEnd: Int32Array;
}

/** Map a [start, end) range of normalised text back to [start, end) in the original. */
export function toOriginal(n: Normalised, start: number, end: number): [number, number] {
  if (end <= start) return [n.srcStart[start] ?? 0, n.srcStart[start] ?? 0];
  return [n.srcStart[start] ?? 0, n.srcEnd[end - 1] ?? 0];
}

// Scratch buffers reused across calls: normalisation runs on every post and allocation dominates
// otherwise. They grow on demand and are copied out at the end.
interface Scratch {
  aCodes: Uint16Array;
  aStart: Int32Array;
  aEnd: Int32Array;
  bCodes: Uint16Array;
  bStart: Int32Array;
  bEnd: Int32Array;
  /** One-byte copy of the result for the common Latin-1 post: decoded without a per-post Buffer. */
  latin1: Buffer;
  /** The post's own code units, copied in with one native call (reading a typed array beats charCodeAt on sliced or two-byte strings). */
  origBytes: Buffer;
  origCodes: Uint16Array;
  aView: Buffer;
  bView: Buffer;
}

function newScratch(size: number): Scratch {
  const aCodes = new Uint16Array(size);
  const bCodes = new Uint16Array(size);
  const origBytes = Buffer.allocUnsafe(size * 2);
  return {
    aCodes,
    aStart: new Int32Array(size),
    aEnd: new Int32Array(size),
    bCodes,
    bStart: new Int32Array(size),
    bEnd: new Int32Array(size),
    latin1: Buffer.allocUnsafe(size),
    origBytes,
    origCodes: new Uint16Array(origBytes.buffer, origBytes.byteOffset, size),
    aView: Buffer.from(aCodes.buffer),
    bView: Buffer.from(bCodes.buffer),
  };
}

/**
 * Room for posts of up to 5,456 chars (about 380 KB in all). The buffers are fields of one constant
 * object, not `let` bindings: V8's optimising compiler folds a field that was never reassigned into
 * the code as a constant (the array, its length and its data pointer), where a reassignable binding
 * costs a map check and three loads at every access in the per-char loops (a 100-char post: 13,400
 * instructions → 7,400). A longer post grows them; from then on V8 reads the fields as it read the
 * bindings, with the same results, just as slowly as before.
 */
let cap = 1 << 14;
const buf: Scratch = newScratch(cap);

function ensure(n: number): void {
  if (n <= cap) return;
  while (cap < n) cap *= 2;
  Object.assign(buf, newScratch(cap));
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordAscii = (c: number): boolean => isLower(c) || isDigit(c) || c === 95 || (c >= 65 && c <= 90);

/** Unit suffixes that make "10pm", "2nd", "90s" numbers rather than leetspeak. */
const UNIT_SUFFIXES = new Set([
  'st',
  'nd',
  'rd',
  'th',
  's',
  'am',
  'pm',
  'k',
  'm',
  'g',
  'gb',
  'mb',
  'mph',
  'kg',
  'km',
  'p',
  'x',
  'h',
  'hr',
  'hrs',
  'min',
  'mins',
  'ft',
  'lb',
  'lbs',
  'ml',
  'yr',
  'yrs',
  'd',
  'bn',
  'mp',
  'mps',
  'v',
  'ish',
]);

// Lookup tables instead of Map/Set probes: these run once per character of every post.
const LEET_TO = new Uint16Array(0x2100);
for (const [k, v] of Object.entries(LEET)) LEET_TO[k.charCodeAt(0)] = v.charCodeAt(0);
const isLeet = (c: number): boolean => c < 0x2100 && (LEET_TO[c] ?? 0) !== 0;
const SEPARATOR = new Uint8Array(128);
for (const c of [32, 46, 45, 95]) SEPARATOR[c] = 1; // space . - _ between s p a c e d letters
/** ASCII folding (upper → lower, backtick → apostrophe) by table. */
const ASCII_FOLD = new Uint16Array(128);
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c;
/** Folded ASCII chars that make a post need the leetspeak pass (digits and LEET symbols). */
const LEETISH = new Uint8Array(128);
for (let c = 0; c < 128; c++) LEETISH[c] = isDigit(c) || (LEET_TO[c] ?? 0) !== 0 ? 1 : 0;
/**
 * ASCII letters and capitals, counted for the style features with one add per char: a letter adds
 * 1, a capital 1 + CAPITAL_UNIT (exact in a double while a post has fewer than 2^26 letters).
 */
const CAPITAL_UNIT = 2 ** 26;
const LETTER_INC = new Float64Array(128);
for (let c = 65; c <= 90; c++) {
  LETTER_INC[c] = 1 + CAPITAL_UNIT;
  LETTER_INC[c + 32] = 1;
}
/** Chars that may start a link (h, w) or a mention (@): everything else skips those checks. */
const MAY_START = new Uint8Array(128);
for (const c of [104, 72, 119, 87, 64]) MAY_START[c] = 1;
/**
 * ASCII the normaliser's inner loop handles alone: 1 for chars that are not a digit, leet symbol or
 * h/w/@; 2 for h and w, which need a look at their neighbours (they may start a link).
 */
const PLAIN = new Uint8Array(128);
for (let c = 0; c < 128; c++) PLAIN[c] = MAY_START[c] === 0 && LEETISH[ASCII_FOLD[c]!] === 0 ? 1 : 0;
for (const c of [104, 72, 119, 87]) PLAIN[c] = 2;
// "#" goes to the general branch, which counts it for the style features (rare: hashtags).
PLAIN[35] = 0;
const WORD_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_ASCII[c] = isWordAscii(c) ? 1 : 0;
/** Whether src[i] starts a word (no ASCII word char before it), as links and mentions must. */
const startsWord = (src: Uint16Array, i: number): boolean => {
  if (i === 0) return true;
  const p = src[i - 1]!;
  return p >= 128 || WORD_ASCII[p] === 0;
};
/** Whether a word starting h or w with this second char may be a link ("ht", "ww"). */
const mayBeLink = (second: number): boolean => {
  const s = second | 32;
  return s === 116 || s === 119;
};

/**
 * Normalise a post. Three linear passes over char codes (no regular expressions), so it stays cheap
 * enough to run on every imported post:
 *  1. links/mentions to OLID placeholders, case folding, NFKC + accent + lookalike folding, invisibles dropped;
 *  2. leetspeak folded inside words that also contain letters ("sh1t", "b!tch", "$cum", not "2019");
 *  3. runs of 3+ identical letters cut to 2 ("stuuuupid" → "stuupid"; the lexicon then also tries
 *     the squeezed form) and s p a c e d or d.o.t.t.e.d single letters joined ("k i l l" → "kill").
 */
export function normalise(original: string): Normalised {
  const r = normaliseScratch(original);
  const m = r.length;
  const maps = new Int32Array(m * 2);
  maps.set(r.srcStart.subarray(0, m));
  maps.set(r.srcEnd.subarray(0, m), m);
  return { text: r.text, srcStart: maps.subarray(0, m), srcEnd: maps.subarray(m) };
}

/**
 * A normalisation held in the module's scratch buffers: `codes`, `srcStart` and `srcEnd` are valid
 * for indices below `length` only until the next call (classifier.ts copies what outlives a post).
 */
export interface ScratchNormalised {
  text: string;
  length: number;
  /** ASCII digits in the ORIGINAL text, and whether one follows an ASCII letter (doxxing pre-checks). */
  digits: number;
  letterDigit: boolean;
  /** Whether the ORIGINAL text has a "1", "|" or "!", which may stand for "l" (context.ts). */
  lLike: boolean;
  /**
   * Whether the ORIGINAL text has an "@" right after a char an e-mail address's local part may hold
   * ("jo.bloggs@"): doxxing.ts looks for addresses only then, not after every mention's "@".
   */
  mailAt: boolean;
  /** ASCII letters and capitals in the ORIGINAL text (the model's style features). */
  letters: number;
  capitals: number;
  /** "!" and "#" in the ORIGINAL text (the model's style features). */
  bangs: number;
  hashes: number;
  codes: Uint16Array;
  srcStart: Int32Array;
  srcEnd: Int32Array;
}

const scratchResult: ScratchNormalised = {
  text: '',
  length: 0,
  digits: 0,
  letterDigit: false,
  lLike: false,
  mailAt: false,
  letters: 0,
  capitals: 0,
  bangs: 0,
  hashes: 0,
  codes: buf.aCodes,
  srcStart: buf.aStart,
  srcEnd: buf.aEnd,
};

/** normalise() without allocating: the result object and its arrays are reused by the next call. */
export function normaliseScratch(original: string): ScratchNormalised {
  ensure(original.length * 3 + 16);
  // Locals, not fields of `buf`, inside the hot loop: V8 optimises these far better.
  const codes = buf.aCodes;
  const starts = buf.aStart;
  const ends = buf.aEnd;
  let n = 0;
  const len = original.length;
  let i = 0;
  // Flags that let the common post skip passes 2 and 3 entirely.
  let leetish = false;
  let mayJoin = false;
  digitCount = 0;
  letterDigit = false;
  lLike = false;
  mailAt = false;
  letterCount = 0;
  capitalCount = 0;
  bangCount = 0;
  hashCount = 0;
  let letterSum = 0;
  let wide = false;
  const one = buf.latin1;
  buf.origBytes.write(original, 0, 'utf16le');
  const src = buf.origCodes;
  src[len] = 0xffff; // stops the inner loop at the end without a bounds test per char
  // Where placeholders went (pairs of output offsets): pass 3 considers elongations and spaced
  // letters ending in one ("uu" + "url") only in posts with a non-ASCII char, as it always has.
  let placeholders = 0;
  let nonAscii = false;
  // Where the first digit or leet symbol went: foldLeet starts there (before it: nothing to fold).
  let firstLeet = -1;
  let glued = -1;
  // Table locals: the inner loop below makes no calls, so V8 keeps them and the buffers in registers.
  const plain = PLAIN;
  const letterInc = LETTER_INC;
  const fold = ASCII_FOLD;
  while (i < len) {
    // The common case, in a loop of its own that calls nothing V8 does not inline: ASCII that is not a
    // digit, leet symbol, or h/w/@ starting a link or mention. Same steps as the general branch below.
    for (let c = src[i]!; c < 128; c = src[i]!) {
      const kind = plain[c]!;
      // h or w starts a link only at the start of a word and before t or w ("http", "www").
      if (kind !== 1 && (kind === 0 || (startsWord(src, i) && mayBeLink(src[i + 1]!)))) break;
      letterSum += letterInc[c]!;
      const o = fold[c]!;
      codes[n] = o;
      one[n] = o;
      starts[n] = i;
      ends[n] = i + 1;
      if (o >= 97 && o <= 122 && !mayJoin && n >= 2) mayJoin = mayNeedJoin(codes, n, o);
      n++;
      i++;
    }
    if (i >= len) break;
    const c = src[i]!;
    if (c < 128) {
      // Links → "url", leading mentions → "@user" ("b@stard" is leetspeak, handled in pass 2).
      if (MAY_START[c] === 1) {
        const special = specialAt(src, i, len, c);
        if (special > 0) {
          countDigits(src, i, special);
          const from = n;
          // An "@user" glued to a word by a dropped invisible ("a\u200b@USER") can fold in pass 2.
          if (c === 64 && n > 0 && glued < 0 && isWordish(codes[n - 1]!)) glued = n;
          n = emitAscii(c === 64 ? '@user' : 'url', i, special, n);
          i = special;
          if (placeholders < PLACEHOLDER_SLOTS) {
            placeholderAt[2 * placeholders] = from;
            placeholderAt[2 * placeholders + 1] = n;
          }
          placeholders++;
          continue;
        }
      }
      letterSum += LETTER_INC[c]!;
      if (c === 33) bangCount++;
      else if (c === 35) hashCount++;
      const o = ASCII_FOLD[c]!;
      codes[n] = o;
      one[n] = o;
      starts[n] = i;
      ends[n] = i + 1;
      if (LEETISH[o] === 1) {
        if (!leetish) firstLeet = n;
        leetish = true;
        if (o >= 48 && o <= 57) countDigit(src, i);
        if (o === 49 || o === 124 || o === 33) lLike = true;
      }
      if (o >= 97 && o <= 122 && !mayJoin && n >= 2) mayJoin = mayNeedJoin(codes, n, o);
      n++;
      i++;
      continue;
    }
    const cp = original.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp)) {
      const folded = foldCodePoint(cp);
      if (!leetish) firstLeet = n;
      for (let k = 0; k < folded.length; k++) {
        const f = folded.charCodeAt(k);
        codes[n] = f;
        one[n] = f;
        if (f > 0xff) wide = true;
        starts[n] = i;
        ends[n] = i + width;
        if (!mayJoin && f >= 97 && f <= 122) mayJoin = joinHint(codes, n, f);
        n++;
      }
      leetish = true;
      nonAscii = true;
    }
    i += width;
  }
  const folded = leetish && foldLeet(n, glued >= 0 && glued < firstLeet ? glued : firstLeet);
  // Posts with a non-ASCII char have always had pass 3 look at all of their text, including what
  // pass 2 just folded ("CRUZ!!!!🇺🇸" → "cruziimaga"); kept, so labels do not change.
  if (nonAscii && !mayJoin) mayJoin = folded || placeholderHint(placeholders);
  const r = scratchResult;
  const capitals = Math.floor(letterSum / CAPITAL_UNIT);
  const letters = letterSum - capitals * CAPITAL_UNIT;
  if (!mayJoin && !wide) {
    // Every unit is Latin-1 and `one` already holds them (written alongside `codes`).
    r.text = one.toString('latin1', 0, n);
    r.length = n;
    r.codes = buf.aCodes;
    r.srcStart = buf.aStart;
    r.srcEnd = buf.aEnd;
    r.digits = digitCount;
    r.letterDigit = letterDigit;
    r.lLike = lLike;
    r.mailAt = mailAt;
    r.letters = letters + letterCount;
    r.capitals = capitals + capitalCount;
    r.bangs = bangCount;
    r.hashes = hashCount;
    return r;
  }
  r.digits = digitCount;
  r.letterDigit = letterDigit;
  r.lLike = lLike;
  r.mailAt = mailAt;
  r.letters = letters + letterCount;
  r.capitals = capitals + capitalCount;
  r.bangs = bangCount;
  r.hashes = hashCount;
  if (!mayJoin) {
    r.text = decode(buf.aCodes, buf.aView, n);
    r.length = n;
    r.codes = buf.aCodes;
    r.srcStart = buf.aStart;
    r.srcEnd = buf.aEnd;
    return r;
  }
  const m = squeezeAndJoin(n);
  if (m < 0) {
    r.text = wide ? decode(buf.aCodes, buf.aView, n) : one.toString('latin1', 0, n);
    r.length = n;
    r.codes = buf.aCodes;
    r.srcStart = buf.aStart;
    r.srcEnd = buf.aEnd;
    return r;
  }
  r.text = decode(buf.bCodes, buf.bView, m);
  r.length = m;
  r.codes = buf.bCodes;
  r.srcStart = buf.bStart;
  r.srcEnd = buf.bEnd;
  return r;
}

let digitCount = 0;
let letterDigit = false;
let lLike = false;
let mailAt = false;
let letterCount = 0;
let capitalCount = 0;
let bangCount = 0;
let hashCount = 0;

const isAsciiAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A digit at src[i] (the post's code units). */
function countDigit(src: Uint16Array, i: number): void {
  digitCount++;
  if (i > 0 && isAsciiAlpha(src[i - 1]!)) letterDigit = true;
}

/** ASCII an e-mail address's local part is made of: letters, digits and . _ % + - (doxxing.ts isLocalChar). */
const MAIL_LOCAL = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  MAIL_LOCAL[c] = isWordAscii(c) || c === 46 || c === 45 || c === 37 || c === 43 ? 1 : 0;
/** Whether the unit before src[i] may end an e-mail address's local part. */
const mailLocalBefore = (src: Uint16Array, i: number): boolean =>
  i > 0 && src[i - 1]! < 128 && MAIL_LOCAL[src[i - 1]!] === 1;

/** Digits, letters, capitals, "!", "#" and a mail "@" in src[from, to) (original text that becomes a placeholder). */
function countDigits(src: Uint16Array, from: number, to: number): void {
  // Counted in locals and added once: placeholders are mostly letters ("@USER", "URL"), and each
  // update of a module-level binding costs a load, a check that it is initialised and a store.
  let letters = 0;
  let capitals = 0;
  for (let k = from; k < to; k++) {
    const c = src[k]!;
    if (c >= 128) continue;
    const inc = LETTER_INC[c]!;
    if (inc > 0) {
      // An ASCII letter: none of the marks below.
      letters++;
      if (inc > 1) capitals++;
      continue;
    }
    if (c === 49 || c === 124 || c === 33) lLike = true;
    if (c === 33) bangCount++;
    else if (c === 35) hashCount++;
    else if (c === 64 && mailLocalBefore(src, k)) mailAt = true;
    if (isDigit(c)) countDigit(src, k);
  }
  letterCount += letters;
  capitalCount += capitals;
}

/**
 * Whether lower-case letter `o` about to go at position n (n ≥ 2) may need pass 3: "ooo" (an
 * elongation) or "x y z" (three single letters with separators, so the articles "a" and "I" alone
 * do not count).
 */
function joinHint(codes: Uint16Array, n: number, o: number): boolean {
  const p1 = codes[n - 1]!;
  if (p1 === o) return codes[n - 2] === o;
  return (
    n >= 4 &&
    p1 < 128 &&
    SEPARATOR[p1] === 1 &&
    isLower(codes[n - 2]!) &&
    (SEPARATOR[codes[n - 3]!] ?? 0) === 1 &&
    isLower(codes[n - 4]!) &&
    (n < 5 || !isAlnumOrApos(codes[n - 5]!))
  );
}

/**
 * joinHint for a lower-case letter o at n ≥ 2, with the cheap tests first: most letters follow a
 * letter, and one after a space is tested further only if a separator also sits two chars back
 * (calling joinHint after every space cost a tenth of the normaliser's loop).
 */
function mayNeedJoin(codes: Uint16Array, n: number, o: number): boolean {
  const q1 = codes[n - 1]!;
  if (q1 === o) return codes[n - 2] === o;
  return q1 < 128 && SEPARATOR[q1] === 1 && n >= 4 && SEPARATOR[codes[n - 3]!] === 1 && joinHint(codes, n, o);
}

/**
 * Where a link or a leading mention starting at src[i] ends, or 0 (c = src[i], one of h H w W @).
 * src holds the post's code units and a sentinel at len that is no word char. Also notes an "@" that
 * may be an e-mail address's (mailAt).
 */
function specialAt(src: Uint16Array, i: number, len: number, c: number): number {
  // Every "@" outside a placeholder comes here: noted here, not in normaliseScratch, whose code V8
  // then no longer inlines emitAscii into.
  if (c === 64 && mailLocalBefore(src, i)) mailAt = true;
  if (!startsWord(src, i)) return 0;
  if (c === 64) {
    if (!isWordUnit(src[i + 1]!)) return 0;
    let j = i + 2;
    while (isWordUnit(src[j]!)) j++;
    return j;
  }
  const urlLen = urlPrefixLength(src, i, len);
  if (urlLen === 0) return 0;
  let j = i + urlLen;
  while (j < len && !isSpace(src[j]!)) j++;
  return j;
}

const isWordUnit = (c: number): boolean => c < 128 && WORD_ASCII[c] === 1;

/** Up to this many placeholders per post are remembered for the join hint; past it, pass 3 just runs. */
const PLACEHOLDER_SLOTS = 64;
const placeholderAt = new Int32Array(2 * PLACEHOLDER_SLOTS);

/** Whether an elongation or spaced letters may end inside one of the post's placeholders. */
function placeholderHint(count: number): boolean {
  if (count > PLACEHOLDER_SLOTS) return true;
  for (let p = 0; p < count; p++) {
    const to = placeholderAt[2 * p + 1]!;
    for (let k = placeholderAt[2 * p]!; k < to; k++) if (joinHint(buf.aCodes, k, buf.aCodes[k]!)) return true;
  }
  return false;
}

function emitAscii(s: string, from: number, to: number, n: number): number {
  for (let k = 0; k < s.length; k++) {
    buf.aCodes[n] = s.charCodeAt(k);
    buf.latin1[n] = s.charCodeAt(k);
    buf.aStart[n] = from;
    buf.aEnd[n] = to;
    n++;
  }
  return n;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
}

/** Case-insensitive prefix test on char codes (no substring allocation). */
function startsWithAt(s: Uint16Array, i: number, len: number, lower: string): boolean {
  if (i + lower.length > len) return false;
  for (let k = 0; k < lower.length; k++) {
    let c = s[i + k]!;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** Length of "https://", "http://" or "www." (before a word char) at s[i], any case, or 0. */
function urlPrefixLength(s: Uint16Array, i: number, len: number): number {
  // Most words starting with h or w ("he", "what") are ruled out by their second letter.
  if (!mayBeLink(s[i + 1]!)) return 0;
  if (startsWithAt(s, i, len, 'https://')) return 8;
  if (startsWithAt(s, i, len, 'http://')) return 7;
  if (startsWithAt(s, i, len, 'www.') && i + 4 < len && isWordAscii(s[i + 4]!)) return 4;
  return 0;
}

/** A char that can be part of a leet-spelt word. */
function isWordish(c: number): boolean {
  return isLower(c) || isDigit(c) || c === 42 || isLeet(c);
}

/** Digits and LEET symbols: a run of wordish chars can change only if it has one. */
const DIGIT_OR_LEET = new Uint8Array(0x2100);
for (let c = 0; c < 0x2100; c++) DIGIT_OR_LEET[c] = isDigit(c) || (LEET_TO[c] ?? 0) !== 0 ? 1 : 0;

/** Pass 2 over aCodes[0, n); `from` is where the first digit or leet symbol outside a placeholder went. */
function foldLeet(n: number, from: number): boolean {
  let changed = false;
  let s = 0;
  while (s < n) {
    // Jump to the next digit or leet symbol; runs without one are left as they are. Before `from`
    // there are only the "@" of "@user" placeholders, which never fold: nothing wordish comes before
    // them (normaliseScratch passes the position of one that is glued to a word instead).
    let k = s < from ? from : s;
    while (k < n) {
      const c = buf.aCodes[k]!;
      if (c < 0x2100 && DIGIT_OR_LEET[c] === 1) break;
      k++;
    }
    if (k >= n) return changed;
    // The maximal run of wordish chars around it (s is 0 or just past the previous run).
    while (k > s && isWordish(buf.aCodes[k - 1]!)) k--;
    s = k;
    let e = s;
    let letters = 0;
    let leet = 0;
    while (e < n && isWordish(buf.aCodes[e] ?? 0)) {
      const c = buf.aCodes[e] ?? 0;
      if (isLower(c)) letters++;
      else if (c !== 42) leet++;
      e++;
    }
    if (letters > 0 && leet > 0 && !isNumberWithUnit(s, e)) {
      for (let k = s; k < e; k++) {
        const c = buf.aCodes[k] ?? 0;
        if (!isLeet(c)) continue;
        const to = LEET_TO[c] ?? c;
        const before = k > s && isLower(buf.aCodes[k - 1] ?? 0);
        const after = letterAhead(k + 1, e);
        // "!" and "+" end sentences and join numbers, so they count only between letters ("b!tch").
        // Digits fold only with a letter still to come ("sh1t", "1diot"), never at the end ("covid19").
        // A leading "@" is a mention (pass 1 made those "@user"), so "@" folds only after a letter.
        const ok =
          c === 33 || c === 43 ? before && after : isDigit(c) ? after : c === 64 ? before : before || after;
        if (ok) {
          buf.aCodes[k] = to;
          buf.latin1[k] = to;
          changed = true;
        }
      }
    }
    s = e;
  }
  return changed;
}

function letterAhead(k: number, e: number): boolean {
  for (; k < e; k++) {
    const c = buf.aCodes[k] ?? 0;
    if (isLower(c)) return true;
    if (!isLeet(c) && c !== 42) return false;
  }
  return false;
}

/** "10pm", "2nd", "90s": digits then a unit suffix are numbers, not leetspeak. */
function isNumberWithUnit(s: number, e: number): boolean {
  let k = s;
  while (k < e && isDigit(buf.aCodes[k] ?? 0)) k++;
  if (k === s || k === e) return false;
  let suffix = '';
  for (let j = k; j < e; j++) {
    const c = buf.aCodes[j] ?? 0;
    if (!isLower(c)) return false;
    suffix += String.fromCharCode(c);
  }
  return UNIT_SUFFIXES.has(suffix);
}

/**
 * Where squeezeAndJoin would first change anything (the same tests, no writes), or -1. The hint that
 * sends a post here ("x y z", "ooo") is cheap and often wrong ("a b cat"), so most posts stop here.
 */
function firstChange(n: number): number {
  let i = 0;
  while (i < n) {
    const c = buf.aCodes[i] ?? 0;
    if (
      isLower(c) &&
      (i === 0 || !isAlnumOrApos(buf.aCodes[i - 1] ?? 0)) &&
      (SEPARATOR[buf.aCodes[i + 1] ?? 0] ?? 0) === 1
    ) {
      const sep = buf.aCodes[i + 1] ?? 0;
      let j = i;
      let count = 1;
      while (
        buf.aCodes[j + 1] === sep &&
        j + 2 < n &&
        isLower(buf.aCodes[j + 2] ?? 0) &&
        (j + 3 >= n || !isAlnumOrApos(buf.aCodes[j + 3] ?? 0))
      ) {
        j += 2;
        count++;
      }
      if (count >= 3) return i;
    }
    let r = i + 1;
    while (r < n && buf.aCodes[r] === c) r++;
    if (r - i >= 3 && isLower(c)) return i;
    i++;
  }
  return -1;
}

/** Pass 3 into the b buffers; returns the new length, or -1 if nothing changes (the a buffers are final). */
function squeezeAndJoin(n: number): number {
  const first = firstChange(n);
  if (first < 0) return -1;
  // Everything before the first change is copied as is.
  buf.bCodes.set(buf.aCodes.subarray(0, first));
  buf.bStart.set(buf.aStart.subarray(0, first));
  buf.bEnd.set(buf.aEnd.subarray(0, first));
  let m = first;
  let i = first;
  while (i < n) {
    const c = buf.aCodes[i] ?? 0;
    // s p a c e d letters
    if (
      isLower(c) &&
      (i === 0 || !isAlnumOrApos(buf.aCodes[i - 1] ?? 0)) &&
      (SEPARATOR[buf.aCodes[i + 1] ?? 0] ?? 0) === 1
    ) {
      const sep = buf.aCodes[i + 1] ?? 0;
      let j = i;
      let count = 1;
      // extend while the separator is followed by another single letter ("f u c k off" stops before "off")
      while (
        buf.aCodes[j + 1] === sep &&
        j + 2 < n &&
        isLower(buf.aCodes[j + 2] ?? 0) &&
        (j + 3 >= n || !isAlnumOrApos(buf.aCodes[j + 3] ?? 0))
      ) {
        j += 2;
        count++;
      }
      if (count >= 3) {
        for (let k = i; k <= j; k += 2) {
          buf.bCodes[m] = buf.aCodes[k] ?? 0;
          buf.bStart[m] = buf.aStart[k] ?? 0;
          buf.bEnd[m] = buf.aEnd[k] ?? 0;
          m++;
        }
        i = j + 1;
        continue;
      }
    }
    // runs of 3+ identical letters ("stuuupid"); not digits (phone numbers) nor punctuation ("(((" matters)
    let r = i + 1;
    while (r < n && buf.aCodes[r] === c) r++;
    if (r - i >= 3 && isLower(c)) {
      buf.bCodes[m] = c;
      buf.bStart[m] = buf.aStart[i] ?? 0;
      buf.bEnd[m] = buf.aEnd[i] ?? 0;
      m++;
      buf.bCodes[m] = c;
      buf.bStart[m] = buf.aStart[i + 1] ?? 0;
      buf.bEnd[m] = buf.aEnd[r - 1] ?? 0;
      m++;
      i = r;
      continue;
    }
    buf.bCodes[m] = c;
    buf.bStart[m] = buf.aStart[i] ?? 0;
    buf.bEnd[m] = buf.aEnd[i] ?? 0;
    m++;
    i++;
  }
  return m;
}

function isAlnumOrApos(c: number): boolean {
  return isLower(c) || isDigit(c) || c === 39;
}

/**
 * UTF-16 code units to a string through preallocated Buffers (no per-post Buffer object): as a
 * one-byte string when every unit is Latin-1 (most posts), else as UTF-16.
 */
function decode(codes: Uint16Array, view: Buffer, m: number): string {
  const one = buf.latin1;
  for (let i = 0; i < m; i++) {
    const c = codes[i]!;
    if (c > 0xff) return view.toString('utf16le', 0, m * 2);
    one[i] = c;
  }
  return one.toString('latin1', 0, m);
}
