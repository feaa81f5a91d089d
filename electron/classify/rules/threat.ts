import type { Context } from '../context';
import {
  addressedInPost as addressedInPost_IMPORT,
  sentenceStart as sentenceStart_IMPORT,
  THING_NOUNS as THING_NOUNS_IMPORT,
} from '../guards';
import { deniesJest, windowHas as windowHas_IMPORT } from '../tokenWindow';
import { isGivenName as isGivenName_IMPORT } from '../lexicon';
import { W_THREAT as W_THREAT_IMPORT } from '../wordFlags';
import { DAYS } from './doxxing';
import type { RuleHit } from './hit';
import {
  ENTOURAGE as ENTOURAGE_IMPORT,
  OFFICE_HOLDER as OFFICE_HOLDER_IMPORT,
  PICKED_OUT as PICKED_OUT_IMPORT,
} from './entourage';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const W_THREAT = W_THREAT_IMPORT;
const ENTOURAGE = ENTOURAGE_IMPORT;
const PICKED_OUT = PICKED_OUT_IMPORT;
const OFFICE_HOLDER = OFFICE_HOLDER_IMPORT;
const isGivenName = isGivenName_IMPORT;
const windowHas = windowHas_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const addressedInPost = addressedInPost_IMPORT;
const THING_NOUNS = THING_NOUNS_IMPORT;

/**
 * Structural threat rules (the phrase lexicon catches fixed forms like "I know where you live"):
 *  1. first-person intent + violent verb + a person as object: "I'll kill you", "gonna stab her",
 *     "we will hang every one of them". A non-person object ("kill the bill", "killing it") never fires.
 *  2. second-person future + harm outcome: "you're going to die", "you will be shot".
 *  3. weapon emoji aimed at someone: "@user 🔪🔪".
 *  4. turning up where someone is, with a weapon: "Coming to your office on Monday. Bringing acid."
 * Rape threats are also reported as sexualised abuse.
 */
// Scots "gonnae" / "gonny" too: "Am gonnae batter ye".
const IMPLIED_I = new Set(['gonna', 'gunna', 'finna', 'gon', 'wanna', 'gotta', 'gonnae', 'gonny']);
/**
 * "I'll" in other voices: Scots "ah'll", Brummie "ar'll", Geordie "aa'll" ("ar'll break both yer
 * legs", "aa'll knock ye clean oot").
 */
export const DIALECT_ILL = new Set(['ill', 'ahll', 'arll', 'aall']);
const WEAK_MODALS = new Set(['could', 'would', 'id', 'want', 'wanna', 'must']);
const OBJECT_FILLERS = new Set([
  'the',
  'next',
  'that',
  'those',
  'shit',
  'crap',
  'hell',
  'fuck',
  'living',
  'daylights',
  'out',
  'of',
  'every',
  'last',
  'one',
  'single',
  'all',
  'each',
  'and',
  'up',
  'down',
  'a',
  'few',
  'fucking',
  'bloody',
  'little',
  'lot',
]);
export const OUTCOMES = new Set([
  'die',
  'dead',
  'killed',
  'shot',
  'stabbed',
  'hurt',
  'hanged',
  'hung',
  'murdered',
  'raped',
  'bombed',
  'beaten',
  'lynched',
  'executed',
  'slaughtered',
  'butchered',
  'burned',
  'burnt',
  'harmed',
  'attacked',
  'next',
  // Street words for being hurt: "you're getting glassed", "you'll be knifed".
  'glassed',
  'knifed',
  'bottled',
  'punched',
  'kicked',
  'battered',
  'leathered',
  'smacked',
  'torched',
  'maimed',
  'kneecapped',
  'hospitalised',
  // Scots for slashed: "ye'll be gettin chibbed"
  'chibbed',
]);
/** "you'll" in other voices: Scots and Geordie "ye'll", Yorkshire "tha'll". */
export const YOULL = new Set(['youll', 'yell', 'thall']);
const FUTURE = new Set(['will', 'youll', 'gonna', 'gunna', 'going', 'shall', 'about', 'finna']);
const WEAPONS = new Set(['🔪', '🔫', '💣', '🪓', '🗡', '⚔', '🧨', '🪢', '⚰']);
/** After "your/her/his", only these make the object a person ("kill your family", not "end your career"). */
const PERSONAL_NOUNS = new Set([
  'family',
  'kids',
  'children',
  'child',
  'kid',
  'wife',
  'husband',
  'daughter',
  'daughters',
  'son',
  'sons',
  'mum',
  'mother',
  'dad',
  'father',
  'partner',
  'face',
  'head',
  'legs',
  'neck',
  'throat',
  'skull',
  'kneecaps',
  'teeth',
  'self',
  'staff',
  'baby',
  'babies',
  'grandkids',
  'sister',
  'brother',
  'parents',
  'body',
  'brains',
  'heart',
  'house',
  'home',
  'car',
]);
/**
 * Property damaged to frighten its owner ("I'll smash your windows", "I'll slash your tyres"): an
 * object only after a verb of damage, since people "visit your office" and "get your office to ring".
 */
