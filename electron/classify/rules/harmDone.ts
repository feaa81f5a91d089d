import type { Context } from '../context';
import { wordList } from '../wordLists';
import {
  addressedInPost as addressedInPost_IMPORT,
  sentenceEnd as sentenceEnd_IMPORT,
  sentenceStart as sentenceStart_IMPORT,
} from '../guards';
import { capitalisedOpener as capitalisedOpener_IMPORT, windowHas as windowHas_IMPORT } from '../tokenWindow';
import {
  W_ATTACKER as W_ATTACKER_IMPORT,
  W_INJURY as W_INJURY_IMPORT,
  W_KNOW as W_KNOW_IMPORT,
  W_ALONE as W_ALONE_IMPORT,
  W_HARMED as W_HARMED_IMPORT,
  W_REWARD as W_REWARD_IMPORT,
} from '../wordFlags';
import { DAYS } from './doxxing';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const capitalisedOpener = capitalisedOpener_IMPORT;
const W_HARMED = W_HARMED_IMPORT;
const W_REWARD = W_REWARD_IMPORT;
const W_ATTACKER = W_ATTACKER_IMPORT;
const W_INJURY = W_INJURY_IMPORT;
const W_KNOW = W_KNOW_IMPORT;
const W_ALONE = W_ALONE_IMPORT;
const sentenceEnd = sentenceEnd_IMPORT;
const span = ruleHit_IMPORT;
const addressedInPost = addressedInPost_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const windowHas = windowHas_IMPORT;

/**
 * Someone "getting" hurt, in the words people use when no threat verb is there to find:
 *  - cheered on: "Rourke getting his head kicked in would restore my faith in humanity", "her getting
 *    punched at that hustings was the best thing all year" → wishing or glorifying harm;
 *  - promised: "ur getting opened up", "the minute she sets foot in Sallowfield she's getting hurt"
 *    (to "you", or to someone with a when) → a threat.
 * News ("an MP getting attacked is a disgrace"), contests ("getting battered at the polls": contest
 * words are not in HARMED) and condemnation stay out: nothing cheers, promises or sets a time.
 */
export const HARMED = new Set([
  'hurt',
  'punched',
  'kicked',
  'stabbed',
  'shot',
  'smacked',
  'slapped',
  'glassed',
  'killed',
  'murdered',
  'lamped',
  'decked',
  'bottled',
  'leathered',
  'hospitalised',
  'hospitalized',
  'torched',
  'jumped',
  'mugged',
  'egged',
  'opened',
  'knifed',
  'strung',
  'lynched',
  'hanged',
  'bricked',
  'caved',
  // Scots for slashed
  'chibbed',
]);
/** A beating got, as a noun: "she's gonna get a right hidin next time", "getting a kicking". */
export const BEATINGS_GOT = new Set([
  'hiding',
  'hidin',
  'kicking',
  'leathering',
  'battering',
  'pasting',
  'shoeing',
  // Scots: "she's getting a doing"
  'doing',
]);
/** Harm so plainly violent that "gonna get" it needs no time to be a promise ("she's gonna get proper leathered"). */
const VIOLENT = new Set([
  'glassed',
  'knifed',
  'stabbed',
  'leathered',
  'battered',
  'chibbed',
  'bottled',
  'lamped',
]);
const GETS = wordList(['getting', 'gettin', 'get', 'gets', 'got']);
/** Between "getting" and the harm: "getting his head kicked in", "get properly hurt". */
const BETWEEN = new Set([
  'his',
  'her',
  'their',
  'ur',
  'your',
  'head',
  'face',
  'teeth',
  'skull',
  'lights',
  'legs',
  'properly',
  'badly',
  'seriously',
  'really',
  'absolutely',
  'well',
  'a',
  // other voices, and "a right / proper / good hiding"
  'ead',
  'heed',
  'yer',
  'thi',
  'proper',
  'right',
  'good',
  'real',
]);
/** Debates and contests, where people are "murdered" and "battered" every week. */
const CONTESTS = new Set(['panel', 'debate', 'debates', 'pmqs', 'interview', 'question']);
/**
 * Where a beating told as a noun is a defeat: "got a kicking at the hustings / in the press / from the
 * voters" (not "getting punched at that hustings", which happened).
 */
