import type { Context } from './context';
import { wordList } from './wordLists';
import { detectPersonalInfo as detectPersonalInfo_IMPORT } from './doxxing';
import type { RuleHit } from './rules/hit';
import { orderedToSend as orderedToSend_IMPORT } from './quotedOrders';
// Called only while classifying, after every module has loaded (cueScan.ts imports this file too).
import { possessiveS, reportsACase } from './rules/cueScan';
import {
  addressedBefore as addressedBefore_IMPORT,
  admiring as admiring_IMPORT,
  ATROCITY_RULES as ATROCITY_RULES_IMPORT,
  calledFor as calledFor_IMPORT,
  describesSelf as describesSelf_IMPORT,
  INSULTS as INSULTS_IMPORT,
  insultsAbusers as insultsAbusers_IMPORT,
  calledByAbusers as calledByAbusers_IMPORT,
  namesAbusers as namesAbusers_IMPORT,
  remembersMurderedMp as remembersMurderedMp_IMPORT,
  SOLIDARITY_APPLIES as SOLIDARITY_APPLIES_IMPORT,
  standsWith as standsWith_IMPORT,
  toldInSolidarity as toldInSolidarity_IMPORT,
  toldToIgnore as toldToIgnore_IMPORT,
} from './supportGuards';
import {
  banter as banter_IMPORT,
  selfInsult as selfInsult_IMPORT,
  saidOfPet as saidOfPet_IMPORT,
  everydayTalk as everydayTalk_IMPORT,
  type EverydayPost,
} from './everydayGuards';
import {
  clauseBreakBefore as clauseBreakBefore_IMPORT,
  clauseStart as clauseStart_IMPORT,
  sentenceEnd as sentenceEnd_IMPORT,
  sentenceStart as sentenceStart_IMPORT,
  speaksTo as speaksTo_IMPORT,
  deniesJest,
  windowHas as windowHas_IMPORT,
} from './tokenWindow';

// The sentence and clause helpers live in tokenWindow.ts (import-free, so everydayGuards.ts can use them
// too); the rules import them from here, as before.
export { clauseBreakBefore, clauseStart, sentenceEnd, sentenceStart } from './tokenWindow';
import {
  W_CONDEMNATION as W_CONDEMNATION_IMPORT,
  W_FRAMING as W_FRAMING_IMPORT,
  W_REPORTING as W_REPORTING_IMPORT,
  W_STREET as W_STREET_IMPORT,
} from './wordFlags';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const W_CONDEMNATION = W_CONDEMNATION_IMPORT;
const orderedToSend = orderedToSend_IMPORT;
const W_STREET = W_STREET_IMPORT;
const detectPersonalInfo = detectPersonalInfo_IMPORT;
const W_FRAMING = W_FRAMING_IMPORT;
const W_REPORTING = W_REPORTING_IMPORT;
const addressedBefore = addressedBefore_IMPORT;
const admiring = admiring_IMPORT;
const ATROCITY_RULES = ATROCITY_RULES_IMPORT;
const calledFor = calledFor_IMPORT;
const describesSelf = describesSelf_IMPORT;
const INSULTS = INSULTS_IMPORT;
const insultsAbusers = insultsAbusers_IMPORT;
const calledByAbusers = calledByAbusers_IMPORT;
const namesAbusers = namesAbusers_IMPORT;
const remembersMurderedMp = remembersMurderedMp_IMPORT;
const toldToIgnore = toldToIgnore_IMPORT;
const SOLIDARITY_APPLIES = SOLIDARITY_APPLIES_IMPORT;
const standsWith = standsWith_IMPORT;
const toldInSolidarity = toldInSolidarity_IMPORT;
const speaksTo = speaksTo_IMPORT;
const windowHas = windowHas_IMPORT;
const clauseBreakBefore = clauseBreakBefore_IMPORT;
const clauseStart = clauseStart_IMPORT;
const sentenceEnd = sentenceEnd_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const everydayTalk = everydayTalk_IMPORT;
const banter = banter_IMPORT;
const selfInsult = selfInsult_IMPORT;
const saidOfPet = saidOfPet_IMPORT;

/**
 * Guards decide when words that look abusive are not abuse:
 *  - figures of speech: "kill the bill", "rat race", "shot down" cancel violent or animal readings;
 *  - negation: "you're not an idiot", "no one should be shot", "I'd never hurt you";
 *  - reported speech: "he said 'I'll kill you'", "she was called a [slur]";
 *  - counter-speech: "calling her a [slur] is disgusting", "the 'go back home' replies are racist";
 *  - reclaimed self-description: "as a proud dyke", "I'm queer".
 * Windows stop at clause punctuation so a negation in one sentence cannot excuse the next.
 */
const FIGURATIVE_APPLIES = new Set([
  'threat',
  'harm_incitement',
  'self_harm',
  'dehumanisation',
  'sexualised',
  'personal_insult',
  // "couldn't give a monkey's", "monkey business": idioms, not racist abuse
  'racism',
  // "couldn't organise a piss-up in a brewery": an idiom about competence
  'profanity',
  // "this tax will cripple small businesses": the verb, not the slur
  'ableism',
  // "A woman's place is in the House of Commons": the feminist slogan, not the sneer
  'misogyny',
  // "a mob in pussy hats": the protest hat
  'misogyny',
  // "tooth fairy economics", "a fairy tale budget"
  'anti_lgbtq',
  // "her number one goal": a ranking, not a phone number
  'doxxing',
]);
/** Whether a figure of speech can set aside evidence of this category (lexiconHits.ts asks too). */
export function figurativeApplies(category: string): boolean {
  return FIGURATIVE_APPLIES.has(category);
}
const NEGATION_APPLIES = new Set([
  'threat',
  'harm_incitement',
  'self_harm',
  'personal_insult',
  'dehumanisation',
  'sexualised',
  'party_abuse',
  'misogyny',
  // Not profanity: "I'm not fucking happy", "don't give a shit" still swear.
]);
const FIRST_PERSON_SUBJECT = new Set(['i', 'we', 'im', 'ive', 'id', 'ill', 'weve', 'wed']);

const METAPHOR = wordList(['metaphorically', 'figuratively']);
const POLITICALLY = new Set(['politically', 'electorally']);
const GAME_APPLIES = new Set(['threat', 'harm_incitement']);
/** Games and competitions (a threat "at the quiz" is banter). Not elections: see `electoral`. */
const GAMES = new Set([
  'paintball',
  'paintballing',
  'airsoft',
  'lasertag',
  'shootout',
  'quiz',
  'cookoff',
  'bakeoff',
  'tournament',
  'trophy',
  'title',
  'league',
  'derby',
  'contest',
  'competition',
  'rematch',
  'darts',
  'snooker',
  'bowls',
  'scrabble',
  'chess',
  // Players and officials: "their keeper wants shooting 😂 up the Vale!!"
  'keeper',
  'goalkeeper',
  'goalie',
  'referee',
  'linesman',
  'halftime',
  // Video games: "ur dead next time on FIFA mate 🎮"
  'fifa',
  'fortnite',
  'warzone',
  'xbox',
  'ps5',
  'playstation',
  'minecraft',
  'mariokart',
  '🎮',
]);
/** Games spelt with a hyphen: "cook-off", "bake-off", "five-a-side". */
const GAME_PAIRS = new Map([
  ['cook', 'off'],
  ['bake', 'off'],
  ['a', 'side'],
  // a cup tie's legs and a match's halves: "we'll bury them in the second leg", "dead by half time"
  ['second', 'leg'],
  ['first', 'leg'],
  ['half', 'time'],
  ['full', 'time'],
]);

function aGame(ctx: Context, from: number, to: number): boolean {
  if (windowHas(ctx, GAMES, from, to)) return true;
  const keys = ctx.tok.keys;
  for (let k = from; k + 1 < to; k++) if (GAME_PAIRS.get(keys[k] ?? '') === keys[k + 1]) return true;
  return false;
}
const HOBBY = new Set([
  'butcher',
  'butchers',
  'lamb',
  'beef',
  'pork',
  'joint',
  'roast',
  'recipe',
  'chef',
  'cooking',
  'kitchen',
  'carving',
  'clay',
  'clays',
  'pheasant',
  'shoot',
  'range',
  'bbq',
  'barbecue',
  'bonfire',
  'fireworks',
  'allotment',
  'firewood',
  'logs',
  'cookery',
  'carved',
  'fishing',
  'angling',
]);