const PROPERTY_NOUNS = new Set(['office', 'windows', 'window', 'tyres', 'tires']);
/** Verbs too ordinary to read as a call to violence even with "someone should" before them. */
const EVERYDAY_VERBS = new Set([
  'get',
  'find',
  'visit',
  'end',
  'sort',
  'deal',
  'run',
  'hunt',
  'break',
  'cut',
]);
/** "bury her office in handwritten letters", "bury him under emails": a campaign of mail, not a grave. */
const PAPER = new Set([
  'letters',
  'emails',
  'postcards',
  'paperwork',
  'petitions',
  'complaints',
  'mail',
  'messages',
  'signatures',
  'objections',
  'questions',
  'cards',
]);
function buriedInPaper(keys: string[], v: number): boolean {
  if (keys[v] !== 'bury') return false;
  for (let k = v + 1; k <= v + 5; k++) {
    const w = keys[k] ?? '';
    if (w !== 'in' && w !== 'under' && w !== 'with') continue;
    // "in letters", "in handwritten letters"
    return PAPER.has(keys[k + 1] ?? '') || PAPER.has(keys[k + 2] ?? '');
  }
  return false;
}
/** "run Councillor Mistry over", "run him over": "run" with "over" after a short object. */
function runOver(keys: string[], v: number): boolean {
  if (keys[v] !== 'run') return false;
  for (let k = v + 2; k <= v + 4; k++) if (keys[k] === 'over') return true;
  return false;
}
/** Their office, windows or tyres as the object of a verb of damage (any but "visit", "get"…; "break" yes). */
function damagedProperty(noun: string, verb: string): boolean {
  return PROPERTY_NOUNS.has(noun) && (!EVERYDAY_VERBS.has(verb) || verb === 'break');
}
/** Verbs that need a stated intent to threaten ("I'll find you", not "I find them cool"): the everyday ones and blows. */
const WEAK_VERBS = new Set([
  ...EVERYDAY_VERBS,
  'deck',
  'lamp',
  'twat',
  'smash',
  'snap',
  'kick',
  'punch',
  'hurt',
  'beat',
  'batter',
  'bash',
  'glass',
  'bottle',
  'choke',
]);

/** Who a call to violence is addressed to or hopes for: "someone should", "anyone fancy", "lads". */
const INCITERS = new Set([
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'whoever',
  'lads',
  'yall',
  'lets',
  'everyone',
  'everybody',
]);
/** Between the inciter and the verb: "someone should", "anyone want to go and", "lads, go". */
const CALL_MODALS = new Set([
  'should',
  'needs',
  'need',
  'ought',
  'must',
  'gotta',
  'has',
  'fancy',
  'wants',
  'want',
  'go',
  'will',
  'please',
  'pls',
  'can',
  'could',
  'just',
]);
/** A question that asks for it: "can someone just shoot him", "will somebody hospitalise her". */
const ASKING = new Set(['can', 'could', 'will', 'would', 'cant', 'wont']);
function callModalBetween(keys: string[], from: number, to: number): boolean {
  if (ASKING.has(keys[from - 1] ?? '') && to <= from + 3) return true;
  // "somebody hospitalise him": the verb straight after the inciter, in its bare form.
  if (to === from + 1 && keys[from] !== 'everyone' && keys[from] !== 'everybody') return true;
  for (let k = from + 1; k < to; k++) if (CALL_MODALS.has(keys[k] ?? '')) return true;
  return keys[from] === 'lets' || keys[from] === 'lads';
}

export function threatRules(ctx: Context, hits: RuleHit[], political = 0): void {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  // Pre-check: no violent verb or outcome word in the post (word-table flags), nothing to look at.
  if ((ctx.tok.flags & W_THREAT) !== 0) {
    let weapon = -1;
    let guaranteed = false;
    for (let t = 0; t < count; t++) {
      // The word's table flags say which of the three sets it may be in (wordTable.ts flags exactly
      // these sets), so most words cost no set lookup at all.
      if ((ctx.flagsAt(t) & W_THREAT) === 0) continue;
      const k = keys[t] ?? '';
      if (s.violence.has(k)) intentVerbObject(ctx, t, hits);
      if (OUTCOMES.has(k)) futureOutcome(ctx, t, hits);
      if (weapon < 0 && carriedAt(ctx, t) && !NOT_CARRIED_AFTER.has(keys[t + 1] ?? '')) weapon = t;
      if (!guaranteed && GUARANTEE_WORDS.has(k)) guaranteed = guaranteedHarm(ctx, t, hits);
    }
    if (weapon >= 0 && !weaponVisit(ctx, weapon, hits)) armed(ctx, weapon, hits);
  }
  if (ctx.tok.hasEmoji) weaponEmoji(ctx, hits, political);
}