const LOST_AT = new Set(['hustings', 'press', 'papers', 'voters', 'locals']);
/** …and where any beating is: "they're gonna get leathered in the locals". */
const LOST_IN = new Set(['press', 'papers', 'voters', 'locals']);
/** Cheering the harm on. */
const CHEERS = new Set([
  'best',
  'glad',
  'karma',
  'faith',
  'brilliant',
  'love',
  'loved',
  'lovely',
  'legend',
  'hero',
  'heroes',
  'cheer',
  'cheered',
  'celebrate',
  'champagne',
  'happiest',
  'satisfying',
  'deserved',
  'deserves',
  'again',
  'pls',
  'please',
  'more',
  'wait',
  'times',
  '😂',
  '🤣',
]);
const SECOND = new Set(['you', 'u', 'ya', 'ur', 'youre', 'yer', 'youll', 'ull']);
const THIRD = new Set(['he', 'she', 'hes', 'shes', 'they', 'theyre', 'him', 'her', 'them']);
/** Small words between the subject and "getting": "she's getting", "you are gonna get". */
const AUX = new Set(['is', 'are', 'was', 'will', 'gonna', 'going', 'to', 'be', 'soon', 'definitely', 'def']);
/** A time that turns "she's getting hurt" into a promise. */
const WHEN = new Set([
  'minute',
  'moment',
  'soon',
  'tonight',
  'tomorrow',
  'tmrw',
  'next',
  'when',
  'once',
  'day',
  'week',
]);

/** A price on someone's head: "100 quid to anyone who knocks her out", "a pint for whoever decks him". */
export const REWARDS = new Set([
  'quid',
  'pound',
  'pounds',
  'grand',
  'fiver',
  'tenner',
  'pint',
  'pints',
  'knighthood',
  'medal',
  'reward',
  'bounty',
  'crate',
  // "I'd chip in to a GoFundMe for the bail of whoever gets to Euan Baird first"
  'gofundme',
  'bail',
]);
const FIRST = new Set(['first']);
/** Who the reward is for. */
export const TAKERS = wordList(['anyone', 'anybody', 'whoever', 'whoevers', 'first']);
/** What earns it: harm done, or getting to them first. */
const EARNS = new Set([
  ...HARMED,
  // "First one to egg him gets a pint. First one to glass him gets a crate."
  'egg',
  'glass',
  'punch',
  'slap',
  'hit',
  'chin',
  'floor',
  'stab',
  'shoot',
  'batter',
  'bray',
  'knocks',
  'knock',
  'decks',
  'deck',
  'lamps',
  'punches',
  'smacks',
  'slaps',
  'hits',
  'bricks',
  'eggs',
  'glasses',
  'stabs',
  'shoots',
  'spark',
  'sparks',
]);

/** Who did it: "whoever slashed his tyres", "the lad that chinned Councillor Pybus". */
export const ATTACKERS = new Set([
  'whoever',
  'lad',
  'lads',
  'fella',
  'bloke',
  'man',
  'guy',
  'woman',
  'person',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'constituent',
  'protester',
  'protestor',
  'voter',
  // "Amess's killer did the country a favour": the attack is in the noun
  'killer',
  'murderer',
]);
/** Whose killer: MPs murdered in office, as the possessive before "killer" ("Amess's", "Cox's"). */
const MURDERED = new Set(['amesss', 'coxs', 'amess', 'cox']);
/** Past attacks, besides HARMED: "went for", "chinned", "slashed". */
const ATTACKED = new Set([
  ...HARMED,
  'went',
  'chinned',
  'slashed',
  'attacked',
  'battered',
  'nutted',
  'headbutted',
  'knocked',
  'thumped',
  'hit',
  'lobbed',
  'threw',
  'chucked',
  'keyed',
  'milkshaked',
  'floored',
  'spat',
  'put',
  'assaulted',
  'shoved',
  'firebombed',
  // "the man who broke his nose" (a part after it), "the man who set fire to his office"
  'broke',
  'set',
]);
/** What "broke" must break to be an attack: "the man who broke his nose" (not "broke the story"). */
const BROKEN = new Set(['nose', 'jaw', 'arm', 'leg', 'legs', 'ribs', 'cheekbone', 'teeth', 'skull', 'neck']);
/** "put him in A&E": "put" is an attack only with where it left them. */
const PUT_IN = new Set(['hospital', 'a', 'icu', 'intensive', 'ambulance', 'wheelchair']);
/** Who may attack without a relative ("a constituent hit @X with a placard? Hero."): never the victim
 * of a report ("the lad stabbed on Canal Row"). */
