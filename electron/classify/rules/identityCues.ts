import type { Context } from '../context';
import {
  namesSomeone as namesSomeone_IMPORT,
  pushCues as pushCues_IMPORT,
  reportsACase as reportsACase_IMPORT,
  type Found,
} from './cueScan';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { phraseAt as phraseAt_IMPORT } from './anchoredPhrases';
import type { RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const phraseAt = phraseAt_IMPORT;
const windowHas = windowHas_IMPORT;
const namesSomeone = namesSomeone_IMPORT;
const reportsACase = reportsACase_IMPORT;
const pushCues = pushCues_IMPORT;

/**
 * Identity contempt told as innuendo: a trait of the person's identity (their accent, passport,
 * mosque, wheelchair, pronouns) meets a sneer that asks the reader to draw the conclusion ("funny how",
 * "oh wait", "genuine question", "your lot", "we all know it"). Either alone is ordinary talk: an MP's
 * wheelchair in a report on access, "funny how" about a U-turn. The category is the trait's.
 */
// Bits 24-29: the other cue rules of the shared scan use 0-23 (rules/abuseCues.ts).
const RACISM = 1 << 24;
const ANTISEMITISM = 1 << 25;
const ISLAMOPHOBIA = 1 << 26;
const ANTI_LGBTQ = 1 << 27;
const ABLEISM = 1 << 28;
const SNEER = 1 << 29;
/** Every identity cue kind. */
export const IDENTITY_KINDS = RACISM | ANTISEMITISM | ISLAMOPHOBIA | ANTI_LGBTQ | ABLEISM | SNEER;
/** Kinds that open the scan (W_ABUSE_CUE): a sneer alone ("funny how") is everyday talk. */
export const IDENTITY_OPENING = RACISM | ANTISEMITISM | ISLAMOPHOBIA | ANTI_LGBTQ | ABLEISM;
/** Each trait kind, its category, and the names its cues are reported under (pushCues). */
const TRAITS: [number, string, Map<number, string>][] = (
  [
    [RACISM, 'racism'],
    [ANTISEMITISM, 'antisemitism'],
    [ISLAMOPHOBIA, 'islamophobia'],
    [ANTI_LGBTQ, 'anti_lgbtq'],
    [ABLEISM, 'ableism'],
  ] as const
).map(([bit, category]) => [
  bit,
  category,
  new Map([
    [bit, 'trait'],
    [SNEER, 'sneer'],
  ]),
]);

/** The phrases of each kind. */
export const IDENTITY_PHRASES: [number, string[]][] = [
  [
    RACISM,
    [
      'accent',
      'skin',
      'passport',
      'english name',
      'imported',
      'imports',
      'token',
      'equality form',
      'diversity',
      'originally',
      'back home',
      'going back',
      'go back',
      'heritage',
      'lagos',
      'delhi',
      'punjab',
      'beijing',
      'karachi',
      'africa',
      'corner shop',
      'born in',
      'birth rates',
      'demographics',
      'integrate',
      'in the blood',
      'tribal',
      'jungle',
      'bollywood',
      'translator',
      'the boats',
      'zoo',
      'drill video',
      'jungle drums',
      'back to the zoo',
      'bollywood extra',
      'cousins',
      'gypsy',
    ],
  ],
  [
    ANTISEMITISM,
    [
      'israeli passport',
      'tel aviv',
      'jerusalem',
      'knesset',
      'the lobby',
      'bankers',
      'banking',
      'rothschild',
      'soros',
      'globalist',
      'globalists',
      'zionist',
      'shekels',
      'her masters',
      'his masters',
      'who pays her',
      'who pays him',
      'surnames',
      'her people',
      'his people',
      'cabal',
      'the chosen',
      'goyim',
      'cosmopolitans',
      'dual nationality',
      'dual loyalty',
      'israel lobby',
      'sort of surname',
      'over represented',
      'overrepresented',
      'owns the banks',
      'israeli asset',
      'golders green',
      'stamford hill',
      'which country',
      'same lobby',
      'soros puppet',
      'khazar',
      'khazars',
      'zionist puppet',
    ],
  ],
  [
    ISLAMOPHOBIA,
    [
      'mosque',
      'sharia',
      'halal',
      'hijab',
      'headscarf',
      'burka',
      'ummah',
      'caliphate',
      'jihad',
      'urdu',
      'imam',
      'fridays',
      'his brothers',
      'her brothers',
      'his community',
      'her community',
      'his religion',
      'her religion',
      'prayer',
      'madrassa',
      'koran',
      'quran',
      'inshallah',
      'kuffar',
      'islamic republic',
      'islamisation',
      'islamification',
      'taliban',
      'three wives',
      'four wives',
      'cousin marriage',
      'tehran',
      '🕌',
      'muslim votes',
      'handing out sweets',
      'for pork',
      'londonistan',
      'four wives',
    ],
  ],
  [
    ANTI_LGBTQ,
    [
      'pronouns',
      'they them',
      'xe',
      'boyfriend',
      'his fella',
      'wig',
      'in a dress',
      'born a man',
      'born a woman',
      'lifestyle',
      'not natural',
      'unnatural',
      'chromosomes',
      'in lipstick',
      'dressed as women',
      'dressed as a woman',
      'gay marriage',
      'affirming',
      'delusions',
      'lifestyle choice',
      'proper man',
      'marry their dogs',
      'ramming it',
      'check chromosomes',
      'predator in lipstick',
    ],
  ],
  [
    ABLEISM,
    [
      'wheelchair',
      'in a chair',
      'deaf',
      'deafness',
      'blind',
      'braille',
      'autistic',
      'autism',
      'spectrum',
      'carer',
      'ramp',
      'sign language',
      'stammer',
      'meds',
      'psych ward',
      'invisible illness',
      'special needs',
      'slurring',
      'in a home',
      'depression',
      'bipolar',
      'adhd',
      'ritalin',
      'dyslexic',
      'downs',
      'learning difficulties',
      'care home',
      'motability',
      'bsl',
      'hearing aid',
      'downs syndrome energy',
      // blind185 (thirty-first session): disabled and neurodivergent politicians
      'neurodivergent',
      'autists',
      'guide dog',
      'stammering',
      'dyslexia',
      'speech therapist',
      'wheelchairs',
    ],
  ],
  [
    SNEER,
    [
      'funny how',
      'oh wait',
      'just asking',
      'asking for a friend',
      'genuine question',
      'genuinely curious',
      'serious question',
      'not being funny',
      'im not racist but',
      'nothing against',
      'connect the dots',
      'says everything',
      'wonder why',
      'easy mistake to make',
      'pull the other one',
      'mark my words',
      'nothing to see here',
      'we all know it',
      'everyone knows it',
      'look it up',
      'course she does',
      'course he does',
      'which bit exactly',
      'what was it all for',
      'your lot',
      'her lot',
      'his lot',
      'that lot',
      'them lot',
      'these people',
      'you people',
      'your kind',
      'people like us',
      'should be grateful',
      'very convenient',
      'how are we meant to',
      'be serious',
      'clown world',
      'does she though',
      'does he though',
      'the irony',
      'oh right',
      'wake up',
      'which one does',
      'pity vote',
      'sympathy candidate',
      '🙄',
      '🤔',
      'one of us',
      'really english',
      'really british',
      'actual british',
      'act british',
      'its cultural',
      'not in them',
      'all like that',
      'help themselves',
      'just an observation',
      'explains a lot',
      'simple question',
      'whose side',
      'really serves',
      'never change',
      'allowed to notice',
      'sure mate',
      'needs saying',
      'scraping the barrel',
      'some people just',
      'well done britain',
      'all im saying',
      'make it up',
      'make this up',
      'bless',
      'asking as a',
      'who actually runs',
      'is it racist to',
      'not homophobic but',
      'not sexist but',
      'not a bigot',
      'its not antisemitic',
      'one like him',
      'pun intended',
      'deep down you know',
      // blind185 (thirty-first session): contempt for a disability
      'disqualification',
      'pity votes',
      'colouring book',
      'special class',
      'normal person',
      'literally cant',
      'box-ticking',
      'box ticking',
      'malingerer',
      'what a coincidence',
      'disability card',
      'posh for',
      'mute button',
      'spit it out',
      'satire is dead',
      'actual human',
      'let nature',
      'not fit to sit',
      'put someone in who can',
    ],
  ],
];

/** Figures of speech that borrow a trait: "tone deaf", "a blind eye", "blind spot". */
export function identityCueAccepted(ctx: Context, kind: number, from: number, to: number): boolean {
  if (kind !== ABLEISM) return true;
  const keys = ctx.tok.keys;
  const w = keys[from];
  if (w === 'deaf') return keys[from - 1] !== 'tone';
  if (w === 'blind') return keys[to] !== 'eye' && keys[to] !== 'spot' && keys[to] !== 'eyes';
  return true;
}

/** "she", "his": the post is about a person even when their name is not recognised ("Priya's accent"). */
const THIRD_PERSON = new Set(['he', 'she', 'his', 'her', 'hes', 'shes', 'him']);
function aboutThirdPerson(ctx: Context): boolean {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) if (THIRD_PERSON.has(keys[t] ?? '')) return true;
  return false;
}

