import type { Context } from '../context';
import { equalsBefore as equalsBefore_IMPORT } from '../tokenWindow';
import {
  clauseBreakBefore as clauseBreakBefore_IMPORT,
  sentenceEnd as sentenceEnd_IMPORT,
  sentenceStart as sentenceStart_IMPORT,
} from '../guards';

import {
  capitalised as capitalised_IMPORT,
  originalWord as originalWord_IMPORT,
  possessiveS as possessiveS_IMPORT,
} from './cueScan';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const sentenceStart = sentenceStart_IMPORT;
const sentenceEnd = sentenceEnd_IMPORT;
const clauseBreakBefore = clauseBreakBefore_IMPORT;
const possessiveS = possessiveS_IMPORT;
const capitalised = capitalised_IMPORT;
const originalWord = originalWord_IMPORT;
const equalsBefore = equalsBefore_IMPORT;

/**
 * Words in the lexicon's `copula` list that only introduce a noun phrase ("a", "the", "this"). For
 * personal insults they mark the word as aimed ("this idiot"); for animal, disease and identity words
 * they say nothing about whom it is aimed at ("we had a pig roast", "I saw a monkey at the zoo").
 * Verbs ("is", "you're"), "what"/"such" and insulting adjectives ("filthy pig") still decide.
 */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);
const COLLECTIVES = new Set([
  'bunch',
  'load',
  'pack',
  'gang',
  'shower',
  'cult',
  'band',
  'herd',
  'nest',
  'swarm',
  'crowd',
  'clique',
  'lot',
  'set',
  'collection',
  // "a two-faced piece of scum", "a sack of shit": what the insult is made of.
  'piece',
  'sack',
  // "takes a special kind of moron": the kind is the person.
  'kind',
  'sort',
  'type',
]);
/** Possessives: right before an animal word they make it a pet or livestock ("your dog"), not a name-call. */
const OWNERS = new Set(['your', 'ur', 'yer', 'her', 'his', 'their', 'my', 'our', 'its']);
/** What makes a kept animal a working one: "guide dog", "sniffer dogs", "police horse". */
const WORKING = new Set([
  'guide',
  'assistance',
  'hearing',
  'sniffer',
  'police',
  'service',
  'therapy',
  'guard',
  'working',
]);
/** Before "a dog": having one ("has a dog", "got a cat", "owns a pig"). */
const KEEPS = new Set(['has', 'have', 'had', 'got', 'owns', 'own', 'owned', 'adopted', 'rescued', 'bought']);
/** Animals people keep; not disease or identity words ("Irish have a disease", "have a Jew nation"). */
const KEPT = new Set([
  'dog',
  'dogs',
  'cat',
  'cats',
  'pig',
  'pigs',
  'rat',
  'rats',
  'snake',
  'snakes',
  'rabbit',
  'rabbits',
  'hamster',
  'parrot',
  'goat',
  'goats',
  'sheep',
  'cow',
  'cows',
  'donkey',
  'horse',
  'pony',
  'chickens',
  'hens',
  'monkey',
]);
/** After the animal: it is what the person looks or thinks like, not a pet. */
const LIKENED = new Set([
  'for',
  'face',
  'faced',
  'brain',
  'brains',
  'head',
  'nose',
  'eyes',
  'teeth',
  'mouth',
  'ears',
  'body',
  'like',
  's',
]);
/** A bare insult counts as aimed at the addressee only in a one-sentence reply this short ("Idiot."). */
const SHORT_REPLY_TOKENS = 12;
/**
 * For insults, words that do not count towards the three looked back: size words ("a pathetic sweaty wee creep",
 * "vile little man"). A word joined to the next by a hyphen counts with it ("a gurning, dim-witted oaf").
 */
const UNCOUNTED = new Set(['wee', 'little', 'big', 'old']);
/** What may open a sentence that is only an insult: "Half-wit.", "What an absolute twat.", "Utter moron." */
const EXCLAIM = new Set([
  'what',
  'a',
  'an',
  'such',
  'absolute',
  'utter',
  'total',
  'complete',
  'proper',
  'right',
  'bloody',
  'fucking',
  'pure',
  'massive',
  'you',
]);
/**
 * Insult words that are adjectives: alone as a sentence they may judge the last thing said ("…scrapped
 * the rail link. Really stupid."), so only insult nouns count as aimed in a sentence of their own.
 */