const AGENT_FIRST = new Set(['someone', 'somebody', 'constituent', 'protester', 'protestor', 'voter']);
const KNOCKED = new Set(['out', 'down', 'spark', 'sparko']);
/** Praise for the attacker. */
const PRAISE = new Set([
  ...CHEERS,
  'respect',
  'fair',
  'hero',
  'heroes',
  'legend',
  'pint',
  'repeat',
  'favour',
  // "I'd shake the hand of the man who…", "any more takers?"
  'hand',
  'takers',
  // Egging on: "shoulda used rocks", "next time go for the MP" (and "missed a spot", below).
  'shoulda',
  'next',
  // Honours: "should be on the new year honours list", "deserves the freedom of the city".
  'honours',
  'knighthood',
  'medal',
  'freedom',
]);
/** Targets a praised attack must have had: an elected member or a named person. */
const MEMBERS = new Set([
  'mp',
  'mps',
  'councillor',
  'cllr',
  'minister',
  'msp',
  'mla',
  'ms',
  'him',
  'her',
  '@user',
  '@users',
]);

export function harmDoneRules(ctx: Context, hits: RuleHit[]): void {
  // Word-table flags: most posts have none of these words and skip every rule here.
  const flags = ctx.tok.flags;
  if ((flags & W_HARMED) !== 0) gettingHurt(ctx, hits);
  if ((flags & W_REWARD) !== 0) bounty(ctx, hits);
  if ((flags & W_ATTACKER) !== 0) praisedAttacker(ctx, hits);
  if ((flags & W_INJURY) !== 0) futureInjury(ctx, hits);
  if ((flags & W_KNOW) !== 0) knowsPrivateLife(ctx, hits);
  if ((flags & W_ALONE) !== 0) aloneAtTime(ctx, hits);
}

/** Being on one's own, unseen: "on your own", "alone", "nobody about", "no camera". */
export const ALONE = new Set([
  'alone',
  'own',
  'nobody',
  'noone',
  'camera',
  'cameras',
  'cctv',
  'deserted',
  'unlit',
]);
/** Going somewhere at a time: "you leave the office at twenty to seven", "walk home alone". */
const MOVES = new Set([
  'leave',
  'leaves',
  'walk',
  'walks',
  'drive',
  'drives',
  'get',
  'gets',
  'arrive',
  'go',
  'run',
  'jog',
  'finish',
  'catch',
  'park',
  'open',
  'opens',
  'lock',
  'locks',
  'drops',
  'home',
]);
const TIMES = new Set([
  ...DAYS,
  ...['mornings', 'morning', 'evenings', 'evening', 'nights', 'night', 'tonight', 'am', 'pm', 'oclock'],
]);

/** After "nobody", words that say no one is near: "nobody about", "no one around at that hour". */
const NOBODY_NEAR = new Set(['about', 'around', 'there', 'near', 'nearby', 'watching', 'else', 'to', 'in']);
/** Spans of time before "alone" that make it "only": "this week alone", "in 2023 alone". */
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'day', 'today', 'yesterday']);