/** Words of a personal guarantee: "I'll make sure", "we will ensure", "I'll personally see to it". */
export const GUARANTEE_WORDS = new Set(['sure', 'ensure', 'personally']);
/** What the person will never do again once the writer has seen to it. */
const NEVER_AGAIN = new Set(['walk', 'walks', 'breathe', 'breathes', 'feel', 'feels']);

/**
 * The writer guarantees the person will never walk, breathe or feel safe again: "I will personally see
 * to it that Lewis Carnduff never walks properly again", "keep voting for this and I will make sure
 * your wife never feels safe again". The writer must say it ("I'll", "we will") before the guarantee;
 * "feel" only with "safe". Not "make sure you never get elected again" (no such verb), nor "he may
 * never walk again" (nobody sees to it).
 */
function guaranteedHarm(ctx: Context, g: number, hits: RuleHit[]): boolean {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  let writer = -1;
  for (let k = g - 1; k >= 0 && k >= g - 4; k--) {
    const w = keys[k] ?? '';
    if (s.negators.has(w) && !deniesJest(keys, k)) return false;
    if (w === 'i' || w === 'we' || w === 'well' || DIALECT_ILL.has(w) || IMPLIED_I.has(w)) writer = k;
  }
  if (writer < 0) return false;
  for (let n = g + 1; n < count && n <= g + 9; n++) {
    if (keys[n] !== 'never') continue;
    const v = n + 1;
    const verb = keys[v] ?? '';
    if (!NEVER_AGAIN.has(verb)) return false;
    let a = v + 1;
    if ((verb === 'feel' || verb === 'feels') && keys[a++] !== 'safe') return false;
    if (keys[a] === 'properly' || keys[a] === 'straight') a++;
    if (keys[a] !== 'again') return false;
    hits.push({
      category: 'threat',
      score: 0.85,
      tokStart: writer,
      tokEnd: a + 1,
      rule: 'threat:never-again',
    });
    return true;
  }
  return false;
}

/** Token t names a carried weapon: the word itself, or the word and "'s" ("the hammer's in the van"). */
export function carriedAt(ctx: Context, t: number): boolean {
  const k = ctx.tok.keys[t] ?? '';
  if (CARRIED.has(k)) return true;
  if (!CARRIED_POSSESSIVE.has(k)) return false;
  const c = ctx.original.charCodeAt(ctx.norm.srcEnd[ctx.tok.end[t]! - 1]! - 2);
  return c === 39 || c === 0x2019;
}

