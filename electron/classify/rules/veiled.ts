import type { Context } from '../context';
import {
  clauseStart as clauseStart_IMPORT,
  sentenceEnd as sentenceEnd_IMPORT,
  sentenceStart as sentenceStart_IMPORT,
} from '../guards';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local binding (tsx/vitest compile imports to getters called on every use).
const sentenceEnd = sentenceEnd_IMPORT;
const clauseStart = clauseStart_IMPORT;
const span = ruleHit_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const windowHas = windowHas_IMPORT;

/**
 * Veiled threats and self-harm "advice" in free word order, which the phrase lexicons only catch in
 * the forms someone thought of:
 *  1. a conditional harm: "(be a) shame / pity if" then, in the same sentence, something happening,
 *     burning, getting hurt: "Lovely house. Be a pity if the place went up in flames one night."
 *  2. a suggestion to the person followed by a means of self-harm in the same sentence: "you should
 *     just jump off the Orwell bridge", "go on, take the whole packet", "why not step in front of the
 *     8:15". Needs a second-person word or an @mention in the post.
 * Both need someone to aim at (a second-person word, an @mention or a name), so "it would be a shame
 * if the bill fell" and "jump off the fence, minister" in a sentence without the means stay clean.
 */

const CONDITIONAL = new Set(['shame', 'pity', 'tragedy', 'sad', 'tragic']);
// Yorkshire "thissen", Scots "yersel", "himsel": "tha wants to go an' top thissen".
const SECOND_REFLEXIVES = new Set(['yourself', 'urself', 'yaself', 'yerself', 'thissen', 'yersel', 'yersen']);
const REFLEXIVES = new Set([
  ...SECOND_REFLEXIVES,
  'himself',
  'herself',
  'themselves',
  'hissen',
  'hersen',
  'himsel',
  'hersel',
  'hisself',
]);
/**
 * Verbs that, with the person themselves as object, mean ending their life: "delete yourself", "top
 * himself", "finish yourself off", "do yourself in", "take yourself out". A particle, when given, must
 * follow the reflexive ("take yourself out for a walk" has one more word and does not count).
 */
const SELF_END = new Map<string, { particle: string | null; score: number; secondOnly?: boolean }>([
  ['top', { particle: null, score: 0.8 }],
  ['topped', { particle: null, score: 0.75 }],
  ['delete', { particle: null, score: 0.75 }],
  ['bin', { particle: null, score: 0.6 }],
  ['unalive', { particle: null, score: 0.85 }],
  // "end yourself", "uninstall yourself from the world": the person ended, not a career.
  ['end', { particle: null, score: 0.8 }],
  ['ended', { particle: null, score: 0.8 }],
  ['uninstall', { particle: null, score: 0.8 }],
  ['off', { particle: null, score: 0.75 }],
  ['finish', { particle: 'off', score: 0.8 }],
  ['do', { particle: 'in', score: 0.8 }],
  ['done', { particle: 'in', score: 0.8 }],
  ['take', { particle: 'out', score: 0.6 }],
  // Only to "you" ("remove yourself", "switch urself off"): "he should remove himself from the
  // committee" is a resignation.
  ['remove', { particle: null, score: 0.7, secondOnly: true }],
  ['switch', { particle: 'off', score: 0.75, secondOnly: true }],
  ['unplug', { particle: null, score: 0.7, secondOnly: true }],
]);
/** After "shame if": what would happen (to them, their home, their family). */
const HAPPENS = new Set([
  'home',
  'working',
  'happened',
  'happen',
  'happens',
  'fire',
  'fires',
  'flames',
  'burned',
  'burnt',
  'burns',
  'burn',
  'hurt',
  'injured',
  'accident',
  'broken',
  'smashed',
  'disappeared',
  'vanished',
  'missing',
  'torched',
  'attacked',
  'harmed',
  // "shame if the crowd got a bit physical", "sad if someone waited outside … with a baseball bat",
  // "a pity if we popped round one night"
  'physical',
  'baseball',
  'bat',
  'knife',
  'brick',
  'popped',
]);