/** "don't have to" / "don't need to" in the eight words before token t. */
function noNeedBefore(ctx: Context, t: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = Math.max(0, t - 8); k < t - 2; k++)
    if (
      ctx.lex.sets.negators.has(keys[k] ?? '') &&
      (keys[k + 1] === 'have' || keys[k + 1] === 'need') &&
      keys[k + 2] === 'to'
    )
      return true;
  return false;
}

/**
 * "You leave the Harrowgate Road office at twenty to seven most Thursdays and walk to the car park on
 * your own", "your driver drops you at the back entrance at 8:05; that entrance has no camera": when
 * and where the person is alone, told to them. Needs "you", a going-somewhere verb, a time (a clock
 * time or a day) and the being-alone words in the post.
 */
function aloneAtTime(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  let alone = -1;
  for (let t = 0; t < count && alone < 0; t++) {
    const w = keys[t] ?? '';
    // The word table flags ALONE's words (W_ALONE), as it does ATTACKERS' (W_ATTACKER) below.
    if ((ctx.flagsAt(t) & W_ALONE) === 0) continue;
    // "on your own", "no camera", "nobody about", "alone"
    if (w === 'own' && !(keys[t - 2] === 'on' && s.possessive2.has(keys[t - 1] ?? ''))) continue;
    if ((w === 'camera' || w === 'cameras' || w === 'cctv') && keys[t - 1] !== 'no') continue;
    // "nobody about", "no one around"; not "nobody was hurt" or "nobody deserves this".
    if ((w === 'nobody' || w === 'noone') && !NOBODY_NEAR.has(keys[t + 1] ?? '')) continue;
    // "you're not on your own": the helpline's comfort, not someone alone.
    if (w === 'own' && s.negators.has(keys[t - 3] ?? '')) continue;
    // "you don't have to sit with it on your own": the same comfort, said further back.
    if (w === 'own' && noNeedBefore(ctx, t)) continue;
    // "400 arrived on Monday alone", "last year alone": only then, not by themselves.
    if (w === 'alone' && (TIMES.has(keys[t - 1] ?? '') || PERIODS.has(keys[t - 1] ?? ''))) continue;
    alone = t;
  }
  if (alone < 0) return;
  // Within about two sentences of the being-alone words, not across a long post.
  let you = -1;
  let move = false;
  let time = false;
  for (let t = Math.max(0, alone - 25); t < Math.min(count, alone + 12); t++) {
    const w = keys[t] ?? '';
    if (you < 0 && (s.secondPerson.has(w) || s.possessive2.has(w))) you = t;
    if (MOVES.has(w)) move = true;
    // A day, a part of the day, or a clock time ("at 7", "8:05", "6am"), not a count ("40 kids").
    const before = keys[t - 1] ?? '';
    if (
      TIMES.has(w) ||
      /^\d{1,2}(am|pm)$/.test(w) ||
      (/^\d{1,2}$/.test(w) && (before === 'at' || before === 'by' || /^\d{1,2}$/.test(before)))
    )
      time = true;
  }
  if (you < 0 || !move || !time) return;
  hits.push(span('threat', 0.65, Math.min(you, alone), alone + 1, 'threat:alone-at-time'));
}

/** Private things someone can be found by, after "your": "I know your car", "we know your route". */
const YOUR_PRIVATE = new Set([
  'car',
  'motor',
  'house',
  'home',
  'flat',
  'cottage',
  'route',
  'routine',
  'movements',
  'timings',
  'schedule',
  'garage',
  'lockup',
  'boat',
  'caravan',
  'driveway',
  'train',
  'bus',
]);
/** …and after "which / where / what": "I ken which close ye stay in", "we know where your mum lives". */
const WHICH_PRIVATE = new Set([
  ...YOUR_PRIVATE,
  'school',
  'street',
  'road',
  'close',
  'gym',
  'pub',
  'kids',
  'children',
  'wife',
  'husband',
  'missus',
  'mum',
  'dad',
  'daughter',
  'son',
  'bairns',
  'lives',
  'stay',
  'stays',
  'sleep',
  'sleeps',
  'park',
  'parks',
]);
const KNOWERS = new Set(['i', 'we', 'ah', 'weve', 'ive']);
const WHICH = new Set(['which', 'where', 'what', 'whit', 'whaur']);

