import type { Context } from '../context';
import { clauseStart as clauseStart_IMPORT, sentenceStart as sentenceStart_IMPORT } from '../guards';
import { capitalisedOpener as capitalisedOpener_IMPORT, windowHas as windowHas_IMPORT } from '../tokenWindow';
import { hashtagAt as hashtagAt_IMPORT } from '../originalText';
import {
  W_CALL as W_CALL_IMPORT,
  W_PRIVATE_LIFE as W_PRIVATE_LIFE_IMPORT,
  W_VIOLENCE as W_VIOLENCE_IMPORT,
  W_WISH as W_WISH_IMPORT,
} from '../wordFlags';
import { BODY } from './bodyHarm';
import { ELECTORAL } from './harm';
import { ENTOURAGE, OFFICE_HOLDER } from './entourage';
import { ruleHit, type RuleHit } from './hit';
import { orderClause as orderClause_IMPORT, ORDERED_PEOPLE as ORDERED_PEOPLE_IMPORT } from './orders';
import {
  figurativeSelfHarm as figurativeSelfHarm_IMPORT,
  REFLEXIVES as REFLEXIVES_IMPORT,
  SELF_HARM_VERBS as SELF_HARM_VERBS_IMPORT,
} from './selfHarmUrged';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const clauseStart = clauseStart_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const windowHas = windowHas_IMPORT;
const capitalisedOpener = capitalisedOpener_IMPORT;
const hashtagAt = hashtagAt_IMPORT;
const W_VIOLENCE = W_VIOLENCE_IMPORT;
const W_CALL = W_CALL_IMPORT;
const W_PRIVATE_LIFE = W_PRIVATE_LIFE_IMPORT;
const W_WISH = W_WISH_IMPORT;
const figurativeSelfHarm = figurativeSelfHarm_IMPORT;
const REFLEXIVES = REFLEXIVES_IMPORT;
const SELF_HARM_VERBS = SELF_HARM_VERBS_IMPORT;
const orderClause = orderClause_IMPORT;
const ORDERED_PEOPLE = ORDERED_PEOPLE_IMPORT;

/**
 * Calls for harm to a person in the shapes that phrase lists cannot enumerate, because a name, an
 * insult or a whole clause sits between the person and the harm:
 * - the person, then "should / ought to / must / needs to / deserves to" and the harm done to them:
 *   "she is a traitor & should be killed on sight", "Hillary needs to be put in prison or executed",
 *   "that woman deserves to be whipped", "he wants hanging", "You deserve an acid attack";
 * - an order to harm someone, the violent verb opening its clause: "Please shoot her", "Just kill
 *   him.", "Stab them all".
 * Written for Bulwark from the threats and incitement that EDOS's annotators marked in its training
 * split (label 1.2, "incitement and encouragement of harm"): real posts by many writers, where the
 * blind sets each had one. Guards apply as to any hit, so "nobody should be killed for a tweet",
 * quotes and condemnations are not calls.
 */