/** "politically" or "electorally" just after the hit, and not "politically or otherwise". */
function saidOfCareer(ctx: Context, te: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = te; k <= te + 1; k++)
    if (POLITICALLY.has(keys[k] ?? ''))
      // "…a proper kicking. Not politically. Physically.": the writer rules the career out.
      return keys[k + 1] !== 'or' && keys[k + 1] !== 'and' && keys[k - 1] !== 'not';
  return false;
}

/** Things, beside the policy nouns, that a figure of speech kills: services, pledges, missions. */
export const THING_NOUNS = new Set([
  'service',
  'services',
  'pledge',
  'pledges',
  'promise',
  'promises',
  'mission',
  'consultation',
  'interview',
  'review',
  'inquiry',
  'campaign',
  'programme',
  'project',
  'hospital',
  'ward',
]);

/** Between a thing and the figure that kills it: "is a firing squad", "was executed by firing squad". */
const THING_LINK_FILLER = new Set([
  'a',
  'an',
  'the',
  'by',
  'like',
  'just',
  'basically',
  'already',
  'officially',
  'now',
  'executed',
  'killed',
  'sent',
  'put',
]);
const THING_COPULA = new Set(['is', 'was', 'were', 'been', 'its', 'thats', 'be', 'looks', 'feels']);
const PERSON_SUBJECTS = new Set([
  'he',
  'she',
  'hes',
  'shes',
  'hell',
  'shell',
  'you',
  'youre',
  'youll',
  'youd',
  'u',
  'ur',
  'they',
  'theyre',
  'theyll',
]);
/** Policy nouns that are not also common verbs ("take this country back", "you vote"). */
const POLICY_SUBJECTS = new Set([
  'policy',
  'policies',
  'bill',
  'bills',
  'plan',
  'plans',
  'budget',
  'decision',
  'scheme',
  'manifesto',
  'speech',
  'proposal',
  'proposals',
  'strategy',
  'reform',
  'reforms',
  'statement',
  'announcement',
  'uturn',
  'government',
  'amendment',
  'motion',
  'report',
]);

/**
 * The figure is said of a thing: "the pension pledge is six feet under", "the consultation is a firing
 * squad with a feedback form", "the mission was executed by firing squad", "that interview was a public
 * execution". A policy or thing noun before "is"/"was" (a few filler words before the figure), with
 * no person between them ("he's been a dead man walking" is about a person).
 */
function saidOfThing(ctx: Context, ts: number): boolean {
  const { keys } = ctx.tok;
  const s = ctx.lex.sets;
  let k = ts - 1;
  for (let skipped = 0; k >= 0 && skipped < 3 && THING_LINK_FILLER.has(keys[k] ?? ''); skipped++) k--;
  if (k < 0 || !THING_COPULA.has(keys[k] ?? '')) return false;
  const from = Math.max(sentenceStart(ctx, ts), k - 7);
  for (let j = k - 1; j >= from; j--) {
    const w = keys[j] ?? '';
    // (Pronouns and mentions only: a capitalised word here is as often a place, "the mission for Gritham".)
    if (PERSON_SUBJECTS.has(w) || s.thirdPerson.has(w) || w === '@user') return false;
    if (POLICY_SUBJECTS.has(w) || THING_NOUNS.has(w)) return true;
  }
  return false;
}

const VIOLENT = new Set(['threat', 'harm_incitement']);
const POLICY_SKIP = new Set([
  'in',
  'into',
  'through',
  'this',
  'that',
  'the',
  'her',
  'his',
  'their',
  'your',
  'terrible',
  'awful',
  'stupid',
  'whole',
  'new',
]);

/**
 * The words after a violent phrase name a policy, and no person comes first: "put a bullet in this
 * terrible bill". Not "a bullet in her head", "a knife in his back".
 */
function aimedAtPolicy(ctx: Context, te: number): boolean {
  const keys = ctx.tok.keys;
  const s = ctx.lex.sets;
  for (let k = te; k < te + 4 && k < ctx.tok.count; k++) {
    const w = keys[k] ?? '';
    if (s.policyNouns.has(w)) return true;
    if (!POLICY_SKIP.has(w)) return false;
    // "her bill" is still the bill; "her" alone ("a bullet in her head") is the person.
    if (s.thirdPerson.has(w) && !s.policyNouns.has(keys[k + 1] ?? '')) return false;
  }
  return false;
}

/** The token saying the words are not meant literally, or -1. */
function metaphorAt(ctx: Context): number {
  const keys = ctx.tok.keys;
  for (let t = 0; t < ctx.tok.count; t++) {
    if (!ctx.tokenIn(t, METAPHOR)) continue;

    // "I'm going to kill Osei. Not metaphorically.": the writer says it is meant.
    if (keys[t - 1] === 'not') continue;
    return t;
  }
  return -1;
}

