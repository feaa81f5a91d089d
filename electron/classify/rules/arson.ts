import type { Context } from '../context';
import { sentenceEnd as sentenceEnd_IMPORT, windowHas as windowHas_IMPORT } from '../tokenWindow';
import type { RuleHit } from './hit';

// Module-local binding (tsx/vitest compile imports to getters called on every use).
const windowHas = windowHas_IMPORT;
const sentenceEnd = sentenceEnd_IMPORT;

/**
 * A fire set to someone's car, home or office with them inside, however it is worded: "your car's
 * getting torched with you sat in it", "we're gonnae burn the office doon, an if yer in it, that's yer
 * lookoot", "be a pity if the hub had a fire in the night with her in it", "target is the office, with
 * Ledgard inside". Needs a fire word within two sentences of "with / while / if … you / her / a name …
 * in it / inside". The rule guards itself (the general guards would read "getting torched" as
 * reported speech): not negated, not a figure ("burning through money"), not the writer ("with me in
 * it"), not nobody ("thankfully no one was inside"), not news of a fire (firefighters, police, "was
 * firebombed") or sympathy after one.
 */
export const FIRE = new Set([
  'burn',
  'burning',
  'burnt',
  'burned',
  'torch',
  'torched',
  'torching',
  'fire',
  'flames',
  'alight',
  'ablaze',
  'petrol',
  'unleaded',
  'lighter',
  'firebomb',
  'firebombed',
  'molotov',
  // "one rag through the letterbox and it'll go up quick"
  'rag',
  'rags',
]);
const LINKS = new Set(['with', 'wi', 'while', 'whilst', 'when', 'if', 'and']);
const PEOPLE = new Set([
  'you',
  'ye',
  'yer',
  'u',
  'youre',
  'ur',
  'him',
  'her',
  'them',
  'he',
  'she',
  'hes',
  'shes',
  'theyre',
]);
/** Between the person and "in it": "sat", "was", "still", "asleep". */
const BETWEEN = new Set([
  'sat',
  'sitting',
  'was',
  'were',
  'is',
  'are',
  'still',
  'asleep',
  'stuck',
  'locked',
  'working',
  'belted',
  'strapped',
  'tucked',
]);
/** A fire told as news or an accident: who put it out, who was rescued, who was arrested. */
const NEWS = new Set([
  'firefighters',
  'firefighter',
  'brigade',
  'police',
  'rescued',
  'arrested',
  'charged',
  'court',
  'jailed',
  'sentenced',
  'thankfully',
  'safely',
]);

/** Sympathy for someone whose home was attacked: "solidarity", "thoughts are with", "horrific". */
const SYMPATHY = new Set([
  'solidarity',
  'thoughts',
  'sending',
  'horrific',
  'appalling',
  'disgusting',
  'vile',
  'heartbreaking',
  'terrifying',
  'shocking',
  'condemn',
  'condemned',
  'shaken',
]);
const PAST = new Set(['was', 'were', 'been', 'got']);
const HYPOTHETICAL = new Set(['if', 'would', 'wouldnt', 'gonna', 'gonnae', 'will', 'ill', 'well', 'next']);

/** "burning through money", "burnt out", "burning bridges": figures of speech. */
const FIGURE = new Set(['through', 'out', 'bridges', 'money', 'cash', 'midnight', 'rubber']);

/** Fire-safety advice: "fire safety", "fire prevention", extinguishers, detectors. */
const FIRE_SAFETY = new Set(['extinguisher', 'extinguishers', 'detector', 'detectors']);
function fireSafety(keys: string[], count: number): boolean {
  for (let k = 0; k < count; k++) {
    const w = keys[k] ?? '';
    if (FIRE_SAFETY.has(w)) return true;
    if ((w === 'safety' || w === 'prevention') && keys[k - 1] === 'fire') return true;
  }
  return false;
}

/** A past act told as news: "the petrol poured through his letterbox". */
const DONE = new Set([
  'poured',
  'pushed',
  'put',
  'posted',
  'shoved',
  'stuffed',
  'thrown',
  'was',
  'were',
  'been',
]);

/**
 * Fire through someone's letterbox: "Petrol through the letterbox tonight. Sleep well Fiona 🔥", "one
 * rag through the letterbox and it'll go up quick", "That letterbox of his takes a rag and a lighter
 * nicely". The fire word within six words of the letterbox, in its sentence; not told as news or met
 * with sympathy ("shaken hearing about the petrol poured through his letterbox").
 */