/** Harm done to the subject of "should be …", "deserves to be …", "should get …". */
const HARMED = new Set([
  'killed',
  'shot',
  'hanged',
  'executed',
  'lynched',
  'stabbed',
  'beheaded',
  'decapitated',
  'murdered',
  'strangled',
  'gassed',
  'flogged',
  'whipped',
  'tortured',
  'castrated',
  'raped',
  'guillotined',
  'minced',
  'exterminated',
  'culled',
  'euthanised',
  'euthanized',
  'drowned',
  'skinned',
  'kneecapped',
  'knifed',
  'maimed',
  'mutilated',
  'slaughtered',
  'butchered',
  'garrotted',
  'shanked',
  'bludgeoned',
  'gunned',
  'firebombed',
  'hospitalised',
  'hospitalized',
  'waterboarded',
  'impaled',
  'eradicated',
]);
/** British "needs shooting", "wants hanging", "deserves a kicking": the harm as a gerund or noun. */
const HARM_NOUNS = new Set([
  'shooting',
  'hanging',
  'killing',
  'stabbing',
  'lynching',
  'executing',
  'beheading',
  'strangling',
  'flogging',
  'whipping',
  'gassing',
  'bullet',
  'bullets',
  'beating',
  'kicking',
  'hiding',
  'noose',
  'rope',
  'gallows',
  'death',
  'execution',
  'acid',
  'torture',
  'stringing',
]);
/** Harm in two words: "put down", "put to death", "strung up", "set on fire", "taken out and shot". */
const HARMED_WITH = new Map<string, Set<string>>([
  ['put', new Set(['down', 'to'])],
  ['strung', new Set(['up'])],
  ['set', new Set(['on', 'alight', 'ablaze'])],
  ['lined', new Set(['up'])],
  // Ambiguous alone ("should get stoned", "deserve to be beaten" in sport, "crucified by the press"), harm with their second word.
  ['burned', new Set(['alive', 'at'])],
  ['burnt', new Set(['alive', 'at'])],
  ['stoned', new Set(['to'])],
  ['beaten', new Set(['up', 'to'])],
  ['battered', new Set(['to'])],
]);
const OWNERS = new Set(['his', 'her', 'their', 'your', 'ur', 'yer']);
/** The harm done to a part, as British English says it after "needs his legs …". */
const BODY_HARM = new Set([
  'breaking',
  'broken',
  'kicking',
  'kicked',
  'smashing',
  'smashed',
  'caving',
  'snapping',
  'snapped',
  'stamping',
  'stamped',
  'busting',
  'bursting',
  'knocking',
  'rearranging',
  'removing',
  'pulling',
]);

/** What a person should be, or deserves: the modal before "be" / "get" / the harm noun. */
export const CALL_MODALS: readonly string[] = [
  'should',
  'shld',
  'shud',
  'ought',
  'oughta',
  'must',
  'needs',
  'need',
  'deserves',
  'deserve',
  'deserved',
  'wants',
];
const MODALS = new Set(CALL_MODALS);
/** "needs", "wants" take the gerund without "be" ("needs shooting"); the others need "be"/"get". */
const GERUND_MODALS = new Set(['needs', 'need', 'wants', 'deserves', 'deserve', 'deserved']);
const BE = new Set(['be', 'been', 'get', 'gets', 'getting', 'got']);
/** Between modal and "be": "should all be", "ought to be", "deserves to be", "should just be". */
const BETWEEN = new Set([
  'to',
  'all',
  'just',
  'either',
  'really',
  'simply',
  'publicly',
  'frankly',
  'both',
  'have',
]);
/** Before a harm noun: "deserves a bullet", "needs a good kicking", "deserves the rope". */
const ARTICLES = new Set(['a', 'an', 'the', 'good', 'proper', 'sound', 'right', 'bloody', 'fucking']);
/**
 * Who the harm is called on: people, not policies ("the bill should be killed", "her plan deserves to
 * be shot down" are not). Names come from ctx.person.
 */
const PEOPLE = new Set([
  'he',
  'she',
  'they',
  'them',
  'him',
  'her',
  'you',
  'u',
  'ya',
  'ye',
  'yall',
  'women',
  'woman',
  'men',
  'man',
  'girls',
  'traitor',
  'traitors',
  'politicians',
  'politician',
  'mps',
  'mp',
  'leader',
  'pm',
  'minister',
  'ministers',
  'councillor',
  'scum',
  'bitch',
  'bitches',
  'whore',
  'whores',
  'cunt',
  'cunts',
  'slag',
  'traitorous',
  'lot',
  'people',
  '@user',
]);
/** After the harm, the figure of speech: "shot down", "killed off", "hung out to dry", "be shot of". */
const FIGURATIVE_AFTER = new Set(['down', 'off', 'out', 'of', 'by', 'at', 'in', 'with', 'up']);
/** …except where the particle is the harm: "gunned down", "shot in the head". */
const HARMED_WITH_PARTICLE = new Map<string, Set<string>>([
  ['gunned', new Set(['down'])],
  ['shot', new Set(['in'])],
  ['stabbed', new Set(['in'])],
]);
/** Contests and plans, not people: "beaten at the polls", "shot down in the debate". */
const CONTESTS = new Set([...ELECTORAL, 'selection', 'hustings', 'box']);