const ADJECTIVES = new Set([
  'stupid',
  'dumb',
  'thick',
  'idiotic',
  'moronic',
  'brainless',
  'gormless',
  'ugly',
  'fat',
  'pathetic',
  'boring',
  'bald',
  'balding',
  'greasy',
  'sweaty',
  'crusty',
  'dense',
  'bitter',
  'unhinged',
  'repulsive',
  'vacuous',
  'gutless',
  'unwashed',
  'unemployable',
  'inbred',
  'trash',
  'garbage',
  'snivelling',
]);
/** Office holders: right after an insult they are whom it names ("brain dead halfwit chancellor"). */
const OFFICE_HOLDERS = new Set([
  'chancellor',
  'minister',
  'ministers',
  'mp',
  'mps',
  'pm',
  'councillor',
  'councillors',
  'cllr',
  'secretary',
  'mayor',
  'leader',
  'msp',
  'mla',
  'politician',
  'politicians',
]);
/** After an insult, words that say it was about people: "idiots, the lot of them", "morons, all of them". */
const ALL_OF_THEM = new Set(['them', 'em', 'yous', 'youse', 'ye', 'yez']);

/**
 * Is the word at tokens [ts, te) aimed at a person or group? "you idiot", "she is a moron", "these
 * vermin", "idiots like you", "rat Starmer", or a bare short reply ("@user idiot"). Not when it
 * describes a policy or idea ("stupid policy", "the plan is idiotic", "…scrapped the rail link. Really
 * stupid."): insulting an idea is political criticism. Looks back only within the word's sentence.
 */
