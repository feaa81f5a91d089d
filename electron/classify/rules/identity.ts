import type { Context } from '../context';
import { wordList } from '../wordLists';
import { clauseStart as clauseStart_IMPORT, sentenceStart as sentenceStart_IMPORT } from '../guards';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import {
  W_CONDEMNATION as W_CONDEMNATION_IMPORT,
  W_FRAMING as W_FRAMING_IMPORT,
  W_IDENTITY as W_IDENTITY_IMPORT,
  W_REPORTING as W_REPORTING_IMPORT,
} from '../wordFlags';
import { ruleHit, type RuleHit } from './hit';
import { aboutSomeone as aboutSomeone_IMPORT } from './target';
import { unfitByNature as unfitByNature_IMPORT, WOMEN_WORDS } from './womenUnfit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const W_IDENTITY = W_IDENTITY_IMPORT;
const aboutSomeone = aboutSomeone_IMPORT;
const W_REPORTING = W_REPORTING_IMPORT;
const W_FRAMING = W_FRAMING_IMPORT;
const W_CONDEMNATION = W_CONDEMNATION_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const clauseStart = clauseStart_IMPORT;
const windowHas = windowHas_IMPORT;
const unfitByNature = unfitByNature_IMPORT;
const WOMEN = WOMEN_WORDS;

/**
 * Identity abuse without a slur, dressed as a political point: a protected group shut out of public
 * life ("Muslims shouldn't be allowed to stand for parliament", "Autistic MPs like X shouldn't be on
 * committees", "Women like X shouldn't be let near defence policy"), a sneer at someone's group as
 * the explanation ("Typical Pole.", "Typical woman."), or the group as untrustworthy ("can't expect a
 * Muslim to put Britain first", "never trust a woman"). The group word decides the category.
 * Written for Bulwark from general knowledge of how such abuse is phrased. Policy talk about a group
 * ("migrants shouldn't be allowed to work while claims are processed") is not matched: migrants and
 * asylum seekers are not among the groups, and shutting a group out must be about holding office or
 * taking part in politics.
 */
const GROUPS = new Map<string, string>([
  ...['muslim', 'muslims', 'moslem', 'moslems', 'islam'].map((w) => [w, 'islamophobia'] as const),
  ...['jew', 'jews', 'jewish'].map((w) => [w, 'antisemitism'] as const),
  ...['woman', 'women', 'female', 'females'].map((w) => [w, 'misogyny'] as const),
  ...[
    'black',
    'blacks',
    'asian',
    'asians',
    'chinese',
    'indian',
    'indians',
    'pakistani',
    'pakistanis',
    'african',
    'africans',
    'nigerian',
    'nigerians',
    'pole',
    'poles',
    'romanian',
    'romanians',
    'bangladeshi',
    'bangladeshis',
    'somali',
    'somalis',
    'jamaican',
    'jamaicans',
    'foreigner',
    'foreigners',
    'gypsy',
    'gypsies',
    'roma',
    'europeans',
    'somalians',
    'arabs',
    'turks',
    'afghans',
    'albanians',
    'bulgarians',
    'lithuanians',
    'ghanaian',
    'caribbean',
  ].map((w) => [w, 'racism'] as const),
  ...[
    'gay',
    'gays',
    'lesbian',
    'lesbians',
    'trans',
    'transgender',
    'homosexual',
    'homosexuals',
    'bisexual',
    'bisexuals',
    'homosexuality',
    'transgenderism',
  ].map((w) => [w, 'anti_lgbtq'] as const),
  ...['autistic', 'deaf', 'disabled', 'cripples', 'wheelchair', 'adhd', 'autism', 'neurodivergent'].map(
    (w) => [w, 'ableism'] as const,
  ),
]);
/** The groups' words, as a word list (tested before the Map is read). */
const GROUP_WORDS = wordList(GROUPS.keys());
/** The words that open this rule (wordTable.ts flags them W_IDENTITY). */
export const IDENTITY_WORDS: readonly string[] = [
  ...GROUPS.keys(),
  // "girls", "ladies", "lass": words for women that name no group elsewhere (rules/womenUnfit.ts)
  ...[...WOMEN].filter((w) => !GROUPS.has(w)),
  'typical',
  'blind',
  'brown',
  'back',
  'represent',
  'flights',
  'represents',
  'representing',
  // "not English … never will be" (orderedOut)
  'english',
  'british',
  // rules for ordering a person out of the country (orderedOut)
  'deport',
  'deported',
  'deportation',
  'home',
];

/**
 * Group words that name the whole group without a plural "s": nationalities in -ese ("Chinese are
 * sneaky"), and conditions and orientations as abstractions ("ADHD is just an excuse", "bisexual just
 * means greedy").
 */
const WHOLE_GROUP = new Set([
  'women',
  'islam',
  'chinese',
  'roma',
  'adhd',
  'autism',
  'neurodivergent',
  'bisexual',
  'homosexuality',
  'transgenderism',
]);