/** An office named instead of the person: "the member for Finchley", "the Education Secretary". */
const OFFICES = new Set([
  'mp',
  'mps',
  'minister',
  'secretary',
  'chancellor',
  'councillor',
  'councillors',
  'cllr',
  'mayor',
  'candidate',
]);

/** An @mention, in the tokens ("@user", possessive "@users"). */
const MENTIONS = new Set(['@user', '@users']);

/** An office ("the member for Finchley") or an @mention names the person as well as a name does. */
function officeNamed(ctx: Context): boolean {
  const { keys, count } = ctx.tok;
  for (let k = 0; k < count; k++)
    if (
      OFFICES.has(keys[k] ?? '') ||
      (keys[k] === 'member' && keys[k + 1] === 'for') ||
      MENTIONS.has(keys[k] ?? '')
    )
      return true;
  return false;
}

/**
 * Traits that are contempt on their own, needing no sneer beside them: "rootless cosmopolitans",
 * "kuffar", "jungle drums", "back to the zoo", "marry their dogs" (the word lists already hold
 * "Soros puppet" and "window licker"). Not "goyim" (Jewish writers use it
 * of others in jest: "we Jews are NEVER out to get you goyim!") nor "three wives" (news stories).
 * "Cousin marriage" is contempt pinned on someone ("a cousin-marriage certificate framed on the wall")
 * but not in a post about the ban MPs vote on ("voted against the cousin marriage ban": DEBATABLE,
 * DEBATED).
 */