/** The harm after the modal at m: the token index one past it, or -1. */
function harmAfterModal(ctx: Context, m: number): number {
  const { keys, count } = ctx.tok;
  const modal = keys[m] ?? '';
  let k = m + 1;
  while (k < count && k <= m + 3 && BETWEEN.has(keys[k] ?? '')) k++;
  const w = keys[k] ?? '';
  if (BE.has(w)) {
    let h = k + 1;
    // one adverb: "should be publicly hanged", "deserves to be slowly tortured"
    if ((keys[h] ?? '').endsWith('ly') && !HARMED.has(keys[h] ?? '')) h++;
    // or the harm second in a pair: "needs to be put in prison or executed", "tried and hanged"
    for (let j = h + 1; j < count && j <= h + 5 && !HARMED.has(keys[h] ?? ''); j++)
      if (
        (keys[j - 1] === 'or' || keys[j - 1] === 'and' || keys[j - 1] === 'then') &&
        HARMED.has(keys[j] ?? '')
      )
        h = j;
    const x = keys[h] ?? '';
    const two = HARMED_WITH.get(x);
    if (two?.has(keys[h + 1] ?? '')) return h + 2;
    if (!HARMED.has(x)) return -1;
    const next = keys[h + 1] ?? '';
    if (FIGURATIVE_AFTER.has(next) && !HARMED_WITH_PARTICLE.get(x)?.has(next)) return -1;
    for (let j = h + 1; j < count && j <= h + 4; j++) if (CONTESTS.has(keys[j] ?? '')) return -1;
    return h + 1;
  }
  if (!GERUND_MODALS.has(modal)) return -1;
  // Scots and Irish "wants kneecapped", "needs shot": the participle without "be".
  if ((modal === 'wants' || modal === 'needs') && HARMED.has(w)) {
    const next = keys[k + 1] ?? '';
    if (FIGURATIVE_AFTER.has(next) && !HARMED_WITH_PARTICLE.get(w)?.has(next)) return -1;
    return k + 1;
  }
  // "needs his legs breaking", "wants her head kicking in": a part of the person, then the harm.
  if (OWNERS.has(w) && BODY.has(keys[k + 1] ?? '') && BODY_HARM.has(keys[k + 2] ?? '')) return k + 3;
  // "needs shooting", "deserves a bullet", "wants a good kicking", "deserves the rope"
  let h = k;
  while (h < count && h <= k + 2 && ARTICLES.has(keys[h] ?? '')) h++;
  if (!HARM_NOUNS.has(keys[h] ?? '')) return -1;
  // "deserves the death penalty" counts; "needs kicking out", "wants shooting down in flames" and
  // "a hiding to nothing" do not.
  if (keys[h + 1] === 'to' || FIGURATIVE_AFTER.has(keys[h + 1] ?? '')) return -1;
  // "needs a good kicking at the polls. Obviously.", "deserves a proper hiding at the ballot box"
  for (let j = h + 1; j < count && j <= h + 6; j++) if (CONTESTS.has(keys[j] ?? '')) return -1;
  // gerunds straight after the modal only ("needs shooting"), nouns after an article too
  if (h === k && !(keys[h] ?? '').endsWith('ing') && keys[h] !== 'death') return -1;
  return h + 1;
}

/** Where the look back from a modal stops: a condition, a relative ("who should…"), the writer. */
const LOOK_BACK_STOPS = new Set(['if', 'unless', 'who', 'whoever', 'i', 'we', 'me']);
function stopsLookBack(ctx: Context, w: string): boolean {
  return ctx.lex.sets.negators.has(w) || LOOK_BACK_STOPS.has(w);
}

/** People a relative clause may describe: "every MP who voted for it", "anyone who…", "traitors who…". */
const RELATIVE_PEOPLE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'all', 'those']);