/** "shouldn't", "should never", "mustn't", "can't be": the group is told what it may not do. */
const SHOULD = new Set(['should', 'must']);
const NOT = new Set(['not', 'never']);
const PERMITTED = new Set(['allowed', 'let', 'permitted']);
/** "…should have to declare / swear / prove …": a loyalty test for one group. */
const PROVE = new Set(['declare', 'swear', 'prove', 'register', 'sign']);
/** "<group> should be deported / barred / interned": the whole group expelled or punished. */
const EXPELLED = new Set([
  'barred',
  'banned',
  'deported',
  'expelled',
  'interned',
  'sterilised',
  'sterilized',
  'repatriated',
  'removed',
  // collective suspicion: "Every Muslim MP should be investigated by MI5"
  'investigated',
  'monitored',
  'vetted',
  'watched',
]);
const EXPELLED_HOW = new Map([
  ['held', new Set(['responsible', 'accountable'])],
  ['locked', new Set(['up', 'away'])],
  ['rounded', new Set(['up'])],
  ['kicked', new Set(['out'])],
  ['thrown', new Set(['out'])],
  ['sent', new Set(['back', 'home'])],
  ['shipped', new Set(['back', 'out', 'off'])],
]);
/** "<group> shouldn't be making decisions / running anything / voting". */
const GOVERNING = new Set([
  'making',
  'deciding',
  'running',
  'leading',
  'voting',
  'governing',
  'representing',
  'teaching',
]);
/** Taking part in public life: what the group is kept from. */
const TAKE_PART = new Set([
  'stand',
  'sit',
  'serve',
  'vote',
  'run',
  'hold',
  'represent',
  'lead',
  // "…shouldn't be allowed to breed": a group denied a family
  'breed',
  'reproduce',
]);
/** "Autistic people shouldn't have kids". */
const KIDS = new Set(['kids', 'children', 'babies', 'families']);
/** Offices: what a group is kept from ("shouldn't be MPs") and what a sneer names ("A blind MP?"). */
const ROLES = wordList([
  'mps',
  'mp',
  'ministers',
  'minister',
  'councillors',
  'councillor',
  'cllr',
  'leaders',
  'leader',
  'chancellor',
  'pm',
  'candidate',
  'mayor',
  'secretary',
]);
const PLACES = new Set([
  'parliament',
  'government',
  'office',
  'committees',
  'committee',
  'council',
  'cabinet',
  'politics',
  'power',
  'charge',
  'westminster',
  'frontbench',
  'policy',
  // "…shouldn't be allowed anywhere near schools": the groomer trope
  'schools',
  'children',
  'kids',
]);
/** "can't expect a Muslim to …", "never trust a woman": the group is the reason not to trust. */
const DISTRUST = new Set(['trust', 'expect', 'believe']);

export function identityRules(ctx: Context, hits: RuleHit[]): void {
  if ((ctx.tok.flags & W_IDENTITY) === 0) return;
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    const k = keys[t] ?? '';
    if (k === 'typical') {
      const category = GROUPS.get(keys[t + 1] ?? '');
      // Only as a sneer opening its sentence ("Typical Pole, Ostrowski."), not "the typical Muslim voter".
      if (category && sentenceStart(ctx, t) === t) {
        hits.push(ruleHit(category, 0.85, t, t + 2, `identity:typical-${category}`));
        return;
      }
      continue;
    }
    const sneerAt = sneered(ctx, t);
    const foreseenAt = sneerAt > 0 ? 0 : predictable(ctx, t);
    if (sneerAt > 0 || foreseenAt > 0) {
      const cat = GROUPS.get(k) ?? SNEER_ONLY.get(k) ?? 'racism';
      const kind = sneerAt > 0 ? 'sneer' : 'foregone';
      hits.push(ruleHit(cat, 0.85, t, sneerAt || foreseenAt, `identity:${kind}-${cat}`));
      return;
    }
    if (ctx.tokenIn(t, WOMEN)) {
      const unfit = unfitByNature(ctx, t);
      if (unfit > 0) {
        hits.push(ruleHit('misogyny', 0.85, t, unfit, 'identity:unfit-misogyny'));
        return;
      }
    }
    if (!ctx.tokenIn(t, GROUP_WORDS)) continue;
    const category = GROUPS.get(k)!;
    // The span runs from the group to what it is kept from ("Muslims shouldn't be allowed to stand").
    const kept = excluded(ctx, t);
    if (kept > 0 || distrusted(ctx, t)) {
      const from = kept > 0 ? t : Math.max(0, t - 3);
      hits.push(ruleHit(category, 0.85, from, kept > 0 ? kept : t + 1, `identity:excluded-${category}`));
      return;
    }
    const end = generalised(ctx, t);
    if (end > 0) {
      // "…make me sick", "…disgust me" end on the writer: hatred, as "I hate…" is.
      const kind = keys[end - 1] === 'me' || SICKEN.has(keys[end - 1] ?? '') ? 'hatred' : 'generalised';
      hits.push(ruleHit(category, 0.85, t, end, `identity:${kind}-${category}`));
      return;
    }
    const hateEnd = hated(ctx, t);
    if (hateEnd > 0) {
      // The span starts at the writer ("I hate Muslims"), or the verb when there is none.
      let from = Math.max(0, t - 3);
      for (let b = t - 1; b >= Math.max(0, t - 6); b--)
        if (keys[b] === 'i' || keys[b] === 'we' || keys[b] === 'im') {
          from = b;
          break;
        }
      hits.push(ruleHit(category, 0.85, from, hateEnd, `identity:hatred-${category}`));
      return;
    }
  }
  if (!sentHome(ctx, hits)) orderedOut(ctx, hits);
}

