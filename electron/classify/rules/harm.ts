import type { Context } from '../context';
import { clauseBreakBefore, clauseStart, sentenceEnd as sentenceEnd_IMPORT } from '../guards';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { W_WISH as W_WISH_IMPORT } from '../wordFlags';
import { FAMILY } from './doxxing';
import { ENTOURAGE as ENTOURAGE_IMPORT } from './entourage';
import type { RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const W_WISH = W_WISH_IMPORT;
const ENTOURAGE = ENTOURAGE_IMPORT;
const sentenceEnd = sentenceEnd_IMPORT;
const windowHas = windowHas_IMPORT;

/**
 * Death and harm wishes in free word order: "I hope Hollis gets hit by a bus", "wish someone would
 * stab her", "praying she dies", "can't wait for the day we read Derwent's obituary". A wish word,
 * then (in the same clause) a harm outcome, with a person in between or right after. The phrase
 * lexicon covers fixed forms; this covers names and word order.
 */
export const WISH = new Set([
  'hope',
  'hoping',
  'hopefully',
  'wish',
  'wishing',
  'pray',
  'praying',
  'hoped',
  'may',
  'prayers',
  'manifesting',
  'let',
  'crossed',
  'wait',
  'prayed',
  // only as "if there's any justice": "…siobhan devlin gets a nice aggressive cancer"
  'justice',
  // only after a wish to watch: "I want to see him bleed", "nothing would make my Christmas like
  // seeing her in a neck brace" (DESIRE, below)
  'see',
  'watch',
  'seeing',
  'watching',
]);
/** Before "to see" / "to watch" (or "seeing"), a wish to watch: "I'd love to see", "I'd pay to watch". */
const DESIRE = new Set(['love', 'like', 'want', 'wanna', 'pay', 'enjoy', 'relish']);
const OUTCOME = new Set([
  'die',
  'dies',
  'died',
  'dead',
  'death',
  'killed',
  'kill',
  'kills',
  'shot',
  'shoot',
  'shoots',
  'stabbed',
  'stab',
  'stabs',
  'cancer',
  'raped',
  'rape',
  'rapes',
  'hanged',
  'hang',
  'hangs',
  'lynched',
  'murdered',
  'murder',
  'murders',
  'burn',
  'burns',
  'drown',
  'drowns',
  'suffer',
  'suffers',
  'attacked',
  'beaten',
  'crash',
  'crashes',
  'rot',
  'rots',
  'choke',
  'chokes',
  'strangled',
  'bombed',
  'executed',
  'bleed',
  'bleeds',
  'bleeding',
  'crashed',
  'derails',
  'drowned',
  'burned',
  'burnt',
  'tortured',
  'battered',
  'kicked',
  'maimed',
  'paralysed',
  'crippled',
  // "seeing her in a neck brace"
  'brace',
  // Scots for slashes: "hope some wee ned chibs him"
  'chibs',
  'chibbed',
  'knifed',
  'glassed',
  // Accidents and illness: "hope he slips in the shower and cracks his skull", "pray for a tragic
  // accident for Rachel", "thoughts and prayers that she catches something incurable".
  'slips',
  'skull',
  'incurable',
  'accident',
  'illness',
  'painful',
  'stairs',
  'tumour',
  'tumor',
  // "the tumour's growing" is one token, "tumours"
  'tumours',
  'tumors',
  'aneurysm',
  'stroke',
  'obituary',
  'covid',
  'sick',
  'snaps',
  'snap',
  'hurt',
  'injured',
  'terminal',
  'crushed',
  'electrocuted',
  'electrocutes',
  'electrocute',
  'trampled',
  // "Hope you're feeling suicidal after that vote. Good."
  'suicidal',
  'slip',
  'sepsis',
  'mowed',
  'abscess',
  'miscarriage',
  // "I'd pay to watch her get slapped"
  'slapped',
  'punched',
  'thumped',
]);
const NECK_BREAKS = new Set(['breaks', 'break', 'snaps', 'snap', 'broke', 'snapped', 'broken']);
/** Illness and death outcomes: the person they are wished on may come anywhere in the sentence
 * ("Hope the stroke was painful, Deborah"; "hope the tumour's growing nicely Julia"). */
const DISEASE = new Set([
  'terminal',
  'stroke',
  'tumour',
  'tumor',
  'tumours',
  'tumors',
  'aneurysm',
  'cancer',
  'covid',
  'illness',
  'incurable',
  'obituary',
  'sepsis',
]);
/** "I hope she recovers from the accident", "wishing him a speedy recovery from his illness". */
const RECOVERY = new Set([
  'recover',
  'recovers',
  'recovery',
  'recovering',
  'recovered',
  'better',
  'well',
  'speedy',
  'survive',
  'survives',
  'survived',
  'ok',
  'okay',
  'safe',
  'fine',
  'unhurt',
  'beats',
  'beat',
  'cure',
  'cured',
  'treatment',
  'research',
  'survivor',
  'survivors',
  'awareness',
  // "I hope anyone feeling suicidal reaches out", "…talks to someone", "…gets help".
  'reach',
  'reaches',
  'reaching',
  'talk',
  'talks',
  'help',
  'support',
]);
const PERSON_WORDS = new Set([
  'someone',
  'somebody',
  'anyone',
  'they',
  'them',
  'he',
  'she',
  'her',
  'him',
  'you',
  'u',
  'ya',
  'your',
  'ur',
  'youre',
  'hes',
  'shes',
  'theyre',
  'his',
  'their',
  '@user',
  '@users',
  'all',
  'every',
]);
/** Contests, not violence: "hope he gets killed at the polls" (also rules/callToHarm.ts). */
export const ELECTORAL = new Set([
  'polls',
  'poll',
  'election',
  'elections',
  'ballot',
  'vote',
  'votes',
  'seat',
  'career',
  'committee',
  'debate',
]);

/** Before "let", a prayer: "please let Duncan fall down the stairs", "Dear God, let her slip". */
const PRAYER = new Set(['please', 'god', 'lord']);
const TYRES = new Set(['tyres', 'tires', 'tyre', 'brakes']);
const HAPPENS_TO = new Set(['you', 'u', 'him', 'her', 'them', '@user']);
const OWNERS = new Set(['your', 'ur', 'his', 'her', 'their']);
/**
 * Mishaps told in a phrase: "ends up in a ditch", "goes off a bridge", "something happens to your
 * kids", "slashes his tyres" (not "backs the bridge repairs", "slashes the budget").
 */
const VEHICLES = new Set(['lorry', 'bus', 'train', 'truck', 'tram', 'tractor']);
const GETS = new Set(['gets', 'get', 'got', 'getting']);
const RUNS = new Set(['runs', 'run', 'ran', 'knocks', 'knock', 'mows', 'mow']);
function mishap(keys: string[], k: number): boolean {
  const w = keys[k] ?? '';
  const before = keys[k - 1] ?? '';
  if (w === 'ditch')
    return (before === 'a' || before === 'the') && (keys[k - 2] === 'in' || keys[k - 2] === 'into');
  // "goes off a bridge", "off the swing bridge"
  if (w === 'bridge')
    return (
      ((before === 'a' || before === 'the') && keys[k - 2] === 'off') ||
      ((keys[k - 2] === 'a' || keys[k - 2] === 'the') && keys[k - 3] === 'off')
    );
  // "the plane that doesn't land", "goes off the road", "under a lorry", "round a tree"
  if (w === 'land')
    return before === 'doesnt' || before === 'never' || before === 'didnt' || before === 'wont';
  if (w === 'road') return before === 'the' && keys[k - 2] === 'off';
  // ("under a Tube train", "under the 7:42 train": one word may describe it)
  if (VEHICLES.has(w))
    return (
      ((before === 'a' || before === 'the') && keys[k - 2] === 'under') ||
      ((keys[k - 2] === 'a' || keys[k - 2] === 'the') && keys[k - 3] === 'under')
    );
  if (w === 'tree') return before === 'a' && (keys[k - 2] === 'round' || keys[k - 2] === 'into');
  // "hope Dawson gets run over", "hope the first train that turns up runs him over" (not "the meeting
  // ran over", "run over the figures").
  if (w === 'over')
    return (
      ((before === 'run' || before === 'ran') && GETS.has(keys[k - 2] ?? '')) ||
      (HAPPENS_TO.has(before) && RUNS.has(keys[k - 2] ?? ''))
    );
  if (w === 'happens') {
    if (before !== 'something' || keys[k + 1] !== 'to') return false;
    const who = keys[k + 2] ?? '';
    return HAPPENS_TO.has(who) || (OWNERS.has(who) && FAMILY.has(keys[k + 3] ?? ''));
  }
  if (w === 'slashes' || w === 'slashed' || w === 'cuts' || w === 'fail' || w === 'fails')
    return (
      TYRES.has(keys[k + 1] ?? '') ||
      TYRES.has(keys[k + 2] ?? '') ||
      (w.startsWith('fail') && TYRES.has(before))
    );
  return false;
}

/**
 * Offices named as the person: "hope the MP for Stanwell North gets sepsis", "hope the Transport
 * Secretary gets mowed down". Not before an illness: "hope the minister acts on cancer waiting times".
 */
const OFFICES = new Set(['mp', 'minister', 'ministers', 'secretary', 'chancellor', 'councillor', 'cllr']);

/** "see" and "watch" are wishes only after one ("love to see", "like seeing"); other wish words always. */
function wishToWatch(keys: string[], t: number): boolean {
  const w = keys[t] ?? '';
  if (w === 'see' || w === 'watch') return keys[t - 1] === 'to' && DESIRE.has(keys[t - 2] ?? '');
  if (w === 'seeing' || w === 'watching') return DESIRE.has(keys[t - 1] ?? '');
  return true;
}

/** Token k names or addresses a person: "she", "someone", "you", a name, their staff ("the canvassers"). */
function personAt(ctx: Context, k: number): boolean {
  const w = ctx.tok.keys[k] ?? '';
  return PERSON_WORDS.has(w) || ctx.lex.sets.secondPerson.has(w) || ctx.person[k] === 1 || ENTOURAGE.has(w);
}

function personLaterInSentence(ctx: Context, k: number): boolean {
  const end = sentenceEnd(ctx, k);
  for (let j = k + 1; j < end; j++) if (personAt(ctx, j)) return true;
  return false;
}

/** What an illness is called, or "it" in a post about one. */
const ILLS = new Set([
  'cancer',
  'tumour',
  'tumor',
  'chemo',
  'stroke',
  'sepsis',
  'covid',
  'depression',
  'illness',
  'treatment',
  'surgeon',
  'surgeons',
  'condition',
  'disease',
  'infection',
  'heart',
  // organs that give out: "hope your kidneys pack in" (FAILS, below)
  'kidneys',
  'kidney',
  'liver',
  'lungs',
]);
/** What an organ does when it gives out: "pack in", "fail", "stop", "give out". */
const FAILS = new Set([
  'pack',
  'packs',
  'fail',
  'fails',
  'stop',
  'stops',
  'gives',
  'give',
  'packed',
  'failed',
  'stopped',
]);
/** The organs among ILLS: they "pack in" or "give out". */
const ORGANS = new Set(['heart', 'kidneys', 'kidney', 'liver', 'lungs']);
/** Words that put a post about someone's illness ("it" then is the illness). */
const ILL_CONTEXT = new Set([
  ...ILLS,
  'diagnosis',
  'diagnosed',
  'chemotherapy',
  'hospital',
  'op',
  'operation',
  'leukaemia',
  'terminal',
  'ward',
  'scan',
]);
/** What an illness does when it gets worse: "spreads", "comes back", "wins", "slips" (a surgeon's hand). */
const WORSENS = new Set([
  'spreads',
  'spread',
  'spreading',
  'grows',
  'growing',
  'worse',
  'wins',
  'returns',
  'slips',
  'aggressive',
]);

/**
 * The grave end of an illness, wished in a reply that need not name it: "hope its terminal", "hoping
 * for complications", "here's hoping for a relapse", "praying it's in the lymph nodes", "hope its the
 * slow kind". The adjectives only after "it's" / "is" / "be" ("hope the new terminal opens"), the
 * nouns only after "for" / "a" / "are" ("hope the complications in the bill get sorted" is no wish).
 */
const GRAVE_STATES = new Set(['terminal', 'incurable', 'inoperable', 'fatal', 'malignant']);
const GRAVE_EVENTS = new Set(['relapse', 'complications', 'metastasis']);
const STATE_AFTER = new Set(['its', 'is', 'be', 'was', 'being']);
const EVENT_AFTER = new Set(['for', 'a', 'are', 'some', 'more']);
/** Words that put a post about someone being unwell. */
const UNWELL = new Set([
  'poorly',
  'ill',
  'sick',
  'unwell',
  'hospital',
  'hospitalised',
  'diagnosis',
  'diagnosed',
]);
/** "the slow kind", "the painful sort". */
const KINDS = new Set(['kind', 'sort', 'type']);
/** Words that wish the grave end away: "hope it hasn't spread to the lymph nodes", "free of complications". */
/** Before "terminal", a building: "the new terminal", "the ferry terminal". */
const TERMINAL_BUILDING = new Set([
  'the',
  'new',
  'bus',
  'ferry',
  'airport',
  'north',
  'south',
  'cruise',
  'container',
]);
/** After "terminal", an illness: "the terminal kind", "the terminal diagnosis". */
const TERMINAL_ILL = new Set(['kind', 'sort', 'type', 'diagnosis', 'illness', 'cancer', 'case', 'condition']);
const SPARED = new Set(['hasnt', 'havent', 'free', 'clear', 'without', 'avoid', 'avoids', 'minor']);
function graveEnd(ctx: Context, k: number): boolean {
  const keys = ctx.tok.keys;
  const w = keys[k] ?? '';
  const prev = keys[k - 1] ?? '';
  if (GRAVE_STATES.has(w)) return STATE_AFTER.has(prev);
  // "Heard Okafor's been poorly. Fingers crossed it's serious": only in a post about being ill.
  if (w === 'serious') return STATE_AFTER.has(prev) && windowHas(ctx, UNWELL, 0, ctx.tok.count);
  if (GRAVE_EVENTS.has(w)) return EVENT_AFTER.has(prev);
  if (w === 'lymph') return prev === 'the' && keys[k - 2] === 'in';
  return (w === 'slow' || w === 'painful') && prev === 'the' && KINDS.has(keys[k + 1] ?? '');
}

/**
 * An illness wished worse: "hope it spreads" (in a post about cancer), "hope the chemo doesn't work",
 * "hoping the stroke comes back", "here's hoping the surgeon's hand slips", "pray it's stage 4",
 * "hope the depression wins". Not "hope it doesn't spread" or "hope the treatment works".
 */
function illnessWorse(ctx: Context, t: number, hits: RuleHit[]): boolean {
  const { keys, count } = ctx.tok;
  const end = Math.min(sentenceEnd(ctx, t), t + 14);
  const found = (to: number): boolean => {
    hits.push({
      category: 'harm_incitement',
      score: 0.85,
      tokStart: t,
      tokEnd: to,
      rule: 'harm:illness-worse',
    });
    return true;
  };
  const stage4 = (k: number): boolean =>
    keys[k] === 'stage' && (keys[k + 1] === '4' || keys[k + 1] === 'four');
  let spared = false;
  for (let k = t + 1; k < end; k++) {
    const w = keys[k] ?? '';
    if (RECOVERY.has(w)) return false;
    if (ctx.lex.sets.negators.has(w) || SPARED.has(w)) spared = true;
    if (!spared && k <= t + 6 && graveEnd(ctx, k)) return found(k + 1);
    // "pray it's stage 4": the stage names the illness.
    if (stage4(k) && keys[k - 1] === 'its') return found(k + 2);
    const ill = ILLS.has(w) || ((w === 'it' || w === 'its') && windowHas(ctx, ILL_CONTEXT, 0, count));
    if (!ill) continue;
    for (let m = k + 1; m < end && m <= k + 4; m++) {
      const v = keys[m] ?? '';
      if (RECOVERY.has(v)) return false;
      const worse =
        (WORSENS.has(v) && !ctx.lex.sets.negators.has(keys[m - 1] ?? '')) ||
        ((v === 'comes' || v === 'come') && keys[m + 1] === 'back') ||
        (ctx.lex.sets.negators.has(v) && keys[m + 1] === 'work') ||
        (FAILS.has(v) && ORGANS.has(w) && !ctx.lex.sets.negators.has(keys[m - 1] ?? '')) ||
        stage4(m);
      if (worse) return found(Math.min(count, m + 2));
    }
  }
  return false;
}

/** Death wished "on" one person ("on her", "on @user"), not "on someone" or "on anyone", which is talk about wishing it. */
const ONE_PERSON = new Set(['her', 'him', 'you', 'u', '@user', 'them']);
/** Adjectives before a comma that lists another: "a long, painful illness", "a slow, horrible death". */
const LISTED = new Set(['long', 'slow', 'horrible', 'nasty', 'agonising', 'lingering', 'painful']);

/** What a force of nature or a disaster does to someone: "the tide takes him", "the smoke gets him". */
const TAKES = new Set(['takes', 'gets', 'claims', 'swallows', 'finishes', 'take', 'get']);
/** Who may "get" someone lawfully or at the polls: "hope the voters get him out", "the police get her". */
const LAWFUL = new Set([
  'police',
  'cops',
  'voters',
  'electorate',
  'courts',
  'court',
  'law',
  'jury',
  'public',
  'press',
  'media',
  'taxman',
  'judge',
  'inquiry',
  'ombudsman',
]);
const TAKEN = new Set(['him', 'her', 'you', 'u', '@user']);

/**
 * "Praying the tide takes him.", "Hope the smoke gets him. Slowly.": a wish that something takes the
 * person, right after the wish word, the clause ending with them. Not the police, the voters or the
 * courts, and not "takes him seriously" / "gets him elected" (something follows the person).
 */
function forceTakes(ctx: Context, t: number, hits: RuleHit[]): boolean {
  const keys = ctx.tok.keys;
  if (keys[t + 1] !== 'the' || LAWFUL.has(keys[t + 2] ?? '') || !TAKES.has(keys[t + 3] ?? '')) return false;
  if (!TAKEN.has(keys[t + 4] ?? '') || !(t + 5 >= ctx.tok.count || clauseBreakBefore(ctx, t + 5)))
    return false;
  hits.push({
    category: 'harm_incitement',
    score: 0.85,
    tokStart: t,
    tokEnd: t + 5,
    rule: 'harm:wish-taken',
  });
  return true;
}

/** Words that say when or how often: "every night", "each morning", "still", "daily". */
const TIME_WORDS = new Set([
  'every',
  'each',
  'night',
  'nights',
  'day',
  'morning',
  'evening',
  'single',
  'daily',
  'still',
  'nightly',
]);
function onlyTimeWords(keys: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!TIME_WORDS.has(keys[k] ?? '')) return false;
  return to > from;
}