export function aimedAtPerson(ctx: Context, ts: number, te: number, insult = false): boolean {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  // "stupid policy", "idiotic plan": the idea, not a person. Only within the insult's own clause
  // ("What an absolute twat. Votes to close the A&E…" insults him, then talks about votes).
  // (Only the gaps after the insult are read, not the rest of the clause: this runs for every match.)
  if (!clauseBreakBefore(ctx, te)) {
    if (s.policyNouns.has(keys[te] ?? '')) return false;
    // "the fat jokes in his mentions are vile": the kind of message, not a name for someone.
    if (MESSAGES.has(keys[te] ?? '')) return false;
    if (!clauseBreakBefore(ctx, te + 1) && s.policyNouns.has(keys[te + 1] ?? '')) return false;
  }
  // "your dog", "her dog ate it", "their animals": something they own, not what they are called.
  // ("@user's dog": the handle's "s" owns it too.)
  if (!insult && (OWNERS.has(keys[ts - 1] ?? '') || (keys[ts - 1] === '@user' && possessiveS(ctx, ts - 1))))
    return false;
  // "her guide dog", "Guide dog Hettie", "the police horses": an animal at work.
  if (!insult && WORKING.has(keys[ts - 1] ?? '') && KEPT.has(keys[ts] ?? '')) return false;
  if (!insult && ctx.person[te] !== 1) {
    // "judging the dog show", "for the cancer unit": the first half of a compound noun.
    if (COMPOUND_HEADS.has(keys[te] ?? '')) return false;
    // "the dog will lick you to death": a kept animal, "the" one, is the animal ("the rats", "one of
    // the sheep" may be people, and so is "the rat he is").
    if (
      keys[ts - 1] === 'the' &&
      te === ts + 1 &&
      KEPT.has(keys[ts] ?? '') &&
      !(keys[ts] ?? '').endsWith('s') &&
      keys[ts] !== 'sheep' &&
      keys[ts - 2] !== 'of' &&
      !LIKENED_ONE.has(keys[te] ?? '')
    )
      return false;
  }
  // "She has a dog called Haggis", "we've got a cat": an animal someone keeps ("You have a pig for a
  // face", "he's got a rat face" still insult).
  if (
    !insult &&
    (keys[ts - 1] === 'a' || keys[ts - 1] === 'two') &&
    KEEPS.has(keys[ts - 2] ?? '') &&
    KEPT.has(keys[ts] ?? '') &&
    !LIKENED.has(keys[te] ?? '')
  )
    return false;
  // "@Gary Pratt telling a councillor…": a capitalised word right after a tag is the tagged name's
  // surname (Facebook tags a full name).
  if (
    insult &&
    keys[ts - 1] === '@user' &&
    te === ts + 1 &&
    capitalised(ctx, ts) &&
    firstNameTag(ctx, ts - 1)
  )
    return false;
  const from = sentenceStart(ctx, ts);
  // Three words back, not counting determiners ("a bunch of cockroaches", "being this much of a dickhead").
  for (let k = ts - 1, words = 0; k >= from && words < 3; k--) {
    const w = keys[k] ?? '';
    // "Adeyemi = clueless muppet": "=" says what the word before it is, like "is" does, when that
    // word is a name or a handle (not "Brexit = idiocy").
    if (
      insult &&
      equalsBefore(ctx, k + 1) &&
      !s.policyNouns.has(w) &&
      (w === '@user' || ctx.person[k] === 1 || capitalised(ctx, k))
    )
      return true;
    // "this cunt", "the idiot": an insult noun is about a person whatever introduces it. Animal,
    // disease and identity words are not ("a pig roast", "the rat problem", "a monkey at the zoo"),
    // nor insults that are first of all things ("the trash we dump in the sea").
    if (DETERMINERS.has(w)) {
      if (insult && !s.thingNouns.has(keys[ts] ?? '')) return true;
      continue;
    }
    // "a cult of brainwashed morons", "a shower of bastards": the group noun and "of" introduce the
    // insult like a determiner does.
    if (w === 'of' && COLLECTIVES.has(keys[k - 1] ?? '')) {
      k--;
      continue;
    }
    if (!insult || (!UNCOUNTED.has(w) && !hyphenAfter(ctx, k))) words++;
    if (s.policyNouns.has(w)) return false;
    if (
      s.secondPerson.has(w) ||
      s.possessive2.has(w) ||
      s.thirdPerson.has(w) ||
      s.groups.has(w) ||
      // "Lib Dems are smug wankers": a party is people (rules/party.ts then calls it party abuse)
      (insult && s.parties.has(w)) ||
      (ctx.person[k] === 1 && !sameName(ctx, k, ts))
    )
      return true;
    if (s.copula.has(w)) {
      // "the plan is stupid": the subject of the copula is a policy, not a person
      const subject = keys[k - 1] ?? '';
      return !s.policyNouns.has(subject) && !(s.copula.has(subject) && s.policyNouns.has(keys[k - 2] ?? ''));
    }
  }
  for (let k = te; k < count && k < te + 3; k++) if (s.secondPerson.has(keys[k] ?? '')) return true;
  if (insult && OFFICE_HOLDERS.has(keys[te] ?? '')) return true;
  // "what a massive tit @Cllr": the handle right after the insult is whom it names.
  if (insult && keys[te] === '@user' && !clauseBreakBefore(ctx, te)) return true;
  // "scum like @GrahamAstleyMP", "parasites like him": the likeness is the person.
  if (keys[te] === 'like' && !clauseBreakBefore(ctx, te) && someoneAt(ctx, te + 1)) return true;
  // "filth in a suit", "a rat in a rosette": dressed as a person, so said of one.
  if (keys[te] === 'in' && keys[te + 1] === 'a' && DRESSED.has(keys[te + 2] ?? '')) return true;
  // "Clueless, self-righteous idiots, the lot of them", "rats the lot of them"
  for (let k = te; k < count && k < te + 5; k++)
    if (ALL_OF_THEM.has(keys[k] ?? '')) {
      if (insult) return k < sentenceEnd(ctx, ts);
      if (allOfThem(ctx, k) && k < sentenceEnd(ctx, ts)) return true;
    }
  // "rat Starmer": a name right after the word (not the rest of a title it starts: "Pig Out Festival").
  if (ctx.person[te] === 1 && !sameName(ctx, ts, te)) return true;
  // "subhuman. look at him.", "filth. thats what @Owen is": a sentence that is only a name for a
  // person (not "Rats!" or "Animal." said of a goal).
  if (!insult)
    return (
      NAME_CALLS.has(keys[ts] ?? '') &&
      insultSentence(ctx, from, ts, te) &&
      // A reply that is only the word ("Vermin.", "Cockroach.") calls whoever it answers that.
      ((count === te - ts && from === 0) || (aboutSomeone(ctx) && !politicalPost(ctx)))
    );
  // A bare insult opening or closing a short reply is aimed at whoever is being replied to.
  if (keys[ts - 1] === '@user') return true;
  // Not a closing remark after a first sentence about something else ("…scrapped the link. Really stupid.").
  if (count <= SHORT_REPLY_TOKENS && from === 0 && (ts === 0 || te === count)) return true;
  // A sentence that is only an insult noun ("Half-wit.", "What an absolute twat.") calls whoever the
  // post is about that name: a person it names, addresses or refers to.
  return !ADJECTIVES.has(keys[ts] ?? '') && insultSentence(ctx, from, ts, te) && aboutSomeone(ctx);
}