/** People nouns after a group adjective: "disabled people", "Muslim men", "trans people", "Jewish MPs". */
const PEOPLE = new Set([
  'people',
  'men',
  'women',
  'folk',
  'folks',
  'mps',
  'councillors',
  'ministers',
  'voters',
  'claimants',
  'users',
  'kids',
  'families',
]);
/** Words that make a group the subject of a sweeping claim: "every Muslim …", "all women …", "these Poles …". */
const SWEEP = new Set(['every', 'all', 'these', 'those', 'each', 'another']);
/** What a sweeping claim calls the whole group. */
const SMEARS = new Set([
  'parasites',
  'parasite',
  'leeches',
  'drain',
  'burden',
  'burdens',
  'scroungers',
  'spongers',
  'invaders',
  'invading',
  'terrorists',
  'bombers',
  'groomers',
  'rapists',
  'paedos',
  'paedophiles',
  'perverts',
  'predators',
  'criminals',
  'thieves',
  'pickpockets',
  'savages',
  'backward',
  'primitive',
  'subhuman',
  'disease',
  'cancer',
  'vermin',
  'cockroaches',
  'plague',
  'cult',
  'mentally',
  'incapable',
  'inferior',
  'disloyal',
  'traitors',
  'spies',
  'spy',
  'infiltrators',
  'outbreed',
  'breed',
  'threat',
  'evil',
  'scum',
  'degenerates',
  'unfit',
  'animals',
  'sharia',
  'ticking',
  'token',
  // singular: "every Muslim is a terrorist"
  'pickpocket',
  'thief',
  'terrorist',
  'groomer',
  'rapist',
  'scrounger',
  'invader',
  'criminal',
  'predator',
  'pervert',
  'paedo',
  // Very negative attributes for a whole group (HateCheck's "description using very negative
  // attributes" and "dehumanisation"; Röttger et al. 2021): "Pakistanis are filthy", "Jews are greedy".
  'disgusting',
  'vile',
  'filthy',
  'dirty',
  'smelly',
  'stinking',
  'lazy',
  'stupid',
  'thick',
  'dumb',
  'greedy',
  'violent',
  'dangerous',
  'savage',
  'barbaric',
  'barbarians',
  'uncivilised',
  'inbred',
  'twisted',
  'worthless',
  'useless',
  'pathetic',
  'devious',
  'sneaky',
  'untrustworthy',
  'dishonest',
  'liars',
  'freeloaders',
  'menace',
  'blight',
  'infestation',
  'virus',
  'rats',
  'snakes',
  'pigs',
  'dogs',
  'apes',
  'monkeys',
  'locusts',
  'filth',
  'trash',
  'garbage',
  'hysterical',
  'hormonal',
  'irrational',
  'freaks',
  'abominations',
  'abomination',
  'unnatural',
  'defective',
  'bloodsuckers',
  'subhumans',
  'beasts',
  'deviants',
  'deranged',
  'ugly',
  'repulsive',
  'revolting',
  'fanatics',
  'extremists',
  'jihadis',
  'jihadists',
  'bitter',
  'entitled',
  'risk',
  'waste',
  'mouthpieces',
  'puppets',
  'pawns',
  'crooked',
  'crooks',
  'fraudsters',
  'excuse',
  'perversion',
  'incompatible',
]);
/** Claims that are smears only when denied: "can't integrate", "will never be loyal". */
const DENIED = new Set([
  'integrate',
  'loyal',
  'trusted',
  'assimilate',
  'british',
  // negated positives: "Muslims are never honest", "women are not capable of leading"
  'honest',
  'condemn',
  'capable',
  'trustworthy',
  'intelligent',
  'civilised',
  'human',
  'decent',
]);
/**
 * What stops the search for a smear after the linking verb: a preposition ("…are victims of violent
 * crime", "…are more likely to be…"), "less" ("women are no less capable"), or a verb that says the
 * group is treated or shown that way ("Disabled people are being treated like criminals").
 */
const SMEAR_STOPS = new Set([
  'of',
  'at',
  'by',
  'from',
  'to',
  'for',
  'with',
  'against',
  'about',
  'less',
  'treated',
  'portrayed',
  'painted',
  'branded',
  'labelled',
  'labeled',
  'seen',
  'viewed',
  'cast',
  'demonised',
  'demonized',
  'smeared',
  'described',
  'depicted',
  'stereotyped',
  'scapegoated',
  'dismissed',
  'made',
  'called',
]);
/** "…make me sick", "…disgust me": disgust at a whole group. */
const SICKEN = new Set(['sick', 'ill', 'puke', 'vomit', 'heave']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** What may come right before a group that is the subject of a claim. */
const OPENERS = new Set([
  'every',
  'all',
  'these',
  'those',
  'the',
  'most',
  'many',
  'some',
  'any',
  'each',
  'another',
  'and',
  'but',
  'so',
  'because',
  // sentence adverbs: "honestly muslims breed to outvote us"
  'honestly',
  'frankly',
  'basically',
  'seriously',
  'tbh',
  'imo',
]);
/** Verbs of saying and implying: "suggested Jews are…", "to imply all Jews were…" report a claim. */
const SAYS = new Set([
  'say',
  'says',
  'said',
  'saying',
  'suggest',
  'suggests',
  'suggested',
  'imply',
  'implies',
  'implied',
  'implying',
  'claim',
  'claims',
  'claimed',
  'claiming',
  'accuse',
  'accused',
  'accusing',
  'called',
  'calling',
  'makes',
  'made',
  'think',
  'thinks',
  'reckon',
  'reckons',
  'believe',
  'believes',
]);
/** Words that may stand between a sweeping word and the group: "every British Jew", "Eastern Europeans". */
const GROUP_ADJECTIVES = new Set([
  'british',
  'english',
  'scottish',
  'welsh',
  'eastern',
  'western',
  'east',
  'west',
  'south',
  'north',
  'young',
  'local',
]);
const QUESTION_VERBS = new Set(['are', 'do', 'does', 'is']);
const BREED = new Set(['breed', 'outbreed']);
/** A condition or someone else's view, not the writer's claim. */
const CONDITIONS = new Set(['if', 'when', 'whenever', 'unless', 'according']);
/** Linking verbs and modals that make the group the subject of a claim. */
const LINKS = new Set([
  'are',
  'is',
  'were',
  'was',
  'arent',
  'isnt',
  'cant',
  'cannot',
  'wont',
  'will',
  'never',
  'always',
  'all',
  'really',
  'just',
  'only',
]);
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'cant',
  'cannot',
  'wont',
  'isnt',
  'arent',
  'dont',
  'doesnt',
  'nor',
]);

