/**
 * Guards for posts that look like abuse but support someone, describe the writer or report a crime:
 * "I'm a Jew and I support Labour", "he's a savage in debates, love him", "the bastards who
 * threatened her", "ethnic cleansing in Sudan and the government says nothing". applyGuards
 * (guards.ts) asks these after its general guards (negation, quotation, reporting, condemnation).
 */
import type { Context } from './context';
import { speaksTo as speaksTo_IMPORT, windowHas as windowHas_IMPORT } from './tokenWindow';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const speaksTo = speaksTo_IMPORT;
const windowHas = windowHas_IMPORT;

export const INSULTS = new Set(['personal_insult', 'profanity', 'dehumanisation']);

/** Words for an atrocity that a post may call for, or report and condemn. */
export const ATROCITY_RULES = new Set([
  'lex:racism:ethnic cleansing',
  'lex:dehumanisation:cleansed',
  'lex:dehumanisation:cleanse',
]);
const CALLS = new Set([
  'need',
  'needs',
  'needed',
  'should',
  'must',
  'time',
  'bring',
  'want',
  'wants',
  'deserve',
  'deserves',
  'start',
  'begin',
  'lets',
  'let',
  'more',
  'support',
]);

/**
 * "Ethnic cleansing in Sudan and the government says nothing", "a million Jews were ethnically
 * cleansed from Arab lands": the crime reported or condemned. It counts when called for: "we need
 * ethnic cleansing", "they should be cleansed", "Cleanse the country of these vermin" (an order opening
 * its clause), "ethnic cleansing now".
 */
export function calledFor(ctx: Context, from: number, ts: number, te: number): boolean {
  const keys = ctx.tok.keys;
  if (ts === from && keys[ts] === 'cleanse') return true;
  if (keys[te] === 'now') return true;
  return windowHas(ctx, CALLS, Math.max(from, ts - 4), ts);
}

/**
 * "Don't let these misogynistic pigs get to you", "ignore these idiots, Grace": the person is told to
 * ignore the abusers, whom the insult names.
 */
export function toldToIgnore(ctx: Context, from: number, ts: number, te: number): boolean {
  const keys = ctx.tok.keys;
  // Abusers in the plural, and no one named: "ignore the idiot in Number 10", "don't let that idiot
  // Starmer near the budget", "ignore those idiots in the Tory party" insult someone in office.
  if (!(keys[te - 1] ?? '').endsWith('s')) return false;
  const s = ctx.lex.sets;
  for (let k = te; k < te + 4 && k < ctx.tok.count; k++)
    if (ctx.person[k] === 1 || s.groups.has(keys[k] ?? '') || s.parties.has(keys[k] ?? '')) return false;
  for (let k = Math.max(from, ts - 4); k < ts; k++) {
    const w = keys[k];
    if (w === 'ignore' || w === 'ignoring') return true;
    if (w === 'let' && (keys[k - 1] === 'dont' || keys[k - 1] === 'never' || keys[k - 1] === 'not'))
      return true;
  }
  return false;
}

/** A second-person word or @mention in the clause before the hit ("You are scum who…"). */
export function addressedBefore(ctx: Context, from: number, ts: number): boolean {
  for (let k = from; k < ts; k++) if (speaksTo(ctx, k)) return true;
  return false;
}

/**
 * "I hope the bastards who threatened her get jailed", "the scum sending her death threats": the
 * insult is aimed at the people abusing the person, which is support for them, not abuse
 * (lexicons/guards.json `abuserVerbs`).
 */
export function namesAbusers(ctx: Context, te: number): boolean {
  const keys = ctx.tok.keys;
  const verbs = ctx.lex.sets.abuserVerbs;
  if (verbs.has(keys[te] ?? '')) return true;
  const rel = keys[te];
  if (rel !== 'who' && rel !== 'that') return false;
  for (let k = te + 1; k < te + 4 && k < ctx.tok.count; k++) if (verbs.has(keys[k] ?? '')) return true;
  return false;
}

/** Who the abusers are, generically: "anyone saying…", "whoever sent…", "people wishing…". */
const ANYONE = new Set(['anyone', 'anybody', 'whoever', 'those', 'people', 'everyone', 'folk']);
/** What they do, beyond the abuser verbs: say it, post it, wish it. */
const SAYING = new Set(['saying', 'posting', 'wishing', 'calling', 'who']);
/** After "who": "anyone who says…", "people who post…". */
const SAYS = new Set([
  'says',
  'say',
  'said',
  'posts',
  'post',
  'posted',
  'wishes',
  'wish',
  'wished',
  'calls',
  'called',
]);

/**
 * "Anyone saying 'someone should hurt him' is a moron", "whoever sent that is scum": the insult's
 * subject is whoever abuses the person (up to twelve words back in its sentence).
 */
