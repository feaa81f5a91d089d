import type { Context } from '../context';
import { addressedInPost as addressedInPost_IMPORT } from '../guards';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { W_MENACE as W_MENACE_IMPORT } from '../wordFlags';
import { indexByAnchor, phraseAt as phraseAt_IMPORT } from './anchoredPhrases';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const addressedInPost = addressedInPost_IMPORT;
const windowHas = windowHas_IMPORT;
const span = ruleHit_IMPORT;
const W_MENACE = W_MENACE_IMPORT;
const phraseAt = phraseAt_IMPORT;

/**
 * A menace told to the person, with no threat verb at all: an outcome they will not come back from
 * ("you won't be walking out", "leaving in one piece", "you'll be sorry", "sleep well"), a time or an
 * occasion ("next time you're in the Crown", "Thursday", "tonight") and someone spoken to (a
 * second-person word or an @mention). The three together make a threat; each alone is ordinary talk, so the rule needs all of them in one post, and none of it in a post
 * about elections ("we'll be waiting at the ballot box next May, you won't be getting back in").
 * Negation, quotation, reporting and condemnation are judged by the guards as for every rule.
 */
const OUTCOMES = [
  // Not getting away unharmed.
  'in one piece',
  'wont be walking',
  'wont be walkin',
  'wont walk away',
  'not walk ome',
  'wont walk home',
  'wont walk ome',
  'wont walk out',
  'wont be leaving',
  'wont be leavin',
  'wont leave on',
  'wont be getting up',
  'wont get up',
  'wont be going home',
  'wont make it home',
  'wont reach',
  'not leaving on your own',
  'on a stretcher',
  'in a body bag',
  'in a bodybag',
  'feet first',
  'face down',
  // Warnings that something is coming.
  'be sorry',
  'regret it',
  'regret this',
  'gonna regret',
  'sleep well',
  'sleep tight',
  'sweet dreams',
  'whats coming',
  'whats comin',
  'keep your curtains',
  'keep ur curtains',
  'lock your doors',
  'lock ur doors',
  'check your brakes',
  'check under your car',
  'look over your shoulder',
  // Company brought along for it.
  'bringing the lads',
  'bringin the lads',
  'with me mates',
  'wi me mates',
  'me cousins',
].map((p) => p.split(' '));

/** Days of the week, one and every: a time in this rule and in rules/intimidation.ts. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
].flatMap((d) => [d, `${d}s`]);

/** A time or an occasion to come. */
const TIMES = [
  'next time',
  'next week',
  'next month',
  'this week',
  'this weekend',
  'one day',
  'one night',
  'some night',
  'one of these days',
  'at night',
  'when youre',
  'when ur',
  'when yer',
  'when ye',
  'when you',
  'when u',
  'tonight',
  'tomorrow',
  // Scots and Geordie "tomorrow"
  'the morra',
  'the morn',
  'soon',
  'weekend',
  'neet',
  'till',
  'until',
  ...WEEKDAYS,
].map((p) => p.split(' '));

/**
 * Each outcome is found from its longest word (ties: the later one), which opens this rule through the
 * word-table flag W_MENACE: "in", "be" and "with" would wake it on almost every post.
 */
const BY_ANCHOR = indexByAnchor(
  OUTCOMES.map((p): [string[], null] => [p, null]),
  (w) => w.length,
);
export const MENACE_WORDS = [...BY_ANCHOR.keys()];

const TIME_BY_FIRST = new Map<string, string[][]>();
for (const p of TIMES) TIME_BY_FIRST.set(p[0]!, [...(TIME_BY_FIRST.get(p[0]!) ?? []), p]);

/** A time phrase anywhere in the post. */
function hasTime(keys: string[], count: number): boolean {
  for (let t = 0; t < count; t++) {
    const candidates = TIME_BY_FIRST.get(keys[t] ?? '');
    if (candidates?.some((p) => phraseAt(keys, t, p))) return true;
  }
  return false;
}

export function menaceRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  let from = -1;
  let to = -1;
  for (let t = 0; t < count && from < 0; t++) {
    if ((ctx.flagsAt(t) & W_MENACE) === 0) continue;
    for (const { phrase, at } of BY_ANCHOR.get(keys[t] ?? '') ?? []) {
      if (!phraseAt(keys, t - at, phrase)) continue;
      from = t - at;
      to = from + phrase.length;
      break;
    }
  }
  if (from < 0 || !addressedInPost(ctx) || !hasTime(keys, count)) return;
  if (windowHas(ctx, ctx.lex.sets.electoral, 0, count)) return;
  hits.push(span('threat', 0.6, from, to, 'threat:menace'));
}