/**
 * A sweeping claim about a whole group: "Disabled people are a drain", "Muslims can't integrate",
 * "every Muslim councillor is another step towards …", "They're all CCP" is left to the lexicons.
 * Returns one past the smear's token, or 0. "Not all Muslims are terrorists", "it's a lie that…" are
 * not claims (the guards also set reported and condemned claims aside).
 */
function generalised(ctx: Context, t: number): number {
  const { keys, count } = ctx.tok;
  const k = keys[t] ?? '';
  let subjectEnd = t + 1;
  const plural = k.endsWith('s') || WHOLE_GROUP.has(k);
  // "every British Jew", "Eastern Europeans": one describing word before the group.
  const lead = GROUP_ADJECTIVES.has(keys[t - 1] ?? '') ? t - 1 : t;
  if (PEOPLE.has(keys[t + 1] ?? '')) subjectEnd = t + 2;
  else if (!plural && !SWEEP.has(keys[lead - 1] ?? '')) return 0;
  if (ctx.quoted[t] === 1) return 0;
  // "Why are Muslims so violent?", "Why does every Nigerian…", "Why is it always Muslims?": a question
  // that takes the smear for granted.
  let q = lead - 1;
  if (SWEEP.has(keys[q] ?? '')) q--;
  const always =
    keys[q] === 'always' && keys[q - 1] === 'it' && keys[q - 2] === 'is' && keys[q - 3] === 'why';
  const question = always || (QUESTION_VERBS.has(keys[q] ?? '') && keys[q - 1] === 'why');
  // The group opens its clause ("Muslims are…", "…, and all women are…"), not an object ("people who hid Jews were…").
  // "I think Muslims are…", "I reckon all women…": the writer's opinion opens the clause.
  const own = SAYS.has(keys[q] ?? '') && (keys[q - 1] === 'i' || keys[q - 2] === 'i');
  if (!question && !own && clauseStart(ctx, lead) !== lead && !OPENERS.has(keys[lead - 1] ?? '')) return 0;
  // "I'm not racist but…", "No offence, but…": a disclaimer before "but" does not deny the claim after it.
  let from = sentenceStart(ctx, t);
  for (let b = t - 1; b > from; b--)
    if (keys[b] === 'but') {
      from = b + 1;
      break;
    }
  for (let b = from; b < t; b++) {
    // "I think Muslims are…" is the writer's own claim; "he thinks…", "she said…" report one.
    if (SAYS.has(keys[b] ?? '') && keys[b - 1] !== 'i' && keys[b - 2] !== 'i') return 0;
    // "when Muslims are religious they're…", "if women are…", "according to feminists, women…"
    if (CONDITIONS.has(keys[b] ?? '') && keys[b + 2] !== 'my' && keys[b + 2] !== 'me') return 0;
    // "Not all Muslims…", "…suggested Jews are not loyal", "the trope that Jews…": not the writer's claim.
    if (NEGATORS.has(keys[b] ?? '') || (ctx.flagsAt(b) & (W_REPORTING | W_FRAMING | W_CONDEMNATION)) !== 0)
      return 0;
  }
  if (always) return t + 1;
  if (question) return smearAfter(ctx, subjectEnd, false);
  // "muslims breed to outvote us"
  if (BREED.has(keys[subjectEnd] ?? '')) return subjectEnd + 1;
  // "Muslims make me sick", "trans people disgust me"
  const v = keys[subjectEnd] ?? '';
  if (
    (v === 'make' || v === 'makes') &&
    keys[subjectEnd + 1] === 'me' &&
    SICKEN.has(keys[subjectEnd + 2] ?? '')
  )
    return subjectEnd + 3;
  if (
    (v === 'disgust' || v === 'disgusts' || v === 'sicken' || v === 'sickens') &&
    keys[subjectEnd + 1] === 'me'
  )
    return subjectEnd + 2;
  // The group is the subject of its own claim: a linking verb right after it ("…are", "…can't", "…will never").
  let link = -1;
  // …or a copula after a short qualifier ("every Muslim councillor elected in this country is…").
  for (let m = subjectEnd; m < count && m <= subjectEnd + 5; m++) {
    if (m > subjectEnd && sentenceStart(ctx, m) === m) break;
    const w = keys[m] ?? '';
    if (m <= subjectEnd + 1 ? LINKS.has(w) : COPULAS.has(w)) {
      link = m;
      break;
    }
  }
  if (link < 0) return 0;
  return smearAfter(ctx, link, true);
}