function intentVerbObject(ctx: Context, v: number, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  // intent and subject in the 5 tokens before the verb
  let intentAt = -1;
  let subject = false;
  // "someone should", "anyone fancy", "lads, go and": a call on others, not the writer's own intent.
  let callAt = -1;
  let weak = false;
  // An intent word proper ("will", "gonna", "I'll"), not just "I" or "we" before the verb.
  let explicit = false;
  for (let k = v - 1; k >= 0 && k >= v - 5; k--) {
    const w = keys[k] ?? '';
    // "I would never hurt you", "I won't kill anyone" (but "not joking, I will stab him" is sure)
    if (s.negators.has(w) && !deniesJest(keys, k)) return;
    if (s.reporting.has(w)) break;
    if (INCITERS.has(w) && callAt < 0) callAt = k;
    if (s.intent.has(w) || w === 'ill') explicit = true;
    if (s.intent.has(w)) {
      intentAt = k;
      if (WEAK_MODALS.has(w)) weak = true;
      if (IMPLIED_I.has(w)) subject = true;
    }
    if (
      w === 'i' ||
      w === 'ill' ||
      w === 'im' ||
      w === 'id' ||
      w === 'we' ||
      w === 'well' ||
      w === 'were' ||
      w === 'ive' ||
      // Scots: "ah'm", "ah'll", "ah'd"
      w === 'ahm' ||
      w === 'ahd' ||
      DIALECT_ILL.has(w)
    ) {
      subject = true;
      if (w === 'id' || w === 'ahd' || DIALECT_ILL.has(w)) intentAt = intentAt < 0 ? k : intentAt;
      if (w === 'id' || w === 'ahd') weak = true;
      intentAt = Math.min(intentAt < 0 ? k : intentAt, k);
    }
  }
  if (!subject && callAt >= 0 && !callModalBetween(keys, callAt, v)) callAt = -1;
  if ((intentAt < 0 || !subject) && callAt < 0) return;
  const incitement = !subject || intentAt < 0;
  // "someone please help me find her" is not a call to violence: everyday verbs stay the writer's own.
  // ("Somebody please run Councillor Mistry over": "run … over" is a blow.)
  if (incitement && EVERYDAY_VERBS.has(keys[v] ?? '') && !runOver(keys, v)) return;
  if (buriedInPaper(keys, v)) return;
  if (incitement) {
    intentAt = callAt;
    explicit = true;
  }
  // Everyday verbs need a stated intent: "I'll find you" threatens, "I find them super cool" and "we
  // get Jim elected" do not.
  if (!explicit && WEAK_VERBS.has(keys[v] ?? '')) return;
  // a person as object within the next few tokens, skipping fillers ("beat the shit out of you")
  let objEnd = -1;
  for (let k = v + 1; k < count && k <= v + 6; k++) {
    const w = keys[k] ?? '';
    const possessive = s.possessive2.has(w) || w === 'his' || w === 'her' || w === 'their';
    if (
      possessive &&
      (PERSONAL_NOUNS.has(keys[k + 1] ?? '') ||
        ENTOURAGE.has(keys[k + 1] ?? '') ||
        damagedProperty(keys[k + 1] ?? '', keys[v] ?? ''))
    ) {
      objEnd = k + 2;
      break;
    }
    // "I'll batter the canvassers", "batter that minister", "stab the next councillor": staff or an
    // office holder picked out.
    if (
      (ENTOURAGE.has(w) || OFFICE_HOLDER.has(w) || PICKED_PEOPLE.has(w)) &&
      PICKED_OUT.has(keys[k - 1] ?? '')
    ) {
      objEnd = k + 1;
      break;
    }
    if (w === 'your' || w === 'ur' || w === 'his' || w === 'their') break;
    if (
      s.secondPerson.has(w) ||
      (s.thirdPerson.has(w) && w !== 'they' && w !== 'he' && w !== 'she') ||
      s.parties.has(w) ||
      w === 'traitors' ||
      w === 'traitor'
    ) {
      objEnd = k + 1;
      break;
    }
    // a name straight after the verb ("kill Briggs"), unless it names a bill ("kill Housing Bill")
    // …or after "that" ("gonnae kill that Menzies").
    if (
      (k === v + 1 || (k === v + 2 && keys[v + 1] === 'that')) &&
      ctx.person[k] === 1 &&
      !s.policyNouns.has(keys[k + 1] ?? '')
    ) {
      objEnd = k + 1;
      break;
    }
    if (!OBJECT_FILLERS.has(w)) break;
  }
  if (objEnd < 0) return;
  // "kill the minister's bill", "smash the councillors' plan": their policy, not them.
  if (s.policyNouns.has(keys[objEnd] ?? '') && !s.secondPerson.has(keys[objEnd - 1] ?? '')) return;
  const verb = keys[v] ?? '';
  const strong = s.strongViolence.has(verb);
  const score = strong ? (weak ? 0.75 : 0.92) : weak ? 0.5 : WEAK_VERBS.has(verb) ? 0.7 : 0.8;
  const start = Math.min(intentAt, v);
  // "beat him at the ballot box", "smash them in the polls": a contest, not violence (not for
  // "kill", "stab": nobody is stabbed at the polls figuratively).
  if (!s.strongViolence.has(keys[v] ?? ''))
    for (let k = objEnd; k < count && k <= objEnd + 4; k++) if (s.electoral.has(keys[k] ?? '')) return;
  // "We're going to murder them in the rematch", "slaughter the Tories at darts": a game won big.
  // Only "in" the game, or "at" a game played (not one attended: "I'll kill you at the match"), right
  // after the object or its club ("the Conservative Club in the rematch"); "after the match" threatens.
  if (SPORTING.has(verb))
    for (let p = objEnd; p < count && p <= objEnd + 2; p++) {
      const prep = keys[p];
      if (prep !== 'in' && prep !== 'at') continue;
      for (let k = p + 1; k < count && k <= p + 3; k++) {
        const game = keys[k] ?? '';
        if (GAMES.has(game) && (prep === 'in' || !ATTENDED.has(game))) return;
      }
      break;
    }
  hits.push({
    category: incitement ? 'harm_incitement' : 'threat',
    score: incitement ? Math.min(score, 0.8) : score,
    tokStart: start,
    tokEnd: objEnd,
    rule: incitement ? `harm:incite-${verb}-person` : `threat:intent-${verb}-person`,
  });
  if (verb === 'rape')
    hits.push({ category: 'sexualised', score: 0.9, tokStart: start, tokEnd: objEnd, rule: 'threat:rape' });
}

/**
 * People picked out by "that" or "the": "I'm going to kill that woman". Narrower than the orders' list
 * (rules/callToHarm.ts ORDER_PEOPLE), which holds "rats" and "vermin": "I'll kill the rats" is pest
 * control when the writer says it.
 */
