import { AhoCorasick } from './ahoCorasick';
import { fnv1a } from './hash';
import { normalise } from './normalise';
import { tokenise } from './tokenise';
import ableism from './lexicons/ableism.json';
import antiLgbtq from './lexicons/anti_lgbtq.json';
import antisemitism from './lexicons/antisemitism.json';
import dehumanisation from './lexicons/dehumanisation.json';
import doxxing from './lexicons/doxxing.json';
import guards from './lexicons/guards.json';
import harmIncitement from './lexicons/harm_incitement.json';
import islamophobia from './lexicons/islamophobia.json';
import misogyny from './lexicons/misogyny.json';
import names from './lexicons/names.json';
import { TEXTSPEAK_WORDS } from './textspeak';
import partyAbuse from './lexicons/party_abuse.json';
import personalInsult from './lexicons/personal_insult.json';
import political from './lexicons/political.json';
import profanity from './lexicons/profanity.json';
import racism from './lexicons/racism.json';
import selfHarm from './lexicons/self_harm.json';
import sexualised from './lexicons/sexualised.json';
import targets from './lexicons/targets.json';
import threat from './lexicons/threat.json';

/**
 * The lexicons (data files in ./lexicons, credited in LEXICONS.md) compiled into one word-id
 * Aho–Corasick automaton plus word sets. Imported as JSON so the bundler ships them inside the app.
 *
 * Entry kinds:
 *  - slur: counts wherever it appears (guards for quotation, counter-speech and reclaiming still apply);
 *  - targeted: counts only when aimed at a person or group (see rules/target.ts);
 *  - phrase: multi-word pattern that counts as written; weight 0 entries exist to shadow shorter ones
 *    ("witch hunt" stops "witch");
 *  - figurative: figures of speech that cancel violent readings ("kill the bill");
 *  - policy / critique: political-criticism vocabulary (never abuse).
 */
export type EntryKind = 'slur' | 'targeted' | 'phrase' | 'figurative' | 'policy' | 'critique';

export interface Entry {
  id: number;
  term: string;
  category: string;
  kind: EntryKind;
  weight: number;
  /** Length in tokens. */
  length: number;
  /**
   * The rule id its hits carry, `lex:<category>:<term>`: built once here rather than for every hit,
   * so guards that look rule ids up in sets hash a string they have hashed before.
   */
  rule: string;
  /**
   * Topic stems the post must contain for this entry to count (the file's `topic`, for terms in its
   * `needsTopic`): "terrorist" is Islamophobic only in a post about Islam or Muslims.
   */
  topic?: readonly string[];
}

export interface LexiconOverrides {
  add?: { term: string; category: string; weight?: number }[];
  disable?: { term: string; category: string }[];
}