export function applyGuards(ctx: Context, hits: RuleHit[], figurative: [number, number][]): RuleHit[] {
  if (hits.length === 0) return hits;
  const s = ctx.lex.sets;
  let condemnation = false;
  let contextOutsideQuotes = false;
  // Word-table flags stand for s.condemnation / s.reporting / s.framing membership.
  for (let t = 0; t < ctx.tok.count; t++) {
    const f = ctx.flagsAt(t);
    if ((f & W_CONDEMNATION) !== 0) condemnation = true;
    if ((f & (W_REPORTING | W_FRAMING | W_CONDEMNATION)) !== 0 && ctx.quoted[t] === 0)
      contextOutsideQuotes = true;
  }
  // Facts about the whole post, worked out at most once and only if a hit asks.
  let electoral: boolean | undefined;
  let thanks: boolean | undefined;
  let metaphor: number | undefined;
  let endorsedPost: boolean | undefined;
  let vocabularyTalk: boolean | undefined;
  let received: boolean | undefined;
  let admired: boolean | undefined;
  let solidarity: boolean | undefined;
  const post: EverydayPost = {};
  return hits.filter((h) => {
    if (h.guarded || h.tokStart < 0) return true;
    const ts = h.tokStart;
    const from = clauseStart(ctx, ts);
    // A figure of speech inside the hit guards it ("hang on", "my arse") unless the hit is a longer
    // lexicon phrase that starts before the figure: "X can kiss my arse" is not "tough on crime my
    // arse". (A rule's hit may span a figure it did not read: "you're … not alone".)
    if (
      FIGURATIVE_APPLIES.has(h.category) &&
      figurative.some(
        ([a, b]) => a < h.tokEnd && b > ts && !(ts < a && b <= h.tokEnd && h.rule.startsWith('lex:')),
      )
    )
      return false;
    // "Someone should be shot for this. Metaphorically, before anyone reports me": the writer says so.
    if (
      FIGURATIVE_APPLIES.has(h.category) &&
      (metaphor ??= metaphorAt(ctx)) >= 0 &&
      Math.abs(metaphor - ts) <= 15
    )
      return false;
    // "Put a bullet in this terrible bill": the harm is done to a policy.
    if (VIOLENT.has(h.category) && h.rule.startsWith('lex:') && aimedAtPolicy(ctx, h.tokEnd)) return false;
    // "The pension pledge is six feet under", "the consultation is a firing squad": said of a thing.
    if (VIOLENT.has(h.category) && h.rule.startsWith('lex:') && saidOfThing(ctx, ts)) return false;
    // "The minister is a dead man walking politically", "I'll kill you politically": said of a career.
    if (FIGURATIVE_APPLIES.has(h.category) && saidOfCareer(ctx, h.tokEnd)) return false;
    // Everyday talk that borrows abuse's words (everydayGuards.ts): missed in office, help beside a
    // place, "you know what to do" before a vote, the writer's own family.
    if (everydayTalk(ctx, h)) return false;
    // "You'll get what's coming to you in May. It's called an election"; "a proper hiding at the polls".
    if (s.electoralFigures.has(h.rule) && (electoral ??= electoralPost(ctx))) return false;
    // "Car park's a f***ing nightmare but the staff were angels, thank you": swearing in a post that
    // thanks or praises is not abuse unless its own clause is aimed at someone ("cheers, fuck you").
    if (h.category === 'profanity' && (thanks ??= grateful(ctx)) && !addressed(ctx, from, h.tokEnd))
      return false;
    // "@Cllr you absolute plonker, you left your keys in my van. Ta for the lift": banter.
    if (
      (h.category === 'personal_insult' || h.category === 'profanity' || h.category === 'dehumanisation') &&
      banter(ctx, ts, h.tokEnd, post)
    )
      return false;
    // "I'm thick as mince me", "sorry for being a gobshite at the christmas do": said of the writer;
    // "our rabbit is a fat lazy pig 🐇", "ya dozy dog 🐶 ate a sock. vet bill £400": of a pet.
    // (Not swearing: "I'm fucking angry", "my dog went ape shit" still swear.)
    if (SAID_OF_POLICY.has(h.category) && (selfInsult(ctx, ts) || saidOfPet(ctx, ts))) return false;
    // A weapon emoji after a figure of speech in its sentence illustrates it ("he bombed at the
    // hustings 💣"), as the word itself would.
    if (h.rule === 'threat:weapon-emoji') {
      const sentence = sentenceStart(ctx, ts);
      if (figurative.some(([a]) => a < ts && sentenceStart(ctx, a) === sentence)) return false;
      // …and in a post about cooking, shooting sports or bonfire night it illustrates the hobby
      // ("a proper cleaver 🪓 for jointing lamb", "48/50 at the clay ground 🔫").
      if (windowHas(ctx, HOBBY, 0, ctx.tok.count)) return false;
    }
    // "Watch your back, the under-12s are coming for your title at the penalty shootout", "I'll bury you
    // in the chilli cook-off": a game or a competition in the threat's sentence is its arena.
    if (
      GAME_APPLIES.has(h.category) &&
      aGame(ctx, sentenceStart(ctx, ts), sentenceEnd(ctx, Math.max(ts, h.tokEnd - 1)))
    )
      return false;
    // "sending love after that brick through her window", "condemning last week's firebomb
    // attempt": an attack told as news or condemned, not wished for.
    if (h.category === 'harm_incitement' && h.rule.startsWith('lex:') && pastAttack(ctx, ts, from))
      return false;
    // "Hang them. Hang the lot of them. Child killers don't deserve the air they breathe": punishment
    // called for convicted criminals, not harm to a politician (a view on sentencing).
    if (
      VIOLENT.has(h.category) &&
      (h.rule.startsWith('lex:') || h.rule.startsWith('harm:order-')) &&
      punishingCriminals(ctx, ts)
    )
      return false;
    // "Jury finds man guilty of harassment after he … filmed outside her house": a court case told in
    // the third person reports what was done, it does not do it.
    if (
      VIOLENT.has(h.category) &&
      h.rule.startsWith('lex:') &&
      toldOfOthers(ctx, ts, h.tokEnd) &&
      reportsACase(ctx)
    )
      return false;
    const address = h.category === 'doxxing' && aboutAddress(ctx, h);
    // "I've got your home address": the writer has it, whatever else the post says.
    const owned = address && writerHasIt(ctx, ts, from);
    if (address && addressTalk(ctx, h, owned)) return false;
    if (NEGATION_APPLIES.has(h.category) && negated(ctx, ts, from)) return false;
    // "Hang them all? No. Vote them all out? Absolutely.": the question asked, and answered no.
    // (Only harm: "Really bitch? No." still calls her one.)
    if (ANSWERED_NO_APPLIES.has(h.category) && answeredNo(ctx, ts)) return false;
    // "Not all Muslims are terrorists": the counter to a sweeping claim, not the claim. (Other
    // negations do not excuse identity abuse: "I'm not racist but…".)
    if (notAll(ctx, ts)) return false;
    // "a dual loyalty trope as old as antisemitism", "the blood libel stuff being thrown at her": the
    // trope named as a thing to talk about; "'Roastie', 'foid': the incel lexicon ranks women…": the
    // words explained, in a post about that vocabulary.
    if (
      TROPE_APPLIES.has(h.category) &&
      h.rule.startsWith('lex:') &&
      ((h.tokEnd - ts > 1 && namedTrope(ctx, h.tokEnd)) || (vocabularyTalk ??= aboutVocabulary(ctx)))
    )
      return false;
    // "Stop telling my Muslim neighbours they're terrorists": told to stop saying it.
    if (NEGATION_APPLIES.has(h.category) && toldToStop(ctx, ts)) return false;
    // …the quote may begin inside the hit: emailing her that she "deserved to be raped". (A scare
    // quote, rules/scareQuotes.ts, is the writer's own word in quotes, not someone else's words.)
    // (Not one word in quotes that the writer's own words carry on from: "has 'affirmed' into
    // mutilation" is a scare quote inside the phrase.)
    const inQuotes = ctx.quoted[ts] === 1 || (h.tokEnd - 1 > ts && ctx.quoted[h.tokEnd - 1] === 1);
    // "every time she posts, reply 'go back where you came from'": words handed out to send are
    // neither someone else's nor reported.
    const handedOut = inQuotes && orderedToSend(ctx, ts);
    if (
      inQuotes &&
      // A line quoted with ">" (or a repost held up to condemn it) is framed as what the post answers;
      // "a 'go back where you came from' poster": the words named as a thing someone made.
      (contextOutsideQuotes || ctx.quotedLines.length > 0 || quotedAsThing(ctx, ts, h.tokEnd)) &&
      !h.rule.startsWith(SCARE_QUOTED) &&
      !scareQuotedStart(ctx, ts, h.tokEnd) &&
      !handedOut &&
      !(endorsedPost ??= endorsed(ctx))
    )
      return false;
    if (!handedOut && reported(ctx, ts, from, address) && !(endorsedPost ??= endorsed(ctx))) return false;
    if (condemnation && framed(ctx, ts, from) && !owned && condemnedNear(ctx, ts)) return false;
    if (
      h.tokEnd - ts === 1 &&
      s.reclaimable.has(ctx.tok.keys[ts] ?? '') &&
      (windowHas(ctx, s.selfIdentification, Math.max(from, ts - 3), ts) ||
        asOneSelf(ctx, ts) ||
        RECLAIMED_GROUP.has(ctx.tok.keys[ts + 1] ?? ''))
    )
      return false;
    // "dyke and proud", "Reclaiming 'poof' since 1998", "We're taking 'witch' back": a word taken back.
    if (h.tokEnd - ts === 1 && RECLAIMED_CATEGORIES.has(h.category) && takenBack(ctx, ts)) return false;
    // "As a big fat lesbian with three cats…", "As a card-carrying crazy cat lady I…": the writer's own.
    if (RECLAIMED_CATEGORIES.has(h.category) && describesWriter(ctx, ts, h.tokEnd)) return false;
    // "Cllr Ashworth's dog on the leaflet": someone's animal, not a person called one.
    if (h.category === 'dehumanisation' && h.tokEnd - ts === 1 && ownedAnimal(ctx, ts)) return false;
    // "Anyone who calls a gay teacher a groomer should…": the abusers' word, named to rebuke them.
    if (
      h.tokEnd - ts === 1 &&
      SLUR_CATEGORIES.has(h.category) &&
      calledByAbusers(ctx, sentenceStart(ctx, ts), ts)
    )
      return false;
    // "I'm going to kill you for posting that photo 😂😂 … x": a hyperbole among friends.
    if (h.category === 'threat' && PLAYFUL_THREAT.test(h.rule) && playful(ctx, ts, h.tokEnd)) return false;
    // "Screenshotting every 🐒 emoji under his posts for the police", "the 🏠📍 replies", "anyone
    // sending 🍆💦 to a woman MP", "people posting 🔪🩸⚰️ at an MP": emoji named as what others send.
    if (ctx.tok.emoji[ts] === 1 && emojiNamed(ctx, ts, h.tokEnd)) return false;
    if (h.tokEnd - ts === 1 && s.selfDescribed.has(ctx.tok.keys[ts] ?? '') && describesSelfAnywhere(ctx, ts))
      return false;
    if (h.tokEnd - ts === 1 && s.praiseSlang.has(ctx.tok.keys[ts] ?? '') && (admired ??= admiring(ctx)))
      return false;
    if (ATROCITY_RULES.has(h.rule) && !calledFor(ctx, from, ts, h.tokEnd)) return false;
    if (VIOLENT.has(h.category) && remembersMurderedMp(ctx, h.rule)) return false;
    // "apparently a 'roastie girlboss' according to my mentions", "had 'cat lady' thrown at her": a
    // quoted word the writer or someone was sent, told of.
    if (ctx.quoted[ts] === 1 && (received ??= receivedPost(ctx))) return false;
    // "Sending love to Cllr Marsh after her car was set alight outside her house. Nobody deserves that."
    if (
      SOLIDARITY_APPLIES.has(h.category) &&
      (solidarity ??= standsWith(ctx)) &&
      toldInSolidarity(ctx, from, ts, h.tokEnd)
    )
      return false;
    // "the farm tax is a cancer on rural britain": a policy called a disease is criticism of it.
    if (SAID_OF_POLICY.has(h.category) && policyIs(ctx, ts)) return false;
    // "flags on the lamp posts", "poppies for the lamp posts": lamp posts dressed, not a gallows.
    if (h.rule.startsWith('lex:') && LAMP_POSTS.has(ctx.tok.keys[h.tokEnd - 1] ?? '') && dressed(ctx, ts))
      return false;
    // "I hope this flight policy dies a slow, painful death in the courts": the policy dies.
    if (ANSWERED_NO_APPLIES.has(h.category) && policyDies(ctx, ts)) return false;
    if (INSULTS.has(h.category) && !addressedBefore(ctx, from, ts)) {
      if (namesAbusers(ctx, h.tokEnd) || toldToIgnore(ctx, from, ts, h.tokEnd)) return false;
      if (h.category !== 'profanity' && insultsAbusers(ctx, sentenceStart(ctx, ts), ts)) return false;
    }
    return true;
  });
}