/**
 * The smear in the five words from `at` (the linking verb): one past it, or 0. A denied quality counts
 * only when negated ("…can't integrate", "…are never honest"), a smear only when not.
 */
function smearAfter(ctx: Context, at: number, allowDenied: boolean): number {
  const { keys, count } = ctx.tok;
  let negated = false;
  for (let m = at; m < count && m <= at + 5; m++) {
    if (m > at && sentenceStart(ctx, m) === m) return 0;
    const w = keys[m] ?? '';
    if (SMEAR_STOPS.has(w)) return 0;
    if (NEGATORS.has(w)) negated = true;
    if (allowDenied && DENIED.has(w)) return negated ? m + 1 : 0;
    // "…are entitled to PIP" is a right, not a smear
    if (SMEARS.has(w) && !(w === 'entitled' && keys[m + 1] === 'to')) return negated ? 0 : m + 1;
  }
  return 0;
}

/** Group words that name the whole group. */
const GROUP_PLURAL = new Set([...GROUPS.keys()].filter((w) => w.endsWith('s') || WHOLE_GROUP.has(w)));
/** What may follow the group in "I hate Muslims too / though / and always will". */
const AFTER_HATE = new Set([
  'anymore',
  'too',
  'though',
  'tbh',
  'honestly',
  'lol',
  'and',
  'so',
  'more',
  'anyway',
  'now',
  'because',
  'all',
  'mate',
]);
/** Hatred of a whole group (HateCheck's "strong negative emotions"): "I hate Muslims". */
const HATE = new Set(['hate', 'despise', 'detest', 'loathe', 'abhor']);
/** "sick of", "tired of", "fed up with". */
const WEARY = new Set(['sick', 'tired', 'fed', 'weary']);
/** Words between "I" and the verb: "I fucking hate…", "I honestly can't stand…". */
const INTENSIFIERS = new Set([
  'really',
  'just',
  'fucking',
  'bloody',
  'genuinely',
  'honestly',
  'absolutely',
  'truly',
  'literally',
  'so',
  'do',
  'still',
  'always',
  'getting',
  'proper',
  'totally',
]);

/**
 * "I hate Muslims", "I can't stand trans people", "we despise these Poles": the writer's hatred of the
 * group itself. Returns one past the group (or its people noun), or 0. Not "I hate the way Muslims are
 * portrayed" (the group is not the object), "I don't hate Jews" or "people who hate Muslims…" (no "I").
 */
function hated(ctx: Context, t: number): number {
  const { keys } = ctx.tok;
  if (ctx.quoted[t] === 1) return 0;
  let v = t - 1;
  if (SWEEP.has(keys[v] ?? '') || keys[v] === 'the') v--;
  let b: number;
  if (HATE.has(keys[v] ?? '')) b = v - 1;
  else if (keys[v] === 'stand' && (keys[v - 1] === 'cant' || keys[v - 1] === 'cannot')) b = v - 2;
  else if (keys[v] === 'of' || keys[v] === 'with') {
    // "I'm sick of Muslims", "sick to death of…", "fed up with…"
    b = v - 1;
    if (keys[b] === 'death' && keys[b - 1] === 'to') b -= 2;
    if (keys[b] === 'up' && keys[b - 1] === 'fed') b--;
    if (!WEARY.has(keys[b] ?? '')) return 0;
    b--;
  } else return 0;
  while (b >= 0 && INTENSIFIERS.has(keys[b] ?? '')) b--;
  // The writer's feeling: "I…", "we…", "I'm…", or no subject at all ("Can't stand the gays anymore").
  const k = keys[b] ?? '';
  const mine =
    k === 'i' ||
    k === 'we' ||
    k === 'im' ||
    (k === 'am' && keys[b - 1] === 'i') ||
    (k === 'are' && keys[b - 1] === 'we') ||
    b < sentenceStart(ctx, v);
  if (!mine) return 0;
  if (b < 0) b = 0;
  // The whole group ("women", "trans people"), not one person ("the woman who wrote this") or a part
  // of it ("women who…", "Indian accents").
  const plural = GROUP_PLURAL.has(keys[t] ?? '') || PEOPLE.has(keys[t + 1] ?? '');
  const after = PEOPLE.has(keys[t + 1] ?? '') ? t + 2 : t + 1;
  if (!plural) return 0;
  if (after < ctx.tok.count && clauseStart(ctx, after) !== after && !AFTER_HATE.has(keys[after] ?? ''))
    return 0;
  const from = sentenceStart(ctx, b);
  for (let k = from; k < b; k++) {
    if (SAYS.has(keys[k] ?? '') || NEGATORS.has(keys[k] ?? '')) return 0;
    if ((ctx.flagsAt(k) & (W_REPORTING | W_FRAMING | W_CONDEMNATION)) !== 0) return 0;
  }
  return after;
}