export interface WordSets {
  secondPerson: Set<string>;
  possessive2: Set<string>;
  thirdPerson: Set<string>;
  firstPerson: Set<string>;
  female: Set<string>;
  copula: Set<string>;
  groups: Set<string>;
  parties: Set<string>;
  intent: Set<string>;
  violence: Set<string>;
  strongViolence: Set<string>;
  policyNouns: Set<string>;
  /** Insult words that are first of all things ("the trash we dump", "a door knob"). */
  thingNouns: Set<string>;
  /** Proscribed groups and words for an organisation ("Hamas", "a terrorist group"). */
  organisations: Set<string>;
  negators: Set<string>;
  negationExceptions: Set<string>;
  reporting: Set<string>;
  condemnation: Set<string>;
  framing: Set<string>;
  selfIdentification: Set<string>;
  reclaimable: Set<string>;
  /** Identity words people use of themselves and their family ("I'm autistic", "my son is deaf"). */
  selfDescribed: Set<string>;
  kin: Set<string>;
  /** Animal words that are praise in slang ("a beast in the chamber"), admiration, and hostility. */
  praiseSlang: Set<string>;
  admiration: Set<string>;
  hostility: Set<string>;
  /** What abusers do to a person ("the cowards who threatened her"). */
  abuserVerbs: Set<string>;
  /** Remembering a murdered MP ("Remember her today") and approving of the murder ("a hero"). */
  mourning: Set<string>;
  approval: Set<string>;
  /**
   * Phrases of a post that stands with someone after an attack or reports it ("sending love",
   * "nobody deserves that", "I've reported the account"), by their first word.
   */
  solidarity: Map<string, string[][]>;
  endorsement: Map<string, string[][]>;
  publicInfo: Set<string>;
  addressTalk: Set<string>;
  stopwords: Set<string>;
  /** Common given names (and their possessives) and titles (lexicons/names.json): names even in lower case. */
  firstNames: Set<string>;
  /** Women's given names (and their possessives): a post naming one is about a woman ("Bryony Halsall … Hysterical cow."). */
  womenNames: Set<string>;
  titles: Set<string>;
  /** Ordinary words with a double letter that must not be read as a squeezed elongation ("speed" is not "sped", "Hogg" not "hog"). */
  noSqueeze: Set<string>;
  /** Words that put a post about elections, polls and careers ("the polls", "by-election", "majority"). */
  electoral: Set<string>;
  /**
   * Threat and harm phrases and intent verbs that read as electoral in such a post ("your days are
   * numbered, the polling has you 20 points behind", "we'll bury you at the ballot box", "a proper
   * hiding at the polls"): the rule ids they produce (`lex:threat:<phrase>`, `threat:intent-<verb>-…`,
   * `lex:harm_incitement:<phrase>`).
   */
  electoralFigures: Set<string>;
  /** Thanks and praise ("cheers", "thank you", 💙): swearing in such a post is not aimed at anyone. */
  gratitude: Set<string>;
  /** Angry emoji and "(thanks for) nothing": the thanks are sarcastic. */
  ungrateful: Set<string>;
}

export interface Lexicon {
  entries: Entry[];
  automaton: AhoCorasick;
  vocab: Map<string, number>;
  /** Keys of single-word entries: what split fragments ("stu pid", "k.ill") may be re-joined into. */
  singles: Set<string>;
  /** Single-word entries by squeezed spelling ("stuupid" → "stupid"). */
  squeezed: Map<string, number>;
  /** Single-word entries by length, for masked spellings ("f*ck", "c**t"). */
  byLength: Map<number, string[]>;
  sets: WordSets;
  /** Short content hash: changes whenever the lexicons or overrides change. */
  version: string;
}

interface CategoryFile {
  category: string;
  slur?: string[];
  targeted?: string[];
  phrase?: string[];
  weights?: Record<string, number>;
  /** Stems of words that put a post on this category's topic ("muslim", "islam"…). */
  topic?: string[];
  /** Terms that count only in a post on that topic. */
  needsTopic?: string[];
}

const CATEGORY_FILES: CategoryFile[] = [
  profanity,
  personalInsult,
  partyAbuse,
  misogyny,
  racism,
  antisemitism,
  islamophobia,
  antiLgbtq,
  ableism,
  dehumanisation,
  sexualised,
  harmIncitement,
  doxxing,
  threat,
  selfHarm,
];

const DEFAULT_WEIGHT: Record<EntryKind, number> = {
  slur: 0.9,
  targeted: 0.8,
  phrase: 0.85,
  figurative: 1,
  policy: 1,
  critique: 1,
};

/**
 * Words a {p} slot stands for in phrase patterns ("hope {p} dies"). Not "it": "someone needs to take
 * it out", "going to knock it out" are about things (no blind set lost a catch without it).
 */
const PERSON_SLOT = ['you', 'u', 'ya', 'yall', 'him', 'her', 'them', 'he', 'she', 'they', '@user', 'all'];

export function termKeys(term: string): string[] {
  const n = normalise(term);
  const t = tokenise(n.text);
  // Keyed as the word table keys a post's tokens: "wud defo" is "would defo".
  return t.keys.slice(0, t.count).map((k) => TEXTSPEAK_WORDS[k] ?? k);
}