const RECLAIMED_CATEGORIES = new Set([
  'anti_lgbtq',
  'misogyny',
  'racism',
  'personal_insult',
  'ableism',
  'party_abuse',
]);
/** Identity slurs, which the abusers' own words are when quoted back at them. */
const SLUR_CATEGORIES = new Set([
  'anti_lgbtq',
  'misogyny',
  'racism',
  'ableism',
  'islamophobia',
  'antisemitism',
]);
const RECLAIM = new Set(['reclaiming', 'reclaim', 'reclaimed', 'reclaims']);

/** The word at t taken back by those it is used against: "X and proud", "reclaiming", "taking X back". */
function takenBack(ctx: Context, t: number): boolean {
  const keys = ctx.tok.keys;
  if (keys[t + 1] === 'and' && keys[t + 2] === 'proud') return true;
  if ((keys[t - 1] === 'taking' || keys[t - 1] === 'take') && keys[t + 1] === 'back') return true;
  return windowHas(ctx, RECLAIM, 0, ctx.tok.count);
}

/** Things words are written on or sent as: "a 'go back where you came from' poster". */
const MENTION_NOUNS = new Set([
  'poster',
  'posters',
  'sign',
  'signs',
  'banner',
  'banners',
  'graffiti',
  'sticker',
  'stickers',
  'leaflet',
  'leaflets',
  'placard',
  'placards',
  'chant',
  'chants',
  'slogan',
  'badge',
  'mug',
  'meme',
  'message',
  'messages',
  'letter',
  'card',
  'email',
  'emails',
  'tweet',
  'tweets',
  'comment',
  'comments',
  'reply',
  'replies',
]);
/** After quoted words, what others do with them: "'go home' aimed at her", "'traitor' shouted at him". */
const DIRECTED = new Set([
  'aimed',
  'directed',
  'thrown',
  'hurled',
  'shouted',
  'yelled',
  'sent',
  'spray',
  'sprayed',
  'daubed',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'that', 'this', 'those', 'these', 'their', 'his', 'her']);

/**
 * The quoted words (tokens from..to, all quoted) as the name of a thing: a determiner before the
 * quote and a thing's noun right after it ("a 'go back where you came from' poster was found").
 */
function quotedAsThing(ctx: Context, from: number, to: number): boolean {
  const q = ctx.quoted;
  let start = from;
  while (start > 0 && q[start - 1] === 1) start--;
  let end = to;
  while (end < ctx.tok.count && q[end] === 1) end++;
  const before = ctx.tok.keys[start - 1] ?? '';
  const after = ctx.tok.keys[end] ?? '';
  // "a lot of 'go back to where you came from' aimed at Sam": the words as what others direct at him.
  if ((before === 'of' || DETERMINERS.has(before)) && DIRECTED.has(after)) return true;
  return DETERMINERS.has(before) && MENTION_NOUNS.has(after);
}

const ANSWERED_NO_APPLIES = new Set(['threat', 'harm_incitement', 'self_harm']);

/** The hit opens with one quoted word and goes on outside the quotes ("'affirmed' into mutilation"). */
function scareQuotedStart(ctx: Context, ts: number, te: number): boolean {
  const q = ctx.quoted;
  return te - ts > 1 && q[ts] === 1 && q[ts - 1] !== 1 && q[ts + 1] !== 1 && q[te - 1] !== 1;
}
const SAID_OF_POLICY = new Set(['dehumanisation', 'personal_insult']);
/** Verbs that make the word before them the subject of a description: "the cap is a cancer". */
const IS = new Set(['is', 'was', 'remains', 'its']);

/** The hit (or its article) follows "<policy> is": "the two child cap is a cancer on…". */
function policyIs(ctx: Context, ts: number): boolean {
  const keys = ctx.tok.keys;
  let k = ts - 1;
  if (keys[k] === 'a' || keys[k] === 'an') k--;
  return IS.has(keys[k] ?? '') && ctx.lex.sets.policyNouns.has(keys[k - 1] ?? '');
}
const LAMP_POSTS = new Set(['post', 'posts', 'lamppost', 'lampposts']);
/** What hangs on a lamp post in peace: flags, poppies, bunting, a QR code, a notice. */
const DECORATIONS = new Set([
  'flags',
  'flag',
  'poppies',
  'bunting',
  'banners',
  'lights',
  'code',
  'notice',
  'posters',
]);
/** A decoration in the four words before the lamp post at ts: "St George flags off the lamp posts". */
function dressed(ctx: Context, ts: number): boolean {
  return windowHas(ctx, DECORATIONS, Math.max(0, ts - 4), ts);
}
const DIES = new Set(['dies', 'die', 'died', 'dying']);
/** The hit ("a slow painful death") follows "<policy> dies": "hope the policy dies a slow death". */
function policyDies(ctx: Context, ts: number): boolean {
  const keys = ctx.tok.keys;
  let k = ts - 1;
  if (keys[k] === 'a' || keys[k] === 'an') k--;
  return DIES.has(keys[k] ?? '') && ctx.lex.sets.policyNouns.has(keys[k - 1] ?? '');
}
/** The whole of a sentence that answers a question no: "No.", "Nope.", "Of course not." */
const NO_ANSWER = new Set([
  'no',
  'nope',
  'nah',
  'not',
  'of',
  'course',
  'obviously',
  'definitely',
  'absolutely',
]);
const NO_WORDS = new Set(['no', 'nope', 'nah', 'not']);

/** The hit's sentence is a question, and the next sentence answers it no. */
function answeredNo(ctx: Context, ts: number): boolean {
  const { keys, count } = ctx.tok;
  const end = sentenceEnd(ctx, ts);
  if (end >= count) return false;
  const text = ctx.norm.text;
  let asked = false;
  for (let i = ctx.tok.end[end - 1] ?? 0; i < (ctx.tok.start[end] ?? 0); i++)
    if (text.charCodeAt(i) === 63) asked = true;
  if (!asked) return false;
  const next = sentenceEnd(ctx, end);
  if (next - end > 3) return false;
  let no = false;
  for (let k = end; k < next; k++) {
    if (!NO_ANSWER.has(keys[k] ?? '')) return false;
    if (NO_WORDS.has(keys[k] ?? '')) no = true;
  }
  return no;
}

