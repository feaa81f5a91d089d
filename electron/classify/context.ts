import { mayQuoteLines, quotedLines } from './quotedLines';
import { packStyle as packStyle_IMPORT } from './features';
import {
  isGivenName as isGivenName_IMPORT,
  lookupKey as lookupKey_IMPORT,
  squeeze,
  type Lexicon,
} from './lexicon';
import { normalise, normaliseScratch as normaliseScratch_IMPORT, type Normalised } from './normalise';
import { capitalisedAt as capitalisedAt_IMPORT, hashtagAt as hashtagAt_IMPORT } from './originalText';
import {
  ensureTokens as ensureTokens_IMPORT,
  newTokenStore,
  padTokens as padTokens_IMPORT,
  SHAPE_DOUBLE as SHAPE_DOUBLE_IMPORT,
  SHAPE_I as SHAPE_I_IMPORT,
  SHAPE_STAR as SHAPE_STAR_IMPORT,
  tokenise,
  tokeniseInto as tokeniseInto_IMPORT,
  type Tokens,
  type TokenStore,
} from './tokenise';
import {
  buildWordTable,
  findString,
  FNV_PRIME as FNV_PRIME_IMPORT,
  squeezedHash,
  slotOf as slotOf_IMPORT,
  bloomBit as bloomBit_IMPORT,
  wordHash,
  W_POLICY_NOUN as W_POLICY_NOUN_IMPORT,
  W_SINGLE as W_SINGLE_IMPORT,
  W_STOPWORD as W_STOPWORD_IMPORT,
  W_VOCAB as W_VOCAB_IMPORT,
  type WordTable,
} from './wordTable';
import type { WordList } from './wordLists';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const lookupKey = lookupKey_IMPORT;
const isGivenName = isGivenName_IMPORT;
const ensureTokens = ensureTokens_IMPORT;
const padTokens = padTokens_IMPORT;
const tokeniseInto = tokeniseInto_IMPORT;
const normaliseScratch = normaliseScratch_IMPORT;
const packStyle = packStyle_IMPORT;
const FNV_PRIME = FNV_PRIME_IMPORT;
const slotOf = slotOf_IMPORT;
const bloomBit = bloomBit_IMPORT;
const capitalisedAt = capitalisedAt_IMPORT;
const hashtagAt = hashtagAt_IMPORT;
const W_POLICY_NOUN = W_POLICY_NOUN_IMPORT;
const W_SINGLE = W_SINGLE_IMPORT;
const W_STOPWORD = W_STOPWORD_IMPORT;
const W_VOCAB = W_VOCAB_IMPORT;
const SHAPE_DOUBLE = SHAPE_DOUBLE_IMPORT;
const SHAPE_I = SHAPE_I_IMPORT;
const SHAPE_STAR = SHAPE_STAR_IMPORT;

/**
 * Everything the rules need about one post, computed once: normalised text with its offset map,
 * tokens (split fragments re-joined), lexicon word ids, which tokens sit inside quotation marks, and
 * every lexicon phrase the automaton found.
 *
 * Speed: a context lives in reusable scratch storage (normalise.ts, tokenise.ts) and is valid only
 * until the next buildContext call; `freeze` copies what a lazily computed explanation needs later.
 * `quoted` and `person` are computed on first use (only rules that found something ask).
 */