/** Describing words that mark a person's group only in a sneer ("A blind MP?"), not as a group noun. */
const SNEER_ONLY = new Map([
  ['blind', 'ableism'],
  ['brown', 'racism'],
]);
/** Laughter and eye-rolling that make a mention of someone's group a joke at their expense. */
const LAUGHS = new Set(['😂', '🤣', '😆', '🙄', 'lol', 'lmao', 'haha', 'hahaha', 'ha']);
/** Words that make the same mention a celebration ("the first Muslim mayor", "a deaf MP? Brilliant"). */
const PRAISE = new Set([
  'first',
  'proud',
  'brilliant',
  'congratulations',
  'congrats',
  'historic',
  'inspiring',
  'welcome',
  'delighted',
  'amazing',
  'fantastic',
  'great',
  'wonderful',
  'deserved',
  'trailblazer',
  'inspiration',
  'finally',
]);

/** …or says they are the target ("A Jewish MP? Yes, and she has had death threats all week"). */
const VICTIM = new Set([
  'threats',
  'abuse',
  'abused',
  'targeted',
  'attacked',
  'harassed',
  'trolled',
  'bigotry',
]);

/**
 * A person's group held up as a joke about their fitness for office: "A blind MP? How does he even
 * read the bills", "Chinese MP? Chinese spy more like", "a woman chancellor 😂😂". The group and the
 * office open the sentence and a question mark follows at once, or laughter follows in the same
 * sentence. Not when the post celebrates ("Britain's first Muslim mayor", "A deaf MP? Brilliant.").
 * Returns one past the office, or 0.
 */
function sneered(ctx: Context, t: number): number {
  const { keys, count } = ctx.tok;
  if (!ctx.tokenIn(t + 1, ROLES)) return 0;
  const a = keys[t - 1];
  const opens = sentenceStart(ctx, t) === t || (sentenceStart(ctx, t) === t - 1 && (a === 'a' || a === 'an'));
  if (!opens) return 0;
  const end = t + 2;
  const text = ctx.norm.text;
  let asked = false;
  const gapTo = end < count ? (ctx.tok.start[end] ?? text.length) : text.length;
  for (let i = ctx.tok.end[t + 1] ?? 0; i < gapTo; i++) if (text.charCodeAt(i) === 63) asked = true; // '?'
  let laughed = false;
  for (let m = end; m < count && m < end + 3 && sentenceStart(ctx, m) !== m; m++)
    if (LAUGHS.has(keys[m] ?? '')) laughed = true;
  if (!asked && !laughed) return 0;
  if (windowHas(ctx, PRAISE, 0, count) || windowHas(ctx, VICTIM, 0, count)) return 0;
  return end;
}

/** Words right before a group that make its politician's act predictable: "What do you expect from a…". */
const FORESEEN_BEFORE = new Set(['typical', 'expect']);
/**
 * Words anywhere in the post that say the same: "Join the dots", "Surprise surprise". Not 🙄, which
 * rolls its eyes at anything ("Disabled MP … secured a debate 🙄 only an hour though").
 */
const FORESEEN = new Set(['dots', 'surprise']);
/** What may stand between the marker and the group: "of course the", "what do you expect from a". */
const FORESEEN_GAP = new Set(['the', 'a', 'an', 'our', 'this', 'from', 'another']);

/**
 * A politician's group given as what explains their act: "What do you expect from a Pakistani MP?",
 * "Typical Nigerian councillor", "Romanian councillor wants more money for housing. Surprise
 * surprise." The group word names an office right after it ("Somali councillor", "Pakistani-heritage
 * MP"). Not news or praise: the marker of a foregone conclusion is needed ("of course" and
 * "predictable" were tried: "of course the Somali councillor was first to volunteer", and a false
 * alarm on a set never read), and a post of praise or about abuse of the person is left alone. One
 * past the office, or 0.
 */
function predictable(ctx: Context, t: number): number {
  const { keys, count } = ctx.tok;
  if (!ctx.tokenIn(t, GROUP_WORDS)) return 0;
  const office = keys[t + 1] === 'heritage' || keys[t + 1] === 'born' ? t + 2 : t + 1;
  if (!ctx.tokenIn(office, ROLES) && keys[office] !== 'politician') return 0;
  let b = t - 1;
  while (b >= 0 && b >= t - 3 && FORESEEN_GAP.has(keys[b] ?? '')) b--;
  const before = FORESEEN_BEFORE.has(keys[b] ?? '');
  if (!before && !windowHas(ctx, FORESEEN, 0, count)) return 0;
  if (windowHas(ctx, PRAISE, 0, count) || windowHas(ctx, VICTIM, 0, count)) return 0;
  return office + 1;
}

/** Where people are told to go "back" to: the countries and cities racist abuse names. */
const ORIGINS = new Set([
  'africa',
  'pakistan',
  'india',
  'jamaica',
  'nigeria',
  'lagos',
  'karachi',
  'islamabad',
  'lahore',
  'delhi',
  'mumbai',
  'dhaka',
  'bangladesh',
  'somalia',
  'mogadishu',
  'poland',
  'gdansk',
  'warsaw',
  'krakow',
  'romania',
  'bucharest',
  'china',
  'beijing',
  'punjab',
  'kabul',
  'afghanistan',
  'syria',
  'iraq',
  'iran',
  'albania',
  'ghana',
  'accra',
  'kenya',
  'uganda',
  'zimbabwe',
  'eritrea',
  'sudan',
  'morocco',
  'bulgaria',
  'lithuania',
  'caribbean',
  'barbados',
  'trinidad',
  'philippines',
  'manila',
  'ethiopia',
  'congo',
  'cameroon',
]);
/** Before "sent": a command ("should be sent back", "get sent back"), not a report. */
const PASSIVE = new Set(['be', 'been', 'get', 'gets', 'getting']);
const SEND = new Set([
  'go',
  'get',
  'send',
  'sent',
  'ship',
  'deport',
  'fuck',
  'sod',
  'off',
  'fly',
  'flights',
  'plane',
]);