const PICKED_PEOPLE = new Set(['woman', 'man', 'bloke', 'bitch', 'cow', 'prick', 'twat', 'cunt', 'bastard']);

/** Verbs of winning big in a game ("we'll murder them in the rematch"), and the games. */
const SPORTING = new Set([
  'murder',
  'slaughter',
  'kill',
  'destroy',
  'batter',
  'hammer',
  'thrash',
  'massacre',
  'annihilate',
  'crucify',
  'smash',
]);
const GAMES = new Set([
  'rematch',
  'match',
  'game',
  'final',
  'quiz',
  'derby',
  'league',
  'cup',
  'darts',
  'pool',
  'snooker',
  'tournament',
  'replay',
  'fixture',
  'playoff',
  'playoffs',
  'semis',
  'bowls',
  'cricket',
  'football',
  'netball',
  'rugby',
  'scrabble',
]);

/** Games one goes to watch, where "at the match" is a place. */
const ATTENDED = new Set([
  'match',
  'game',
  'final',
  'derby',
  'fixture',
  'replay',
  'football',
  'rugby',
  'cricket',
]);

/** Weapons and accelerants someone might bring (flagged W_VIOLENCE in wordTable.ts, so the pre-check sees them). */
export const CARRIED = new Set([
  'petrol',
  'acid',
  'knife',
  'knives',
  'blade',
  'machete',
  'gun',
  'bomb',
  'shotgun',
  'crossbow',
  'bat',
  'hammer',
  'axe',
  'jerrycan',
  'unleaded',
  'sickle',
  'cleaver',
  'crowbar',
  'knuckleduster',
  'knuckledusters',
]);
/**
 * The same weapons written "the hammer's in the van", "knife's ready": the tokeniser drops the
 * apostrophe, so the key is the word and an "s" (carriedAt checks that the post wrote the apostrophe).
 * Not "bats" or "bombs": as plurals they are common words, and each post holding one would wake the
 * threat rules to find no apostrophe (with "guns" too, and all three opening the intimidation rule,
 * 1.4% of the classifier's time).
 */
export const CARRIED_POSSESSIVE = new Set(
  [...CARRIED].filter((w) => w !== 'bat' && w !== 'bomb').map((w) => `${w}s`),
);
/** "petrol prices", "knife crime", "gun licence": the policy topic, not the object. */
export const NOT_CARRIED_AFTER = new Set([
  'price',
  'prices',
  'duty',
  'tax',
  'costs',
  'cost',
  'station',
  'stations',
  'crime',
  'crimes',
  'licence',
  'licences',
  'license',
  'laws',
  'law',
  'control',
  'amnesty',
  'attack',
  'attacks',
  'shortage',
  'shortages',
  'block',
  'set',
  'skills',
  'sharpener',
  'drawer',
  'certificate',
  'certificates',
  'owners',
  'signal',
  'colony',
  'sanctuary',
]);
/** Places someone can be found: "your office", "your surgery", "your house". */
const PLACES = new Set([
  'office',
  'surgery',
  'surgeries',
  'house',
  'home',
  'door',
  'doorstep',
  'flat',
  'street',
  'constituency',
  'school',
  'car',
  'event',
  'hustings',
]);
/** Being there: "I'll be at", "coming to", "see you at", "waiting outside". */
const PRESENCE = new Set([
  'be',
  'coming',
  'come',
  'see',
  'waiting',
  'wait',
  'visit',
  'visiting',
  'outside',
  'round',
]);

/**
 * "Coming to your office on Monday. Bringing acid.": being at someone's place plus a weapon, in the
 * same post even across sentences. Needs a presence word (or an intent word) and "your" + a place
 * before the weapon, so "I'll be at your surgery about petrol prices" (NOT_CARRIED_AFTER) and "your
 * office has a knife amnesty" do not fire.
 */
function weaponVisit(ctx: Context, weapon: number, hits: RuleHit[]): boolean {
  const { keys } = ctx.tok;
  const s = ctx.lex.sets;
  for (let p = Math.max(0, weapon - 14); p < weapon; p++) {
    const w = keys[p] ?? '';
    if (w !== 'your' && w !== 'ur') continue;
    if (!PLACES.has(keys[p + 1] ?? '') && !PLACES.has(keys[p + 2] ?? '')) continue;
    let cue = -1;
    for (let k = p - 1; k >= 0 && k >= p - 4; k--) {
      const c = keys[k] ?? '';
      // "I won't be at your office with a knife": negated, and not the writer's weapon either.
      if (s.negators.has(c)) return true;
      if (PRESENCE.has(c) || s.intent.has(c) || c === 'ill') cue = k;
    }
    if (cue < 0) continue;
    hits.push({
      category: 'threat',
      score: 0.85,
      tokStart: cue,
      tokEnd: weapon + 1,
      rule: 'threat:visit-with-weapon',
    });
    return true;
  }
  return false;
}

