import type { Context } from '../context';
import { sentenceEnd as sentenceEnd_IMPORT, sentenceStart as sentenceStart_IMPORT } from '../guards';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const sentenceEnd = sentenceEnd_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const span = ruleHit_IMPORT;

/**
 * A fate held out to the person, in two old forms:
 *  - something "with your name on it": "got a rope with your name on it, Feldmann", "there's a bullet
 *    with his name on it" (a weapon or a grave; not "a ballot paper" or "a cell with your name on it");
 *  - what another member got: "you'll get what that MP in Yorkshire got", "can't wait for her to get
 *    what that councillor in Eddleston got" — told to them (a threat) or wished (wishing harm); not
 *    "she got what the last minister got: the sack" said of a career, which has no future or wish.
 */
const NAMED_FOR = new Set([
  'rope',
  'noose',
  'bullet',
  'bullets',
  'knife',
  'blade',
  'brick',
  'grave',
  'coffin',
  'spade',
  'shovel',
  'petrol',
  'hammer',
  'bat',
  'axe',
  'machete',
  'shotgun',
  'gun',
]);
const OWNERS = new Set(['your', 'ur', 'yer', 'his', 'her', 'their']);
/** Who the earlier victim was: "that MP", "the councillor in Eddleston", "that lad at the surgery". */
const MEMBERS = new Set([
  'mp',
  'mps',
  'councillor',
  'cllr',
  'member',
  'minister',
  'msp',
  'ms',
  'mla',
  'politician',
]);
/** Told as what will happen: "you'll get", "you're gonna get". */
const WILL = new Set(['youll', 'ull', 'will', 'gonna', 'gunna', 'going']);
/** Wished: "can't wait for her to get", "hope he gets", "deserves to get". */
const WISHED = new Set(['hope', 'hoping', 'wait', 'deserves', 'deserve', 'should', 'pray', 'praying']);
/** Words that open these rules (word-table flags). */
export const FATE_WORDS = ['name', 'what'];

export function fateRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 1; t < count; t++) {
    const w = keys[t] ?? '';
    if (w === 'name' && keys[t + 1] === 'on' && keys[t + 2] === 'it' && namedFor(ctx, t, hits)) return;
    if (w === 'what' && (keys[t - 1] === 'get' || keys[t - 1] === 'gets') && sameFate(ctx, t, hits)) return;
  }
}

/** "… a rope with your name on it": the object within four words before "with <owner> name". */
function namedFor(ctx: Context, t: number, hits: RuleHit[]): boolean {
  const keys = ctx.tok.keys;
  if (!OWNERS.has(keys[t - 1] ?? '') || keys[t - 2] !== 'with') return false;
  for (let k = t - 3; k >= Math.max(0, t - 7); k--) {
    if (!NAMED_FOR.has(keys[k] ?? '')) continue;
    hits.push(span('threat', 0.8, k, t + 3, `threat:named-for-${keys[k] ?? ''}`));
    return true;
  }
  return false;
}

/** "get what that MP in Yorkshire got": a member, then "got", before the sentence ends. */
function sameFate(ctx: Context, t: number, hits: RuleHit[]): boolean {
  const keys = ctx.tok.keys;
  const end = Math.min(sentenceEnd(ctx, t), t + 8);
  let member = false;
  let got = -1;
  for (let k = t + 1; k < end && got < 0; k++) {
    if (MEMBERS.has(keys[k] ?? '')) member = true;
    else if (member && keys[k] === 'got') got = k;
  }
  if (got < 0) return false;
  const from = sentenceStart(ctx, t);
  let kind: 'threat' | 'harm_incitement' | null = null;
  for (let k = t - 2; k >= Math.max(from, t - 8) && !kind; k--) {
    const w = keys[k] ?? '';
    if (WILL.has(w)) kind = 'threat';
    else if (WISHED.has(w)) kind = 'harm_incitement';
  }
  if (!kind) return false;
  hits.push(span(kind, 0.8, t - 1, got + 1, 'threat:same-fate'));
  return true;
}
