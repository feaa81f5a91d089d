import type { Context } from '../context';
import { sentenceEnd as sentenceEnd_IMPORT, sentenceStart as sentenceStart_IMPORT } from '../guards';
import { anchorRank } from './cueScan';
import { indexByAnchor, phraseAt as phraseAt_IMPORT } from './anchoredPhrases';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';
import { standsWith as standsWith_IMPORT } from '../supportGuards';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const sentenceStart = sentenceStart_IMPORT;
const sentenceEnd = sentenceEnd_IMPORT;
const phraseAt = phraseAt_IMPORT;
const span = ruleHit_IMPORT;
const standsWith = standsWith_IMPORT;
const windowHas = windowHas_IMPORT;

/**
 * A politician's real misfortune gloated over as deserved, which glorifies harm as surely as wishing
 * it: "cllr sowerby's in intensive care after the crash. couldn't happen to a nicer bloke 😂", "heard
 * hebblethwaite's got parkinson's. hope it's the fast sort", "the minister who got stabbed is 'stable'.
 * shame.", "mcbride in hospital after being assaulted. popcorn out 🍿". Written for Bulwark from the
 * blind67 misses (tests/fixtures/classify/README.md).
 *
 * Two things in one post about someone (a name, or he / she): a misfortune (an illness, an injury,
 * an attack, a death in the family) and, in its sentence or the next two, a gloat ("couldn't happen
 * to a nicer", "good riddance", "karma", "the fast sort", "if only it was his neck"), or "gutted",
 * "shame" or "pity" straight after the news that they are recovering. Sympathy ("so sorry to hear",
 * "get well soon") and condemnation are set aside by the guards, as for every rule; "fingers crossed
 * for his op" names no misfortune here, and a "car crash interview" is no crash.
 */
const MISFORTUNES = [
  'cancer',
  'sepsis',
  'parkinsons',
  'dementia',
  'alzheimers',
  'motor neurone',
  'long covid',
  'a stroke',
  'heart attack',
  'heart condition',
  'dodgy liver',
  'aneurysm',
  'chemo',
  'intensive care',
  'in icu',
  'in hospital',
  'in the hospital',
  'in the ospital',
  'collapsed',
  'in a crash',
  'after the crash',
  'car accident',
  'was attacked',
  'been attacked',
  'got attacked',
  'was assaulted',
  'being assaulted',
  'after the assault',
  'after the attack',
  'after the stabbing',
  'after being attacked',
  'got stabbed',
  'was stabbed',
  'got battered',
  'got punched',
  'getting floored',
  'got floored',
  'broke both',
  'broke his',
  'broke her',
  'lost the baby',
  'lost her mum',
  'lost his mum',
  'lost her dad',
  'lost his dad',
  'wife died',
  'husband died',
  'passed away',
  'health reasons',
  'house burnt down',
  'house burned down',
];
const GLOATS = [
  'couldnt happen to a nicer',
  'couldnt have picked a better',
  'good riddance',
  'popcorn',
  '🍿',
  '🎻',
  'smallest violin',
  'switch the machines off',
  'pull the plug',
  'earned every',
  'serves him right',
  'serves her right',
  'first time ive smiled',
  'i was cheering',
  'karma',
  'the terminal kind',
  'the painful kind',
  'hope it spreads',
  'hope it hurts',
  'hope the damage is permanent',
  'wish itd been',
  'shouldve finished',
  'enjoy the grief',
  'nearly there',
  'the fast sort',
  'the fast kind',
  'never comes out',
];
/** Said right after the news that they will live, these regret it: "is 'stable'. shame." */
const REGRETS = new Set(['shame', 'gutted', 'pity', 'disappointing', 'damn']);
/** The news that they will live; the rarer of these words also open the rule (GLOAT_WORDS). */
const RECOVERY_NEWS = ['stable', 'recovering', 'survived', 'discharged'];
const RECOVERING = new Set([...RECOVERY_NEWS, 'survive', 'recover', 'pull']);

const MISFORTUNE_BY_ANCHOR = indexByAnchor(
  MISFORTUNES.map((p): [string[], null] => [p.split(' '), null]),
  anchorRank,
);
/** What a regret says the misfortune was not: "gutted it wasn't fatal", "shame it wasn't a bigger tumour". */
const NOT_FATAL = new Set(['fatal', 'terminal', 'worse', 'bigger', 'serious', 'deeper']);
/** "worse", "bigger" and "serious" only in a post about an illness or an injury. */
const ILLNESS = new Set([
  'tumour',
  'tumor',
  'cancer',
  'stroke',
  'heart',
  'crash',
  'accident',
  'attack',
  'injury',
  'injuries',
]);

/** Who or what "wasn't" fatal: "it", "he", "she". */
const SUBJECTS = new Set(['it', 'he', 'she']);

/**
 * A regret that a misfortune was not fatal, said in a reply that need not name it: "Gutted it wasn't
 * fatal tbh", "Shame it wasn't a bigger tumour". The regret word, then "it" / "he" / "she" "wasn't".
 */
