import type { Context } from '../context';
import type { RuleHit } from './hit';
import { W_CONDEMNATION, W_FRAMING, W_REPORTING, W_STREET as W_STREET_IMPORT } from '../wordFlags';
import { capitalised as capitalised_IMPORT, originalWord as originalWord_IMPORT } from './cueScan';
import { figurativeApplies } from '../guards';
import { mentionsTopic } from '../topic';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import {
  aboutOrganisation as aboutOrganisation_IMPORT,
  aboutSomeone as aboutSomeone_IMPORT,
  aimedAtPerson as aimedAtPerson_IMPORT,
  aimedAtWoman as aimedAtWoman_IMPORT,
} from './target';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const aimedAtPerson = aimedAtPerson_IMPORT;
const aboutOrganisation = aboutOrganisation_IMPORT;
const aimedAtWoman = aimedAtWoman_IMPORT;
const aboutSomeone = aboutSomeone_IMPORT;
const W_STREET = W_STREET_IMPORT;
const capitalised = capitalised_IMPORT;
const originalWord = originalWord_IMPORT;
const windowHas = windowHas_IMPORT;

export interface LexiconScan {
  hits: RuleHit[];
  /** Token ranges of figures of speech ("kill the bill", "rat race"). */
  figurative: [number, number][];
  policy: number;
  critique: number;
  /** Token ranges of political vocabulary, for the political-criticism label's spans. */
  politicalSpans: [number, number][];
  /** Token ranges of critique words, insults aimed at ideas and figures of speech, hidden from the model when rescoring political posts. */
  masked: [number, number][];
  /** Confident words other than personal insults dropped because they were aimed at no one ("I saw a monkey at the zoo"). */
  untargeted: number;
}

/** Shared by posts with nothing to report; never written to (scanLexicon swaps in a fresh array). */
const NONE: [number, number][] = [];

/** Turn the automaton's matches into hits, applying target checks and same-category shadowing. */
export function scanLexicon(ctx: Context): LexiconScan {
  const out: LexiconScan = {
    hits: [],
    figurative: NONE,
    policy: 0,
    critique: 0,
    politicalSpans: NONE,
    masked: NONE,
    untargeted: 0,
  };
  const { matches, lex } = ctx;
  if (matches.length === 0) {
    echoes(ctx, out.hits);
    if (ctx.tok.hasEmoji) emojiReply(ctx, out.hits);
    return out;
  }
  out.figurative = [];
  out.politicalSpans = [];
  out.masked = [];
  /** Matches of confident words aimed at no one, in case an idiom holds them (indexes into `matches`). */
  const unaimed: number[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (!m) continue;
    const e = lex.entries[m.entry];
    if (!e) continue;
    if (e.kind === 'figurative') {
      out.figurative.push([m.start, m.end]);
      // "Kill the bill. Kill the bill." is a chant, not a threat: a political post is rescored
      // without its figures of speech, as without its critique words. (Not one-word figures: "looks
      // like a serial killer" is no "killer app".)
      if (m.end - m.start > 1) out.masked.push([m.start, m.end]);
      continue;
    }
    if (e.kind === 'policy' || e.kind === 'critique') {
      if (e.kind === 'policy') out.policy++;
      else {
        out.critique++;
        out.masked.push([m.start, m.end]);
      }
      out.politicalSpans.push([m.start, m.end]);
      continue;
    }
    if (shadowed(ctx, i)) continue;
    if (e.weight <= 0) continue;
    // "FOI'd his claims": an acronym made a verb, not the slur its letters spell ("foid").
    if (m.end - m.start === 1 && acronymVerb(ctx, m.start)) continue;
    if (e.kind === 'targeted' && placeName(ctx, m.start, m.end)) {
      out.masked.push([m.start, m.end]);
      continue;
    }
    if (e.kind === 'targeted') {
      // Some words count only in a post on their category's topic (Entry.topic).
      const onTopic = !e.topic || (mentionsTopic(ctx, e.topic) && !aboutOrganisation(ctx, m.start, m.end));
      const ok =
        onTopic &&
        (ctx.tok.emoji[m.start] === 1
          ? emojiAimed(ctx, m.start)
          : e.category === 'misogyny'
            ? aimedAtWoman(ctx, m.start, m.end)
            : aimedAtPerson(ctx, m.start, m.end, e.category === 'personal_insult'));
      if (!ok) {
        out.masked.push([m.start, m.end]);
        if (e.weight >= 0.5 && e.category !== 'personal_insult') out.untargeted++;
        if (e.weight >= 0.5) unaimed.push(i);
        continue;
      }
    }
    out.hits.push(lexHit(e.category, e.weight, m.start, m.end, e.rule));
  }
  // A word inside an idiom ("through thick and thin", "pure dumb luck", "a sacred cow") goes to the
  // guards as a hit, which set it aside as a figure of speech: the model reacts to the same word
  // (its lexicon feature among others), so with nothing else abusive it may not tag the post alone.
  // (Most posts have no idiom: then nothing is built.)
  if (out.figurative.length > 0)
    for (const i of unaimed) {
      const m = matches[i]!;
      const e = lex.entries[m.entry]!;
      if (figurativeApplies(e.category) && out.figurative.some(([a, b]) => m.start >= a && m.start < b))
        out.hits.push(lexHit(e.category, e.weight, m.start, m.end, e.rule));
    }
  echoes(ctx, out.hits);
  if (ctx.tok.hasEmoji) emojiReply(ctx, out.hits);
  return out;
}