/** Kinds of message an insult word can describe: "fat jokes", "paedo memes", "moron comments". */
const MESSAGES = new Set([
  'jokes',
  'memes',
  'comments',
  'remarks',
  'slurs',
  'taunts',
  'insults',
  'gags',
  'chants',
]);

/** What a person is dressed in: "filth in a suit", "a rat in a rosette". */
const DRESSED = new Set(['suit', 'tie', 'rosette', 'wig', 'skirt', 'dress', 'frock', 'hi-vis', 'blazer']);

/** Token k is a person: a name, a handle, or a pronoun for one ("like him", "like you"). */
function someoneAt(ctx: Context, k: number): boolean {
  const w = ctx.tok.keys[k] ?? '';
  const s = ctx.lex.sets;
  return ctx.person[k] === 1 || s.secondPerson.has(w) || (s.thirdPerson.has(w) && !POSSESSIVE3.has(w));
}
/** Third-person words that own rather than name ("like his dad"). */
const POSSESSIVE3 = new Set(['his', 'their', 'theirs']);

/** "the lot of them", "all of them", "every one of em" ending at token k (not just "them"). */
function allOfThem(ctx: Context, k: number): boolean {
  const keys = ctx.tok.keys;
  return keys[k - 1] === 'of' && (keys[k - 2] === 'lot' || keys[k - 2] === 'all' || keys[k - 2] === 'one');
}

/** Token t is a tag written as a first name ("@Gary"), as Facebook tags people; not "@USER", "@CllrX". */
function firstNameTag(ctx: Context, t: number): boolean {
  return /^@[A-Z][a-z]+$/.test(originalWord(ctx, t));
}

/** After "the rat": who it is said to be ("like the rat he is", "the snake you are"). */
const LIKENED_ONE = new Set(['he', 'she', 'you', 'u', 'they', 'hes', 'shes', 'youre']);

/** Nouns an animal or disease word can qualify: "dog show", "cancer unit", "rat catcher". */
const COMPOUND_HEADS = new Set([
  'show',
  'shows',
  'walk',
  'walks',
  'walker',
  'walkers',
  'walking',
  'owner',
  'owners',
  'food',
  'lead',
  'park',
  'warden',
  'rescue',
  'shelter',
  'grooming',
  'bowl',
  'fouling',
  'poo',
  'licence',
  'friendly',
  'unit',
  'ward',
  'wards',
  'research',
  'patients',
  'patient',
  'charity',
  'screening',
  'nurse',
  'nurses',
  'survivor',
  'survivors',
  'diagnosis',
  'treatment',
  'care',
  'catcher',
  'catchers',
  'problem',
  // "the sheep subsidy", "a livestock market", "gut livestock farming": farming, not a name.
  'farming',
  'farmer',
  'farmers',
  'farm',
  'farms',
  'market',
  'markets',
  'mart',
  'subsidy',
  'subsidies',
  'auction',
  'prices',
]);

/** Token k is joined to the next by a hyphen ("dim-witted"). */
function hyphenAfter(ctx: Context, k: number): boolean {
  const end = ctx.tok.end[k] ?? 0;
  return end === (ctx.tok.start[k + 1] ?? 0) - 1 && ctx.norm.text.charCodeAt(end) === 45;
}

/** The post has political vocabulary ("Parasite." may then judge a policy just named). */
function politicalPost(ctx: Context): boolean {
  for (const m of ctx.matches) {
    const kind = ctx.lex.entries[m.entry]?.kind;
    if (kind === 'policy' || kind === 'critique') return true;
  }
  return false;
}