export interface Context {
  original: string;
  /** Offset maps are scratch-backed: index only within the text (see freeze). */
  norm: Normalised;
  tok: TokenStore;
  /** Tokens before fragments were re-joined: what the model sees (it must not depend on the lexicons). */
  baseTok: TokenStore;
  ids: Int32Array;
  readonly quoted: number[];
  /** Lines that quote another post, answered by the writer (quotedLines.ts); computed on first use. */
  readonly quotedLines: readonly [number, number][];
  /**
   * 1 where a token names a person: a known target name, or a capitalised word that does not start
   * a sentence ("kill Briggs", "Nair's kids").
   */
  readonly person: number[];
  /** Lexicon matches: entry id, first token, one past the last token. */
  matches: { entry: number; start: number; end: number }[];
  /** Distinct categories of confident lexicon entries (weight ≥ 0.5) matched: model features (features.ts). */
  lexCategories: string[];
  lex: Lexicon;
  /** ASCII digits in the original text and whether one follows a letter (doxxing pre-checks). */
  digits: { digits: number; letterDigit: boolean; mailAt: boolean };
  /** The word-table flags (W_*) of token t of `tok`. */
  flagsAt(t: number): number;
  /**
   * Whether token t of `tok` is a word of `list`: `list.has(tok.keys[t] ?? '')`, read from a bit the
   * word table keeps per word (wordLists.ts) rather than by hashing the key again.
   */
  tokenIn(t: number, list: WordList): boolean;
  /** Style features of the post (features.ts packStyle): capitals, "!", "#", length. */
  style: number;
}

/**
 * What a lazily computed explanation needs after the classifier has moved on to other posts: the
 * normalised text, its offset maps and the model's tokens. Nothing is copied when a label is made;
 * they are recomputed from the original text (deterministically, the same values) if it is read.
 */
export class FrozenContext {
  private normalised: Normalised | null = null;
  private tokens: Tokens | null = null;
  constructor(
    readonly original: string,
    readonly lexCategories: string[],
    readonly style: number,
  ) {}

  get norm(): Normalised {
    return (this.normalised ??= normalise(this.original));
  }

  get baseTok(): Tokens {
    return (this.tokens ??= tokenise(this.norm.text));
  }
}

/** Gaps that split fragments may have between them: space . - _ */
const JOIN_GAP = new Uint8Array(128);
for (const c of [32, 46, 45, 95]) JOIN_GAP[c] = 1;
/** A word of five letters or more ending in "in" (not "…ain", "…ein"): maybe "-ing" with its g dropped. */
function droppedG(tok: TokenStore, t: number, text: string): boolean {
  // A word the table does not know has a key of klen chars (only a text-speak spelling, which the
  // table knows, has a key of another length): most are ruled out without reading the key, whose
  // methods are a lookup through the runtime here (keys come in several kinds of string).
  if (tok.slot[t]! < 0) {
    if (tok.klen[t]! < 5) return false;
    // …and the rest read from the text, which is the key itself when no apostrophe was dropped.
    const e = tok.end[t]!;
    if (e - tok.start[t]! === tok.klen[t]) return endsInDroppedG(text, e);
  }
  const k = tok.keys[t]!;
  const n = k.length;
  if (n < 5 || tok.emoji[t] === 1) return false;
  return endsInDroppedG(k, n);
}

/** s[0, end) ends in "in" but not "ain" or "ein". */
function endsInDroppedG(s: string, end: number): boolean {
  if (s.charCodeAt(end - 1) !== 110 || s.charCodeAt(end - 2) !== 105) return false;
  const c = s.charCodeAt(end - 3);
  return c !== 97 && c !== 101;
}

/** Shared by posts without lexicon categories; never written to. */
const NO_CATEGORIES: string[] = [];

const tables = new WeakMap<Lexicon, WordTable>();
export function wordTableOf(lex: Lexicon): WordTable {
  let t = tables.get(lex);
  if (!t) tables.set(lex, (t = buildWordTable(lex)));
  return t;
}

// Scratch storage shared by every context (one post at a time, synchronously).
const baseStore = newTokenStore();
const joinedStore = newTokenStore();
let ids = new Int32Array(256);
let matchBuf = new Int32Array(256);