export function harmWishRules(ctx: Context, hits: RuleHit[]): void {
  if ((ctx.tok.flags & W_WISH) === 0) return;
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  for (let t = 0; t < count; t++) {
    // The word table flags WISH's words (W_WISH): a bit read instead of a Set probe per token.
    if ((ctx.flagsAt(t) & W_WISH) === 0) continue;

    // "may" wishes only with the person right after it ("May she rot"), not "may I ask", "in May".
    if (keys[t] === 'may' && !PERSON_WORDS.has(keys[t + 1] ?? '') && ctx.person[t + 1] !== 1) continue;
    // "let" only as a prayer: "please let Duncan fall down the stairs", not "let them eat cake";
    // "crossed" only after "fingers": "fingers crossed for a tragic accident for our MP".
    if (keys[t] === 'let' && !PRAYER.has(keys[t - 1] ?? '')) continue;
    if (keys[t] === 'crossed' && keys[t - 1] !== 'fingers') continue;
    // "wait" only as "can't wait for": "can't wait for the day we read Derwent's obituary".
    if (keys[t] === 'wait' && keys[t - 1] !== 'cant' && keys[t - 1] !== 'cannot') continue;
    if (keys[t] === 'justice' && keys[t - 1] !== 'any') continue;
    if (!wishToWatch(keys, t)) continue;
    if (illnessWorse(ctx, t, hits) || forceTakes(ctx, t, hits)) continue;
    let person = false;
    let office = false;
    for (let k = t + 1; k < count && k <= t + 10; k++) {
      // "I pray every night that she has a stroke": a time said between the wish and its "that".
      // "a long, painful illness", "tinnitus, then cancer": a list of the harms, not a new clause.
      if (
        k > t + 1 &&
        clauseStart(ctx, k) === k &&
        !(keys[k] === 'that' && onlyTimeWords(keys, t + 1, k)) &&
        keys[k] !== 'then' &&
        !LISTED.has(keys[k - 1] ?? '')
      )
        break;
      const w = keys[k] ?? '';
      // "hope oakenshaw's leadership bid crashes": the bid is what crashes.
      if (s.negators.has(w) || s.policyNouns.has(w) || RECOVERY.has(w) || s.electoral.has(w)) break;
      if (personAt(ctx, k)) person = true;
      else if (OFFICES.has(w)) office = true;
      // "breaks her neck", "snaps his neck" (not "sticks her neck out").
      const neck = w === 'neck' && NECK_BREAKS.has(keys[k - 2] ?? '');
      const isOutcome = OUTCOME.has(w) || neck || (w === 'hit' && keys[k + 1] === 'by') || mishap(keys, k);
      if (!isOutcome) continue;
      // "sick of", "sick and tired": fed up, not ill; "slips up" in a debate; "a stroke of luck".
      if (w === 'sick' && (keys[k + 1] === 'of' || keys[k + 1] === 'and')) break;
      if ((w === 'slips' || w === 'slip') && keys[k + 1] === 'up') break;
      if (w === 'stroke' && keys[k + 1] === 'of') break;
      // "hope the new terminal opens on time": a building, unless it is "the terminal kind".
      if (
        w === 'terminal' &&
        TERMINAL_BUILDING.has(keys[k - 1] ?? '') &&
        !TERMINAL_ILL.has(keys[k + 1] ?? '')
      )
        break;
      // "reading his political obituary by Friday": his career's end.
      if (w === 'obituary' && keys[k - 1] === 'political') break;
      // Illness far from the wish is news ("…bars worshippers from prayers under the pretext of Covid").
      // ("can't wait for the day I read Cllr Pemberton's obituary" takes three more words to get there)
      if (DISEASE.has(w) && k > t + (keys[t] === 'wait' || keys[t] === 'justice' ? 10 : 7)) break;
      if (DISEASE.has(w) && !person) person = personLaterInSentence(ctx, k);
      else if (!DISEASE.has(w) && office) person = true;
      // The person may follow the outcome, or "for" and then the person ("an accident for Rachel").
      // …or "on": "wish a slow death on her".
      const after =
        keys[k + 1] === 'for' ||
        (keys[k + 1] === 'on' && w === 'death' && ONE_PERSON.has(keys[k + 2] ?? '')) ||
        (keys[k + 1] === 'to' && mishap(keys, k))
          ? k + 2
          : k + 1;
      const objectAfter = PERSON_WORDS.has(keys[after] ?? '') || ctx.person[after] === 1;
      // A recovery word in the two words after the outcome: "hope she's fine after the accident" is
      // caught before it (the loop stops at "fine"), "hope his illness gets better soon" here.
      if (RECOVERY.has(keys[k + 1] ?? '') || RECOVERY.has(keys[k + 2] ?? '')) break;
      // "hope the cancer doesn't spread", "hope the cancer has been cured": the illness wished away.
      if (
        DISEASE.has(w) &&
        (s.negators.has(keys[k + 1] ?? '') ||
          s.negators.has(keys[k + 2] ?? '') ||
          RECOVERY.has(keys[k + 3] ?? ''))
      )
        break;
      // "I hope anyone feeling suicidal after the result reaches out": help, later in the sentence.
      if (w === 'suicidal' && windowHas(ctx, RECOVERY, k + 1, sentenceEnd(ctx, k))) break;
      if (!person && !objectAfter) break;
      // (Illness is no contest: "hope you're feeling suicidal after that vote".)
      if (
        !DISEASE.has(w) &&
        w !== 'suicidal' &&
        (ELECTORAL.has(keys[k + 1] ?? '') ||
          ELECTORAL.has(keys[k + 2] ?? '') ||
          ELECTORAL.has(keys[k + 3] ?? ''))
      )
        break;
      hits.push({
        category: 'harm_incitement',
        score: 0.85,
        tokStart: t,
        tokEnd: objectAfter ? after + 1 : k + 1,
        rule: `harm:wish-${w}`,
      });
      if (w.startsWith('rape'))
        hits.push({
          category: 'sexualised',
          score: 0.85,
          tokStart: t,
          tokEnd: k + 1,
          rule: 'harm:wish-rape',
        });
      break;
    }
  }
}