export function insultsAbusers(ctx: Context, sentence: number, ts: number): boolean {
  const keys = ctx.tok.keys;
  const verbs = ctx.lex.sets.abuserVerbs;
  for (let k = Math.max(sentence, ts - 12); k < ts; k++) {
    if (!ANYONE.has(keys[k] ?? '')) continue;
    const next = keys[k + 1] ?? '';
    const after = keys[k + 2] ?? '';
    // "people who threatened her", "anyone who says…"
    const abuses =
      verbs.has(next) || (SAYING.has(next) && (next !== 'who' || verbs.has(after) || SAYS.has(after)));
    if (abuses) return !someoneElseBetween(ctx, k + 2, ts);
  }
  return false;
}

const CALLING_NAMES = new Set(['calls', 'call', 'calling', 'called']);
/**
 * "Anyone who calls a gay teacher a groomer should…", "people calling her a witch": the word at ts is
 * what the abusers call someone (within eight words back in its sentence), not the writer's word.
 */
export function calledByAbusers(ctx: Context, sentence: number, ts: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = Math.max(sentence, ts - 8); k < ts - 1; k++) {
    if (!ANYONE.has(keys[k] ?? '')) continue;
    const v = keys[k + 1] === 'who' ? k + 2 : k + 1;
    if (CALLING_NAMES.has(keys[v] ?? '') && v < ts) return true;
  }
  return false;
}

/** "Everyone says he is an idiot": a person named outside quotes before the insult is its subject. */
function someoneElseBetween(ctx: Context, from: number, to: number): boolean {
  const { secondPerson, thirdPerson } = ctx.lex.sets;
  for (let k = from; k < to; k++) {
    if (ctx.quoted[k] === 1) continue;
    const w = ctx.tok.keys[k] ?? '';
    if (ctx.person[k] === 1 || secondPerson.has(w) || thirdPerson.has(w)) return true;
  }
  return false;
}

/**
 * "He's a savage in debates, love him", "Mad respect, he's an absolute animal for work": animal words
 * as praise, in a post that admires and says nothing hostile (lexicons/guards.json `praiseSlang`,
 * `admiration`, `hostility`).
 */
export function admiring(ctx: Context): boolean {
  const { admiration, hostility } = ctx.lex.sets;
  let admires = false;
  for (let t = 0; t < ctx.tok.count; t++) {
    const k = ctx.tok.keys[t] ?? '';
    if (hostility.has(k)) return false;
    // "I love how this animal thinks…" is sarcasm, not admiration.
    if (admiration.has(k) && !(k === 'love' && ctx.tok.keys[t + 1] === 'how')) admires = true;
  }
  return admires;
}

/** Between a subject and an identity word: "I'm a proud Jew", "we are all immigrants". */
const SELF_SKIP = new Set(['a', 'an', 'proud', 'also', 'too', 'all', 'both', 'openly', 'myself', 'severely']);

/**
 * The writer, or someone in their family, is who the identity word describes: "I'm a Jew and I
 * support Labour", "I am autistic", "we're immigrants", "my son is autistic". Saying what you are is
 * not abuse. Only the word's own subject counts: "I think you're autistic" is still aimed at "you".
 */
export function describesSelf(ctx: Context, ts: number, from: number): boolean {
  const keys = ctx.tok.keys;
  if (speaksAs(ctx, ts, from)) return true;
  let k = ts - 1;
  while (k >= from && SELF_SKIP.has(keys[k] ?? '')) k--;
  if (k < from) return false;
  const verb = keys[k] ?? '';
  const subject = keys[k - 1] ?? '';
  if (verb === 'im') return true;
  if (verb === 'am' || verb === 'was') return subject === 'i';
  if (verb === 'are' || verb === 'were') return subject === 'we';
  if (verb === 'is' || verb === 'was' || verb === 'are')
    return ctx.lex.sets.kin.has(subject) && (keys[k - 2] === 'my' || keys[k - 2] === 'our');
  return false;
}

/** Before "as a …": the writer speaking ("I say that as a Jew", "speaking as a disabled man"). */
const SPEAKING = new Set(['say', 'said', 'speak', 'speaking', 'write', 'writing', 'saying', 'ask', 'asking']);

/**
 * "I say that as a lifelong Labour member and a Jew", "As a Jew, I…", "speaking as an immigrant":
 * the writer says what they are. Looks back up to eight words for "as", with a verb of speaking just
 * before it, or "I" straight after the word ("As an immigrant I…"). "I see him as a Jew first" is not.
 */