/** The writer's own weapon: "my dad's old shotgun", "I've got a crossbow", "the blade I carry". */
const OWNING = new Set([
  'got',
  'carry',
  'carrying',
  'bought',
  'sharpened',
  'cleaned',
  'oiled',
  'bringing',
  'bring',
]);
const WRITER = new Set(['i', 'ive', 'im', 'we', 'weve']);
/** Capitalised but not people: "Every Sunday …", "by Christmas" (weekdays from doxxing.ts). */
const CALENDAR = new Set([
  ...DAYS,
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september'],
  ...['october', 'november', 'december', 'christmas', 'easter'],
]);
/** Posts about gun laws and ownership talk about "my gun" without aiming it at anyone. */
const GUN_DEBATE = new Set([
  'control',
  'amendment',
  'rights',
  'nra',
  'legislation',
  'law',
  'laws',
  'ban',
  'owners',
  'ownership',
  'illegal',
  'legal',
  'confiscation',
  'license',
  'licence',
  'permit',
  'constitution',
]);

/**
 * "Got my dad's old shotgun cleaned up this weekend. No reason. Anyway how's Hexley treating you,
 * Marchbank": a weapon the writer owns, in a post addressed to the person or naming them. Not bats
 * about cricket or a hammer about DIY ("bat" and "hammer" count only as a baseball bat or a claw
 * hammer), not posts about gun laws. Posts about cooking, shooting sports or bonfire night (guards.ts
 * HOBBY) are left alone by the guards.
 */
function armed(ctx: Context, weapon: number, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  let owned = -1;
  for (let k = weapon - 1; k >= 0 && k >= weapon - 4; k--) {
    const w = keys[k] ?? '';
    if (s.negators.has(w)) return;
    // The writer before the verb, or the verb opening a sentence ("Bought a crossbow today.").
    const writerBefore =
      WRITER.has(keys[k - 1] ?? '') || WRITER.has(keys[k - 2] ?? '') || sentenceStart(ctx, k) === k;
    // "just me and a hammer", "a visit from me and my bat" (not "me and a hammer fixed the roof")
    const me = w === 'me' && (keys[k - 1] === 'just' || keys[k - 1] === 'from');
    // "Just bought a machete off the market": the writer left out, after "just" opening a sentence.
    const justDid = OWNING.has(w) && keys[k - 1] === 'just' && sentenceStart(ctx, k - 1) === k - 1;
    if (w === 'my' || w === 'ive' || me || justDid || (OWNING.has(w) && writerBefore)) owned = k;
  }
  // "the blade i carry", "a bottle of acid in my garage": the owner just after the weapon.
  for (let k = weapon + 1; owned < 0 && k < count && k <= weapon + 3; k++)
    if (keys[k] === 'my' || (keys[k] === 'i' && OWNING.has(keys[k + 1] ?? ''))) owned = k;
  // "machete under the bed", "kitchen knife in me coat", "the lump hammer's in the van": kept where
  // the writer keeps things, ready.
  if (owned < 0) owned = keptAt(keys, weapon + 1);
  if (owned < 0) return;
  if (windowHas(ctx, GUN_DEBATE, 0, count)) return;
  const weaponWord = keys[weapon] ?? '';
  // A bat or a hammer is a weapon as a baseball bat or a claw hammer, or with "me and a …".
  const blunt = /^(bat|hammer)s?$/.test(weaponWord);
  const before = keys[weapon - 1] ?? '';
  if (blunt && !BLUNT_WEAPONS.has(before) && keys[owned] !== 'me') return;
  // Addressed to someone, or naming them ("ewan tulloch is due a visit from me n my baseball bat").
  let aimed = addressedInPost(ctx);
  for (let k = 0; k < count && !aimed; k++) {
    const w = keys[k] ?? '';
    aimed = isGivenName(ctx.lex, w) || (ctx.person[k] === 1 && !CALENDAR.has(w));
  }
  if (!aimed) return;
  hits.push({
    category: 'threat',
    score: 0.7,
    tokStart: Math.min(owned, weapon),
    tokEnd: Math.max(owned, weapon) + 1,
    rule: 'threat:armed',
  });
}

/** A bat or a hammer made for hitting: "baseball bat", "claw hammer", "lump hammer". */
const BLUNT_WEAPONS = new Set(['baseball', 'claw', 'lump', 'sledge', 'club']);
/** Where a weapon is kept ready: "in me coat", "under the bed", "in the van". */
const KEPT_IN = new Set([
  'coat',
  'jacket',
  'pocket',
  'bag',
  'boot',
  'van',
  'motor',
  'glovebox',
  'drawer',
  'bed',
  'shed',
  'loft',
]);
const KEPT_WHOSE = new Set(['the', 'my', 'me', 'ma', 'mi']);