class PostContext implements Context {
  private quotedFlags: number[] | null = null;
  private lineRanges: [number, number][] | null = null;
  private personFlags: number[] | null = null;
  constructor(
    public original: string,
    public norm: Normalised,
    public tok: TokenStore,
    public baseTok: TokenStore,
    public ids: Int32Array,
    public matches: { entry: number; start: number; end: number }[],
    public lexCategories: string[],
    public lex: Lexicon,
    private names: Set<string> | undefined,
    public digits: { digits: number; letterDigit: boolean; mailAt: boolean },
    private table: WordTable,
    public style: number,
  ) {}

  flagsAt(t: number): number {
    const s = this.tok.slot[t]!;
    return s >= 0 ? this.table.flags[s]! : 0;
  }

  tokenIn(t: number, list: WordList): boolean {
    // Every word of every list has a slot, so a token without one is in none; so is a token
    // outside the store (t < 0 reads undefined, which is not ≥ 0).
    const s = this.tok.slot[t]!;
    return s >= 0 && ((this.table.listBits[s]! >>> list.shift) & 1) === 1;
  }

  get quoted(): number[] {
    return (this.quotedFlags ??= quotedTokens(this.norm.text, this.tok, this.quotedLines));
  }

  get quotedLines(): [number, number][] {
    return (this.lineRanges ??= mayQuoteLines(this.norm.text) ? quotedLines(this.norm.text) : NO_LINES);
  }

  get person(): number[] {
    return (this.personFlags ??= personTokens(this.original, this.norm, this.tok, this.lex, this.names));
  }
}

export function buildContext(original: string, lex: Lexicon, names?: Set<string>): Context {
  const table = wordTableOf(lex);
  const sn = normaliseScratch(original);
  const m = sn.length;
  // Reads one past the end see 0, as they saw `undefined ?? 0` on exact-length maps.
  sn.srcStart[m] = 0;
  sn.srcEnd[m] = 0;
  const norm: Normalised = { text: sn.text, srcStart: sn.srcStart, srcEnd: sn.srcEnd };
  tokeniseInto(sn.text, baseStore, table, sn.codes);
  const tok = joinFragments(sn.text, baseStore, lex, table);
  const count = tok.count;
  if (ids.length < count + 1) ids = new Int32Array((count + 1) * 2);
  let known = false;
  // Whether the post has a "1", "|" or "!" at all (the normaliser noted it while reading the post).
  const lLike = sn.lLike;
  // As locals: read through `tok` and the module binding, each was a load and a check per token.
  const { vid, shape } = tok;
  const out = ids;
  for (let t = 0; t < count; t++) {
    let id = vid[t]!;
    const sh = shape[t]!;
    if (id < 0 && sh !== 0) {
      const key = tok.keys[t]!;
      id = lookupUnknown(lex, table, key, sh);
      if (id < 0 && (sh & SHAPE_I) !== 0 && lLike) {
        // "1" and "|" stand for "l" as often as "i": "1oser", "ki11".
        const s = norm.srcStart[tok.start[t]!]!;
        const e = norm.srcEnd[tok.end[t]! - 1]!;
        let raw = false;
        for (let k = s; k < e && !raw; k++) {
          const c = original.charCodeAt(k);
          raw = c === 49 || c === 124 || c === 33;
        }
        if (raw) id = lookupKey(lex, key.replaceAll('i', 'l'));
      }
    }
    if (id < 0 && spacedWithArticle(tok, t, norm)) id = lookupKey(lex, tok.keys[t]!.slice(1));
    // "gettin filled in", "walkin back": a dropped g, read as the word the lexicon knows.
    if (id < 0 && droppedG(tok, t, norm.text)) id = lookupKey(lex, `${tok.keys[t]!}g`);
    out[t] = id;
    if (id >= 0) known = true;
  }
  const matches: Context['matches'] = [];
  let lexCategories = NO_CATEGORIES;
  if (known) {
    if (matchBuf.length < count * 8) matchBuf = new Int32Array(count * 16);
    let found = lex.automaton.searchInto(ids, count, matchBuf);
    if (found < 0) {
      // more matches than room: grow and search again
      matchBuf = new Int32Array(-found * 2);
      found = lex.automaton.searchInto(ids, count, matchBuf);
    }
    // Categories of confident entries matched, as a bitmask over the table's sorted category list
    // (the same distinct, sorted names as collecting them and sorting).
    let cats = 0;
    for (let k = 0; k < found; k++) {
      const entry = matchBuf[2 * k]!;
      const last = matchBuf[2 * k + 1]!;
      const len = table.entryLength[entry] ?? 1;
      matches.push({ entry, start: last - len + 1, end: last + 1 });
      const c = table.entryCategory[entry] ?? -1;
      if (c >= 0) cats |= 1 << c;
    }
    if (cats !== 0) {
      lexCategories = [];
      for (let c = 0; c < table.categories.length; c++)
        if ((cats & (1 << c)) !== 0) lexCategories.push(table.categories[c]!);
    }
  }
  const digits = { digits: sn.digits, letterDigit: sn.letterDigit, mailAt: sn.mailAt };
  return new PostContext(
    original,
    norm,
    tok,
    baseStore,
    ids,
    matches,
    lexCategories,
    lex,
    names,
    digits,
    table,
    packStyle(sn.letters, sn.capitals, sn.bangs, sn.hashes, baseStore.count),
  );
}