/**
 * "We know the motor, we know your route home", "ah ken which close ye stay in": the writer telling the
 * person they know their private life. After "your" only things that locate someone (car, house,
 * route), so "I know your mum from church" stays clean; family, streets and schools count after
 * "which / where / what" ("I know which school your kids go to"). Needs someone addressed.
 */
function knowsPrivateLife(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  for (let t = 1; t < count; t++) {
    const k = keys[t] ?? '';
    if (k !== 'know' && k !== 'ken') continue;
    let subject = -1;
    for (let j = t - 1; j >= 0 && j >= t - 3 && subject < 0; j--) if (KNOWERS.has(keys[j] ?? '')) subject = j;
    if (subject < 0) continue;
    // "I don't know which school…", "we never knew": not knowing is no threat.
    let negated = false;
    for (let j = subject + 1; j < t; j++) negated = negated || s.negators.has(keys[j] ?? '');
    if (negated) continue;
    const end = sentenceEnd(ctx, t);
    let thing = -1;
    let which = false;
    for (let j = t + 1; j < end && j <= t + 6 && thing < 0; j++) {
      const w = keys[j] ?? '';
      if (WHICH.has(w)) which = true;
      const yours = s.possessive2.has(keys[j - 1] ?? '');
      if ((yours && YOUR_PRIVATE.has(w)) || (which && WHICH_PRIVATE.has(w))) thing = j;
    }
    if (thing < 0) continue;
    if (!addressedInPost(ctx)) continue;
    hits.push(span('threat', 0.6, subject, thing + 1, 'threat:knows-private-life'));
    return;
  }
}

/** Where someone hurt ends up: "in an ambulance", "in pieces", "in a box". */
export const INJURY = new Set([
  'ambulance',
  'hospital',
  'wheelchair',
  'coffin',
  'box',
  'pieces',
  'bags',
  'traction',
  'hearse',
  'morgue',
]);
/** Between "in" and the place: "in an ambulance", "in several pieces", "in a body bag". */
const INJURY_BETWEEN = new Set(['a', 'an', 'the', 'several', 'little', 'body', 'bin']);
/** "you'll", or "you / you're" followed within three words by one of these. */
const YOU_FUTURE = new Set(['will', 'gonna', 'going', 'be', 'leave', 'leaving', 'end', 'go', 'come']);

/**
 * "Come to Kirby Moor again and you'll leave in pieces", "next walkabout you're going home in an
 * ambulance", "you'll be leaving the estate in a box": the person's future in a place the injured
 * end up. Needs "in" before the place and "you" with a future in the sentence before it; NHS
 * complaints ("you'll wait ten hours for an ambulance") have no "in", contests ("in pieces at the
 * ballot box") are electoral.
 */
function futureInjury(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    if (!INJURY.has(keys[t] ?? '')) continue;
    let k = t - 1;
    while (k >= t - 3 && INJURY_BETWEEN.has(keys[k] ?? '')) k--;
    if (keys[k] !== 'in') continue;
    const from = sentenceStart(ctx, t);
    if (windowHas(ctx, ctx.lex.sets.electoral, from, sentenceEnd(ctx, t))) continue;
    let you = -1;
    for (let j = Math.max(from, t - 12); j < k && you < 0; j++) {
      const w = keys[j] ?? '';
      if (w === 'youll' || w === 'ull') you = j;
      else if (w === 'you' || w === 'u' || w === 'youre' || w === 'ur' || w === 'ye')
        for (let n = j + 1; n <= j + 3 && n < k; n++) if (YOU_FUTURE.has(keys[n] ?? '')) you = j;
    }
    if (you < 0) continue;
    hits.push(span('threat', 0.75, you, t + 1, `threat:future-injury-${keys[t] ?? ''}`));
    return;
  }
}