function regretNotFatal(ctx: Context, hits: RuleHit[]): boolean {
  const { keys, count } = ctx.tok;
  for (let t = 2; t < count; t++) {
    if (keys[t] !== 'wasnt' || !REGRETS.has(keys[t - 2] ?? '') || !SUBJECTS.has(keys[t - 1] ?? '')) continue;
    for (let k = t + 1; k <= t + 3 && k < count; k++) {
      const w = keys[k] ?? '';
      if (!NOT_FATAL.has(w)) continue;
      if (w !== 'fatal' && w !== 'terminal' && !windowHas(ctx, ILLNESS, 0, count)) return false;
      hits.push(span('harm_incitement', 0.8, t - 2, k + 1, 'harm:regret-not-fatal'));
      return true;
    }
  }
  return false;
}

/** Each gloat is found from its rarest word, named here where the general ranking would pick a common one. */
const PREFERRED = new Set([
  'nicer',
  'picked',
  'machines',
  'plug',
  'itd',
  'shouldve',
  'spreads',
  'hurts',
  'fast',
  'comes',
  'nearly',
]);
const GLOAT_BY_ANCHOR = indexByAnchor(
  GLOATS.map((p): [string[], null] => [p.split(' '), null]),
  (w) => (PREFERRED.has(w) ? 10000 : anchorRank(w)),
);
/** Words that open the rule: the gloats' anchors and the news of recovery (not the regrets, "shame" and "damn" being far commoner). */
export const GLOAT_WORDS: readonly string[] = [...GLOAT_BY_ANCHOR.keys(), ...RECOVERY_NEWS, 'wasnt'];
const OPENERS = new Set(GLOAT_WORDS);

/** The first phrase of `index` in tokens [from, to): its start and end, or null. */
function findPhrase(
  keys: readonly string[],
  index: ReturnType<typeof indexByAnchor<null>>,
  from: number,
  to: number,
): [number, number] | null {
  for (let t = from; t < to; t++) {
    const list = index.get(keys[t] ?? '');
    if (!list) continue;
    for (const { phrase, at } of list)
      if (phraseAt(keys, t - at, phrase)) return [t - at, t - at + phrase.length];
  }
  return null;
}

/** Who a misfortune may befall besides a name: he, she, an office ("the minister who got stabbed"). */
const SOMEONE = new Set([
  'he',
  'she',
  'hes',
  'shes',
  'him',
  'minister',
  'mp',
  'cllr',
  'councillor',
  'secretary',
  'chancellor',
  'msp',
  'mla',
]);

/** A name, someone's pronoun or an office in tokens [from, to). */
function someoneIn(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.person[k] === 1 || SOMEONE.has(ctx.tok.keys[k] ?? '')) return true;
  return false;
}

export function gloatingRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  // The flag it shares with the bounty rule (W_REWARD) is also set by "anyone" and "quid": one of its
  // own words first, before any phrase is read.
  if (!windowHas(ctx, OPENERS, 0, count)) return;
  // The gloat first (the rarer half), then the misfortune within the two sentences before it.
  let gloat = findPhrase(keys, GLOAT_BY_ANCHOR, 0, count);
  if (!gloat && regretNotFatal(ctx, hits)) return;
  if (!gloat) {
    // "…is 'stable'. shame.": a regret right after the news that they will live.
    for (let t = 1; t < count && !gloat; t++) {
      if (!REGRETS.has(keys[t] ?? '')) continue;
      // The regret is all its sentence says ("Shame.", "Gutted.", "Such a pity."), not "what a
      // shame it happened at all".
      const own = sentenceStart(ctx, t);
      if (sentenceEnd(ctx, t) - own > 3) continue;
      const from = sentenceStart(ctx, Math.max(0, own - 1));
      for (let k = from; k < t; k++) if (RECOVERING.has(keys[k] ?? '')) gloat = [t, t + 1];
    }
    if (!gloat) return;
  }
  const own = sentenceStart(ctx, gloat[0]);
  const before = own > 0 ? sentenceStart(ctx, own - 1) : own;
  const from = before > 0 ? sentenceStart(ctx, before - 1) : before;
  const misfortune = findPhrase(keys, MISFORTUNE_BY_ANCHOR, from, sentenceEnd(ctx, gloat[0]));
  if (!misfortune || !someoneIn(ctx, from, sentenceEnd(ctx, gloat[0]))) return;
  // The news of the misfortune is often reported ("heard", "apparently"), which the general guards
  // would set aside; this rule guards itself instead: not a negated gloat ("it isn't karma"), not a
  // post that stands with them or condemns ("people calling her cancer karma are vile").
  const neg = ctx.lex.sets.negators;
  for (let k = Math.max(0, gloat[0] - 3); k < gloat[0]; k++) if (neg.has(keys[k] ?? '')) return;
  // (A regret is itself a condemnation word: "shame" is looked for around it, not at it.)
  const condemns = ctx.lex.sets.condemnation;
  if (standsWith(ctx) || windowHas(ctx, condemns, 0, gloat[0]) || windowHas(ctx, condemns, gloat[1], count))
    return;
  const at = Math.min(misfortune[0], gloat[0]);
  const to = Math.max(misfortune[1], gloat[1]);
  hits.push({ ...span('harm_incitement', 0.8, at, to, 'harm:gloat'), guarded: true });
}