/**
 * "a n i g g e r", "i d i o t": spaced letters are joined into one token, and a leading "a" or "i"
 * may be the article or pronoun before the spaced word. True for an unknown token that starts with
 * "a" or "i", is at least four letters long and was spelt out one letter at a time (its letters span
 * about twice its length in the original); the caller then tries the word without that letter.
 */
function spacedWithArticle(tok: TokenStore, t: number, norm: Normalised): boolean {
  const len = tok.klen[t]!;
  if (len < 4) return false;
  // A word the table does not know (and no joined word: each is one it knows) has a key that is its
  // text without apostrophes, which never start a word: its first char is read from the text, not
  // from the key, whose methods are a lookup through the runtime here (keys come in several kinds).
  const first = tok.slot[t]! < 0 ? norm.text.charCodeAt(tok.start[t]!) : tok.keys[t]!.charCodeAt(0);
  if (first !== 97 && first !== 105) return false;
  const span = norm.srcEnd[tok.end[t]! - 1]! - norm.srcStart[tok.start[t]!]!;
  return span >= 2 * len - 1;
}

/** lookupKey for a key that is not in the vocabulary itself: masks ("f*ck") and elongations ("stuupid"). */
function lookupUnknown(lex: Lexicon, table: WordTable, key: string, shape: number): number {
  if ((shape & SHAPE_STAR) !== 0) return lookupKey(lex, key);
  if ((shape & SHAPE_DOUBLE) === 0) return -1;
  const sq = table.squeezed;
  const h = squeezedHash(key);
  let squeezed: string | undefined;
  for (let s = slotOf(h, sq.mask); sq.used[s] === 1; s = (s + 1) & sq.mask) {
    if (sq.hashes[s] !== h) continue;
    squeezed ??= squeeze(key);
    if (sq.keys[s] === squeezed) return lex.sets.noSqueeze.has(key) ? -1 : sq.values[s]!;
  }
  return -1;
}

/** What lazily computed labels read after the next post has reused the scratch storage. */
export function freeze(ctx: Context): FrozenContext {
  return new FrozenContext(ctx.original, ctx.lexCategories, ctx.style);
}

function flagsOf(tok: TokenStore, table: WordTable, t: number): number {
  const s = tok.slot[t]!;
  return s >= 0 ? table.flags[s]! : 0;
}