/**
 * "The fella who went for that MP at his surgery was a hero", "big respect to whoever slashed Cllr
 * Nwosu's tyres", "fair play to the lad that chinned Councillor Pybus": praise for someone who
 * attacked an elected member. News of the attack without praise is not caught here.
 */
function praisedAttacker(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    if ((ctx.flagsAt(t) & W_ATTACKER) === 0) continue;
    // "Amess's killer did the country a favour", "Jo Cox's murderer is a hero": the killing is in the noun.
    if ((keys[t] === 'killer' || keys[t] === 'murderer') && MURDERED.has(keys[t - 1] ?? '')) {
      // The span is the praise after the noun: "killer" alone is a figure of speech ("a killer speech").
      for (let p = t + 1; p < count; p++)
        if (PRAISE.has(keys[p] ?? '')) {
          hits.push(span('harm_incitement', 0.8, t + 1, p + 1, 'harm:praised-attack'));
          return;
        }
      continue;
    }
    // The attacker did it ("whoever slashed", "the lad that chinned"), not "the lad stabbed on Canal Row".
    const rel =
      keys[t] === 'whoever' || (AGENT_FIRST.has(keys[t] ?? '') && keys[t + 2] !== 'by')
        ? t
        : keys[t + 1] === 'who' || keys[t + 1] === 'that'
          ? t + 1
          : -1;
    if (rel < 0) continue;
    const w = keys[rel + 1] ?? '';
    // "went for" him, "knocked out" / "knocked" him (not "knocked on her door"), "put him in A&E".
    const deed =
      ATTACKED.has(w) &&
      (w !== 'went' || keys[rel + 2] === 'for') &&
      (w !== 'knocked' || KNOCKED.has(keys[rel + 2] ?? '') || MEMBERS.has(keys[rel + 2] ?? '')) &&
      (w !== 'put' || putInHospital(ctx, rel + 2)) &&
      (w !== 'set' || keys[rel + 2] === 'fire') &&
      (w !== 'broke' || windowHas(ctx, BROKEN, rel + 2, rel + 6))
        ? rel + 1
        : -1;
    if (deed < 0) continue;
    let target = false;
    const to = sentenceEnd(ctx, deed);
    for (let k = deed + 1; k < to && k <= deed + 6 && !target; k++)
      target = MEMBERS.has(keys[k] ?? '') || ctx.person[k] === 1;
    if (!target || !(praised(ctx) || missedASpot(ctx)) || windowHas(ctx, JUSTICE, 0, count)) continue;
    // "hit @X with a question": only a thing thrown or swung is an attack.
    if (w === 'hit' && !hitWith(ctx, deed)) continue;
    hits.push(span('harm_incitement', 0.8, t, deed + 1, 'harm:praised-attack'));
    return;
  }
}

/** After "put": the person (a word or a name), then "in hospital", "in A&E", "in a wheelchair". */
function putInHospital(ctx: Context, k: number): boolean {
  const keys = ctx.tok.keys;
  let j = k;
  while (j < k + 4 && (ctx.person[j] === 1 || MEMBERS.has(keys[j] ?? ''))) j++;
  return j > k && keys[j] === 'in' && PUT_IN.has(keys[j + 1] ?? '');
}

/** The attacker punished, not praised: "anyone who hit the MP should be jailed". */
const JUSTICE = new Set([
  'jailed',
  'arrested',
  'prosecuted',
  'charged',
  'sentenced',
  'convicted',
  'prison',
  'locked',
  'police',
]);
/** What a blow is struck with: "hit @X with a placard", not "with a question". */
const STRUCK_WITH = new Set([
  'placard',
  'brick',
  'egg',
  'eggs',
  'bottle',
  'milkshake',
  'bat',
  'stick',
  'chair',
  'sign',
  'umbrella',
  'brolly',
  'rock',
  'stone',
  'pint',
  'glass',
  'shoe',
  'fist',
  'punch',
  'car',
  'van',
]);