/**
 * The word at ts is one the writer uses of themselves, here or elsewhere in the post: "delays are
 * hitting autistic adults hardest. I'm autistic and I've been waiting 14 months".
 */
function describesSelfAnywhere(ctx: Context, ts: number): boolean {
  const keys = ctx.tok.keys;
  const w = keys[ts] ?? '';
  for (let k = 0; k < ctx.tok.count; k++)
    if (keys[k] === w && describesSelf(ctx, k, clauseStart(ctx, k))) return true;
  return false;
}

/** The hit starts at, or right after, "not all" ("not all Muslims are…"). */
function notAll(ctx: Context, ts: number): boolean {
  const keys = ctx.tok.keys;
  return (keys[ts - 1] === 'not' && keys[ts] === 'all') || (keys[ts - 2] === 'not' && keys[ts - 1] === 'all');
}

/** Whether the post thanks or praises (lexicons/guards.json `gratitude`). */
function grateful(ctx: Context): boolean {
  const { gratitude, ungrateful } = ctx.lex.sets;
  let thanks = false;
  for (let t = 0; t < ctx.tok.count; t++) {
    const k = ctx.tok.keys[t] ?? '';
    // "thank you" (not "thank god", "thank fuck"); sarcasm ("Thanks feminists 😡", "thanks for
    // nothing") cancels the thanks.
    const next = ctx.tok.keys[t + 1];
    if (gratitude.has(k) || (k === 'thank' && next === 'you') || (k === 'credit' && next === 'to'))
      thanks = true;
    if (ungrateful.has(k)) return false;
  }
  return thanks;
}

/** A second-person word or an @mention from `from` to the end of the clause after token `to`. */
function addressed(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < ctx.tok.count; k++) {
    if (k >= to && clauseBreakBefore(ctx, k)) break; // the end of the clause
    if (speaksTo(ctx, k)) return true;
  }
  return false;
}

/** A second-person word or an @mention anywhere in the post: it speaks to someone. */
export function addressedInPost(ctx: Context): boolean {
  for (let k = 0; k < ctx.tok.count; k++) if (speaksTo(ctx, k)) return true;
  return false;
}

/** Whether the post talks about elections, polls or careers (lexicons/guards.json `electoral`). */
export function electoralPost(ctx: Context): boolean {
  const { keys, count } = ctx.tok;
  const electoral = ctx.lex.sets.electoral;
  // "We'll bury you in May", "finished come May": the local elections, not the modal verb (unless the
  // writer rules the contest out: "in May, and I don't mean at the polls").
  for (let t = 1; t < count; t++)
    if (keys[t] === 'may' && BEFORE_MONTH.has(keys[t - 1] ?? '')) return !deniesContest(ctx);
  if (!windowHas(ctx, electoral, 0, count)) return false;
  for (let k = 0; k < count; k++) {
    if (!electoral.has(keys[k] ?? '')) continue;
    // "…and I don't mean at the ballot box", "not in a poll sense": the writer rules the contest out.
    let denied = false;
    for (let j = Math.max(1, k - 4); j < k && !denied; j++)
      denied = DENIALS.get(keys[j - 1] ?? '')?.has(keys[j] ?? '') ?? false;
    if (!denied) return true;
  }
  return false;
}
const BEFORE_MONTH = new Set(['in', 'come', 'till', 'until', 'by', 'before', 'after']);

/** A denial anywhere in the post: "I don't mean", "not talking about". */
function deniesContest(ctx: Context): boolean {
  const keys = ctx.tok.keys;
  for (let j = 1; j < ctx.tok.count; j++) if (DENIALS.get(keys[j - 1] ?? '')?.has(keys[j] ?? '')) return true;
  return false;
}
/** "I don't mean", "not at", "not in", "not talking about", "nothing to do with". */
const DENIALS = new Map([
  ['dont', new Set(['mean'])],
  ['didnt', new Set(['mean'])],
  ['not', new Set(['at', 'in', 'talking', 'meaning'])],
  ['nothing', new Set(['to'])],
]);

const TROPE_APPLIES = new Set([
  'antisemitism',
  'islamophobia',
  'racism',
  'misogyny',
  'anti_lgbtq',
  'sexualised',
]);
/** What a trope is called when it is talked about: "the X trope", "X stuff", "X conspiracies". */
const TROPE_NOUNS = new Set([
  'trope',
  'tropes',
  'stuff',
  'conspiracy',
  'conspiracies',
  'smear',
  'smears',
  'myth',
  'myths',
  'rhetoric',
  'narrative',
]);

/** The words right after a phrase call it a trope (one word between at most: "X-style memes"). */
function namedTrope(ctx: Context, te: number): boolean {
  const keys = ctx.tok.keys;
  return TROPE_NOUNS.has(keys[te] ?? '') || TROPE_NOUNS.has(keys[te + 1] ?? '');
}

/** Words of a post about abusive vocabulary itself ("incel shorthand", "manosphere forums", "the lexicon"). */
const VOCABULARY_TALK = new Set(['manosphere', 'lexicon', 'shorthand', 'slang', 'jargon', 'vocabulary']);

function aboutVocabulary(ctx: Context): boolean {
  return windowHas(ctx, VOCABULARY_TALK, 0, ctx.tok.count);
}

/** Where abuse sent to someone is told to have landed: "in my mentions", "thrown at her", "called me". */
const RECEIVED_AFTER: Record<string, Set<string>> = {
  my: new Set(['mentions', 'inbox', 'dms', 'replies']),
  thrown: new Set(['at']),
  called: new Set(['me']),
};

function receivedPost(ctx: Context): boolean {
  const keys = ctx.tok.keys;
  for (let k = 0; k + 1 < ctx.tok.count; k++)
    if (RECEIVED_AFTER[keys[k] ?? '']?.has(keys[k + 1] ?? '')) return true;
  return false;
}

const STOP_SAYING = new Set(['telling', 'calling', 'saying', 'labelling', 'labeling']);

/**
 * "stop telling / calling / saying" before the hit in its sentence, with no "or", "and" or "but"
 * between ("stop calling me or I'll find you" still threatens).
 */
function toldToStop(ctx: Context, ts: number): boolean {
  const keys = ctx.tok.keys;
  let stop = false;
  for (let k = sentenceStart(ctx, ts); k < ts; k++) {
    const w = keys[k] ?? '';
    if (w === 'stop' && STOP_SAYING.has(keys[k + 1] ?? '')) stop = true;
    else if (w === 'or' || w === 'and' || w === 'but' || w === 'otherwise') stop = false;
  }
  return stop;
}

/** Negative auxiliaries that open a question: "wouldn't it", "isn't it", "ain't it". */
const NEGATIVE_AUX = new Set([
  'wouldnt',
  'isnt',
  'wasnt',
  'aint',
  'doesnt',
  'didnt',
  'wont',
  'cant',
  'couldnt',
  'shouldnt',
  'arent',
]);

/**
 * A negator that negates nothing: "Wouldn't it be a shame if …", "isn't it funny how …" (a question
 * that asserts), "can't wait for the day …" (eagerness) and "thanks for nothing" (in vain).
 */
function asserts(before: string, w: string, next: string): boolean {
  // "wouldn't mind her bent over…": a wish, not a denial.
  return (
    (NEGATIVE_AUX.has(w) && (next === 'it' || next === 'mind')) ||
    ((w === 'cant' || w === 'cannot') && next === 'wait') ||
    // "No 10 needs fumigating": Number 10, Downing Street.
    (w === 'no' && next === '10') ||
    // "Thanks for nothing you absolute shithead": "for nothing" is in vain, not a denial.
    (w === 'nothing' && before === 'for')
  );
}

const INSINUATE = new Set(['saying', 'sayin', 'suggesting', 'implying']);
const VOCATIVE_YOU = new Set(['you', 'ya', 'u', 'ye']);
const BUT = new Set(['but']);