/**
 * "Every MP who voted for the Northgate bill should be lined up and shot": the people a relative
 * clause describes, before it. Their index, or -1. The clause may name a policy (it says what they
 * did), but not someone's view ("people who say she should be shot"), a negation or the writer.
 */
function relativeSubject(ctx: Context, m: number, from: number): number {
  const { keys } = ctx.tok;
  for (let r = m - 2; r > from; r--) {
    const w = keys[r] ?? '';
    if (stopsLookBack(ctx, w) && w !== 'who') return -1;
    if (VIEWS.has(w)) return -1;
    if (w !== 'who') continue;
    const p = keys[r - 1] ?? '';
    return PEOPLE.has(p) || RELATIVE_PEOPLE.has(p) || ctx.person[r - 1] === 1 ? r - 1 : -1;
  }
  return -1;
}

/** A person before the modal at m in its sentence, with no policy, negation or condition between. */
function personBefore(ctx: Context, m: number): number {
  const { keys } = ctx.tok;
  const s = ctx.lex.sets;
  const from = Math.max(sentenceStart(ctx, m), m - 10);
  const relative = relativeSubject(ctx, m, Math.max(sentenceStart(ctx, m), m - 14));
  if (relative >= 0) return relative;
  for (let k = m - 1; k >= from; k--) {
    const w = keys[k] ?? '';
    // "I deserve the death sentence": the writer, not someone they want harmed.
    if (stopsLookBack(ctx, w) || s.policyNouns.has(w)) return -1;
    if (
      PEOPLE.has(w) ||
      ctx.person[k] === 1 ||
      s.parties.has(w) ||
      s.groups.has(w) ||
      s.secondPerson.has(w) ||
      (k === m - 1 && capitalisedOpener(ctx, k))
    )
      return othersView(ctx, k) ? -1 : k;
  }
  return -1;
}

/** Verbs that make what follows someone's view or words, not the writer's call. */
const VIEWS = new Set(['think', 'thinks', 'believe', 'believes', 'claim', 'claims', 'say', 'says', 'said']);

/**
 * "Meanwhile you think women should be killed", "he says she should be shot": another's view, told.
 * "I think she should be hanged" stays the writer's own.
 */
function othersView(ctx: Context, subject: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = subject - 1; k >= 0 && k >= subject - 2; k--) {
    if (!VIEWS.has(keys[k] ?? '')) continue;
    const who = keys[k - 1] ?? '';
    return who !== 'i' && who !== 'we';
  }
  return false;
}

/** A negation between the modal and the harm: "should never be", "shouldn't be", "must not be". */
function negatedBetween(ctx: Context, from: number, to: number): boolean {
  return windowHas(ctx, ctx.lex.sets.negators, from, to);
}

function calledHarm(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let m = 0; m < count; m++) {
    if ((ctx.flagsAt(m) & W_CALL) === 0 || !MODALS.has(keys[m] ?? '')) continue;
    const active = activeCall(ctx, m) ?? selfHarmCall(ctx, m);
    if (active) {
      hits.push(active);
      return;
    }
    const end = harmAfterModal(ctx, m);
    if (end < 0 || negatedBetween(ctx, m, end)) continue;
    const who = personBefore(ctx, m);
    if (who < 0) continue;
    hits.push(ruleHit('harm_incitement', 0.85, who, end, `harm:call-${keys[end - 1]}`));
    return;
  }
}