/** Before a praise word, someone else's: "anyone who would cheer". */
const OTHERS = new Set(['who', 'whod', 'whos']);

/**
 * A praise word of the writer's, not under a negation ("no respect for that", "not a hero") nor
 * someone else's described ("anyone who would cheer if someone shot an MP is sick").
 */
function praised(ctx: Context): boolean {
  const keys = ctx.tok.keys;
  const neg = ctx.lex.sets.negators;
  for (let k = 0; k < ctx.tok.count; k++) {
    if (!PRAISE.has(keys[k] ?? '')) continue;
    const b1 = keys[k - 1] ?? '';
    const b2 = keys[k - 2] ?? '';
    if (neg.has(b1) || neg.has(b2) || OTHERS.has(b1) || OTHERS.has(b2)) continue;
    return true;
  }
  return false;
}

/** "hit @X with a placard": a thing thrown or swung within a few words of "with". */
function hitWith(ctx: Context, deed: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = deed + 1; k < deed + 7; k++)
    if (keys[k] === 'with') return windowHas(ctx, STRUCK_WITH, k + 1, k + 4);
  return false;
}

/**
 * The attack should have gone further: "You missed a spot. His head.", "Eggs. Amateurs. Step it
 * up lads", "finish the job".
 */
function missedASpot(ctx: Context): boolean {
  const keys = ctx.tok.keys;
  for (let k = 0; k < ctx.tok.count; k++) {
    const w = keys[k];
    if (w === 'missed' && keys[k + 1] === 'a' && keys[k + 2] === 'spot') return true;
    if (w === 'step' && keys[k + 1] === 'it' && keys[k + 2] === 'up') return true;
    if (w === 'finish' && keys[k + 1] === 'the' && keys[k + 2] === 'job') return true;
  }
  return false;
}

/** A sum of money: "£500", "$100" (the tokeniser drops the sign, the original text keeps it). */
function moneyIn(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.tok.keys[k] ?? '';
    if (w.length === 0 || w.charCodeAt(0) < 48 || w.charCodeAt(0) > 57) continue;
    const at = ctx.norm.srcStart[ctx.tok.start[k] ?? 0] ?? 0;
    const sign = ctx.original.charCodeAt(at - 1);
    if (sign === 0xa3 || sign === 36) return true;
  }
  return false;
}

/** "I'll pay the fine for anyone who…". */
function payTheFine(ctx: Context, from: number, to: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = from + 2; k < to; k++)
    if (keys[k] === 'fine' && keys[k - 1] === 'the' && keys[k - 2] === 'pay') return true;
  return false;
}

function bounty(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    if (!ctx.tokenIn(t, TAKERS)) continue;
    const from = sentenceStart(ctx, t);
    const to = sentenceEnd(ctx, t);
    if (!windowHas(ctx, REWARDS, from, to) && !moneyIn(ctx, from, to) && !payTheFine(ctx, from, to)) continue;
    // The deed after the taker, and someone it is done to ("whoever gets to Pryce-Holloway first").
    let deed = -1;
    for (let k = t + 1; k < to && k <= t + 6; k++) {
      const w = keys[k] ?? '';
      if (EARNS.has(w) || (w === 'gets' && keys[k + 1] === 'to')) deed = k;
    }
    if (deed < 0) continue;
    // …the person named, or raced to: "whoever gets to pryce-holloway first" (typed in lower case).
    let person =
      keys[deed] === 'gets' &&
      !ctx.lex.sets.stopwords.has(keys[deed + 2] ?? '') &&
      windowHas(ctx, FIRST, deed + 3, deed + 6);
    for (let k = t + 1; k < to && !person; k++) person = ctx.person[k] === 1 || THIRD.has(keys[k] ?? '');
    if (!person) continue;
    hits.push(span('harm_incitement', 0.8, Math.min(from, t), to, 'harm:bounty'));
    return;
  }
}