/** Dehumanising words that, alone as a sentence, name a person: "Subhuman.", "Filth." */
const NAME_CALLS = new Set([
  'subhuman',
  'subhumans',
  'filth',
  'vermin',
  'parasite',
  'parasites',
  'maggot',
  'cockroach',
  'cockroaches',
  'leech',
  'leeches',
  'swine',
  'maggots',
]);

/**
 * Tokens [from, sentence end) are only the insult, with at most three words before it that describe
 * it ("What an absolute twat.", "plastic faced hag.", "greasy oaf."): not a policy, a pronoun, a name
 * or a verb of being, which would make it a sentence about something ("the plan is a joke").
 */
function insultSentence(ctx: Context, from: number, ts: number, te: number): boolean {
  if (sentenceEnd(ctx, ts) !== te || ts - from > 3) return false;
  const s = ctx.lex.sets;
  for (let k = from; k < ts; k++) {
    const w = ctx.tok.keys[k] ?? '';
    if (EXCLAIM.has(w)) continue;
    if (
      ctx.person[k] === 1 ||
      s.policyNouns.has(w) ||
      s.copula.has(w) ||
      s.firstPerson.has(w) ||
      s.secondPerson.has(w) ||
      s.thirdPerson.has(w) ||
      s.thingNouns.has(w)
    )
      return false;
  }
  return true;
}

/** The post names someone, speaks to someone, or says he, she or they. */
export function aboutSomeone(ctx: Context): boolean {
  const s = ctx.lex.sets;
  for (let k = 0; k < ctx.tok.count; k++) {
    const w = ctx.tok.keys[k] ?? '';
    if (ctx.person[k] === 1 || w === '@user' || s.secondPerson.has(w) || s.thirdPerson.has(w)) return true;
  }
  return false;
}

/**
 * "Hamas are terrorists", "designate Hezbollah as a terrorist organisation", "Islamic State are
 * terrorists": the word says what an armed group is, which is a political statement about the group,
 * not abuse of Muslims (lexicons/targets.json `organisations`). The group is named just before the
 * word in its sentence, or the word describes the organisation after it.
 */
export function aboutOrganisation(ctx: Context, ts: number, te: number): boolean {
  const { keys } = ctx.tok;
  const orgs = ctx.lex.sets.organisations;
  if (orgs.has(keys[te] ?? '')) return true;
  const from = sentenceStart(ctx, ts);
  for (let k = ts - 1; k >= from && k >= ts - 5; k--) if (orgs.has(keys[k] ?? '')) return true;
  return false;
}

/**
 * Are tokens a..b one run of capitalised words mid-sentence (a title or proper name, "Pig Out Food
 * Festival", "Animal Farm")? Then the word and its neighbour are one name, not an insult and its target.
 */
function sameName(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (ctx.person[k] !== 1) return false;
  return true;
}

/** Gendered slurs like "cow" need the post to be about a woman (or to address someone directly). */
export function aimedAtWoman(ctx: Context, ts: number, te: number): boolean {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  for (let k = Math.max(0, ts - 6); k < Math.min(count, te + 4); k++)
    if (s.female.has(keys[k] ?? '')) return true;
  for (let k = Math.max(0, ts - 3); k < ts; k++)
    if (s.secondPerson.has(keys[k] ?? '') || s.possessive2.has(keys[k] ?? '')) return true;
  // "Bryony Halsall shrieking in the chamber again. Hysterical cow.": a woman named (as a name,
  // capitalised or known) anywhere in the post, and the word aimed at a person or a sentence of its
  // own (not "to see a prize cow").
  return (
    namesAWoman(ctx) &&
    (aimedAtPerson(ctx, ts, te) || (insultSentence(ctx, sentenceStart(ctx, ts), ts, te) && aboutSomeone(ctx)))
  );
}

function namesAWoman(ctx: Context): boolean {
  const women = ctx.lex.sets.womenNames;
  for (let k = 0; k < ctx.tok.count; k++)
    if (women.has(ctx.tok.keys[k] ?? '') && (ctx.person[k] === 1 || capitalised(ctx, k))) return true;
  return false;
}