/** After a hit disowned with "not saying", a "but" or a "just saying" in its sentence or the next. */
function insinuation(ctx: Context, ts: number): boolean {
  const keys = ctx.tok.keys;
  const end = sentenceEnd(ctx, ts);
  const next = end < ctx.tok.count ? sentenceEnd(ctx, end) : end;
  if (windowHas(ctx, BUT, ts + 1, end)) return true;
  for (let k = end; k < next; k++)
    if (keys[k] === 'but' || (keys[k] === 'just' && INSINUATE.has(keys[k + 1] ?? ''))) return true;
  return false;
}

function negated(ctx: Context, ts: number, from: number): boolean {
  const s = ctx.lex.sets;
  const keys = ctx.tok.keys;
  let negator = false;
  let at = -1;
  for (let k = Math.max(from, ts - 3); k < ts && !negator; k++) {
    negator =
      s.negators.has(keys[k] ?? '') &&
      !asserts(keys[k - 1] ?? '', keys[k] ?? '', keys[k + 1] ?? '') &&
      !deniesJest(keys, k);
    if (negator) at = k;
  }
  if (!negator) return false;
  // "Stick it where the sun doesn't shine you prick": "you" before the insult calls them it, whatever
  // the words before denied ("you're not a prick" keeps its "a").
  if (at < ts - 1 && VOCATIVE_YOU.has(keys[ts - 1] ?? '')) return false;
  // "stop typing and go and do something about it", "not wishing death on anyone BUT…": the
  // negation ends with its clause.
  for (let k = at + 1; k < ts; k++)
    if (keys[k] === 'but' || (keys[k] === 'and' && keys[at] === 'stop')) return false;
  // "I'm not saying she slept her way up the list, but…": an insinuation, said by disowning it. (The
  // "but" may open the next sentence, or the writer may go on "I'm just saying…": "Not saying anyone
  // should torch his office. But if they did, I'd bring the petrol.")
  if (INSINUATE.has(keys[at + 1] ?? '') && insinuation(ctx, ts)) return false;
  // "why don't you just die", "just don't come back" are not negations of the abuse
  return !windowHas(ctx, s.negationExceptions, Math.max(from, ts - 5), ts);
}

/** Words right before an attack that make it a past event: "after that brick", "has had a brick". */
const PAST_EVENT = new Set([
  'after',
  'condemning',
  'condemn',
  'condemns',
  'condemned',
  'since',
  'following',
  'survived',
]);
/** Tokens of a post read whole for the criminals a punishment is called for. */
const SHORT_POST = 40;
/** Convicted criminals as a class: whom calls for harsh punishment are about. */
const CRIMINALS = new Set([
  'killers',
  'killer',
  'murderers',
  'paedos',
  'paedophiles',
  'nonces',
  'rapists',
  'groomers',
  'ringleaders',
  'terrorists',
  'offenders',
  'criminals',
  'prisoners',
  'inmates',
]);
/** Politicians and their families: if named in the sentences, the call may be aimed at them. */
const POLITICIANS = new Set([
  'mp',
  'mps',
  'minister',
  'ministers',
  'secretary',
  'councillor',
  'cllr',
  'mayor',
  'commissioner',
  'government',
  'she',
  'her',
  'wife',
  'kids',
  'daughter',
  'son',
]);

/**
 * A call for punishment in or beside a sentence about criminals as a class, with no politician, no
 * one addressed and no name in it: "String them up. Grooming gang ringleaders don't deserve
 * taxpayer-funded cells", "Bring back hanging for child killers". "Castrate the paedos, and the MPs
 * who protected them" and "String up the justice secretary next to the child killers" stay.
 */
function punishingCriminals(ctx: Context, ts: number): boolean {
  // A short post is read whole ("Hang them. Hang the lot of them. Child killers don't…"); a longer one
  // in the hit's sentence and those either side of it.
  const short = ctx.tok.count <= SHORT_POST;
  const from = sentenceStart(ctx, ts);
  const to = sentenceEnd(ctx, ts);
  const before = short ? 0 : from > 0 ? sentenceStart(ctx, from - 1) : from;
  const after = short ? ctx.tok.count : to < ctx.tok.count ? sentenceEnd(ctx, to) : to;
  if (!windowHas(ctx, CRIMINALS, before, after)) return false;
  const s = ctx.lex.sets;
  for (let k = before; k < after; k++) {
    const w = ctx.tok.keys[k] ?? '';
    if (POLITICIANS.has(w) || s.secondPerson.has(w) || s.possessive2.has(w) || w === '@user') return false;
    if (ctx.person[k] === 1) return false;
  }
  return true;
}

/** What someone did, after "who": "who left a noose", "who sent the bullet". */
const PAST_DEEDS = new Set(['left', 'sent', 'hung', 'posted', 'daubed', 'dumped']);
/** "has had", "she's had": a perfect "had", not "had the right idea" or "had better aim". */
const PERFECT = new Set(['has', 'have', 'hes', 'shes', 'ive', 'weve', 'theyve', 'youve']);

/** After emoji, words that make them a kind of message: "every 🐒 emoji", "the 🏠📍 replies". */
const MESSAGE_WORDS = new Set([
  'emoji',
  'emojis',
  'emojies',
  'replies',
  'reply',
  'comments',
  'comment',
  'messages',
  'posts',
]);
/** Before emoji, verbs of sending them: "anyone sending 🍆💦", "people posting 🔪🩸⚰️". */
const SENDING = new Set([
  'sending',
  'send',
  'sent',
  'posting',
  'posted',
  'screenshotting',
  'reporting',
  'flagging',
]);

/** The emoji at [ts, te) are named as messages others send, not sent here. */
function emojiNamed(ctx: Context, ts: number, te: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = ts; k < te; k++) if (ctx.tok.emoji[k] !== 1) return false;
  return (
    MESSAGE_WORDS.has(keys[te] ?? '') ||
    SENDING.has(keys[ts - 1] ?? '') ||
    (keys[ts - 1] === 'the' && SENDING.has(keys[ts - 2] ?? ''))
  );
}

/** The hyperboles of friends: "I'll kill you", "I will end you", "going to murder him". */
const PLAYFUL_THREAT =
  /^(threat:intent-(kill|end|murder|strangle|throttle)-person|lex:threat:.*\b(kill|end|murder) (you|u|him|her)\b.*)$/;
const LAUGHS = new Set(['😂', '🤣', '😆', '😅', 'lol', 'haha', 'hahaha', 'lmao', 'pmsl']);
/** Warmth: a kiss, a heart, "love you", "sister", "bestie". */
const WARMTH = new Set(['x', 'xx', 'xxx', '❤', '❤️', '😘', '🥰', '💕', '💜', '💙', '💚', 'sister', 'bestie']);
/**
 * A threat said with a laugh and a kiss, for a small reason: "I'm going to kill you for posting that
 * photo of me 😂😂 … you're buying the drinks Friday x", "I'm going to kill him for that answer about
 * the Tudors 😂 (love you mate)". All three are needed: a laugh alone goes with real threats too
 * ("jokin obvs 😂 …or am i").
 */
function playful(ctx: Context, ts: number, te: number): boolean {
  const { keys, count } = ctx.tok;
  if (!windowHas(ctx, LAUGHS, 0, count)) return false;
  let warm = windowHas(ctx, WARMTH, 0, count);
  for (let k = 0; k + 1 < count && !warm; k++)
    warm = keys[k] === 'love' && (keys[k + 1] === 'you' || keys[k + 1] === 'ya' || keys[k + 1] === 'u');
  if (!warm) return false;
  // the small reason: "… for posting that photo", "… for that answer"
  return keys[te] === 'for';
}

/** "as a crip I'm glad…": the writer names what they are before saying "I". */
/**
 * The hit (tokens ts..te) inside an "As a …" that opens its sentence and describes the writer: "As a
 * big fat lesbian with three cats, this is my content". Within the first eight words, before any
 * clause break or anyone else.
 */