const SUGGESTION_OPENERS = new Set([
  // "resign and then slit ur throat", "run a hot bath and open her wrists": the means verb still
  // needs its means right after it, so "and" opens only that pair.
  'and',
  'then',
  'pls',
  'start',
  'reminder',
  'advice',
  'suggest',
  'gaun',
  // "if you had any decency you'd drive off the bridge", "better if you swallowed every tablet"
  'youd',
  'ud',
  'yed',
  'better',
  'ever',
  'should',
  'considered',
  'consider',
  'go',
  'just',
  'please',
  'kindest',
  'best',
]);
/** Self-harm means, by the verbs that make them self-harm ("jump off a bridge", "take the pills"). */
const PLACES = new Set([
  'storey',
  'bridge',
  'cliff',
  'cliffs',
  'tracks',
  'platform',
  'motorway',
  'roof',
  'building',
  'sea',
  'canal',
  'river',
  'balcony',
]);
const SWALLOWED = new Set(['pills', 'packet', 'overdose', 'paracetamol', 'bleach', 'tablets', 'tablet']);
const CUT = new Set(['wrists', 'throat', 'veins', 'wrist']);
const TIED = new Set(['rope', 'noose', 'oven', 'gas']);
const MEANS_BY_VERB = new Map<string, Set<string>>([
  ...['jump', 'jumping', 'step', 'stepping', 'throw', 'walk', 'walking', 'lie', 'head'].map(
    (v) => [v, PLACES] as const,
  ),
  ...['take', 'taking', 'swallow', 'swallowed', 'drink', 'neck'].map((v) => [v, SWALLOWED] as const),
  ...['hang', 'put', 'tie'].map((v) => [v, TIED] as const),
  ...['slit', 'open', 'cut', 'slash'].map((v) => [v, CUT] as const),
  ...['drive', 'driving'].map((v) => [v, new Set([...PLACES, 'wall', 'tree'])] as const),
]);
/** What a figure of speech is said not to be: "Not politically.", "Not his career.", "Not a metaphor." */
const LITERAL_MARKS = new Set(['politically', 'career', 'metaphor']);
/** The end foretold, which "not politically" makes literal: "you're finished", "I'm going to end X". */
const ENDS = new Set([
  'finished',
  'end',
  'done',
  'over',
  'regret',
  'sorry',
  'gone',
  'history',
  'bury',
  'buried',
]);

/**
 * Words without which no rule here can fire (wordTable.ts flags them, so the many posts without one
 * skip this file): the conditional words and the means of self-harm, rarer than the openers.
 */
export const VEILED_TRIGGERS = new Set([
  ...LITERAL_MARKS,
  ...REFLEXIVES,
  'myself',
  ...CONDITIONAL,
  ...PLACES,
  ...SWALLOWED,
  ...TIED,
  ...CUT,
]);

/** Only these may stand between the verb and its means ("jump off the nearest bridge"). */
const BETWEEN = new Set([
  'off',
  'aff',
  'every',
  'her',
  'his',
  'their',
  'top',
  'floor',
  'from',
  'in',
  'into',
  'onto',
  'under',
  'front',
  'of',
  'a',
  'an',
  'the',
  'your',
  'yourself',
  'ur',
  'whole',
  'lot',
  'all',
  'some',
  'that',
  'this',
  'nearest',
  'own',
  'head',
]);

/** Who or what "shame if …" is about; "the"/"that" only for property catching fire ("if the place burned"). */
const IF_SUBJECTS = new Set([
  'you',
  'your',
  'ur',
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
  'someone',
  'somebody',
  'anyone',
  'anything',
  'something',
  'it',
  'we',
  // Yorkshire and Scots for "anything" / "something": "shame if owt happened to the little ones"
  'owt',
  'summat',
  'onything',
]);
/** People who may come: "shame if the crowd got a bit physical" is about them, not property. */
const CROWDS = new Set(['crowd', 'crowds', 'lads', 'locals', 'boys', 'mob']);
const FIRE = new Set(['fire', 'fires', 'flames', 'burned', 'burnt', 'burns', 'burn', 'torched']);