function speaksAs(ctx: Context, ts: number, from: number): boolean {
  const keys = ctx.tok.keys;
  const next = keys[ts + 1] ?? '';
  for (let k = ts - 1; k >= Math.max(from, ts - 8); k--) {
    if (keys[k] !== 'as') continue;
    if (next === 'i' || next === 'im' || next === 'myself') return true;
    // "speaking as", "I say that as": the speaking verb right before "as", or before "that / this / it".
    const before = keys[k - 1] ?? '';
    const object = before === 'that' || before === 'this' || before === 'it';
    return SPEAKING.has(object ? (keys[k - 2] ?? '') : before);
  }
  return false;
}

/**
 * "Jo Cox was murdered doing her job. Remember her today", "David Amess was killed at his surgery. MPs
 * need better protection": a murdered MP remembered, not the murder held up as an example. Only for
 * the phrases that name them; not when the post approves ("Jo Cox was first", "Amess's killer was a
 * hero", "another Jo Cox moment"), speaks to someone, or warns ("Remember that, Imogen") —
 * lexicons/guards.json `mourning`, `approval`.
 */
export function remembersMurderedMp(ctx: Context, rule: string): boolean {
  if (!rule.includes('cox') && !rule.includes('amess')) return false;
  const { mourning, approval, secondPerson, possessive2 } = ctx.lex.sets;
  let mourns = false;
  for (let t = 0; t < ctx.tok.count; t++) {
    const k = ctx.tok.keys[t] ?? '';
    if (approval.has(k) || secondPerson.has(k) || possessive2.has(k)) return false;
    // "Remember that, Imogen", "remember what happened to her": a warning, not a memorial.
    const next = ctx.tok.keys[t + 1];
    if (k === 'remember' && (next === 'that' || next === 'what')) return false;
    if (mourning.has(k)) mourns = true;
  }
  return mourns;
}

/** What a post of solidarity tells rather than does: an attack, a threat, where someone lives. */
export const SOLIDARITY_APPLIES = new Set(['threat', 'harm_incitement', 'doxxing', 'self_harm']);
/** The writer's own intent in a hit's clause ("I'll", "we'd", "gonna"): not told, done. */
const INTENT_AUX = new Set(['ill', 'well', 'id', 'wed', 'gonna', 'gunna', 'will', 'shall']);

/**
 * Words that undo the solidarity: approval of the attack or a call for more ("Nobody deserves that?
 * She deserves worse. Someone should burn her house down", "whoever torched her car deserves a medal", "Next one goes through his head",
 * "Solidarity with the lads who smashed her office up. More of this", "hope shes ok lol").
 */
const SPOILERS = new Set([
  'should',
  'shouldve',
  'must',
  'deserves',
  'deserve',
  'deserved',
  'medal',
  'hero',
  'heroes',
  'more',
  'next',
  'finish',
  'lol',
  'lmao',
  '😂',
  '🤣',
  '😉',
  '😘',
]);

/**
 * The post stands with the person or reports the abuse: "Sending love to Cllr Marsh after her car was
 * set alight on her own drive. Nobody deserves that", "I've reported the account that's been posting
 * photos of her car outside her kids' school" (lexicons/guards.json `solidarity`). Not when a word
 * outside those phrases approves of the attack or calls for more (SPOILERS).
 */
export function standsWith(ctx: Context): boolean {
  const { solidarity, secondPerson } = ctx.lex.sets;
  const keys = ctx.tok.keys;
  let stands = false;
  // Tokens up to here belong to a matched phrase ("nobody deserves that" is not approval).
  let phraseEnd = -1;
  for (let t = 0; t < ctx.tok.count; t++) {
    const candidates = solidarity.get(keys[t] ?? '');
    // "I have reported you to the police three times": reporting the person, not standing with them.
    const p = candidates?.find(
      (p) => p.every((w, i) => keys[t + i] === w) && !secondPerson.has(keys[t + p.length] ?? ''),
    );
    if (p) {
      stands = true;
      phraseEnd = Math.max(phraseEnd, t + p.length);
    }
    // Quoted words are the abuse being reported ("'He should be strung up'? Really?").
    if (t >= phraseEnd && ctx.quoted[t] === 0 && SPOILERS.has(keys[t] ?? '')) return false;
  }
  return stands;
}

/**
 * In such a post, a hit is something told when nobody is spoken to and the writer states no intent in
 * its clause ("…her car was set alight outside her house"); "hope they catch whoever did it, we'll find
 * your house first" is still a threat. Quoted words are told whatever their person ("'I'll put you in
 * hospital' gets you a criminal record").
 */
export function toldInSolidarity(ctx: Context, from: number, ts: number, te: number): boolean {
  if (ctx.quoted[ts] === 1) return true;
  const { secondPerson, possessive2 } = ctx.lex.sets;
  for (let k = from; k < te; k++) {
    const w = ctx.tok.keys[k] ?? '';
    if (secondPerson.has(w) || possessive2.has(w)) return false;
    if (INTENT_AUX.has(w)) return false;
  }
  return true;
}