export function squeeze(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) if (key[i] !== key[i - 1]) out += key[i];
  return out;
}

function expandSlots(term: string): string[] {
  if (!term.includes('{p}')) return [term];
  return PERSON_SLOT.map((w) => term.replace('{p}', w));
}

/**
 * A common given name, or one with a possessive "s" without the apostrophe ("helens dad"; token keys
 * drop apostrophes): a person even typed in lower case (lexicons/names.json). Looked up only when a
 * rule asks who a post names, so it stays out of the tokeniser's word table.
 */
export function isGivenName(lex: Lexicon, key: string): boolean {
  return lex.sets.firstNames.has(key);
}

/** Second person as typed on a phone: each phrase with "you" also matches "u" ("i know where u live"). */
const TEXTSPEAK: Record<string, string> = {
  you: 'u',
  your: 'ur',
  yourself: 'urself',
  youre: 'ur',
  youll: 'ull',
  youd: 'ud',
};

/**
 * The same phrase as typed in Scots and Northern English ("ah'll find ye", "burn yer hoose doon wi ye
 * in it"): each phrase with one of these words also matches with all of them in dialect.
 */
const DIALECT: Record<string, string> = {
  you: 'ye',
  your: 'yer',
  yourself: 'yersel',
  youre: 'yer',
  youll: 'yell',
  house: 'hoose',
  with: 'wi',
  myself: 'masel',
  nobody: 'naebody',
  ill: 'ahll',
  im: 'ahm',
  id: 'ahd',
  to: 'tae',
  do: 'dae',
};

/** A phrase's keys with its words swapped by `table`, or null if it has none to swap. */
function spelledAs(keys: string[], table: Record<string, string>): string[] | null {
  if (keys.length < 2 || !keys.some((k) => table[k] !== undefined)) return null;
  return keys.map((k) => table[k] ?? k);
}

/** A phrase's keys with its second person as typed on a phone, or null if it has none. */
function textspeak(keys: string[]): string[] | null {
  return spelledAs(keys, TEXTSPEAK);
}

function toSet(words: string[]): Set<string> {
  const s = new Set<string>();
  for (const w of words) for (const k of termKeys(w)) s.add(k);
  return s;
}

/**
 * Multi-word phrases as key lists, grouped by their first key (one map lookup per token). For guard
 * phrases asked about only when a hit needs them (`solidarity`): as automaton entries their words would
 * join the vocabulary, and every post containing "love" or "sorry" would pay for a lexicon search.
 */
function byFirstWord(phrases: string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of phrases) {
    const keys = termKeys(p);
    m.set(keys[0]!, [...(m.get(keys[0]!) ?? []), keys]);
  }
  return m;
}