function describesWriter(ctx: Context, ts: number, te: number): boolean {
  const keys = ctx.tok.keys;
  const s = sentenceStart(ctx, ts);
  if (keys[s] !== 'as' || (keys[s + 1] !== 'a' && keys[s + 1] !== 'an') || te - s > 8) return false;
  for (let k = s + 2; k < te; k++) {
    if (k > s + 2 && clauseStart(ctx, k) === k) return false;
    const w = keys[k] ?? '';
    if (ctx.person[k] === 1 || ctx.lex.sets.secondPerson.has(w) || THIRD_PERSON.has(w)) return false;
  }
  return true;
}

/** Before an animal word, an owner: "Ashworth's dog", "her cat", "the minister's dog". */
const ANIMAL_OWNERS = new Set(['his', 'her', 'my', 'our', 'their', 'your']);
function ownedAnimal(ctx: Context, ts: number): boolean {
  const keys = ctx.tok.keys;
  const before = keys[ts - 1] ?? '';
  if (ts === 0 || !(ANIMAL_OWNERS.has(before) || (possessiveS(ctx, ts - 1) && !IS_CONTRACTED.has(before))))
    return false;
  // …unless the animal is threatened: "hope someone poisons Giles's dog" is harm, to the pet.
  for (let k = Math.max(0, ts - 4); k < Math.min(ctx.tok.count, ts + 4); k++)
    if (PET_HARMS.has(keys[k] ?? '')) return false;
  return true;
}
const PET_HARMS = new Set([
  'poison',
  'poisons',
  'poisoned',
  'kill',
  'kills',
  'killed',
  'hurt',
  'shoot',
  'shot',
  'stab',
  'drown',
  'drowned',
  'harm',
  'kick',
  'kicked',
  'strangle',
  'gas',
  'gassed',
  'dead',
  'die',
  'dies',
  'accident',
  'missing',
  'run',
  'snap',
  'skin',
  'roast',
  'bbq',
  'eat',
  'eaten',
]);
/** "he's vermin", "she's filth": "'s" for "is", not an owner. */
const IS_CONTRACTED = new Set([
  'hes',
  'shes',
  'its',
  'thats',
  'whats',
  'theres',
  'whos',
  'heres',
  'everyones',
  'someones',
]);

function asOneSelf(ctx: Context, ts: number): boolean {
  const keys = ctx.tok.keys;
  return keys[ts - 2] === 'as' && keys[ts - 1] === 'a' && FIRST_PERSON_SUBJECT.has(keys[ts + 1] ?? '');
}

const THIRD_PERSON = new Set(['her', 'him', 'his', 'them', 'their']);
/** A hit that speaks of "her", "him" or "them" and not to "you". */
function toldOfOthers(ctx: Context, ts: number, te: number): boolean {
  const keys = ctx.tok.keys;
  let third = false;
  for (let k = ts; k < te; k++) {
    const w = keys[k] ?? '';
    if (ctx.lex.sets.secondPerson.has(w) || ctx.lex.sets.possessive2.has(w)) return false;
    if (THIRD_PERSON.has(w)) third = true;
  }
  return third;
}

function pastAttack(ctx: Context, ts: number, from: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = Math.max(from, ts - 3); k < ts; k++) {
    const w = keys[k] ?? '';
    if (PAST_EVENT.has(w) || (w === 'had' && PERFECT.has(keys[k - 1] ?? ''))) return true;
    // "the man who left a noose outside her office has been charged": someone's deed, told.
    if (w === 'who' && PAST_DEEDS.has(keys[k + 1] ?? '')) return true;
  }
  // "The bricks through the window were a disgrace": the attack, then the verdict on it.
  for (let k = ts + 1; k < Math.min(ctx.tok.count, ts + 8); k++) {
    if (sentenceStart(ctx, k) === k) break;
    const w = keys[k] ?? '';
    if (
      (w === 'was' || w === 'were' || w === 'is') &&
      CONDEMNED_AS.has(keys[k + (keys[k + 1] === 'a' ? 2 : 1)] ?? '')
    )
      return true;
  }
  return false;
}

/** The verdict after an attack told as news: "…was a disgrace", "…were cowardly". */
const CONDEMNED_AS = new Set([
  'disgrace',
  'disgraceful',
  'appalling',
  'shameful',
  'cowardly',
  'despicable',
  'abhorrent',
  'horrific',
  'sickening',
  'unacceptable',
  'vile',
  'evil',
  'criminal',
]);

/** Rule ids of rules/scareQuotes.ts. */
const SCARE_QUOTED = 'identity:scare-quoted-';

/** Before "got", what makes it imagined rather than told: "if she got…", "hope he gets…". */
const IMAGINED = new Set(['if', 'hope', 'hoping', 'wish', 'imagine']);

/** After "got": somewhere reached ("got where she is") or something done to them ("got kicked out"). */
const GOT_PLACE = new Set([
  'where',
  'there',
  'here',
  'into',
  'to',
  'away',
  'kicked',
  'thrown',
  'chucked',
  'booted',
  'driven',
  'banned',
  'expelled',
]);

/** Verbs of messaging that, opening a sentence before "me", invite a message: "DM me", "message me". */
const MESSAGE_ME = new Set(['dm', 'message', 'text', 'pm', 'inbox', 'whatsapp']);
/** Before a reporting word, an owner that makes it a noun: "his tweets", "her posts". */
const POSSESSORS = new Set(['his', 'her', 'their', 'your']);
/** The verb that makes the owned noun a sentence's subject: "his tweets is…" (sic), "her posts are…". */
const COPULA_IS = new Set(['is', 'are', 'was', 'were']);

/** "he said I'll kill you", "she keeps being called a [slur]": someone else's words, reported. */
function reported(ctx: Context, ts: number, from: number, address: boolean): boolean {
  const s = ctx.lex.sets;
  for (let k = ts - 1; k >= Math.max(from, ts - 4); k--) {
    const w = ctx.tok.keys[k] ?? '';
    if (s.reporting.has(w) && !s.condemnation.has(w)) {
      if ((w === 'got' || w === 'getting') && possession(ctx, k, address)) continue;
      // "been lovely getting to know your routine", "got to see her speech": a chance to, not a report.
      if ((w === 'got' || w === 'getting') && ctx.tok.keys[k + 1] === 'to') continue;
      // "I'd laugh if Sophie got acid thrown in her face": imagined, not told.
      if ((w === 'got' || w === 'getting') && windowHas(ctx, IMAGINED, Math.max(from, k - 5), k)) continue;
      // "tell her to …" opening a clause is an order, not a report.
      if (w === 'tell' && k === from) continue;
      // "DM me babe 🍆💦": an invitation to message the writer, not a message reported.
      if (MESSAGE_ME.has(w) && ctx.tok.keys[k + 1] === 'me' && sentenceStart(ctx, k) === k) continue;
      // "you can tell she's …", "I could tell": evidently, not a report.
      const before = ctx.tok.keys[k - 1] ?? '';
      if (w === 'tell' && (before === 'can' || before === 'could' || before === 'cant')) continue;
      // "Nothing says the great replacement like…": the writer's own sarcasm, not someone's words.
      if (w === 'says' && before === 'nothing') continue;
      // "only got where she is by…", "got kicked out of 109 countries": not "got told".
      if (w === 'got' && GOT_PLACE.has(ctx.tok.keys[k + 1] ?? '')) continue;
      // "Someone should tell Haddad the petrol's already bought": the writer's message, sent on.
      if (
        w === 'tell' &&
        (before === 'should' ||
          before === 'must' ||
          before === 'go' ||
          before === 'pls' ||
          before === 'please' ||
          // "Someone tell the old hag she's past it": an order to pass the insult on.
          before === 'someone' ||
          before === 'somebody')
      )
        continue;
      // "Whoever writes his tweets is a pathetic loser": the tweets are the subject of a sentence that
      // goes on to its own verb, not a report of what they said.
      if (POSSESSORS.has(before) && windowHas(ctx, COPULA_IS, k + 1, ts)) continue;
      // "I'm not saying…" is the writer's own (the negation guard judges it).
      return !FIRST_PERSON_SUBJECT.has(before === 'not' ? (ctx.tok.keys[k - 2] ?? '') : before);
    }
  }
  return false;
}