/** A person as the object of a verb of harm: "shoot her", "kill em". */
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'em']);
/** The person ordered harmed, right after the verb. */
const ORDER_OBJECTS = new Set(['her', 'him', 'them', 'em', 'the', 'this', 'that', 'these', 'those', 'every']);
/** After the object, the figure of speech: "shoot him a message", "kill them with kindness". */
const ORDER_FIGURATIVE = new Set(['a', 'an', 'with', 'off', 'out', 'up', 'down', 'softly', 'dead', 'for']);
/** Nouns after "this / that / the" that make the object a person: "shoot that bitch", "hang the traitors". */
const ORDER_PEOPLE = new Set([
  'bitch',
  'bitches',
  'whore',
  'cunt',
  'cunts',
  'traitor',
  'traitors',
  'woman',
  'man',
  'scum',
  'bastard',
  'bastards',
  'slag',
  'witch',
  'mp',
  'pm',
  'leader',
  'clown',
  'fucker',
  'vermin',
  'rat',
  'rats',
  // "Kill the minister, kill the minister", "hang the MPs": an office holder, or their staff.
  ...OFFICE_HOLDER,
  'ministers',
  'mps',
  'councillors',
  'chancellor',
  ...ENTOURAGE,
]);

/** Verbs an order or a call may use: the strong ones and blows ("punch him", "glass her"). */
const BLOWS = new Set([
  'punch',
  'slap',
  'choke',
  'strangle',
  'throttle',
  'deck',
  'lamp',
  'glass',
  'headbutt',
  'kneecap',
  'hospitalise',
  'hospitalize',
  // British: "someone wants to bray her", "leather him".
  'bray',
  'leather',
]);

function harmVerb(ctx: Context, v: number): boolean {
  const w = ctx.tok.keys[v] ?? '';
  return (ctx.flagsAt(v) & W_VIOLENCE) !== 0 && (ctx.lex.sets.strongViolence.has(w) || BLOWS.has(w));
}

/** "a couple of MPs", "a few ministers": some people of a kind, any of them. */
const SOME = new Set(['couple', 'few']);

/** The person harmed right after the verb at v ("shoot her", "hang the traitors"): one past it, or -1. */
function personObject(ctx: Context, v: number): number {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  const o = keys[v + 1] ?? '';
  let end = -1;
  if (OBJECT_PRONOUNS.has(o)) end = v + 2;
  // (Not their policy: "kill the councillors' plan".)
  else if (
    ORDER_OBJECTS.has(o) &&
    ORDER_PEOPLE.has(keys[v + 2] ?? '') &&
    !s.policyNouns.has(keys[v + 3] ?? '')
  )
    end = v + 3;
  // "If you see a Tory, punch a Tory": one member of a party, any of them.
  else if ((o === 'a' || o === 'every' || o === 'any') && s.parties.has(keys[v + 2] ?? '')) end = v + 3;
  // "shoot a couple of MPs", "hang a few ministers": some of them, any of them.
  else if (o === 'a' && SOME.has(keys[v + 2] ?? '')) {
    const p = keys[v + 3] === 'of' ? v + 4 : v + 3;
    if (ORDER_PEOPLE.has(keys[p] ?? '') || s.parties.has(keys[p] ?? '')) end = p + 1;
  } else if (ctx.person[v + 1] === 1 && !s.policyNouns.has(keys[v + 2] ?? '')) end = v + 2;
  if (end < 0) return -1;
  // "her" as a possessive: "kill her career", "shoot her a message"
  if ((o === 'her' || o === 'them') && end < count && !ORDER_FIGURATIVE.has(keys[end] ?? '')) {
    const next = keys[end] ?? '';
    if (next && !s.stopwords.has(next) && next !== 'all' && next !== 'now' && next !== 'already')
      if (clauseStart(ctx, end) !== end) return -1;
  }
  if (ORDER_FIGURATIVE.has(keys[end] ?? '') && clauseStart(ctx, end) !== end) return -1;
  for (let j = end; j < count && j <= end + 4; j++) if (CONTESTS.has(keys[j] ?? '')) return -1;
  return end;
}

/** Blows that are harm only with how hard: "beat her senseless", not "beat them at the ballot box". */
const BLUNT = new Set(['beat', 'batter', 'bash', 'kick']);
const WEAPONS = new Set([
  'club',
  'bat',
  'stick',
  'brick',
  'hammer',
  'bottle',
  'chair',
  'pipe',
  'crowbar',
  'belt',
  'cricket',
  'baseball',
  'golf',
]);