function gettingHurt(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    if (!ctx.tokenIn(t, GETS)) continue;
    const harm = harmAfter(keys, t, count);
    if (harm < 0) continue;
    // "Maybury gets a kicking off me": the writer will give it, to a name even at the sentence's start.
    const fromMe = (keys[harm + 1] === 'off' || keys[harm + 1] === 'from') && keys[harm + 2] === 'me';
    const subject =
      subjectBefore(ctx, t) ??
      (fromMe && capitalisedOpener(ctx, t - 1, true) ? { at: t - 1, second: false } : null);
    if (subject === null) continue;
    const from = sentenceStart(ctx, t);
    const to = sentenceEnd(ctx, t);
    // "got absolutely murdered on the Question Time panel", "getting battered in the polls": a contest.
    // (Not when the writer gives it: "gets a kicking off me next time he's canvassing".)
    if (!fromMe && (windowHas(ctx, ctx.lex.sets.electoral, from, to) || windowHas(ctx, CONTESTS, from, to)))
      continue;
    const rule = keys[harm] ?? '';
    if (windowHas(ctx, BEATINGS_GOT.has(rule) ? LOST_AT : LOST_IN, from, to)) continue;
    // A past attack may be cheered in the next sentence: "that MP got knifed at his surgery? Good times."
    const cheerTo = keys[t] === 'got' ? sentenceEnd(ctx, to) : to;
    if (windowHas(ctx, CHEERS, from, cheerTo)) {
      hits.push(span('harm_incitement', 0.8, Math.min(subject.at, t), harm + 1, `harm:cheered-${rule}`));
      return;
    }
    if (keys[t] === 'got') continue;
    // Someone else with a when, as a promise ("she's getting hurt", "he will get glassed"), not an
    // event told in the present ("…when he gets shot needs a knock on the door from the police").
    const promised = keys[t] === 'getting' || keys[t] === 'gettin' || subject.at < t - 1;
    // "she's gonna get proper leathered": plain violence promised needs no time.
    const gonna = keys[t - 1] === 'gonna' || (keys[t - 1] === 'to' && keys[t - 2] === 'going');
    if (
      subject.second ||
      fromMe ||
      (promised && (windowHas(ctx, WHEN, from, to) || (gonna && VIOLENT.has(rule))))
    ) {
      hits.push(span('threat', 0.75, Math.min(subject.at, t), harm + 1, `threat:getting-${rule}`));
      return;
    }
  }
}

function harmAfter(keys: string[], t: number, count: number): number {
  for (let k = t + 1; k < count && k <= t + 4; k++) {
    const w = keys[k] ?? '';
    if (HARMED.has(w) || (BEATINGS_GOT.has(w) && keys[k - 1] !== 'the')) {
      // "getting opened" is a stabbing only with "up"; "getting jumped" only as an attack (not "jumped at").
      if (w === 'opened' && keys[k + 1] !== 'up') return -1;
      if (w === 'jumped' && keys[k + 1] === 'at') return -1;
      return k;
    }
    if (!BETWEEN.has(w)) return -1;
  }
  return -1;
}

/** Who gets hurt: a person right before "getting" (or before "is / gonna / will be"). */
function subjectBefore(ctx: Context, t: number): { at: number; second: boolean } | null {
  const keys = ctx.tok.keys;
  let k = t - 1;
  while (k >= 0 && k >= t - 3 && AUX.has(keys[k] ?? '')) k--;
  if (k < 0) return null;
  const w = keys[k] ?? '';
  if (SECOND.has(w)) return { at: k, second: true };
  if (THIRD.has(w) || MEMBERS.has(w) || ctx.person[k] === 1) return { at: k, second: false };
  // "That MP who got punched in Stockford deserved every bit."
  if ((w === 'who' || w === 'that') && k > 0 && (MEMBERS.has(keys[k - 1] ?? '') || ctx.person[k - 1] === 1))
    return { at: k - 1, second: false };
  return null;
}