/**
 * After a reclaimed word, a word that makes it the name of a movement or a community: "the crip
 * community has been warning", "Crip rights are human rights", "the crip caucus", "queer history".
 */
const RECLAIMED_GROUP = new Set([
  'community',
  'communities',
  'rights',
  'caucus',
  'pride',
  'theory',
  'culture',
  'history',
  'activists',
  'activism',
  'movement',
  'joy',
  'collective',
  'network',
  'solidarity',
]);

/** Sharing an address: "stop sharing it", "never give out her address", "don't post it". */
const SHARE_VERBS = new Set([
  'share',
  'sharing',
  'spread',
  'spreading',
  'post',
  'posting',
  'give',
  'giving',
  'publish',
]);
/** Having it: "I've got your home address", "we know his address", "got her address." */
const HAVE_VERBS = new Set(['got', 'have', 'know', 'found', 'knows']);

/**
 * "Please stop sharing the MP's home address", "the account claiming to have her home address is fake
 * and has been reported", "MP here: I don't publish my home address": a post about an address that
 * gives none. Only a phrase hit ("home address", "his address") in a post where the detectors find no
 * address, postcode or number; only in a post that reports it, calls it dangerous
 * or fake, tells of a court case (guards.json `addressTalk`) or says not to share it, or about the
 * writer's own address; and not when the writer says they have it ("I've got your home address. Report
 * me, see if I care"). The broad condemnation words are not enough: "block C", "sick of it" are not
 * counter-speech.
 */
function addressTalk(ctx: Context, h: RuleHit, owned: boolean): boolean {
  const before = ctx.tok.keys[h.tokStart - 1];
  const own = before === 'my' || before === 'our';
  if (!own && owned) return false;
  const talk = own || windowHas(ctx, ctx.lex.sets.addressTalk, 0, ctx.tok.count) || shareWarnedAgainst(ctx);
  // The address itself in the post (the detectors run after the guards, rules/doxxing.ts): rare
  // enough here to look for it only now.
  return (
    talk && detectPersonalInfo(ctx.original, true, (ctx.tok.flags & W_STREET) !== 0, ctx.digits).length === 0
  );
}

/** "stop sharing it", "don't post it", "never give out her address". */
function shareWarnedAgainst(ctx: Context): boolean {
  const keys = ctx.tok.keys;
  for (let t = 1; t < ctx.tok.count; t++) {
    if (!SHARE_VERBS.has(keys[t] ?? '')) continue;
    if (ctx.lex.sets.negators.has(keys[t - 1] ?? '') || ctx.lex.sets.negators.has(keys[t - 2] ?? ''))
      return true;
  }
  return false;
}

/** A doxxing phrase about where someone lives: "home address", "his address", "her postcode". */
function aboutAddress(ctx: Context, h: RuleHit): boolean {
  if (!h.rule.startsWith('lex:')) return false;
  for (let k = h.tokStart; k < h.tokEnd; k++) {
    const w = ctx.tok.keys[k] ?? '';
    if (w === 'address' || w === 'addresses' || w === 'postcode') return true;
  }
  return false;
}

/** "I've got your home address", "we know his address", "Got her address.": the writer has it. */
function writerHasIt(ctx: Context, ts: number, from: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = Math.max(from, ts - 4); k < ts; k++)
    if (HAVE_VERBS.has(keys[k] ?? '') && (k === from || FIRST_PERSON_SUBJECT.has(keys[k - 1] ?? '')))
      return true;
  return false;
}

/** One-word sentences that agree with what came before. */
const AGREED = new Set(['correct', 'accurate', 'facts', 'based', 'agreed']);

/**
 * "listen to the little voice that says you'd be better off dead. It's right.": the writer agrees with
 * the words they report or quote, so they are the writer's own. "It's / he's / they're right" ending a
 * sentence ("that's right" is too often a sarcastic "yes, really"), a phrase of agreement anywhere
 * ("they've got a point", "where's the lie"), or agreement as a sentence of its own ("Correct.").
 */
function endorsed(ctx: Context): boolean {
  const keys = ctx.tok.keys;
  const endorsement = ctx.lex.sets.endorsement;
  // "Evidence suggests they've got a point", "Where's the lie", "deserved every word": the writer
  // agrees with the words they quote or report; "Fake quote:", "Dear Diary, Tessa here", "#parody",
  // "What he meant: …": the writer wrote them (lexicons/guards.json `endorsement`).
  for (let t = 0; t < ctx.tok.count; t++)
    if (endorsement.get(keys[t] ?? '')?.some((p) => p.every((w, i) => keys[t + i] === w))) return true;
  for (let t = 0; t < ctx.tok.count; t++) {
    // "There's a reason thousands are telling you to kill yourself. Maybe listen to them." (not "don't
    // listen to them")
    if (
      keys[t - 1] === 'listen' &&
      keys[t] === 'to' &&
      keys[t + 1] === 'them' &&
      sentenceEnd(ctx, t) === t + 2 &&
      !ctx.lex.sets.negators.has(keys[t - 2] ?? '')
    )
      return true;
    // "Ruth Abelman's office shared a voicemail saying 'we'll get you'. Correct. We will.", and a reply
    // that opens "Facts." over a quoted post.
    if (AGREED.has(keys[t] ?? '') && sentenceEnd(ctx, t) === t + 1 && sentenceStart(ctx, t) === t)
      return true;
    if (keys[t] !== 'right' || sentenceEnd(ctx, t) !== t + 1) continue;
    const w = keys[t - 1] ?? '';
    if (w === 'its' || w === 'hes' || w === 'shes' || w === 'theyre') return true;
  }
  return false;
}

/**
 * Forms of "have" before "got" that make it possession: "she's got", "has got", "you've got" (token keys
 * drop apostrophes, so "she's" is "shes").
 */
const HAVE_GOT = new Set(['has', 'have', 'shes', 'hes', 'youve', 'theyve', 'weve', 'ive']);

/**
 * "got" / "getting" at k owns something rather than reporting it: "got my dad's shotgun cleaned up",
 * "got a rope with your name on it" (but "got a message saying …" reports), and any address ("I've got
 * your home address", "anyone got her address?": nobody "gets called" an address).
 */
function possession(ctx: Context, k: number, address: boolean): boolean {
  if (address) return true;
  const keys = ctx.tok.keys;
  if (keys[k] !== 'got') return false;
  const next = keys[k + 1];
  // "She's got the IQ of a damp sponge", "Pryce has got no spine": British "have got" is having,
  // not being told (unless what was got is a message: "she's got a letter saying …").
  if (HAVE_GOT.has(keys[k - 1] ?? '') && !ctx.lex.sets.reporting.has(next ?? '')) return true;
  // "got my", "got me grandad's old revolver", "got a spare brick" (not "got a message")
  return (
    next === 'my' ||
    next === 'me' ||
    next === 'our' ||
    ((next === 'a' || next === 'an') && !ctx.lex.sets.reporting.has(keys[k + 2] ?? ''))
  );
}

/** Counter-speech: a framing word right before the term in a post that condemns it. */
function framed(ctx: Context, ts: number, from: number): boolean {
  if (ctx.quoted[ts] === 1) return true;
  const framing = ctx.lex.sets.framing;
  for (let k = Math.max(from, ts - 4); k < ts; k++) {
    if (!framing.has(ctx.tok.keys[k] ?? '')) continue;
    // "got called a …" frames; "anyone got a spare brick?" is having one.
    if (ctx.tok.keys[k] === 'got' && possession(ctx, k, false)) continue;
    return true;
  }
  return false;
}

/**
 * A condemnation word in the hit's sentence or the one before or after: "Someone called her a ….
 * Disgusting." A rant that ends "Pathetic." three sentences after its own insults condemns the MP,
 * not the insult.
 */
function condemnedNear(ctx: Context, ts: number): boolean {
  const here = sentenceStart(ctx, ts);
  const from = here > 0 ? sentenceStart(ctx, here - 1) : 0;
  const to = sentenceEnd(ctx, sentenceEnd(ctx, ts));
  for (let k = from; k < to; k++) if ((ctx.flagsAt(k) & W_CONDEMNATION) !== 0) return true;
  return false;
}