export function buildLexicon(overrides: LexiconOverrides = {}): Lexicon {
  const disabled = new Set(
    (overrides.disable ?? []).map((d) => `${d.category}\u0000${termKeys(d.term).join(' ')}`),
  );
  const entries: Entry[] = [];
  const vocab = new Map<string, number>();
  const automaton = new AhoCorasick();
  const idOf = (k: string): number => {
    let id = vocab.get(k);
    if (id === undefined) {
      id = vocab.size;
      vocab.set(k, id);
    }
    return id;
  };
  const seen = new Map<string, Entry>();
  const add = (
    term: string,
    category: string,
    kind: EntryKind,
    weight: number,
    topic?: readonly string[],
  ): void => {
    for (const expanded of expandSlots(term)) {
      const keys = termKeys(expanded);
      if (keys.length === 0) continue;
      const key = `${category}\u0000${keys.join(' ')}`;
      if (disabled.has(key)) continue;
      // Disabling a phrase disables its phone spelling too (checked above, before it is added).
      const phone = textspeak(keys);
      if (phone) add(phone.join(' '), category, kind, weight, topic);
      const dialect = spelledAs(keys, DIALECT);
      if (dialect) add(dialect.join(' '), category, kind, weight, topic);
      // Spellings that normalise alike ("i'll be at your surgery", "ill be at your surgery") are one
      // entry: two would count as two pieces of evidence for the same words.
      const same = seen.get(key);
      if (same) {
        same.weight = Math.max(same.weight, weight);
        continue;
      }
      const id = entries.length;
      const entry: Entry = {
        id,
        term: expanded,
        category,
        kind,
        weight,
        length: keys.length,
        rule: `lex:${category}:${expanded}`,
      };
      if (topic) entry.topic = topic;
      entries.push(entry);
      seen.set(key, entry);
      automaton.add(keys.map(idOf), id);
    }
  };
  for (const file of CATEGORY_FILES) {
    const needsTopic = new Set(file.needsTopic ?? []);
    for (const kind of ['slur', 'targeted', 'phrase'] as const) {
      for (const term of file[kind] ?? [])
        add(
          term,
          file.category,
          kind,
          file.weights?.[term] ?? DEFAULT_WEIGHT[kind],
          needsTopic.has(term) ? file.topic : undefined,
        );
    }
  }
  for (const term of guards.figurative) add(term, 'figurative', 'figurative', 1);
  for (const term of political.policy) add(term, 'political_criticism', 'policy', 1);
  for (const term of political.critique) add(term, 'political_criticism', 'critique', 1);
  for (const a of overrides.add ?? []) add(a.term, a.category, 'slur', a.weight ?? DEFAULT_WEIGHT.slur);
  automaton.build();

  const singles = new Set<string>();
  for (const e of entries)
    if (e.length === 1 && e.kind !== 'policy' && e.kind !== 'critique')
      singles.add(termKeys(e.term)[0] ?? '');
  const squeezed = new Map<string, number>();
  const byLength = new Map<number, string[]>();
  for (const [k, id] of vocab) {
    const s = squeeze(k);
    if (s !== k && !squeezed.has(s) && !vocab.has(s)) squeezed.set(s, id);
    if (!squeezed.has(k)) squeezed.set(k, id);
    if (k.length >= 3) {
      const list = byLength.get(k.length) ?? [];
      list.push(k);
      byLength.set(k.length, list);
    }
  }
  // A masked word names a word of its own first ("b**ch" is "bitch", not the "bunch" of "bunch of
  // mugs"): single-word entries lead each list, in the order they were added.
  for (const list of byLength.values()) {
    const own = list.filter((k) => singles.has(k));
    const rest = list.filter((k) => !singles.has(k));
    list.splice(0, list.length, ...own, ...rest);
  }

  const sets: WordSets = {
    secondPerson: toSet(targets.secondPerson),
    possessive2: toSet(targets.possessive2),
    thirdPerson: toSet(targets.thirdPerson),
    firstPerson: toSet(targets.firstPerson),
    female: toSet(targets.female),
    copula: toSet(targets.copula),
    groups: toSet(targets.groups),
    parties: toSet(targets.parties),
    intent: toSet(targets.intent),
    violence: toSet(targets.violence),
    strongViolence: toSet(targets.strongViolence),
    policyNouns: toSet(targets.policyNouns),
    thingNouns: toSet(targets.thingNouns),
    organisations: toSet(targets.organisations),
    negators: toSet(guards.negators),
    negationExceptions: toSet(guards.negationExceptions),
    reporting: toSet(guards.reporting),
    condemnation: toSet(guards.condemnation),
    framing: toSet(guards.framing),
    selfIdentification: toSet(guards.selfIdentification),
    reclaimable: toSet(guards.reclaimable),
    selfDescribed: toSet(guards.selfDescribed),
    kin: toSet(guards.kin),
    praiseSlang: toSet(guards.praiseSlang),
    admiration: toSet(guards.admiration),
    hostility: toSet(guards.hostility),
    abuserVerbs: toSet(guards.abuserVerbs),
    mourning: toSet(guards.mourning),
    approval: toSet(guards.approval),
    solidarity: byFirstWord(guards.solidarity),
    endorsement: byFirstWord(guards.endorsement),
    publicInfo: toSet(guards.publicInfo),
    addressTalk: toSet(guards.addressTalk),
    stopwords: toSet(guards.stopwords),
    // With each name's possessive as typed without the apostrophe ("helens"), so one lookup does.
    firstNames: toSet(names.firstNames.flatMap((n) => [n, `${n}s`])),
    womenNames: toSet(names.womenNames.flatMap((n) => [n, `${n}s`])),
    titles: toSet(names.titles),
    noSqueeze: toSet(guards.noSqueeze),
    electoral: toSet(guards.electoral),
    gratitude: toSet(guards.gratitude),
    ungrateful: toSet(guards.ungrateful),
    electoralFigures: new Set(
      guards.electoralFigures.flatMap((f) => [
        `lex:threat:${f}`,
        `threat:intent-${f}-person`,
        `lex:harm_incitement:${f}`,
      ]),
    ),
  };
  return {
    entries,
    automaton,
    vocab,
    singles,
    squeezed,
    byLength,
    sets,
    version: lexiconVersion(overrides),
  };
}

