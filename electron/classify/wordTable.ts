/**
 * One open-addressing hash table per lexicon over every word the lexicons and rules care about, so
 * that the tokeniser can resolve each token with one probe keyed by the hash it already computed
 * (the model's word hash, features.ts) instead of many Map and Set lookups per token:
 *  - the interned key string (no substring is built for a known word);
 *  - its exact lexicon vocabulary id (what `lex.vocab.get(key)` returns), or -1;
 *  - flag bits: which trigger sets the word is in, so a rule whose trigger words are absent from a
 *    post is skipped without looking at its tokens.
 * A second table holds `lex.squeezed` ("stuupid" → "stupid") keyed by the hash of the squeezed form.
 * Every probe verifies the characters, so a hash collision can never change a result.
 */
import { STREET_SUFFIXES } from './doxxing';
import type { Lexicon } from './lexicon';
import { FAMILY_WORDS, PRIVATE_LIFE_TRIGGERS } from './rules/doxxing';
import { WISH } from './rules/harm';
import { ALONE, ATTACKERS, BEATINGS_GOT, HARMED, INJURY, REWARDS, TAKERS } from './rules/harmDone';
import { FIRE } from './rules/arson';
import { FATE_WORDS } from './rules/fate';
import { MENACE_WORDS } from './rules/menace';
import { CUE_WORDS, WEAK_CUE_WORDS } from './rules/intimidation';
import { ABUSE_CUE_WORDS } from './rules/abuseCues';
import { DEPICTED_WORDS } from './rules/depicted';
import { BODY_HARM_WORDS } from './rules/bodyHarm';
import { CARRIED, CARRIED_POSSESSIVE, GUARANTEE_WORDS, OUTCOMES } from './rules/threat';
import { SUBJECTS } from './rules/tropes';
import { IDENTITY_WORDS } from './rules/identity';
import { CELEBRATE_WORDS } from './rules/celebrate';
import { GLOAT_WORDS } from './rules/gloating';
import { CALL_MODALS, PUSHES } from './rules/callToHarm';
import { SEX_VERBS } from './rules/sexualDesire';
import { SWARM_WORDS } from './rules/swarm';
import { VEILED_TRIGGERS } from './rules/veiled';
import { TEXTSPEAK_WORDS } from './textspeak';
import { sealWordLists } from './wordLists';

// The flags context.ts reads through this module; rules import theirs from wordFlags.ts.
export { W_POLICY_NOUN, W_SINGLE, W_STOPWORD, W_VOCAB } from './wordFlags';
import {
  W_VOCAB,
  W_SINGLE,
  W_STOPWORD,
  W_POLICY_NOUN,
  W_VIOLENCE,
  W_OUTCOME,
  W_WISH,
  W_TROPE,
  W_FAMILY,
  W_STREET,
  W_CONDEMNATION,
  W_REPORTING,
  W_FRAMING,
  W_VEILED,
  W_PRIVATE_LIFE,
  W_HARMED,
  W_REWARD,
  W_ATTACKER,
  W_INJURY,
  W_KNOW,
  W_ALONE,
  W_BODY,
  W_FIRE,
  W_FATE,
  W_MENACE,
  W_IDENTITY,
  W_CELEBRATE,
  W_CALL,
  W_SEX,
  W_CUE,
  W_CUE_WEAK,
  W_ABUSE_CUE,
} from './wordFlags';

/** FNV-1a with the word salt: the same value as the model's word unigram hash (features.ts). */
export const WORD_HASH_SEED = 0x811c9dc5 ^ 0x5bd1e995;
export const FNV_PRIME = 0x01000193;

export function wordHash(s: string): number {
  let h = WORD_HASH_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a with the word seed over the key with runs of a repeated char squeezed to one. */
export function squeezedHash(s: string): number {
  let h = WORD_HASH_SEED;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i > 0 && c === s.charCodeAt(i - 1)) continue;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

export const BLOOM_BITS = 1 << 16;

export function bloomBit(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> 16;
}

export function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 15) ^ (h >>> 23)) & mask;
}

export interface HashTable {
  mask: number;
  used: Uint8Array;
  hashes: Int32Array;
  keys: string[];
  values: Int32Array;
}

function newTable(n: number): HashTable {
  let size = 64;
  while (size < n * 3) size *= 2;
  return {
    mask: size - 1,
    used: new Uint8Array(size),
    hashes: new Int32Array(size),
    keys: new Array<string>(size).fill(''),
    values: new Int32Array(size),
  };
}

/** Slot of `key` (hash `h`), or -1. */
export function findString(t: HashTable, key: string, h: number): number {
  for (let s = slotOf(h, t.mask); t.used[s] === 1; s = (s + 1) & t.mask)
    if (t.hashes[s] === h && t.keys[s] === key) return s;
  return -1;
}