export function veiledRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  let aimed: boolean | null = null;
  for (let t = 0; t < count; t++) {
    const k = keys[t] ?? '';
    if (REFLEXIVES.has(k)) {
      selfEnding(ctx, t, hits);
      continue;
    }
    if (LITERAL_MARKS.has(k)) {
      if (endMeantLiterally(ctx, t, hits)) return;
      continue;
    }
    if (SWALLOWED.has(k) && takeTheLot(ctx, t, hits, () => (aimed ??= isAimed(ctx)))) return;
    if (k === 'myself' || PLACES.has(k)) {
      if (ifIWere(ctx, t, hits)) return;
      if (k === 'myself') continue;
    }
    const conditional = CONDITIONAL.has(k) && keys[t + 1] === 'if';
    const suggestion =
      !conditional &&
      (SUGGESTION_OPENERS.has(k) || (k === 'why' && (keys[t + 1] === 'dont' || keys[t + 1] === 'not')));
    if (!conditional && !suggestion) continue;
    // Cheap necessary condition before looking for a target: a means verb soon after the opener.
    if (suggestion && !meansVerbSoon(keys, t, count)) continue;
    // Someone to aim at, looked for once (names are the costly part).
    aimed ??= isAimed(ctx);
    if (!aimed) return;
    if (conditional) conditionalHarm(ctx, t, hits);
    else suggestedMeans(ctx, t, hits);
  }
}

/**
 * An end foretold to the person, then said not to be a figure of speech: "Abstain on Thursday and
 * you're finished. Not politically. Finished.", "I'm going to end Dominic Ashgrove. Not his career.
 * Him.", "you'll regret it personally. Not politically." The end must be said to "you" or of a name
 * in the sentence before the mark (or its own), and the denial must end its sentence: "This will kill
 * people. Not a metaphor" names nobody, and "kill" is the threat rules' business.
 */
function endMeantLiterally(ctx: Context, t: number, hits: RuleHit[]): boolean {
  const keys = ctx.tok.keys;
  const k = keys[t] ?? '';
  const denied =
    k === 'career'
      ? keys[t - 2] === 'not' && (keys[t - 1] === 'his' || keys[t - 1] === 'her' || keys[t - 1] === 'your')
      : k === 'metaphor'
        ? keys[t - 1] === 'a' && keys[t - 2] === 'not'
        : keys[t - 1] === 'not' || (keys[t - 1] === 'mean' && keys[t - 2] === 'dont');
  // The denial is a sentence of its own ("Not politically. Finished."), not the start of one
  // ("Not politically, you'll survive, but…").
  if (!denied || sentenceEnd(ctx, t) !== t + 1) return false;
  const own = sentenceStart(ctx, t);
  const from = own > 0 ? sentenceStart(ctx, own - 1) : own;
  let end = -1;
  let someone = false;
  for (let j = from; j < t; j++) {
    const w = keys[j] ?? '';
    if (ENDS.has(w)) end = j;
    if (
      w === '@user' ||
      ctx.person[j] === 1 ||
      ctx.lex.sets.secondPerson.has(w) ||
      w === 'youre' ||
      w === 'youll'
    )
      someone = true;
  }
  if (end < 0 || !someone) return false;
  hits.push(span('threat', 0.8, end, t + 1, 'threat:meant-literally'));
  return true;
}

const TAKE = new Set(['take', 'swallow', 'neck', 'down', 'takes']);
const ALL_OF = new Set(['lot', 'all', 'whole', 'every']);
const TOLD = new Set(['you', 'u', 'ud', 'youd', 'ye', 'yed', 'youll', 'ull', 'just', 'go', 'and', 'then']);