function personTokens(
  original: string,
  norm: Normalised,
  tok: TokenStore,
  lex: Lexicon,
  names?: Set<string>,
): number[] {
  const table = wordTableOf(lex);
  const flags: number[] = new Array<number>(tok.count + 8).fill(0);
  const lowerOnly = !/[A-Z]/.test(original);
  for (let t = 0; t < tok.count; t++) {
    const key = tok.keys[t] ?? '';
    if (key === '@user' || names?.has(key)) {
      flags[t] = 1;
      continue;
    }
    // Typed all in lower case, a name has no capital: a common given name ("hope tom gets hurt"),
    // the surname after one or after a title ("marcus beaumonts", "cllr mottram").
    // Only in a post with no capital at all (a capitalised post names people with capitals, below);
    // names are not in the word table, so a word that is ("the", "kill") is never looked up (a word
    // there only for a rule's word list, listOnly, counts as not in it).
    if (
      lowerOnly &&
      (tok.slot[t]! < 0 || table.listOnly[tok.slot[t]!] === 1) &&
      (isGivenName(lex, key) || (t > 0 && surnameAfter(lex, tok, t, key)) || ownerName(norm, tok, t))
    ) {
      flags[t] = 1;
      continue;
    }
    const s = norm.srcStart[tok.start[t] ?? 0] ?? 0;
    // "Briggs" yes; "NHS", "I", "MP" no (no lower case after the capital)
    if (!capitalisedAt(original, s)) continue;
    // "#Schools", "#Education": hashtags are topics, not names (a monitored person's tag is in `names`).
    if (hashtagAt(original, s)) continue;
    if ((flagsOf(tok, table, t) & (W_STOPWORD | W_POLICY_NOUN)) !== 0) continue;
    // "Castle Street", "Elm Road": the second word of a street's name is no one's surname (unlike
    // "Hill", "Lane", "Green" or "Close", which can be).
    if (t > 0 && STREET_NOT_SURNAME.has(key) && flags[t - 1] === 1) {
      flags[t - 1] = 0;
      continue;
    }
    let k = s - 1;
    while (
      k >= 0 &&
      (original.charCodeAt(k) === 32 || original.charCodeAt(k) === 34 || original.charCodeAt(k) === 39)
    )
      k--;
    const prev = k < 0 ? 46 : original.charCodeAt(k);
    if (prev === 46 || prev === 33 || prev === 63 || prev === 10 || prev === 58) continue; // sentence start
    flags[t] = 1;
  }
  return flags;
}

/** Street words that are never a surname. */
const STREET_NOT_SURNAME = new Set([
  'street',
  'road',
  'avenue',
  'crescent',
  'terrace',
  'gardens',
  'mews',
  'square',
  'place',
  'parade',
  'approach',
  'wynd',
]);

/** Words that follow a name without being a surname ("fiona gets", "tom mate", "priya resign"). */
const NOT_SURNAMES = new Set([
  'gets',
  'got',
  'goes',
  'went',
  'says',
  'said',
  'wants',
  'needs',
  'thinks',
  'knows',
  'should',
  'could',
  'would',
  'must',
  'might',
  'shall',
  'wont',
  'cant',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'hasnt',
  'never',
  'always',
  'really',
  'actually',
  'literally',
  'honestly',
  'still',
  'again',
  'also',
  'even',
  'only',
  'mate',
  'pal',
  'love',
  'babe',
  'lad',
  'luv',
  'please',
  'pls',
  'thanks',
  'thank',
  'sorry',
  'yes',
  'yeah',
  'nah',
  'mp',
  'msp',
  'ms',
  'resign',
  'lied',
  'lies',
  'voted',
  'votes',
  'lives',
  'works',
  'drives',
  'walks',
  'leaves',
  'left',
  'looks',
  'seems',
  'keeps',
  'tried',
  'tries',
  'made',
  'makes',
  'took',
  'takes',
]);

/** Token t (a word in lower case) is the surname after a given name or a title. */
/** Words before a possessive that make it a thing's, not a person's: "the town's", "my mum's". */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'my',
  'your',
  'ur',
  'his',
  'her',
  'our',
  'their',
  'this',
  'that',
  'every',
  'each',
  'no',
  'any',
  'some',
  'yer',
  'me',
]);

