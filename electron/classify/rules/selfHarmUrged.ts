import type { Context } from '../context';
import { clauseStart as clauseStart_IMPORT, sentenceStart as sentenceStart_IMPORT } from '../guards';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';
import { ORDERED_PEOPLE as ORDERED_PEOPLE_IMPORT } from './orders';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const sentenceStart = sentenceStart_IMPORT;
const windowHas = windowHas_IMPORT;
const span = ruleHit_IMPORT;
const clauseStart = clauseStart_IMPORT;
const ORDERED_PEOPLE = ORDERED_PEOPLE_IMPORT;

/** Verbs of self-harm the person is told to do to themselves: "She should just choke herself". */
export const SELF_HARM_VERBS = new Set([
  'kill',
  'hang',
  'shoot',
  'choke',
  'drown',
  'stab',
  'strangle',
  'poison',
  'gas',
  'burn',
  'neck',
]);
/** Their past forms, for what the person "should have done" or "hasn't done yet". */
const SELF_HARM_PAST = new Set([
  'killed',
  'hanged',
  'hung',
  'shot',
  'choked',
  'drowned',
  'stabbed',
  'strangled',
  'poisoned',
  'gassed',
  'burned',
  'burnt',
  'necked',
]);
export const REFLEXIVES = new Set([
  'herself',
  'himself',
  'themselves',
  'yourself',
  'yourselves',
  'urself',
  'themself',
]);
/** After the reflexive, the figure of speech: "hang himself out to dry", "beat herself up", "in the foot". */
const SELF_FIGURATIVE = new Set(['out', 'up', 'off', 'laughing', 'silly', 'stupid']);

/** Whether the self-harm verb at v and its reflexive are a figure of speech ("shot himself in the foot"). */
export function figurativeSelfHarm(ctx: Context, v: number): boolean {
  const keys = ctx.tok.keys;
  const after = keys[v + 2] ?? '';
  return SELF_FIGURATIVE.has(after) || (after === 'in' && keys[v + 4] === 'foot');
}

/** Who is asked to tell them: "someone tell him…", wherever it stands ("lmao someone tell him…"). */
const SOMEONE = new Set(['someone', 'somebody', 'everyone', 'everybody']);
/**
 * Words that may open the clause before an order to tell ("please tell her…", "just go and tell
 * him…"): fewer than rules/orders.ts allows before an order to harm, as the rule was measured.
 */
const TELLERS = new Set(['pls', 'please', 'go', 'and', 'just', 'so', 'now']);
/** "Still waiting", "why hasn't he": what makes "…killed himself yet" a wish, not a report. */
const YET_OPENERS = new Set(['why', 'how', 'imagine', 'waiting']);
/** The negations of "…killed himself yet" ("haven't", "not having"), which the negator list leaves out. */
const NOT_DONE = new Set(['havent', 'hasnt', 'hadnt', 'not', 'aint', 'still']);

/**
 * Self-harm urged on someone in the forms the modal rule (rules/callToHarm.ts) does not read:
 *  - an order to pass it on: "someone tell him to kill himself", "tell her to go and hang herself"
 *    (not "you're not allowed to tell her to kill herself", nor "accounts telling her to…": the
 *    order must open its clause);
 *  - what the person should have done: "you should've drowned yourself in that reservoir";
 *  - impatience that they have not: "why haven't you killed yourself yet", "imagine not having
 *    killed yourself yet" (not "he hasn't shot himself in the foot yet").
 * Counter-speech and reports ("reported every account telling her to…") are left to the guards.
 */
export function selfHarmUrgedRules(ctx: Context, hits: RuleHit[]): void {
  if (!ctx.norm.text.includes('sel')) return;
  const { keys, count } = ctx.tok;
  for (let r = 1; r < count; r++) {
    if (!REFLEXIVES.has(keys[r] ?? '')) continue;
    const v = r - 1;
    const verb = keys[v] ?? '';
    const past = SELF_HARM_PAST.has(verb);
    if ((!past && !SELF_HARM_VERBS.has(verb)) || figurativeSelfHarm(ctx, v)) continue;
    const hit = past ? (shouldHave(ctx, v) ?? notYet(ctx, v)) : (toldTo(ctx, v) ?? notYet(ctx, v));
    if (hit) {
      hits.push(hit);
      return;
    }
  }
}

/** "tell him to (go and) kill himself" at the start of its clause, or after "someone". */
function toldTo(ctx: Context, v: number): RuleHit | null {
  const keys = ctx.tok.keys;
  let k = v - 1;
  if (keys[k] === 'and' && keys[k - 1] === 'go') k -= 2;
  if (keys[k] !== 'to') return null;
  const who = k - 1;
  // Who is told: "tell her", "tell Aled", "tell @user".
  if (!ORDERED_PEOPLE.has(keys[who] ?? '') && ctx.person[who] !== 1) return null;
  const t = who - 1;
  if (keys[t] !== 'tell') return null;
  if (SOMEONE.has(keys[t - 1] ?? '')) return span('self_harm', 0.8, t - 1, v + 2, 'self_harm:tell-to-kill');
  const c = clauseStart(ctx, t);
  for (let j = c; j < t; j++) if (!TELLERS.has(keys[j] ?? '')) return null;
  if (t - c > 2) return null;
  return span('self_harm', 0.8, c, v + 2, 'self_harm:tell-to-kill');
}

/** "you should've drowned yourself", "he should have hanged himself". */
function shouldHave(ctx: Context, v: number): RuleHit | null {
  const keys = ctx.tok.keys;
  let m = v - 1;
  if (keys[m] === 'just') m--;
  if (keys[m] === 'have') m--;
  else if (keys[m] !== 'shouldve') return null;
  if (keys[m] !== 'should' && keys[m] !== 'shouldve') return null;
  if (windowHas(ctx, ctx.lex.sets.negators, Math.max(0, m - 2), v)) return null;
  return span('self_harm', 0.8, Math.max(sentenceStart(ctx, m), m - 3), v + 2, 'self_harm:should-have');
}

/** "why hasn't he killed himself yet", "imagine not having killed yourself yet". */
function notYet(ctx: Context, v: number): RuleHit | null {
  const keys = ctx.tok.keys;
  if (keys[v + 2] !== 'yet') return null;
  const s = Math.max(sentenceStart(ctx, v), v - 8);
  if (!windowHas(ctx, NOT_DONE, s, v) || !windowHas(ctx, YET_OPENERS, s, v)) return null;
  return span('self_harm', 0.8, s, v + 3, 'self_harm:not-yet');
}