/** After "beat her": "senseless", "to death", "black and blue", "to a pulp", "with a club". One past it, or -1. */
function violentTail(ctx: Context, k: number): number {
  const keys = ctx.tok.keys;
  const w = keys[k] ?? '';
  if (w === 'senseless' || w === 'unconscious') return k + 1;
  if (w === 'to' && keys[k + 1] === 'death') return k + 2;
  if (w === 'to' && keys[k + 1] === 'a' && keys[k + 2] === 'pulp') return k + 3;
  if (w === 'half' && keys[k + 1] === 'to' && keys[k + 2] === 'death') return k + 3;
  if (w === 'black' && keys[k + 1] === 'and' && keys[k + 2] === 'blue') return k + 3;
  if (w === 'with') for (let j = k + 1; j <= k + 3; j++) if (WEAPONS.has(keys[j] ?? '')) return j + 1;
  return -1;
}

/**
 * Pushing someone to a fall: "push @X off Westminster Bridge", "shove him under a bus". The word table
 * flags these verbs as violence, so that orders to push are read too.
 */
export const PUSHES = new Set(['push', 'shove']);
const PUSHED_TO = new Set(['off', 'under', 'down', 'into', 'in', 'over']);
const FALLS = new Set([
  'bridge',
  'cliff',
  'train',
  'bus',
  'lorry',
  'stairs',
  'escalator',
  'platform',
  'tracks',
  'canal',
  'river',
  'thames',
  'balcony',
  'roof',
  'front',
  // "push him off the Pierhead steps", "off the pier"
  'steps',
  'pier',
]);

/** "push him off the bridge": one past the place, or -1. */
function pushedToFall(ctx: Context, v: number): number {
  const keys = ctx.tok.keys;
  let p = v + 1;
  const o = keys[p] ?? '';
  // "Someone should push the councillor off the bridge": the one picked out, as for other orders.
  if (ORDER_OBJECTS.has(o) && !OBJECT_PRONOUNS.has(o) && ORDER_PEOPLE.has(keys[p + 1] ?? '')) p++;
  else if (!(OBJECT_PRONOUNS.has(o) || o === '@user' || ctx.person[p] === 1)) return -1;
  while (ctx.person[p + 1] === 1) p++;
  if (!PUSHED_TO.has(keys[p + 1] ?? '')) return -1;
  for (let k = p + 2; k <= p + 5 && k < ctx.tok.count; k++) if (FALLS.has(keys[k] ?? '')) return k + 1;
  return -1;
}

/** The person harmed by the verb at v, and where the harm ends; -1 if it is not harm to a person. */
function harmedPerson(ctx: Context, v: number): number {
  if (PUSHES.has(ctx.tok.keys[v] ?? '')) return pushedToFall(ctx, v);
  if (harmVerb(ctx, v)) return personObject(ctx, v);
  if ((ctx.flagsAt(v) & W_VIOLENCE) === 0 || !BLUNT.has(ctx.tok.keys[v] ?? '')) return -1;
  const o = ctx.tok.keys[v + 1] ?? '';
  return OBJECT_PRONOUNS.has(o) || ctx.person[v + 1] === 1 ? violentTail(ctx, v + 2) : -1;
}

/** Verbs that lead someone off before the harm: "take her round the back and shoot her". */
const LEAD_AWAY = new Set(['take', 'drag', 'march', 'frogmarch', 'walk', 'lead']);

/**
 * For a harm verb at v right after "and": the verb that led the person away earlier in the clause
 * ("take Priya round the back and shoot her"), with a person as its object; -1 otherwise.
 */
function ledAwayBefore(ctx: Context, v: number): number {
  const keys = ctx.tok.keys;
  if (keys[v - 1] !== 'and') return -1;
  for (let k = v - 3; k >= Math.max(0, v - 9); k--) {
    if (!LEAD_AWAY.has(keys[k] ?? '')) continue;
    const o = keys[k + 1] ?? '';
    return OBJECT_PRONOUNS.has(o) || o === '@user' || ctx.person[k + 1] === 1 ? k : -1;
  }
  return -1;
}