/**
 * "represent(s)" at t as a charge, not a fact: not "ready to represent the Philippines in the fashion
 * show", "will represent India at the Olympics" (a contest or a show after "in" / "at"); still
 * "proudly representing Bangladesh in the British Parliament".
 */
function representsElsewhere(ctx: Context, t: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = t + 2; k <= t + 3; k++) {
    if (keys[k] !== 'in' && keys[k] !== 'at') continue;
    for (let j = k + 1; j <= k + 3; j++) if (SEATS_OF_POWER.has(keys[j] ?? '')) return true;
    return false;
  }
  return true;
}
const SEATS_OF_POWER = new Set([
  'parliament',
  'commons',
  'westminster',
  'house',
  'chamber',
  'council',
  'holyrood',
]);

/** A place of origin among the tokens before t: "If you love Jamaica so much … go back there". */
function originNamed(ctx: Context, t: number): boolean {
  for (let k = 0; k < t; k++) if (ORIGINS.has(ctx.tok.keys[k] ?? '')) return true;
  return false;
}

/**
 * Telling a person to go "back" where their family came from: "go back to Gdańsk", "…decolonise
 * yourself love, back to Karachi", "plenty of flights to Lagos", "should go and represent the Punjab".
 * News ("Polish workers are going back to Poland") has no such command: the word before "back" must
 * send someone, or "back" must open its clause, or "with you" follow.
 */
function sentHome(ctx: Context, hits: RuleHit[]): boolean {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    const w = keys[t] ?? '';
    let place = -1;
    if (w === 'back' && keys[t + 1] === 'to') place = t + 2;
    else if ((w === 'flights' || w === 'plane') && keys[t + 1] === 'to') place = t + 2;
    else if ((w === 'represent' || w === 'represents' || w === 'representing') && representsElsewhere(ctx, t))
      place = keys[t + 1] === 'the' ? t + 2 : t + 1;
    // "If you love Jamaica so much why don't you go back there": the place named earlier in the post.
    else if (w === 'back' && keys[t + 1] === 'there' && SEND.has(keys[t - 1] ?? '')) {
      if (originNamed(ctx, t)) {
        hits.push(ruleHit('racism', 0.85, t - 1, t + 2, 'identity:sent-home'));
        return true;
      }
      continue;
    }
    // Nothing to read without a cue: keys[-1] is no array read but a slow property lookup.
    if (place < 0) continue;
    // "go back to the Punjab"
    if (keys[place] === 'the' && ORIGINS.has(keys[place + 1] ?? '')) place++;
    if (!ORIGINS.has(keys[place] ?? '')) continue;
    // The word that sends starts the hit: "should be sent back to Nigeria" is a command, not a report
    // of something sent (guards.ts reads a reporting verb before a hit).
    // (Not the past: "He sent back to Nigeria the money he owed" tells what he did.)
    const sender =
      [t - 1, t - 2, t - 3].find(
        (b) => b >= 0 && SEND.has(keys[b] ?? '') && (keys[b] !== 'sent' || PASSIVE.has(keys[b - 1] ?? '')),
      ) ?? -1;
    const sent =
      w !== 'back' ||
      clauseStart(ctx, t) === t ||
      (keys[place + 1] === 'with' && keys[place + 2] === 'you') ||
      sender >= 0;
    if (sent && aboutSomeone(ctx)) {
      hits.push(ruleHit('racism', 0.85, sender >= 0 ? sender : t, place + 1, 'identity:sent-home'));
      return true;
    }
  }
  return false;
}

/** Words that make "deport her" an order rather than a report ("they tried to deport him"). */
const ORDER_LEAD = new Set([
  'just',
  'so',
  'now',
  'pls',
  'please',
  'and',
  'lets',
  'we',
  'should',
  'must',
  'then',
]);
/** Asked for the passive: "she should be deported", "Hussain needs deporting". */
const DEMAND = new Set(['should', 'must', 'needs', 'ought']);
/** Putting someone on a flight: "stick her on the next deportation flight". */
const PUT = new Set(['put', 'stick', 'chuck', 'send', 'bung', 'throw', 'get']);
/** "…or go home": the ultimatum's condition ("learn English", "integrate", "like it"). */
const ULTIMATUM = new Set(['english', 'language', 'integrate', 'assimilate', 'it', 'properly', 'country']);

const NATIONS = new Set(['english', 'british', 'scottish', 'welsh', 'irish']);
const NATION_DENIED = new Set(['not', 'isnt', 'arent', 'aint']);
/**
 * "Ur not english. U never will be.": a nationality denied, then "never will be" (at "never", t), within
 * the seven words before; where the denial starts, or -1. ("She's not English, she's Scottish" has
 * no "never will be".)
 */
function nationDenied(ctx: Context, t: number): number {
  const keys = ctx.tok.keys;
  for (let k = t - 1; k >= Math.max(1, t - 7); k--)
    if (NATIONS.has(keys[k] ?? '') && NATION_DENIED.has(keys[k - 1] ?? '')) return k - 1;
  return -1;
}

/** Whether the token at t is the person ordered out: "her", "him" or a name. */
function personAt(ctx: Context, t: number): boolean {
  const w = ctx.tok.keys[t] ?? '';
  return w === 'her' || w === 'him' || ctx.person[t] === 1;
}