/** Token t is capitals, an apostrophe and an ending: "FOI'd", "MP'd", "DM'ed". */
function acronymVerb(ctx: Context, t: number): boolean {
  // Only a token whose key lost an apostrophe is read again (this runs for every one-word match).
  if ((ctx.tok.end[t] ?? 0) - (ctx.tok.start[t] ?? 0) <= (ctx.tok.klen[t] ?? 0)) return false;
  const word = originalWord(ctx, t);
  const apos = word.search(/['’]/);
  return apos >= 2 && /^[A-Z]+$/.test(word.slice(0, apos)) && /^(d|ed|s|ing)$/.test(word.slice(apos + 1));
}

/** "Sheep Street", "Swine Lane": a capitalised word before a capitalised street suffix names a place. */
function placeName(ctx: Context, start: number, end: number): boolean {
  return (
    end < ctx.tok.count &&
    (ctx.flagsAt(end) & W_STREET) !== 0 &&
    capitalised(ctx, end) &&
    capitalised(ctx, start)
  );
}

/**
 * 🐀 or 🐒 as a reply ("Okafor 🐒🐒") is aimed at whoever the post is about: short posts, or any person
 * named, unless the post talks of animals in words and the emoji illustrates them ("a rat the size of
 * a small dog by the bins 🐀", "let a python wrap round their neck 🐍"): then only right after a person.
 */
function emojiAimed(ctx: Context, at: number): boolean {
  if (ctx.tok.count <= 6) return true;
  if (!aboutSomeone(ctx)) return false;
  if (!windowHas(ctx, ANIMAL_TALK, 0, ctx.tok.count)) return true;
  const before = at - 1;
  return before >= 0 && (ctx.person[before] === 1 || ctx.tok.keys[before] === '@user');
}

/** Animals talked of as animals: pets, farms, shows, pests, wildlife. */
const ANIMAL_TALK = new Set([
  'zoo',
  'farm',
  'farmers',
  'vet',
  'vets',
  'pet',
  'pets',
  'wildlife',
  'pest',
  'python',
  'snake',
  'rat',
  'rats',
  'pig',
  'pigs',
  'piglet',
  'sheep',
  'cow',
  'cows',
  'bull',
  'bulls',
  'horse',
  'dog',
  'dogs',
  'puppy',
  'cat',
  'cats',
  'fox',
  'pigeon',
  'pigeons',
  'mice',
]);

/** A match inside a longer match of the same category defers to it ("witch" in "witch hunt"). */
function shadowed(ctx: Context, i: number): boolean {
  const m = ctx.matches[i];
  if (!m) return false;
  const cat = ctx.lex.entries[m.entry]?.category;
  for (let j = 0; j < ctx.matches.length; j++) {
    const o = ctx.matches[j];
    if (j === i || !o || ctx.lex.entries[o.entry]?.category !== cat) continue;
    if (o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) return true;
  }
  return false;
}

/** Emoji that, repeated or paired as a whole reply, are a sexual comment on the person (not 👀 or 😍 alone). */
const SEXUAL_EMOJI = new Set(['🍑', '🍆', '💦', '👅', '🫦', '🥵', '🍒']);
/** Food emoji that make a reply of fruit and veg a reply about food ("🍆🍅🥕" at an allotment show). */
const FOOD_EMOJI = new Set(['🍅', '🥕', '🥦', '🌽', '🥔', '🍎', '🍐', '🍓', '🥒', '🧅', '🍋']);
/** Emoji of killing and death: a knife, blood, an axe, a coffin, a grave. */
const DEATH_EMOJI = new Set(['🔪', '🩸', '🪓', '⚰', '⚰️', '🪦']);
/** The only words a reply of death emoji may hold: a time to come ("🔪🩸 soon"). */
const OMEN_WORDS = new Set(['soon', 'next', 'tick', 'tock', 'waiting', 'coming']);

/**
 * A reply that is nothing but emoji says what it says to whoever it answers (blind99, 2026-12-06):
 * two or more sexual emoji ("🍑🍑🍑", "🍒🍒👀", "@Cllr 🍆💦") are a sexual comment, unless other food
 * is among them; emoji of killing and death, two of them or one with "soon" ("🔪🩸 soon", "⚰️⚰️"), are
 * a threat. A reply with other words is left to the other rules.
 */
function emojiReply(ctx: Context, hits: RuleHit[]): void {
  const { keys, count, emoji } = ctx.tok;
  let sexual = 0;
  let death = 0;
  let food = false;
  let omen = false;
  let firstSexual = -1;
  let firstDeath = -1;
  for (let t = 0; t < count; t++) {
    const k = keys[t] ?? '';
    if (k === '@user') continue;
    if (emoji[t] !== 1) {
      if (!OMEN_WORDS.has(k)) return;
      omen = true;
    } else if (SEXUAL_EMOJI.has(k)) {
      sexual++;
      if (firstSexual < 0) firstSexual = t;
    } else if (DEATH_EMOJI.has(k)) {
      death++;
      if (firstDeath < 0) firstDeath = t;
    } else if (FOOD_EMOJI.has(k)) food = true;
  }
  if (sexual >= 2 && !food && !omen)
    hits.push(lexHit('sexualised', 0.7, firstSexual, count, 'sexualised:emoji-only-reply'));
  if (death >= 2 || (death === 1 && omen))
    hits.push(lexHit('threat', 0.7, firstDeath, count, 'threat:death-emoji-reply'));
}

/** "(((name)))": the antisemitic echo marks name a Jewish target. Punctuation, so not in the automaton. */
function echoes(ctx: Context, hits: RuleHit[]): void {
  const text = ctx.norm.text;
  const at = text.indexOf('(((');
  if (at < 0) return;
  // "Screenshots of the '(((Rosen)))' replies … should be reported": the echo quoted and reported.
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  if ((before === 39 || before === 34) && reportedOrCondemned(ctx)) return;
  const close = text.indexOf(')))', at + 3);
  if (close < 0) return;
  let ts = 0;
  while (ts < ctx.tok.count && (ctx.tok.start[ts] ?? 0) < at) ts++;
  let te = ts;
  while (te < ctx.tok.count && (ctx.tok.end[te] ?? 0) <= close) te++;
  hits.push({
    category: 'antisemitism',
    score: 0.9,
    tokStart: ts,
    tokEnd: Math.max(te, ts + 1),
    rule: 'echo:triple-parentheses',
    start: ctx.norm.srcStart[at] ?? 0,
    end: ctx.norm.srcEnd[close + 2] ?? 0,
  });
}

/** A reporting, framing or condemning word anywhere in the post (word-table flags). */
function reportedOrCondemned(ctx: Context): boolean {
  for (let t = 0; t < ctx.tok.count; t++)
    if ((ctx.flagsAt(t) & (W_REPORTING | W_CONDEMNATION | W_FRAMING)) !== 0) return true;
  return false;
}

function lexHit(category: string, score: number, tokStart: number, tokEnd: number, rule: string): RuleHit {
  return { category, score, tokStart, tokEnd, rule };
}