/**
 * "Plenty of pills in the Commons pharmacy, Helen. Take the lot.", "do you have pills in the house?
 * Good, take them all", "id buy the paracetamol for u if it meant ud take it all": the means, then
 * (within about two sentences) taking all of it, in a post aimed at someone. "Take the lot" alone is
 * about taxes; it needs the pills.
 */
function takeTheLot(ctx: Context, t: number, hits: RuleHit[], aimed: () => boolean): boolean {
  const { keys, count } = ctx.tok;
  for (let v = t + 1; v < count && v <= t + 16; v++) {
    if (!TAKE.has(keys[v] ?? '')) continue;
    // "the lot", "them all", "it all", "all of them", "the whole packet", "every one"
    let all = -1;
    for (let k = v + 1; k < count && k <= v + 3 && all < 0; k++) if (ALL_OF.has(keys[k] ?? '')) all = k;
    // Told to them: an order opening its clause ("Good, take them all") or "you'd / u / just take":
    // not "she has to take them all" (her prescription).
    const told = clauseStart(ctx, v) === v || TOLD.has(keys[v - 1] ?? '');
    if (all < 0 || !told || !aimed()) continue;
    // The span starts at the order, so "you got pills?" before it is not read as reported speech.
    hits.push(span('self_harm', 0.8, v, all + 1, 'self_harm:take-the-lot'));
    return true;
  }
  return false;
}

function meansVerbSoon(keys: string[], t: number, count: number): boolean {
  for (let v = t + 1; v < count && v <= t + 8; v++) if (MEANS_BY_VERB.has(keys[v] ?? '')) return true;
  return false;
}

function isAimed(ctx: Context): boolean {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    const k = keys[t] ?? '';
    if (k === 'you' || k === 'your' || k === 'youre' || k === 'u' || k === 'ur' || k === '@user') return true;
  }
  const person = ctx.person;
  for (let t = 0; t < count; t++) if (person[t] === 1) return true;
  return false;
}

function conditionalHarm(ctx: Context, t: number, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  const subject = keys[t + 2] ?? '';
  const determined = subject === 'the' || subject === 'that';
  const crowd = determined && CROWDS.has(keys[t + 3] ?? '');
  const property = determined && !crowd;
  if (!IF_SUBJECTS.has(subject) && !property && !crowd) return;
  const end = sentenceEnd(ctx, t);
  // "the office had a little accident … while you were working late": the place, with them in it.
  const occupied =
    property &&
    !ctx.lex.sets.policyNouns.has(keys[t + 3] ?? '') &&
    !ctx.lex.sets.policyNouns.has(keys[t + 4] ?? '') &&
    personThere(ctx, t + 3, end);
  for (let k = t + 3; k < end && k <= t + 10; k++) {
    const w = keys[k] ?? '';
    if (!HAPPENS.has(w) || (property && !occupied && !FIRE.has(w))) continue;
    // (A crowd going home or working is just a crowd.)
    if (crowd && (w === 'home' || w === 'working')) continue;
    hits.push(span('threat', 0.85, t, Math.min(count, k + 1), 'threat:conditional-harm'));
    return;
  }
}

/** "while you were working late", "with you in it", "when she's inside": someone there at the time. */
function personThere(ctx: Context, from: number, end: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = from; k + 1 < end; k++) {
    const w = keys[k] ?? '';
    if (w !== 'while' && w !== 'with' && w !== 'whilst' && w !== 'when') continue;
    const who = keys[k + 1] ?? '';
    if (who === 'you' || who === 'ye' || who === 'u' || who === 'youre' || ctx.person[k + 1] === 1)
      return true;
  }
  return false;
}

function suggestedMeans(ctx: Context, t: number, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  const end = sentenceEnd(ctx, t);
  for (let v = t + 1; v < end && v <= t + 8; v++) {
    const means = MEANS_BY_VERB.get(keys[v] ?? '');
    if (!means) continue;
    // The means right after the verb, with only small words or a name between ("jump off the
    // Orwell bridge"), so "jump off the fence and back the bridge repairs" does not count.
    for (let k = v + 1; k < end && k <= v + 5; k++) {
      const w = keys[k] ?? '';
      if (means.has(w)) {
        hits.push(span('self_harm', 0.8, t, Math.min(count, k + 1), 'self_harm:suggested-means'));
        return;
      }
      if (!BETWEEN.has(w) && ctx.person[k] !== 1) break;
    }
  }
}