/** Token index of "in"/"under" opening "in me coat", "under the bed" at `from` (or one word later), else -1. */
function keptAt(keys: string[], from: number): number {
  for (let k = from; k <= from + 1; k++) {
    const w = keys[k] ?? '';
    if ((w === 'in' || w === 'under') && KEPT_WHOSE.has(keys[k + 1] ?? '') && KEPT_IN.has(keys[k + 2] ?? ''))
      return k;
  }
  return -1;
}

/** Capitalised at the start of a reply but not names. */
const NOT_NAMES = new Set([
  'his',
  'her',
  'their',
  'he',
  'she',
  'they',
  'it',
  'this',
  'that',
  'everyone',
  'everybody',
]);
/** Whose family it is: "your kids", "his wife". */
const OWNERS = new Set(['your', 'ur', 'yer', 'his', 'her', 'their']);
/** Family who may be the subject of a threatened outcome ("your kids will get hurt"). */
const KIN = new Set([
  'wife',
  'husband',
  'partner',
  'kids',
  'children',
  'daughter',
  'son',
  'family',
  'mum',
  'dad',
]);
/** Outcomes that happen to their subject whatever the voice: "X will die", "X is dead", "X is next". */
const PATIENT_OUTCOMES = new Set(['die', 'dead', 'next']);
const PASSIVE = new Set(['be', 'get', 'gets', 'getting', 'been']);
/** What "next" can describe: "next week", "next general election" (not "next time you step foot in…", a threat). */
const NEXT_WHAT = new Set(['week', 'month', 'year', 'general', 'term', 'parliament', 'reshuffle']);

function futureOutcome(ctx: Context, o: number, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  let you = -1;
  let named = false;
  let future = false;
  for (let k = o - 1; k >= 0 && k >= o - 4; k--) {
    const w = keys[k] ?? '';
    if (s.negators.has(w) || w === 'should' || w === 'if') return;
    if (FUTURE.has(w)) future = true;
    if (YOULL.has(w) || w === 'youre' || w === 'ur' || w === 'your')
      future = future || YOULL.has(w) || w === 'youre' || w === 'ur';
    if (s.secondPerson.has(w) || YOULL.has(w) || w === 'youre' || w === 'ur') you = k;
    // …or a named person: "Mackellar will be dead by Christmas" (not "the bill will be dead")
    else if (
      you < 0 &&
      ctx.person[k] === 1 &&
      !NOT_NAMES.has(w) &&
      // the name is the subject: right before the future word ("Mackellar will", "Reid's going")
      (FUTURE.has(keys[k + 1] ?? '') || keys[k + 1] === 'is' || keys[k + 1] === 's')
    ) {
      you = k;
      named = true;
    }
    // …or someone close to them: "your caseworker will get stabbed", "his wife is going to get hurt"
    // (on the receiving end only, like a name).
    else if (
      you < 0 &&
      ((ENTOURAGE.has(w) && PICKED_OUT.has(keys[k - 1] ?? '')) ||
        (KIN.has(w) && OWNERS.has(keys[k - 1] ?? ''))) &&
      (FUTURE.has(keys[k + 1] ?? '') || keys[k + 1] === 'is')
    ) {
      you = k;
      named = true;
    }
  }
  if (you < 0 || !future) return;
  // "You're finished at the next election", "you're out next time": "next" describes what follows it.
  if (
    keys[o] === 'next' &&
    (keys[o - 1] === 'the' || NEXT_WHAT.has(keys[o + 1] ?? '') || s.electoral.has(keys[o + 1] ?? ''))
  )
    return;
  // "Sorry Callum, ye'll get us next time": the writer's side on the receiving end of a contest.
  for (let k = you + 1; k < o; k++) if (keys[k] === 'us' || keys[k] === 'me') return;
  // A name must be on the receiving end: "Mackellar will be shot", "Reid's going to die", not "Trump
  // will have killed millions".
  if (named && !PATIENT_OUTCOMES.has(keys[o] ?? '')) {
    let passive = false;
    for (let k = you + 1; k < o; k++) if (PASSIVE.has(keys[k] ?? '')) passive = true;
    if (!passive) return;
  }
  // "you will die waiting for a GP appointment": a policy consequence, not a threat
  for (let k = o + 1; k < count && k <= o + 4; k++)
    if (s.policyNouns.has(keys[k] ?? '') || keys[k] === 'waiting' || keys[k] === 'poor') return;
  hits.push({
    category: 'threat',
    score: keys[o] === 'next' ? 0.7 : 0.75,
    tokStart: you,
    tokEnd: o + 1,
    rule: `threat:you-will-${keys[o] ?? ''}`,
  });
}