/** Slot of `key` (hash `h`), added with value `init` if absent. */
function upsert(t: HashTable, key: string, h: number, init: number): number {
  let s = slotOf(h, t.mask);
  for (; t.used[s] === 1; s = (s + 1) & t.mask) if (t.hashes[s] === h && t.keys[s] === key) return s;
  t.used[s] = 1;
  t.hashes[s] = h;
  t.keys[s] = key;
  t.values[s] = init;
  return s;
}

export interface WordTable {
  words: HashTable;
  /** Per slot of `words`: the key's chars at chars[charOff[slot] .. + charLen[slot]] (one flat array to compare against). */
  chars: Uint16Array;
  charOff: Int32Array;
  charLen: Int32Array;
  /** Per lexicon entry: its length in tokens. */
  entryLength: Int32Array;
  /**
   * What the tokeniser probes, interleaved so a probe touches one cache line: per slot
   * [hash, charLen (-1 = empty slot), flags, vocabulary id or -1], and the chars' offset in `chars`.
   */
  probe: Int32Array;
  /**
   * Per lexicon entry: index into `categories` of its category when it counts as a model feature
   * (lexCategories: not policy or figurative, weight ≥ 0.5), else -1.
   */
  entryCategory: Int32Array;
  /** Category names of model-feature entries, sorted (index order = lexCategories order). */
  categories: string[];
  /**
   * One bit per bloomBit(hash) of every word: 8 KB that stay in cache, so the tokeniser skips the
   * table probe for most words that are not in it (a set bit only means "maybe").
   */
  bloom: Int32Array;
  /** Per slot of `words`: exact vocabulary id or -1. */
  ids: Int32Array;
  /** Per slot of `words`: W_* flags. */
  flags: Int32Array;
  /** lex.squeezed, keyed by squeezedHash of the key it is looked up with. */
  squeezed: HashTable;
  /**
   * Per slot: which word lists (wordLists.ts) hold its word, list L at bit L.shift. Every word of
   * every list has a slot.
   */
  listBits: Int32Array;
  /**
   * 1 for a slot whose word is in the table only because a word list holds it: it is no lexicon
   * or trigger word (context.ts personTokens reads this as the word not being in the table).
   */
  listOnly: Uint8Array;
}

