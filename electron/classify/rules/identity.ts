import type { Context } from '../context';
import { clauseStart as clauseStart_IMPORT, sentenceStart as sentenceStart_IMPORT } from '../guards';
import {
  W_CONDEMNATION as W_CONDEMNATION_IMPORT,
  W_FRAMING as W_FRAMING_IMPORT,
  W_IDENTITY as W_IDENTITY_IMPORT,
  W_REPORTING as W_REPORTING_IMPORT,
} from '../wordFlags';
import { ruleHit, type RuleHit } from './hit';
import { aboutSomeone as aboutSomeone_IMPORT } from './target';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const W_IDENTITY = W_IDENTITY_IMPORT;
const aboutSomeone = aboutSomeone_IMPORT;
const W_REPORTING = W_REPORTING_IMPORT;
const W_FRAMING = W_FRAMING_IMPORT;
const W_CONDEMNATION = W_CONDEMNATION_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const clauseStart = clauseStart_IMPORT;

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
  ].map((w) => [w, 'racism'] as const),
  ...['gay', 'gays', 'lesbian', 'lesbians', 'trans', 'transgender', 'homosexual', 'homosexuals'].map(
    (w) => [w, 'anti_lgbtq'] as const,
  ),
  ...['autistic', 'deaf', 'disabled', 'cripples', 'wheelchair'].map((w) => [w, 'ableism'] as const),
]);
/** The words that open this rule (wordTable.ts flags them W_IDENTITY). */
export const IDENTITY_WORDS: readonly string[] = [
  ...GROUPS.keys(),
  'typical',
  'back',
  'represent',
  'flights',
];

/** "shouldn't", "should never", "mustn't", "can't be": the group is told what it may not do. */
const SHOULD = new Set(['should', 'must']);
const NOT = new Set(['not', 'never']);
const PERMITTED = new Set(['allowed', 'let', 'permitted']);
/** "…should have to declare / swear / prove …": a loyalty test for one group. */
const PROVE = new Set(['declare', 'swear', 'prove', 'register']);
/** Taking part in public life: what the group is kept from. */
const TAKE_PART = new Set(['stand', 'sit', 'serve', 'vote', 'run', 'hold', 'represent', 'lead']);
const ROLES = new Set([
  'mps',
  'mp',
  'ministers',
  'minister',
  'councillors',
  'councillor',
  'leaders',
  'leader',
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
    const category = GROUPS.get(k);
    if (!category) continue;
    // The span runs from the group to what it is kept from ("Muslims shouldn't be allowed to stand").
    const kept = excluded(ctx, t);
    if (kept > 0 || distrusted(ctx, t)) {
      const from = kept > 0 ? t : Math.max(0, t - 3);
      hits.push(ruleHit(category, 0.85, from, kept > 0 ? kept : t + 1, `identity:excluded-${category}`));
      return;
    }
    const end = generalised(ctx, t);
    if (end > 0) {
      hits.push(ruleHit(category, 0.85, t, end, `identity:generalised-${category}`));
      return;
    }
  }
  sentHome(ctx, hits);
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
]);
/** Claims that are smears only when denied: "can't integrate", "will never be loyal". */
const DENIED = new Set(['integrate', 'loyal', 'trusted', 'assimilate', 'british']);
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
]);
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
  const plural = k.endsWith('s') || k === 'women' || k === 'islam';
  if (PEOPLE.has(keys[t + 1] ?? '')) subjectEnd = t + 2;
  else if (!plural && !SWEEP.has(keys[t - 1] ?? '')) return 0;
  // The group opens its clause ("Muslims are…", "…, and all women are…"), not an object ("people who hid Jews were…").
  if (ctx.quoted[t] === 1 || (clauseStart(ctx, t) !== t && !OPENERS.has(keys[t - 1] ?? ''))) return 0;
  const from = sentenceStart(ctx, t);
  for (let b = from; b < t; b++) {
    if (SAYS.has(keys[b] ?? '')) return 0;
    // "Not all Muslims…", "…suggested Jews are not loyal", "the trope that Jews…": not the writer's claim.
    if (NEGATORS.has(keys[b] ?? '') || (ctx.flagsAt(b) & (W_REPORTING | W_FRAMING | W_CONDEMNATION)) !== 0)
      return 0;
  }
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
  let negated = false;
  for (let m = link; m < count && m <= link + 5; m++) {
    if (m > link && sentenceStart(ctx, m) === m) return 0;
    const w = keys[m] ?? '';
    if (NEGATORS.has(w)) negated = true;
    if (DENIED.has(w)) return negated ? m + 1 : 0;
    if (SMEARS.has(w)) return negated ? 0 : m + 1;
  }
  return 0;
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
]);
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
 * Telling a person to go "back" where their family came from: "go back to Gdańsk", "…decolonise
 * yourself love, back to Karachi", "plenty of flights to Lagos", "should go and represent the Punjab".
 * News ("Polish workers are going back to Poland") has no such command: the word before "back" must
 * send someone, or "back" must open its clause, or "with you" follow.
 */
function sentHome(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    const w = keys[t] ?? '';
    let place = -1;
    if (w === 'back' && keys[t + 1] === 'to') place = t + 2;
    else if ((w === 'flights' || w === 'plane') && keys[t + 1] === 'to') place = t + 2;
    else if (w === 'represent') place = keys[t + 1] === 'the' ? t + 2 : t + 1;
    if (place < 0 || !ORIGINS.has(keys[place] ?? '')) continue;
    const sent =
      w !== 'back' ||
      clauseStart(ctx, t) === t ||
      (keys[place + 1] === 'with' && keys[place + 2] === 'you') ||
      [t - 1, t - 2, t - 3].some((b) => b >= 0 && SEND.has(keys[b] ?? ''));
    if (sent && aboutSomeone(ctx)) {
      hits.push(ruleHit('racism', 0.85, t, place + 1, 'identity:sent-home'));
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
    if (SHOULD.has(w) && keys[m + 1] === 'be' && (keys[m + 2] === 'barred' || keys[m + 2] === 'banned'))
      return m + 3;
    if (SHOULD.has(w) && keys[m + 1] === 'have' && keys[m + 2] === 'to' && PROVE.has(keys[m + 3] ?? ''))
      return m + 4;
    if (w === 'shouldnt' || w === 'mustnt') next = m + 1;
    else if (SHOULD.has(w) && NOT.has(keys[m + 1] ?? '')) next = m + 2;
    else if ((w === 'cant' || w === 'cannot') && keys[m + 1] === 'be') next = m + 1;
    else continue;
    if (TAKE_PART.has(keys[next] ?? '')) return next + 1; // "shouldn't vote"
    if (keys[next] !== 'be') return 0;
    const what = keys[next + 1] ?? '';
    if (what === 'trusted' || ROLES.has(what)) return next + 2; // "can't be trusted", "shouldn't be MPs"
    if (what === 'anywhere' && keys[next + 2] === 'near') return next + 3; // "shouldn't be anywhere near"
    if (PERMITTED.has(what)) {
      // "…be allowed to stand for parliament", "…be let near defence policy"
      for (let o = next + 2; o < count && o <= next + 5; o++) {
        const x = keys[o] ?? '';
        if (TAKE_PART.has(x) || ROLES.has(x) || PLACES.has(x)) return o + 1;
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