/**
 * "the only fix is for somebody to shoot a couple of MPs": the harm wanted done by anyone, like an
 * order; where "for" is, or -1.
 */
function forSomeoneTo(ctx: Context, v: number): number {
  const keys = ctx.tok.keys;
  if (keys[v - 1] !== 'to' || keys[v - 3] !== 'for') return -1;
  const who = keys[v - 2];
  return who === 'someone' || who === 'somebody' ? v - 3 : -1;
}

function orderedHarm(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let v = 0; v < count; v++) {
    if ((ctx.flagsAt(v) & W_VIOLENCE) === 0) continue;
    if (!harmVerb(ctx, v) && !BLUNT.has(keys[v] ?? '') && !PUSHES.has(keys[v] ?? '')) continue;
    let c = orderClause(ctx, v);
    if (c < 0) {
      const led = ledAwayBefore(ctx, v);
      if (led >= 0) c = orderClause(ctx, led);
    }
    if (c < 0) c = forSomeoneTo(ctx, v);
    if (c < 0) continue;
    // "#Rape Culture": a hashtag, not an order
    if (hashtagAt(ctx.original, ctx.norm.srcStart[ctx.tok.start[v] ?? 0] ?? 0)) continue;
    const end = harmedPerson(ctx, v);
    if (end < 0) continue;
    hits.push(ruleHit('harm_incitement', 0.8, c, end, `harm:order-${keys[v]}`));
    return;
  }
}

/**
 * Who the modal at m is said by: not the writer ("I should kill him" is the threat rules' matter), not
 * negated or conditional, not someone else's view ("you think they should…").
 */
function callerBefore(ctx: Context, m: number): number {
  const { keys } = ctx.tok;
  const from = Math.max(sentenceStart(ctx, m), m - 10);
  for (let k = m - 1; k >= from; k--) {
    const w = keys[k] ?? '';
    if (stopsLookBack(ctx, w)) return -1;
    if (VIEWS.has(w) && !ownView(ctx, k)) return -1;
  }
  return from;
}

const VIEW_ADVERBS = new Set(['genuinely', 'honestly', 'really', 'truly', 'still', 'just', 'seriously']);

/** "I think …", "we believe …", and with the "I" left out: "Genuinely think he should …". */
function ownView(ctx: Context, k: number): boolean {
  const keys = ctx.tok.keys;
  const before = keys[k - 1] ?? '';
  if (before === 'i' || before === 'we' || sentenceStart(ctx, k) === k) return true;
  if (!VIEW_ADVERBS.has(before)) return false;
  return sentenceStart(ctx, k - 1) === k - 1 || keys[k - 2] === 'i' || keys[k - 2] === 'we';
}

const ACTIVE_MODALS = new Set(['should', 'shld', 'shud', 'ought', 'oughta', 'must', 'needs', 'need']);

/** "they must stone her to death", "you should punch him", "someone needs to strangle that bitch". */
function activeCall(ctx: Context, m: number): RuleHit | null {
  const { keys, count } = ctx.tok;
  // "she wants to kill them in Syria", "deserves to…": a desire described, not a call; but
  // "someone wants to bray her" is the British "someone ought to".
  const someoneWants = keys[m] === 'wants' && (keys[m - 1] === 'someone' || keys[m - 1] === 'somebody');
  if (!ACTIVE_MODALS.has(keys[m] ?? '') && !someoneWants) return null;
  let v = m + 1;
  while (v < count && v <= m + 3 && BETWEEN.has(keys[v] ?? '')) v++;
  let end = harmedPerson(ctx, v);
  // "Someone should take Priya round the back and shoot her": the harm after the leading away.
  if (end < 0 && LEAD_AWAY.has(keys[v] ?? '')) {
    for (let k = v + 3; k <= v + 9 && k < count; k++) {
      if ((ctx.flagsAt(k) & W_VIOLENCE) === 0 || ledAwayBefore(ctx, k) !== v) continue;
      end = harmedPerson(ctx, k);
      if (end >= 0) v = k;
      break;
    }
  }
  if (end < 0 || negatedBetween(ctx, m, v)) return null;
  const from = callerBefore(ctx, m);
  if (from < 0) return null;
  return ruleHit('harm_incitement', 0.8, Math.max(from, m - 3), end, `harm:call-to-${keys[v]}`);
}

