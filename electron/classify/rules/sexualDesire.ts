import type { Context } from '../context';
import { clauseBreakBefore as clauseBreakBefore_IMPORT } from '../guards';
import { W_SEX as W_SEX_IMPORT } from '../wordFlags';
import { ruleHit, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const clauseBreakBefore = clauseBreakBefore_IMPORT;
const W_SEX = W_SEX_IMPORT;

/**
 * The writer's sexual intent towards a person, the commonest sexualised abuse of women MPs: "I'd
 * happily nail her", "wanna ride her", "Would pound her all night", "I'd tap that". The writer's
 * desire ("I'd", "I would", "wanna", "would" opening the post), at most two softeners ("happily",
 * "absolutely"), a sexual verb and the person. Verbs with an everyday sense ("nail her on the detail",
 * "smash him at the polls", "ride her coattails") count only when nothing follows the person but the
 * end of the clause or a sexual intensifier ("all night", "senseless", "from behind").
 */
export const SEX_VERBS = new Set([
  'shag',
  'bang',
  'rail',
  'plough',
  'plow',
  'pipe',
  'tap',
  'nail',
  'smash',
  'ride',
  'pound',
  'hit',
]);
/** Verbs that are sexual whatever follows ("I'd rail her at conference" is still about sex). */
const ALWAYS_SEXUAL = new Set(['shag', 'rail', 'plough', 'plow', 'pipe']);
/** Only with "that" as the object ("I'd hit that", "would tap that"). */
const THAT_ONLY = new Set(['hit', 'tap']);
const SOFTENERS = new Set([
  'happily',
  'absolutely',
  'totally',
  'definitely',
  'defo',
  'deffo',
  'still',
  'just',
  'gladly',
  'really',
  'so',
  'proper',
  'properly',
  'love',
  'like',
  'to',
  'well',
  'fully',
]);
/** After the person, what keeps an everyday verb sexual: "all night", "senseless", "from behind". */
const INTENSIFIERS = new Set([
  'all',
  'senseless',
  'hard',
  'raw',
  'from',
  'till',
  'until',
  'silly',
  'rotten',
  'stupid',
  'good',
  'proper',
  'properly',
  'so',
  'into',
  'like',
]);
/** "bang her up" (in jail), "bang him to rights", "hit her with the facts": not sexual. */
const NOT_AFTER = new Set([
  'up',
  'out',
  'down',
  'off',
  'to',
  'with',
  'on',
  'at',
  'in',
  'over',
  'for',
  'about',
]);

/**
 * Where the writer's desire before the verb at v starts ("I'd", "I would", "wanna", "I want to",
 * "would" opening the post, with up to three softeners between), or -1.
 */
function desireBefore(ctx: Context, v: number): number {
  const { keys } = ctx.tok;
  let k = v - 1;
  let softeners = 0;
  while (k >= 0 && softeners < 3 && SOFTENERS.has(keys[k] ?? '')) {
    k--;
    softeners++;
  }
  const w = keys[k] ?? '';
  if (w === 'id' || w === 'wanna' || w === 'gonna') return k;
  if ((w === 'would' || w === 'will') && keys[k - 1] === 'i') return k - 1;
  if (w === 'want' && keys[k - 1] === 'i') return k - 1;
  if (w === 'would' && k === 0) return k;
  return -1;
}

export function sexualDesireRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let v = 1; v < count; v++) {
    const verb = keys[v] ?? '';
    if ((ctx.flagsAt(v) & W_SEX) === 0 || !SEX_VERBS.has(verb)) continue;
    const o = keys[v + 1] ?? '';
    // A name only with the plainly sexual verbs: "I'd smash Rayner" may be a debate.
    const person = o === 'her' || o === 'him' || (ctx.person[v + 1] === 1 && ALWAYS_SEXUAL.has(verb));
    if (THAT_ONLY.has(verb) ? o !== 'that' : !person && !(o === 'that' && verb === 'smash')) continue;
    const from = desireBefore(ctx, v);
    if (from < 0) continue;
    const next = keys[v + 2] ?? '';
    const ended = v + 2 >= count || clauseBreakBefore(ctx, v + 2);
    if (!ended && NOT_AFTER.has(next)) continue;
    if (!ALWAYS_SEXUAL.has(verb) && !THAT_ONLY.has(verb) && !ended && !INTENSIFIERS.has(next)) continue;
    hits.push(ruleHit('sexualised', 0.8, from, v + 2, `sexualised:desire-${verb}`));
    return;
  }
}