/**
 * A politician ordered out of the country, without a place named: "Deport her.", "deport Kettering and
 * her whole family", "she should be deported", "Stick her on the next deportation flight", "Learn
 * English or go home" (not "pack your bags and go home" after an election), "Ur not english. U never
 * will be". An order or a demand, not a report ("the
 * Home Office tried to deport him", "they deported her grandfather" tell what was done), and never a
 * group ("deport them" is policy talk; the lexicons hold its abusive forms).
 */
function orderedOut(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    const w = keys[t] ?? '';
    let from = -1;
    if (w === 'deport' && personAt(ctx, t + 1)) {
      const lead = keys[t - 1] ?? '';
      if (clauseStart(ctx, t) === t || ORDER_LEAD.has(lead)) from = t;
    } else if (
      w === 'deported' &&
      keys[t - 1] === 'be' &&
      DEMAND.has(keys[t - 2] ?? '') &&
      personAt(ctx, t - 3)
    ) {
      from = t - 3;
    } else if (w === 'deportation') {
      for (let b = t - 1; b >= Math.max(1, t - 5); b--)
        if (PUT.has(keys[b - 1] ?? '') && personAt(ctx, b)) from = b - 1;
    } else if (w === 'home' && keys[t - 1] === 'go' && (keys[t - 2] === 'or' || keys[t - 2] === 'and')) {
      if (ULTIMATUM.has(keys[t - 3] ?? '')) from = t - 3;
    } else if (w === 'never' && keys[t + 1] === 'will' && keys[t + 2] === 'be') from = nationDenied(ctx, t);
    if (from >= 0 && aboutSomeone(ctx)) {
      hits.push(ruleHit('racism', 0.85, from, Math.max(t + 1, from + 2), 'identity:ordered-out'));
      return;
    }
  }
}

/**
 * "<group> [MPs] [like X] shouldn't be allowed to stand / be let near policy / be on committees / be
 * MPs / vote", "can't be trusted". Not "Women MPs shouldn't be forced out of politics by abuse".
 */
function excluded(ctx: Context, t: number): number {
  const { keys, count } = ctx.tok;
  for (let m = t + 1; m < count && m <= t + 5; m++) {
    const w = keys[m] ?? '';
    let next: number;
    // "…should be barred from standing", "…should have to declare whether they're secretly Israeli"
    if (SHOULD.has(w) && keys[m + 1] === 'be') {
      const done = keys[m + 2] ?? '';
      if (EXPELLED.has(done)) return m + 3;
      // "…should be held responsible for what Israel does", "…locked up", "…sent back"
      const how = EXPELLED_HOW.get(done);
      if (how?.has(keys[m + 3] ?? '')) return m + 4;
    }
    if (SHOULD.has(w) && keys[m + 1] === 'have' && keys[m + 2] === 'to' && PROVE.has(keys[m + 3] ?? ''))
      return m + 4;
    if (w === 'shouldnt' || w === 'mustnt') next = m + 1;
    else if (SHOULD.has(w) && NOT.has(keys[m + 1] ?? '')) next = m + 2;
    else if ((w === 'cant' || w === 'cannot') && keys[m + 1] === 'be') next = m + 1;
    else continue;
    // "Women should never have been allowed to stand": the same, looking back.
    if (keys[next] === 'have' && keys[next + 1] === 'been') next++;
    if (TAKE_PART.has(keys[next] ?? '')) return next + 1; // "shouldn't vote"
    if (keys[next] === 'have' && KIDS.has(keys[next + 1] ?? '')) return next + 2;
    if (keys[next] !== 'be' && keys[next] !== 'been') return 0;
    const what = keys[next + 1] ?? '';
    if (GOVERNING.has(what)) return next + 2; // "shouldn't be making decisions", "…running anything"
    if (what === 'trusted' || ROLES.has(what)) return next + 2; // "can't be trusted", "shouldn't be MPs"
    if (what === 'anywhere' && keys[next + 2] === 'near') return next + 3; // "shouldn't be anywhere near"
    if (PERMITTED.has(what)) {
      // "…be allowed to stand for parliament", "…be let near defence policy"
      for (let o = next + 2; o < count && o <= next + 5; o++) {
        const x = keys[o] ?? '';
        if (TAKE_PART.has(x) || ROLES.has(x) || PLACES.has(x) || KIDS.has(x)) return o + 1;
      }
      return 0;
    }
    // "…be on committees", "…be in government", "…be near policy"
    if (what === 'in' || what === 'on' || what === 'near')
      for (let o = next + 2; o < count && o <= next + 3; o++) {
        const x = keys[o] ?? '';
        if (PLACES.has(x) || ROLES.has(x)) return o + 1;
      }
    return 0;
  }
  return 0;
}

/** "can't expect a Muslim to", "never trust a woman", "you can't trust the Chinese". */
function distrusted(ctx: Context, t: number): boolean {
  const { keys } = ctx.tok;
  let d = t - 1;
  if (keys[d] === 'a' || keys[d] === 'an' || keys[d] === 'the' || keys[d] === 'any') d--;
  if (!DISTRUST.has(keys[d] ?? '')) return false;
  const before = keys[d - 1] ?? '';
  return (
    before === 'never' ||
    before === 'cant' ||
    before === 'cannot' ||
    before === 'dont' ||
    before === 'wouldnt'
  );
}