/** "She should just choke herself", "he needs to go and drown himself": self-harm urged on the person. */
function selfHarmCall(ctx: Context, m: number): RuleHit | null {
  const { keys, count } = ctx.tok;
  if (!ACTIVE_MODALS.has(keys[m] ?? '')) return null;
  let v = m + 1;
  while (v < count && v <= m + 4 && (BETWEEN.has(keys[v] ?? '') || keys[v] === 'go' || keys[v] === 'and'))
    v++;
  if (!SELF_HARM_VERBS.has(keys[v] ?? '') || !REFLEXIVES.has(keys[v + 1] ?? '')) return null;
  if (figurativeSelfHarm(ctx, v)) return null;
  if (negatedBetween(ctx, m, v) || callerBefore(ctx, m) < 0) return null;
  return ruleHit(
    'self_harm',
    0.8,
    Math.max(sentenceStart(ctx, m), m - 3),
    v + 2,
    `self_harm:told-to-${keys[v]}`,
  );
}

const WISHES = new Set(['hope', 'hoping', 'wish', 'wishing', 'pray', 'praying']);

/** "Hope it's true, & they execute her in public": a wish that someone does the harm to the person. */
function wishedOrder(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let w = 0; w < count; w++) {
    if ((ctx.flagsAt(w) & W_WISH) === 0 || !WISHES.has(keys[w] ?? '')) continue;
    const end = Math.min(count, w + 9);
    for (let v = w + 1; v < end; v++) {
      if (ctx.lex.sets.negators.has(keys[v] ?? '') || sentenceStart(ctx, v) === v) break;
      const o = harmedPerson(ctx, v);
      if (o < 0) continue;
      hits.push(ruleHit('harm_incitement', 0.8, w, o, `harm:wish-to-${keys[v]}`));
      return;
    }
  }
}

/** Where a follower ends up: "follow Declan home", "follow him to his car". */
const FOLLOWED_TO = new Set(['home', 'car', 'house', 'door']);

/**
 * An order to follow someone home or to their car: "Follow Declan home from the gym and film
 * everything", "Wait outside Our Lady's after 6pm mass and follow Thackeray home", "follow him to his
 * car, film him". The lexicon has "follow him home"; a name between needs a rule. The verb opens its
 * clause (not "the man who followed her home", nor "people follow her home page").
 */
function followedHome(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let v = 0; v + 2 < count; v++) {
    if (keys[v] !== 'follow') continue;
    const c = orderClause(ctx, v);
    if (c < 0) continue;
    const who = v + 1;
    // Who is followed: "follow her", "follow @Cllr", "follow Thackeray".
    if (!ORDERED_PEOPLE.has(keys[who] ?? '') && ctx.person[who] !== 1) continue;
    for (let k = who + 1; k <= Math.min(count - 1, who + 5); k++) {
      if (!FOLLOWED_TO.has(keys[k] ?? '')) continue;
      // "follow her home page": not a place
      if (keys[k] === 'home' && keys[k + 1] === 'page') break;
      hits.push(ruleHit('harm_incitement', 0.8, c, k + 1, 'harm:order-follow'));
      return;
    }
  }
}

export function callToHarmRules(ctx: Context, hits: RuleHit[]): void {
  if ((ctx.tok.flags & W_PRIVATE_LIFE) !== 0) followedHome(ctx, hits);
  if ((ctx.tok.flags & W_CALL) !== 0) calledHarm(ctx, hits);
  if ((ctx.tok.flags & W_VIOLENCE) !== 0) orderedHarm(ctx, hits);
  if ((ctx.tok.flags & (W_VIOLENCE | W_WISH)) === (W_VIOLENCE | W_WISH)) wishedOrder(ctx, hits);
}