export function buildWordTable(lex: Lexicon): WordTable {
  const sets: [Iterable<string>, number][] = [
    [[...lex.vocab.keys()], W_VOCAB],
    [lex.singles, W_SINGLE],
    [lex.sets.stopwords, W_STOPWORD],
    [lex.sets.policyNouns, W_POLICY_NOUN],
    [lex.sets.violence, W_VIOLENCE],
    [OUTCOMES, W_OUTCOME],
    [WISH, W_WISH],
    [SUBJECTS, W_TROPE],
    [FAMILY_WORDS, W_FAMILY],
    [STREET_SUFFIXES, W_STREET],
    [lex.sets.condemnation, W_CONDEMNATION],
    [lex.sets.reporting, W_REPORTING],
    [lex.sets.framing, W_FRAMING],
    [VEILED_TRIGGERS, W_VEILED],
    [PRIVATE_LIFE_TRIGGERS, W_PRIVATE_LIFE],
    [HARMED, W_HARMED],
    [BEATINGS_GOT, W_HARMED],
    [REWARDS, W_REWARD],
    // …and who takes it: a reward may be a sum ("£500 to whoever…"), which has no word to flag
    // (not "first", far too common for the rare "first one to egg him gets a pint" with no reward word).
    [[...TAKERS].filter((w) => w !== 'first'), W_REWARD],
    [ATTACKERS, W_ATTACKER],
    [INJURY, W_INJURY],
    [['know', 'ken'], W_KNOW],
    [ALONE, W_ALONE],
    [BODY_HARM_WORDS, W_BODY],
    [FIRE, W_FIRE],
    [FATE_WORDS, W_FATE],
    [MENACE_WORDS, W_MENACE],
    [CUE_WORDS, W_CUE],
    [WEAK_CUE_WORDS, W_CUE_WEAK],
    [ABUSE_CUE_WORDS, W_ABUSE_CUE],
    // …and the pictures of rules/depicted.ts ("noose", "lingerie", "body bag"), rare enough to share it.
    [DEPICTED_WORDS, W_ABUSE_CUE],
    [IDENTITY_WORDS, W_IDENTITY],
    [CELEBRATE_WORDS, W_CELEBRATE],
    // No flag bit is left for rules/gloating.ts: its rare words share the bounty rule's, and the
    // rule looks for one of its own before reading any phrase.
    [GLOAT_WORDS, W_REWARD],
    [CALL_MODALS, W_CALL],
    [SEX_VERBS, W_SEX],
    [SWARM_WORDS, W_SEX],
    // Weapons open the threat rules as verbs of violence do (rules/threat.ts weaponVisit, armed).
    [CARRIED, W_VIOLENCE],
    [CARRIED_POSSESSIVE, W_VIOLENCE],
    // …and so do the words of a guarantee ("I'll make sure you never walk again", guaranteedHarm).
    [GUARANTEE_WORDS, W_VIOLENCE],
    // …and so do verbs of pushing ("someone push her down the stairs", callToHarm.ts orderedHarm).
    [[...PUSHES], W_VIOLENCE],
  ];
  const all = new Set<string>();
  for (const [words] of sets) for (const w of words) all.add(w);
  for (const alias of Object.keys(TEXTSPEAK_WORDS)) all.add(alias);
  // The rules' word lists: their words get slots too, marked as there for the lists only.
  const lists = sealWordLists();
  const listOnlyWords: string[] = [];
  for (const list of lists)
    for (const w of list)
      if (!all.has(w)) {
        all.add(w);
        listOnlyWords.push(w);
      }
  const words = newTable(all.size);
  for (const w of all) upsert(words, w, wordHash(w), 0);
  const ids = new Int32Array(words.mask + 1).fill(-1);
  const flags = new Int32Array(words.mask + 1);
  for (const [list, bit] of sets)
    for (const w of list) {
      const s = findString(words, w, wordHash(w));
      flags[s] = (flags[s] ?? 0) | bit;
    }
  for (const [w, id] of lex.vocab) ids[findString(words, w, wordHash(w))] = id;
  // lex.squeezed is looked up with squeeze(key): index each stored key by the hash of its squeezed
  // form (a stored key that is not itself squeezed can never be found, exactly as with the Map).
  const squeezed = newTable(lex.squeezed.size);
  for (const [k, id] of lex.squeezed) upsert(squeezed, k, squeezedHash(k), id);
  let total = 0;
  for (const w of all) total += w.length;
  const chars = new Uint16Array(total);
  const charOff = new Int32Array(words.mask + 1);
  const charLen = new Int32Array(words.mask + 1).fill(-1);
  let o = 0;
  for (const w of all) {
    const s = findString(words, w, wordHash(w));
    charOff[s] = o;
    charLen[s] = w.length;
    for (let i = 0; i < w.length; i++) chars[o++] = w.charCodeAt(i);
  }
  // Which lists hold each word, found before the text-speak spellings below take their words' keys
  // (after which a spelling is no longer found by its own letters).
  const listBits = new Int32Array(words.mask + 1);
  for (const list of lists)
    for (const w of list) {
      const at = findString(words, w, wordHash(w));
      listBits[at] = listBits[at]! | (1 << list.shift);
    }
  const listOnly = new Uint8Array(words.mask + 1);
  for (const w of listOnlyWords) listOnly[findString(words, w, wordHash(w))] = 1;
  // A text-speak spelling is its word in every way but its letters: the word's flags, lexicon id and
  // key (so "sum1 shud put a brick thru ur window" reads "someone should put a brick through…"). Its
  // letters stay in `chars`, which the tokeniser matches; nothing looks it up by key after this.
  // (Every lexicon word is in the table, so a word not found has no flags and no id.)
  for (const [alias, word] of Object.entries(TEXTSPEAK_WORDS)) {
    const a = findString(words, alias, wordHash(alias));
    const w = findString(words, word, wordHash(word));
    flags[a] = w >= 0 ? flags[w]! : 0;
    ids[a] = w >= 0 ? ids[w]! : -1;
    words.keys[a] = word;
    // …and the word's lists, as its key is the word ("ur" is in every list "your" is in).
    listBits[a] = 0;
    for (const list of lists) if (list.has(word)) listBits[a] = listBits[a]! | (1 << list.shift);
  }
  const entryLength = Int32Array.from(lex.entries, (e) => e.length);
  const probe = new Int32Array((words.mask + 1) * 4);
  for (let s = 0; s <= words.mask; s++) {
    probe[4 * s] = words.hashes[s]!;
    probe[4 * s + 1] = words.used[s] === 1 ? charLen[s]! : -1;
    probe[4 * s + 2] = flags[s]!;
    probe[4 * s + 3] = ids[s]!;
  }
  const confident = lex.entries.filter(
    (e) => e.kind !== 'policy' && e.kind !== 'figurative' && e.weight >= 0.5,
  );
  const categories = [...new Set(confident.map((e) => e.category))].sort();
  if (categories.length > 31) throw new Error('too many lexicon categories for a bitmask');
  const entryCategory = Int32Array.from(lex.entries, (e) =>
    e.kind !== 'policy' && e.kind !== 'figurative' && e.weight >= 0.5 ? categories.indexOf(e.category) : -1,
  );
  const bloom = new Int32Array(BLOOM_BITS >>> 5);
  for (const w of all) {
    const b = bloomBit(wordHash(w));
    bloom[b >>> 5] = (bloom[b >>> 5] ?? 0) | (1 << (b & 31));
  }
  return {
    bloom,
    words,
    ids,
    flags,
    squeezed,
    chars,
    charOff,
    charLen,
    entryLength,
    probe,
    entryCategory,
    categories,
    listBits,
    listOnly,
  };
}