/**
 * The fingerprint of the word lists (and staff's edits) a lexicon is built from, without building it:
 * a label's classifier version names it (classifier.ts classifierVersion).
 */
export function lexiconVersion(overrides: LexiconOverrides = {}): string {
  const fingerprint = JSON.stringify([CATEGORY_FILES, guards, political, targets, names, overrides]);
  return fnv1a(fingerprint).toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * The word id of a token key, trying the disguises the normaliser cannot undo on its own:
 * elongation ("stuupid"), "*" masks ("f*ck", "c**t"). Returns -1 for words no lexicon uses.
 */
export function lookupKey(lex: Lexicon, key: string): number {
  const id = lex.vocab.get(key);
  if (id !== undefined) return id;
  if (key.includes('*')) return lookupMasked(lex, key);
  if (hasDouble(key) && !lex.sets.noSqueeze.has(key)) {
    const s = lex.squeezed.get(squeeze(key));
    if (s !== undefined) return s;
  }
  return -1;
}

function hasDouble(key: string): boolean {
  for (let i = 1; i < key.length; i++) if (key.charCodeAt(i) === key.charCodeAt(i - 1)) return true;
  return false;
}

function lookupMasked(lex: Lexicon, key: string): number {
  const visible = key.replaceAll('*', '').length;
  // "***" or "f***" alone says too little to name a word.
  if (visible < 2 || visible < key.length / 2) return -1;
  // "*once again*", "*noose gif*": a star opening an otherwise plain word is emphasis or an action,
  // not a masked letter; so is one closing it ("gif*") when the word without it is one we know.
  const first = key.indexOf('*');
  const last = key.lastIndexOf('*');
  // Stars only at the ends: "*noose", "gif*", "*and*".
  const opens = first === 0 && (last === 0 || (last === key.length - 1 && key.indexOf('*', 1) === last));
  if (opens || (first === key.length - 1 && first > 0)) {
    const plain = lex.vocab.get(key.slice(first === 0 ? 1 : 0, last === key.length - 1 ? -1 : undefined));
    if (plain !== undefined) return plain;
  }
  if (first === 0 && last === 0) return -1;
  // "Fascists *and* AntiFa": a plain word between two stars is emphasis too (not "randi").
  if (opens) return -1;
  for (const cand of lex.byLength.get(key.length) ?? []) {
    let ok = true;
    for (let i = 0; i < key.length && ok; i++) {
      const c = key.charCodeAt(i);
      if (c !== 42 && c !== cand.charCodeAt(i)) ok = false;
    }
    if (ok) return lex.vocab.get(cand) ?? -1;
  }
  return -1;
}