/** The writer's own death, as they would do it: "I'd have hanged myself", "I'd have gone off the bridge". */
const MY_END = new Set([
  'hanged',
  'hung',
  'hang',
  'killed',
  'kill',
  'topped',
  'top',
  'shot',
  'shoot',
  'drowned',
  'ended',
  'end',
  'offed',
]);
const WENT = new Set(['gone', 'jumped', 'thrown', 'walked', 'jump', 'throw', 'walk', 'driven']);

/**
 * 5. "If I was as useless as you I'd have hanged myself by now", "if i looked like her id have gone
 * off the humber bridge": the writer's own death wished on the person as a comparison. Needs "if I
 * was / were / looked / had" before it in the sentence, so "I nearly killed myself laughing" and "I
 * walked off the bridge at Putney" stay clean.
 */
function ifIWere(ctx: Context, t: number, hits: RuleHit[]): boolean {
  const { keys } = ctx.tok;
  // "hanged myself", or a place gone off within five words ("gone off the humber bridge").
  const means = keys[t] === 'myself' ? MY_END.has(keys[t - 1] ?? '') : windowHas(ctx, WENT, t - 5, t);
  if (!means) return false;
  const from = sentenceStart(ctx, t);
  for (let k = from; k < t - 2; k++) {
    if (keys[k] !== 'if' || keys[k + 1] !== 'i') continue;
    const verb = keys[k + 2] ?? '';
    if (verb !== 'was' && verb !== 'were' && verb !== 'looked' && verb !== 'had' && verb !== 'sounded')
      continue;
    hits.push(span('self_harm', 0.75, k, t + 1, 'self_harm:if-i-were-you'));
    return true;
  }
  return false;
}

/** Verbs that take "off" as their particle, so "off" after them is not "off yourself". */
const OFF_TAKERS = new Set([
  'signed',
  'sign',
  'signs',
  'signing',
  'paid',
  'pay',
  'pays',
  'showed',
  'show',
  'shows',
  'showing',
  'laughed',
  'brushed',
  'dusted',
  'shrugged',
  'kicked',
  'told',
  'tell',
  'ripped',
  'bought',
  'sold',
  'cut',
  'switched',
  'turned',
  'took',
  'pushed',
  'knocked',
  'fobbed',
  'palmed',
  'wrote',
  'written',
  'ticked',
  'cooled',
  'dried',
  'pulled',
  'got',
  'handed',
  'logged',
  'clocked',
  'nodded',
]);

/** 4. "delete yourself", "finish yourself off", "do yourself in" (SELF_END). */
function selfEnding(ctx: Context, r: number, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  const verb = SELF_END.get(keys[r - 1] ?? '');
  if (!verb) return;
  if (verb.secondOnly && !SECOND_REFLEXIVES.has(keys[r] ?? '')) return;
  // "topped himself up with coffee", "top yourself up": credit and refills.
  if (keys[r + 1] === 'up') return;
  // "the contract she signed off herself", "paid off himself": "off" is another verb's particle.
  if (keys[r - 1] === 'off' && OFF_TAKERS.has(keys[r - 2] ?? '')) return;
  let end = r + 1;
  if (verb.particle) {
    if (keys[r + 1] !== verb.particle) return;
    // "take yourself out for dinner", "take yourself out to the park": an outing, not an ending.
    const next = keys[r + 2] ?? '';
    if (next === 'for' || next === 'to' || next === 'of' || next === 'and') return;
    end = r + 2;
  }
  hits.push(span('self_harm', verb.score, r - 1, Math.min(count, end), 'self_harm:self-ending'));
}