/** Weapon emoji as often a figure as a weapon: a bombshell, a coffin for a career, dynamite. */
const METAPHOR_EMOJI = new Set(['💣', '⚰', '🧨']);
/** Laughs, games, sport and a crown of praise ("slayed the debate 🗡️👑") beside a weapon emoji. */
const JOKE_EMOJI = new Set([
  '😂',
  '🤣',
  '😅',
  '😆',
  '😹',
  '🎉',
  '🥳',
  '⚽',
  '🎮',
  '🏃',
  '🏆',
  '🦶',
  '🎯',
  '👑',
]);
/** The word a weapon emoji illustrates: "bomb", "bombed", "shot", "shoot", "headshotted", "slayed". */
const ILLUSTRATED =
  /^(bomb|bombs|bombed|bombing|bombshell|shot|shots|shoot|shooting|headshot|headshotted|gun|guns|knife|knives|slay|slays|slayed|slaying)$/;
/** Words of a death, for a coffin emoji mourning a thing: "RIP to the Lib Dem vote ⚰️", "It's dead. ⚰️". */
const DEATH_WORDS = new Set([
  'rip',
  'dead',
  'died',
  'dies',
  'death',
  'buried',
  'funeral',
  'killed',
  'gutting',
]);

/**
 * A coffin emoji that mourns a policy, a vote or a service ("⚰️⚰️⚰️ for the Conservative vote", "this
 * Bill … It's dead. ⚰️", "⚰️ RIP to the Lib Dem vote"): "for the" and a policy word just after it, or a
 * death word and a policy or thing word in the (short) post.
 */
function mournsAThing(ctx: Context, t: number): boolean {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  for (let k = t + 1; k < Math.min(count, t + 7); k++)
    if (keys[k] === 'for' && keys[k + 1] === 'the') {
      for (let j = k + 2; j < Math.min(count, k + 6); j++) if (s.policyNouns.has(keys[j] ?? '')) return true;
      break;
    }
  let death = false;
  let thing = false;
  for (let k = 0; k < count; k++) {
    const w = keys[k] ?? '';
    if (DEATH_WORDS.has(w)) death = true;
    if (s.policyNouns.has(w) || THING_NOUNS.has(w)) thing = true;
  }
  return death && thing;
}

function weaponEmoji(ctx: Context, hits: RuleHit[], political: number): void {
  const { keys, count, emoji } = ctx.tok;
  const s = ctx.lex.sets;
  let first = -1;
  let last = -1;
  let n = 0;
  let person = false;
  for (let t = 0; t < count; t++) {
    if (emoji[t] === 1 && WEAPONS.has((keys[t] ?? '').replace('\uFE0F', ''))) {
      if (first < 0) first = t;
      last = t;
      n++;
    }
  }
  if (n === 0) return;
  for (let t = 0; t < count && !person; t++) {
    const k = keys[t] ?? '';
    if (
      s.secondPerson.has(k) ||
      s.possessive2.has(k) ||
      k === '@user' ||
      k === 'her' ||
      k === 'him' ||
      k === 'she' ||
      k === 'he' ||
      ctx.person[t] === 1
    )
      person = true;
  }
  if (n === 0 || !person) return;

  // "absolutely murder you lot ⚽🔪", "headshotted 40 times 🎮🔫😂": a game or a laugh beside it; "a
  // ticking time bomb 💣", "shot themselves in the foot 🔫": it illustrates the word before it, which
  // the other rules judge.
  for (let t = first; t <= last; t++) {
    if (emoji[t] !== 1 || !WEAPONS.has((keys[t] ?? '').replace('\uFE0F', ''))) continue;
    for (let k = Math.max(0, t - 2); k <= Math.min(count - 1, t + 2); k++)
      if (emoji[k] === 1 && JOKE_EMOJI.has((keys[k] ?? '').replace('\uFE0F', ''))) return;
    // The word it illustrates, just before or just after it ("time bomb 💣", "💣 Bombshell:"); not
    // further back ("should come with a bomb disposal team, just in case 💣" is a threat).
    for (let k = Math.max(0, t - 3); k <= Math.min(count - 1, t + 3); k++)
      if (k !== t && ILLUSTRATED.test(keys[k] ?? '')) return;
    if ((keys[t] ?? '').startsWith('⚰') && mournsAThing(ctx, t)) return;
  }
  // One bomb, coffin or dynamite emoji in a post about policy or a politician's record is as often a
  // figure as a weapon ("⚰️ for his career after that interview", "a bombshell 💣"): below the bar, it
  // needs something else to make a threat. (Knives and guns keep their weight: "unless you actually
  // vote for it 🙂🔪".)
  const alone = n === 1 && political > 0 && METAPHOR_EMOJI.has((keys[first] ?? '').replace('\uFE0F', ''));
  hits.push({
    category: 'threat',
    score: n >= 2 ? 0.7 : alone ? 0.4 : 0.55,
    tokStart: first,
    tokEnd: last + 1,
    rule: 'threat:weapon-emoji',
  });
}