/**
 * Typed in lower case, a word the word table does not know with an "'s" and no determiner before it
 * is someone's name: "marchbank's got breast cancer", "devlin's farmhouse" (not "the town's").
 */
function ownerName(norm: Normalised, tok: TokenStore, t: number): boolean {
  const end = tok.end[t]!;
  if (end - tok.start[t]! < 5 || tok.emoji[t] === 1) return false;
  const text = norm.text;
  if (text.charCodeAt(end - 1) !== 115 || text.charCodeAt(end - 2) !== 39) return false;
  return t === 0 || !DETERMINERS.has(tok.keys[t - 1] ?? '');
}

function surnameAfter(lex: Lexicon, tok: TokenStore, t: number, key: string): boolean {
  // Cheap tests first: adjacent words only ("tom, the" or "tom. anyway" are not a name and a surname).
  if (key.length < 3 || tok.emoji[t] === 1 || tok.start[t]! - tok.end[t - 1]! !== 1) return false;
  const before = tok.keys[t - 1] ?? '';
  return (isGivenName(lex, before) || lex.sets.titles.has(before)) && !NOT_SURNAMES.has(key);
}

/**
 * Re-join words split to dodge filters ("stu pid", "k.ill", "n-word"), only into known lexicon words.
 * Returns `tok` itself when nothing is joined (almost always), else a second reused store.
 */
function joinFragments(text: string, tok: TokenStore, lex: Lexicon, table: WordTable): TokenStore {
  const words = table.words;
  let out: TokenStore | null = null;
  let t = 0;
  const { klen } = tok;
  const src = tok.src!;
  while (t < tok.count) {
    let joined = 0;
    // A join never starts at a word of the lexicons' vocabulary (W_VOCAB): tested first, that rules
    // out most short words ("the", "you", "go") before their neighbours are read.
    if (klen[t]! <= 4 && tok.emoji[t] === 0 && (flagsOf(tok, table, t) & W_VOCAB) === 0) {
      let h = tok.hash[t]!;
      for (let n = 1; n <= 2 && t + n < tok.count; n++) {
        const prevEnd = tok.end[t + n - 1]!;
        const gapChar = text.charCodeAt(prevEnd);
        if (
          tok.start[t + n] !== prevEnd + 1 ||
          !(gapChar < 128 && JOIN_GAP[gapChar] === 1) ||
          tok.emoji[t + n] === 1 ||
          klen[t + n]! > 4
        )
          break;
        if (
          gapChar === 32 &&
          ((flagsOf(tok, table, t + n) & W_STOPWORD) !== 0 ||
            (flagsOf(tok, table, t + n - 1) & W_STOPWORD) !== 0)
        )
          break;
        // The joined key's hash continues the first key's; only a single-word entry with that hash
        // can match, so the joined string is built only then.
        // (the next key's chars: its code units without apostrophes)
        for (let i = tok.start[t + n]!; i < tok.end[t + n]!; i++) {
          const c = src[i]!;
          if (c !== 39) h = Math.imul(h ^ c, FNV_PRIME);
        }
        if (!singleHashed(table, h)) continue;
        let acc = tok.keys[t]!;
        for (let u = 1; u <= n; u++) acc += tok.keys[t + u]!;
        if (singleWithHash(table, h, acc)) joined = n;
      }
    }
    if (joined && !out) {
      // First join: copy the tokens so far.
      out = joinedStore;
      ensureTokens(out, tok.count);
      out.count = 0;
      for (let u = 0; u < t; u++) copyToken(tok, u, out, tok.keys[u]!, tok.end[u]!, tok.slot[u]!);
    }
    if (out) {
      if (joined) {
        const key = tok.keys.slice(t, t + joined + 1).join('');
        const h = wordHash(key);
        const slot = findString(words, key, h);
        copyToken(tok, t, out, key, tok.end[t + joined]!, slot, h, shapeOf(key));
        out.vid[out.count - 1] = slot >= 0 ? table.ids[slot]! : -1;
        out.klen[out.count - 1] = key.length;
      } else copyToken(tok, t, out, tok.keys[t]!, tok.end[t]!, tok.slot[t]!);
    }
    t += joined + 1;
  }
  if (!out) return tok;
  let flags = 0;
  for (let u = 0; u < out.count; u++) flags |= flagsOf(out, table, u);
  out.flags = flags;
  out.hasEmoji = tok.hasEmoji;
  out.quoteOpen = tok.quoteOpen;
  out.src = null;
  padTokens(out);
  return out;
}