const CONTEMPT = new Set([
  'cosmopolitans',
  'zionist puppet',
  'kuffar',
  'cousin marriage',
  'jungle drums',
  'back to the zoo',
  'bollywood extra',
  'marry their dogs',
  'check chromosomes',
  'predator in lipstick',
  'downs syndrome energy',
]);
/** Contempt that is also the name of a law MPs debate: set aside in a post about that debate. */
const DEBATABLE = new Set(['cousin marriage']);

const CONTEMPT_KEYS = [...CONTEMPT].map((p): [string[], boolean] => [p.split(' '), DEBATABLE.has(p)]);

/** Words of a post about a law and its debate: "the cousin marriage ban", "on the … question". */
const DEBATED = new Set([
  'ban',
  'banning',
  'bill',
  'debate',
  'vote',
  'voted',
  'voting',
  'question',
  'law',
  'risks',
]);

/**
 * One of CONTEMPT anywhere in the post (asked only when a trait was found and no sneer: the scan keeps
 * one phrase per kind, "jungle" rather than "jungle drums").
 */
function contemptAlone(ctx: Context): boolean {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++)
    for (const [phrase, debatable] of CONTEMPT_KEYS)
      if (phraseAt(keys, t, phrase) && !(debatable && windowHas(ctx, DEBATED, 0, count))) return true;
  return false;
}

/** Identity contempt from a trait and a sneer in a post about someone (rules/abuseCues.ts scans). */
export function identityFromCues(ctx: Context, kinds: number, found: Found[], hits: RuleHit[]): void {
  if ((kinds & IDENTITY_OPENING) === 0) return;
  if ((kinds & SNEER) === 0 && !contemptAlone(ctx)) return;
  const about = namesSomeone(ctx) || aboutThirdPerson(ctx) || officeNamed(ctx);
  if (!about || reportsACase(ctx)) return;
  for (const [bit, category, names] of TRAITS) {
    if ((kinds & bit) === 0) continue;
    pushCues(found, names, category, 'identity', hits);
    return;
  }
}
