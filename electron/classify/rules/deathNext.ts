import type { Context } from '../context';
import { clauseBreakBefore as clauseBreakBefore_IMPORT, clauseStart as clauseStart_IMPORT } from '../guards';
import { wordList } from '../wordLists';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const clauseBreakBefore = clauseBreakBefore_IMPORT;
const clauseStart = clauseStart_IMPORT;
const span = ruleHit_IMPORT;

/**
 * After a politician's death, the wish or the promise that others follow: "RIP Pannell. Okonkwo
 * next", "ding dong. do the rest of them next", "enjoy the funeral ayesha. next one might be yours",
 * "hope the rest of them go the same way", "Sad about her dad. Sadder it wasn't her.", "Pannell got
 * lucky going in his sleep. Ayesha won't be so lucky." Only in a post about a death (a funeral, a
 * coffin, "RIP", "died"): "Okonkwo next" alone may be a running order, and "who's next for the seat"
 * is a by-election. Condolences that quote such replies to condemn them are set aside by the guards.
 */
const DEATH = wordList([
  'died',
  'dead',
  'death',
  'dies',
  'funeral',
  'funerals',
  'rip',
  'coffin',
  'crematorium',
  'crem',
  'hearse',
  'obituary',
  'grave',
  'buried',
  'passed',
  'wake',
  'eulogy',
  'cortege',
]);
/** Who may be next: "the rest of them", "the others", "the cabinet", "her", a name. */
const REST = new Set(['rest', 'others', 'cabinet', 'them', 'her', 'him', 'you', 'u', 'yours', 'ones']);
/** "next one might be yours", "next funeral could be hers". */
const MAY_BE = new Set(['might', 'could', 'will', 'may', 'should', 'll']);
const WHOSE = new Set(['yours', 'hers', 'his', 'you', 'her', 'him', 'theirs']);
/** "Sadder it wasn't her", "shame it wasn't him": the death wished on another. */
const SADDER = new Set(['sadder', 'shame', 'pity', 'wish', 'shouldve', 'gutted']);

function someoneAt(ctx: Context, k: number): boolean {
  return REST.has(ctx.tok.keys[k] ?? '') || ctx.person[k] === 1;
}

/** Before "next" at a clause's start, no one: "Up next", "Who's next", "What next". */
const NOT_WHO = new Set([
  'up',
  'whos',
  'who',
  'what',
  'whats',
  'coming',
  'and',
  'then',
  'me',
  'us',
  'we',
  'i',
]);
/** A running order ("Okonkwo speaks first, Mistry next"): "first", "then" or "after" shortly before. */
function runningOrder(ctx: Context, t: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = Math.max(0, t - 8); k < t; k++)
    if (keys[k] === 'first' || keys[k] === 'then' || keys[k] === 'after' || keys[k] === 'followed')
      return true;
  return false;
}

/** The end of a "next" wish that starts near token t, or -1. */
function nextWished(ctx: Context, t: number): number {
  const keys = ctx.tok.keys;
  const w = keys[t] ?? '';
  const count = ctx.tok.count;
  // "Okonkwo next", "do the rest of them next", "you next": the clause ends at "next".
  if (w === 'next' && (t + 1 >= count || clauseBreakBefore(ctx, t + 1)) && !runningOrder(ctx, t)) {
    // a name opening the clause counts too ("RIP Pannell. Okonkwo next"), as names at a sentence's
    // start are not marked
    const alone = clauseStart(ctx, t - 1) === t - 1 && !NOT_WHO.has(keys[t - 1] ?? '');
    if (someoneAt(ctx, t - 1) || alone) return t + 1;
  }
  // "next one might be yours", "the next funeral could be hers"
  if (w === 'next' && (keys[t + 1] === 'one' || keys[t + 1] === 'funeral')) {
    const m = keys[t + 2] === 's' ? t + 3 : t + 2;
    if (MAY_BE.has(keys[m] ?? '') && keys[m + 1] === 'be' && WHOSE.has(keys[m + 2] ?? '')) return m + 3;
  }
  // "the rest of them go the same way", "his cabinet went the same way"
  if (w === 'same' && keys[t + 1] === 'way' && keys[t - 1] === 'the') {
    for (let k = t - 3; k >= Math.max(0, t - 7); k--) if (someoneAt(ctx, k)) return t + 2;
  }
  // "…won't be so lucky"
  if (w === 'lucky' && keys[t - 1] === 'so' && keys[t - 2] === 'be' && keys[t - 3] === 'wont') return t + 1;
  return -1;
}

/**
 * "Sadder it wasn't her", "shame it wasnt him": a death or a harm wished on another, in any post (the
 * sentence ends with the person: "shame it wasn't him who won" is no wish).
 */
function wishedItWasThem(ctx: Context, t: number, hits: RuleHit[]): boolean {
  const { keys, count } = ctx.tok;
  if (t < 2 || keys[t - 1] !== 'it' || !SADDER.has(keys[t - 2] ?? '')) return false;
  if (!WHOSE.has(keys[t + 1] ?? '') || !(t + 2 >= count || clauseBreakBefore(ctx, t + 2))) return false;
  hits.push(span('harm_incitement', 0.8, t - 2, t + 2, 'harm:wished-it-was-them'));
  return true;
}

export function deathNextRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  // One pass over the post (this runs on every post): each "wasn't" tried as a wish on another, and
  // whether the post is about a death at all.
  let death = false;
  for (let t = 0; t < count; t++) {
    if (keys[t] === 'wasnt' && wishedItWasThem(ctx, t, hits)) return;
    if (!death) death = ctx.tokenIn(t, DEATH);
  }
  if (!death) return;
  for (let t = 1; t < count; t++) {
    const end = nextWished(ctx, t);
    if (end < 0) continue;
    const threat =
      ctx.tok.keys[t] === 'lucky' || ctx.tok.keys[t + 1] === 'one' || ctx.tok.keys[t + 1] === 'funeral';
    hits.push(span(threat ? 'threat' : 'harm_incitement', 0.8, Math.max(0, t - 3), end, 'harm:death-next'));
    return;
  }
}