function throughTheLetterbox(ctx: Context, hits: RuleHit[]): boolean {
  const { keys, count } = ctx.tok;
  for (let j = 0; j < count; j++) {
    const w = keys[j] ?? '';
    if (w !== 'letterbox' && w !== 'letterboxes') continue;
    let fire = -1;
    // Within six words either side, or in the next sentence ("Letterbox is a lovely wide one at
    // yours. Fits a rag and a bit of petrol perfect").
    const after = Math.max(j + 7, Math.min(count, sentenceEnd(ctx, sentenceEnd(ctx, j) + 1)));
    for (let f = Math.max(0, j - 6); f < Math.min(count, after) && fire < 0; f++)
      if (FIRE.has(keys[f] ?? '') && f !== j) fire = f;
    if (fire < 0 || negatedBefore(ctx, fire)) continue;
    if (toldAsNews(ctx)) return false;
    // "Fire safety week: is your letterbox fitted with a guard?": advice about fires, not a fire.
    if (fireSafety(keys, count)) return false;
    if (DONE.has(keys[fire + 1] ?? '') && !windowHas(ctx, HYPOTHETICAL, 0, count)) return false;
    hits.push({
      category: 'threat',
      score: 0.8,
      tokStart: Math.min(fire, j),
      tokEnd: Math.max(fire, j) + 1,
      rule: 'threat:fire-through-letterbox',
      guarded: true,
    });
    return true;
  }
  return false;
}

/** The verbs of setting a fire, for "we'll burn it and you". */
const SET_ALIGHT = new Set(['burn', 'torch', 'firebomb', 'petrol']);

/**
 * "Back the asylum hotel and we'll burn it AND you", "torch the office an ye": the person added to
 * what is set alight, at the end of the sentence. Not negated, news or sympathy.
 */
function burnItAndYou(ctx: Context, hits: RuleHit[]): boolean {
  const { keys, count } = ctx.tok;
  for (let f = 0; f < count; f++) {
    if (!SET_ALIGHT.has(keys[f] ?? '')) continue;
    for (let k = f + 2; k <= f + 4 && k < count; k++) {
      const and = keys[k - 1];
      if ((and !== 'and' && and !== 'an' && and !== 'n') || !PEOPLE.has(keys[k] ?? '')) continue;
      if (sentenceEnd(ctx, k) !== k + 1 && keys[k + 1] !== '@user' && keys[k + 1] !== 'too') continue;
      if (negatedBefore(ctx, f) || toldAsNews(ctx)) return false;
      hits.push({
        category: 'threat',
        score: 0.8,
        tokStart: f,
        tokEnd: k + 1,
        rule: 'threat:fire-with-person-inside',
        guarded: true,
      });
      return true;
    }
  }
  return false;
}

export function arsonRules(ctx: Context, hits: RuleHit[]): void {
  if (throughTheLetterbox(ctx, hits) || burnItAndYou(ctx, hits)) return;
  const { keys, count } = ctx.tok;
  for (let j = 2; j < count; j++) {
    const w = keys[j] ?? '';
    // "in it", "in there", "in bed", or "in" ending its sentence ("with you still belted in").
    const inside =
      w === 'inside' ||
      (w === 'in' &&
        (keys[j + 1] === 'it' ||
          keys[j + 1] === 'there' ||
          keys[j + 1] === 'bed' ||
          sentenceEnd(ctx, j) === j + 1 ||
          keys[j + 1] === '@user'));
    if (!inside) continue;
    let k = j - 1;
    while (k > 0 && BETWEEN.has(keys[k] ?? '')) k--;
    // the person, then the link before them: "with you", "if yer", "with Ledgard", "while he"
    if (!PEOPLE.has(keys[k] ?? '') && ctx.person[k] !== 1) continue;
    if (!LINKS.has(keys[k - 1] ?? '')) continue;
    let fire = -1;
    for (let f = Math.max(0, j - 30); f < Math.min(count, j + 10) && fire < 0; f++)
      if (FIRE.has(keys[f] ?? '')) fire = f;
    if (fire < 0) continue;
    // "she was on fire at PMQs": an idiom for doing well.
    // (Not when the person comes straight after: "on fire with you still belted in".)
    const onFire = keys[fire] === 'fire' && keys[fire - 1] === 'on' && k - 1 !== fire + 1;
    if (onFire || negatedBefore(ctx, fire) || FIGURE.has(keys[fire + 1] ?? '')) return;
    if (toldAsNews(ctx)) return;
    // "her office was firebombed while she was inside": a past attack, unless wished ("if", "would").
    if (PAST.has(keys[fire - 1] ?? '') && !windowHas(ctx, HYPOTHETICAL, 0, count)) return;
    // Its own guards above: the general ones would read "getting torched" as reported speech.
    hits.push({
      category: 'threat',
      score: 0.8,
      tokStart: Math.min(fire, k - 1),
      tokEnd: Math.max(fire, j) + 1,
      rule: 'threat:fire-with-person-inside',
      guarded: true,
    });
    return;
  }
}

/** A fire told as news or met with sympathy (NEWS, SYMPATHY anywhere in the post). */
function toldAsNews(ctx: Context): boolean {
  const count = ctx.tok.count;
  return windowHas(ctx, NEWS, 0, count) || windowHas(ctx, SYMPATHY, 0, count);
}

/** "I'd never burn anyone's house": a negator in the three words before the fire word. */
function negatedBefore(ctx: Context, t: number): boolean {
  for (let k = Math.max(0, t - 3); k < t; k++)
    if (ctx.lex.sets.negators.has(ctx.tok.keys[k] ?? '')) return true;
  return false;
}