function shapeOf(key: string): number {
  let sh = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 42) sh |= SHAPE_STAR;
    else if (c === 105) sh |= SHAPE_I;
    if (i > 0 && c === key.charCodeAt(i - 1)) sh |= SHAPE_DOUBLE;
  }
  return sh;
}

function singleHashed(table: WordTable, h: number): boolean {
  const bit = bloomBit(h);
  if ((table.bloom[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  const w = table.words;
  for (let s = slotOf(h, w.mask); w.used[s] === 1; s = (s + 1) & w.mask)
    if (w.hashes[s] === h && (table.flags[s]! & W_SINGLE) !== 0) return true;
  return false;
}

function singleWithHash(table: WordTable, h: number, key: string): boolean {
  const w = table.words;
  for (let s = slotOf(h, w.mask); w.used[s] === 1; s = (s + 1) & w.mask)
    if (w.hashes[s] === h && w.keys[s] === key) return (table.flags[s]! & W_SINGLE) !== 0;
  return false;
}

function copyToken(
  from: TokenStore,
  t: number,
  to: TokenStore,
  key: string,
  end: number,
  slot: number,
  hash = from.hash[t]!,
  shape = from.shape[t]!,
): void {
  const u = to.count++;
  to.shape[u] = shape;
  to.vid[u] = from.vid[t]!;
  to.klen[u] = from.klen[t]!;
  to.start[u] = from.start[t]!;
  to.end[u] = end;
  to.keys[u] = key;
  to.emoji[u] = from.emoji[t]!;
  to.hash[u] = hash;
  to.slot[u] = slot;
}

/** Never written to: the quoted lines of a post that has none. */
const NO_LINES: [number, number][] = [];

/**
 * Mark tokens inside "double" or 'single' quotation marks (apostrophes inside words are not quotes) or
 * inside quoted lines.
 */
function quotedTokens(text: string, tok: Tokens, lines: readonly [number, number][]): number[] {
  const flags: number[] = new Array<number>(tok.count + 8).fill(0);
  if (!text.includes('"') && !text.includes("'") && lines.length === 0) return flags;
  const ranges: [number, number][] = [...lines];
  let dq = -1;
  let sq = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (dq < 0) dq = i;
      else {
        ranges.push([dq, i]);
        dq = -1;
      }
    } else if (c === 39) {
      const prev = text.charCodeAt(i - 1);
      const prevWord = isWordChar(prev);
      const nextWord = isWordChar(text.charCodeAt(i + 1));
      if (sq < 0 && !prevWord && nextWord) sq = i;
      // Closed after a word, or after the quoted sentence's own full stop, "!" or "?" ("'… to you.'").
      else if (sq >= 0 && (prevWord || prev === 46 || prev === 33 || prev === 63) && !nextWord) {
        ranges.push([sq, i]);
        sq = -1;
      }
    }
  }
  if (ranges.length === 0) return flags;
  for (let t = 0; t < tok.count; t++) {
    const s = tok.start[t] ?? 0;
    for (const [a, b] of ranges) if (s > a && s < b) flags[t] = 1;
  }
  return flags;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 42;
}
