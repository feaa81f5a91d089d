import type { Context } from '../context';
import {
  capitalised as capitalised_IMPORT,
  cueIndex,
  isFrequent as isFrequent_IMPORT,
  possessiveS as possessiveS_IMPORT,
  namesSomeone as namesSomeone_IMPORT,
  scanCues as scanCues_IMPORT,
  pushCues as pushCues_IMPORT,
  reportsACase as reportsACase_IMPORT,
  type Found,
} from './cueScan';
import type { RuleHit } from './hit';
import { WEEKDAYS } from './menace';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const namesSomeone = namesSomeone_IMPORT;
const reportsACase = reportsACase_IMPORT;
const pushCues = pushCues_IMPORT;
const scanCues = scanCues_IMPORT;
const capitalised = capitalised_IMPORT;
const isFrequent = isFrequent_IMPORT;
const possessiveS = possessiveS_IMPORT;

/**
 * Exposure told without an address or a phone number (rules/doxxing.ts finds those): "Cllr Hussain's
 * little girl goes to Greenbank Nursery on Alder Street. Grandma collects her at 12 on Mondays.
 * Putting that out there", "Tom Benbow MP gets the 07:42 every day. Coach C, quiet carriage. Go say
 * hello". Kinds of cue:
 *  - HINT: the writer handing it on ("just saying", "thought you'd want to know", "go say hello");
 *  - KIN: someone's family or staff ("his missus", "her son", "the minister's daughter", "his PA");
 *  - WORK: where or when someone works ("works nights", "on reception", "finishes his shift");
 *  - HOME: where someone lives or stays ("lives above", "second home", "holiday let", "moored");
 *  - WHEN: a day or a time of day ("Mondays", "most nights", "every morning"; clock times are found
 *    apart from the phrases, see clockTime);
 *  - VENUE: a place to find them ("nursery", "marina", "car park", a street).
 * Doxxing when a post about someone gives two details and hands them on, or three details of which
 * one is their family, work or home and one a time or place. Not in a court or police report, nor
 * where the post invites people to a public event or warns against exposure (PUBLIC): "drop-in at
 * Sparkford Leisure Centre, Wednesday 6-8pm", "report it and don't share it".
 */
// The rule has its own scan (its own index), so these bits need not differ from the shared scan's
// (rules/abuseCues.ts), which uses 24-29 for identity cues.
const HINT = 1 << 24;
const KIN = 1 << 25;
const WORK = 1 << 26;
const HOME = 1 << 27;
const WHEN = 1 << 28;
const VENUE = 1 << 29;
const PUBLIC = 1 << 30;
const KIND_NAMES = new Map<number, string>([
  [HINT, 'hint'],
  [KIN, 'family'],
  [WORK, 'work'],
  [HOME, 'home'],
  [WHEN, 'when'],
  [VENUE, 'place'],
]);
const DETAILS = KIN | WORK | HOME | WHEN | VENUE;
const PRIVATE = KIN | WORK | HOME;

/** The phrases of each kind. */
export const DOXXING_PHRASES: [number, string[]][] = [
  [
    HINT,
    [
      'just saying',
      'just sayin',
      'just so you know',
      'just so you all know',
      'just so everyone knows',
      'so everyone knows',
      'putting that out there',
      'putting it out there',
      'thought id share',
      'thought youd want to know',
      'thought you should know',
      'would like to know',
      'youre welcome',
      'for anyone who wants',
      'for anyone who cares',
      'for anyone interested',
      'info for anyone',
      'if anyone wants',
      'if you want to get a message',
      'get a message to',
      'send a message to',
      'go say hello',
      'have a word',
      'want a word',
      'want a chat',
      'worth a trip',
      'have fun',
      'go see it',
      'not saying',
      'you know what to do',
      'leaked',
      'found out where',
      'for those asking',
      'for everyone asking',
      'everybody round here knows',
      'now yous all do',
      'now you all do',
      'wonder if she knows',
      'wonder if he knows',
      'leave a review',
      'someone should check',
      'uninvited guests',
      'nobody notices',
      'passing this on',
      // blind69 (twenty-fourth session)
      'just so ya know',
      'just so peeps know',
      'now you know',
      'use responsibly',
      'save before',
      'dropping a pin',
      'figure out the rest',
      'have a look for yourselves',
      'go and have a look',
      'so wait on',
      'for the lads',
      'we know',
      'fill his inbox',
      'fill her inbox',
      'rock his boat',
      'you cant miss',
      'easy to find',
      // blind93 (twenty-seventh session): sent to a relative or a place
      'go and ask her',
      'go and ask him',
      'go ask her',
      'go ask him',
      'go and tell her',
      'go and tell him',
      'go in and tell',
      'tell them what',
      'say hi to him',
      'say hi to her',
      'pop in and',
      'in case anyone',
      'anyone nearby',
      'easy to spot',
      'keep an eye out',
      'let her know what',
      'let him know what',
      'book an appointment',
      'go leave',
      'leave some reviews',
      'ask after her',
      'ask after him',
      'need the number',
      'need the street name',
      'need the house number',
      'asking for a few',
      'ask her how',
      'ask him how',
      'tag her husband',
      'tag his wife',
      'now you do too',
      'thought youd all like to see',
      'where the family are',
      'tell her why',
      'tell him why',
      'when you walk in',
    ],
  ],
  [
    KIN,
    [
      'wife',
      'husband',
      'missus',
      'partner',
      'son',
      'daughter',
      'kids',
      'twins',
      'youngest',
      'eldest',
      'little girl',
      'little boy',
      'wee boy',
      'wee girl',
      'mother',
      'mum',
      'old dad',
      'dad',
      'granddaughter',
      'grandson',
      'grandkids',
      'chief of staff',
      'pa',
      'parents',
      'sister',
      'brother',
      'mam',
      // possessives typed as one word ("her daughter's name" reads "daughters")
      'daughters',
      'wifes',
      'husbands',
      'sons',
      'office manager',
      'caseworker',
    ],
  ],
  [
    WORK,
    [
      'works',
      'shift',
      'shifts',
      'on reception',
      'on the counter',
      'teaches',
      'is a nurse',
      'is a gp',
      'is a chef',
      'the head at',
      'locum',
      'finishes at',
      'finishes his',
      'finishes her',
      'clocks off',
      'his round',
      'her round',
      'works at',
      'owns',
      'runs the',
      'director at',
      'staff page',
    ],
  ],
  [
    HOME,
    [
      'lives',
      'lives at',
      'lives in',
      'second home',
      'second house',
      'holiday let',
      'holiday home',
      'airbnb',
      'narrowboat',
      'moored',
      'stays there',
      'sleeps',
      'maisonette',
      'annexe',
      'keeps his boat',
      'keeps her boat',
      'bides',
      'bides in',
      'stays in',
      'flat above',
      'house on',
      'the one with the',
      'the wan wi',
    ],
  ],
  [
    WHEN,
    [
      ...WEEKDAYS,
      'weekends',
      'every morning',
      'every evening',
      'every night',
      'every day',
      'every weekday',
      'most nights',
      'most weekends',
      'nights',
      'lunchtime',
      'at night',
    ],
  ],
  [
    VENUE,
    [
      'street',
      'road',
      'lane',
      'avenue',
      'parade',
      'terrace',
      'crescent',
      'grove',
      'rise',
      'nursery',
      'primary',
      'school',
      'sixth form',
      'halls',
      'ward',
      'hotel',
      'pub',
      'gym',
      'salon',
      'marina',
      'berth',
      'allotments',
      'station',
      'car park',
      'touchline',
      'pitches',
      'rec',
      'nursing home',
      'care home',
      'multi storey',
      'bus stop',
      'back door',
      'restaurant',
      'prep school',
      'montessori',
      'academy',
      'pew',
      'mass',
      'harvester',
      'tesco',
      'asda',
      'boots',
      'coop',
      'business park',
      'hotel room',
      'rd',
      'st',
      'ave',
      'front window',
      'front garden',
      'back garden',
      'back lane',
      'footpath',
    ],
  ],
  [
    PUBLIC,
    [
      'come along',
      'join us',
      'all welcome',
      'a drop in',
      'drop in session',
      'coffee morning',
      'advice surgery',
      'ward surgery',
      'report it',
      'dont share',
      'delete it',
      'isnt ok',
      'not ok',
      'leave his house alone',
      'leave her alone',
      'safety tip',
      'personal safety',
      'privacy',
      'redaction',
      'disgusted',
      'heartbreaking',
      'police said',
      'police statement',
      'fined',
      'issued a warning',
      'face prosecution',
      'restraining order',
      'keep your home address',
      'keep their home address',
      'keeping your home address',
      'keeping their home address',
      'off the ballot paper',
      'dont have to publish',
      'this is how we lose',
      'this is where doxxing leads',
      'what to do if',
      'condemned',
      'its intimidation',
      'street surgery',
      'the count',
      'results expected',
      'polling station',
      'hustings',
      // blind93 (twenty-seventh session): a report of someone else's exposure
      'reported to the',
      'reported it',
      'reported the account',
      'dont be that person',
      // blind95: people asking the pile-on to stop
      'stop tagging',
      'stop posting',
      'stop sharing',
      'address isnt',
      'kids arent',
      // blind97: lost and found pets
      'microchipped',
      'no collar',
      'lost cat',
      'lost dog',
      'found dog',
      'missing cat',
      'missing dog',
      'last seen',
    ],
  ],
];

const INDEX = cueIndex(DOXXING_PHRASES);
const PUBLIC_INDEX = cueIndex(DOXXING_PHRASES.filter(([kind]) => kind === PUBLIC));
/**
 * Details a warning, a report or an invitation would not give: these stand whatever the post says.
 * (An invitation gives its venue's street address and postcode.)
 */
const CONCRETE = new Set(['doxxing:mobile', 'doxxing:registration', 'doxxing:email']);

/**
 * Talk about exposure is not exposure: a court or police report ("charged after publishing an MP's
 * home address"), safety advice ("keep your home address off the ballot paper"), a plea ("it's a
 * councillor's home, not her office. This isn't ok"), an invitation ("come along to the coffee
 * morning, 9 Highcliffe Road") or an election count. There the phrases and routines rules/doxxing.ts
 * reads ("home address", "her gym times") are set aside, and so is a street address (an event's venue);
 * only a mobile number, an e-mail address or a car registration still counts.
 */
export function talkAboutExposure(ctx: Context, hits: RuleHit[], cueKinds: number | null): void {
  let any = false;
  for (const h of hits) if (h.category === 'doxxing' && !CONCRETE.has(h.rule)) any = true;
  if (!any) return;
  // The cue scan, when it ran on this post, has already looked for these phrases.
  const talk = cueKinds === null ? scanCues(ctx, PUBLIC_INDEX, []) !== 0 : (cueKinds & PUBLIC) !== 0;
  if (!talk && !reportsACase(ctx)) return;
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.category === 'doxxing' && !CONCRETE.has(h.rule)) hits.splice(i, 1);
  }
}

/** "at 12", "9.15", "3.10pm", "10am", "07:42", "12.30ish": a time of day among the tokens. */
function clockTime(ctx: Context): number {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    const k = keys[t] ?? '';
    const c0 = k.charCodeAt(0);
    if (c0 < 48 || c0 > 57 || k.length > 6) continue;
    if (/^\d{1,2}(am|pm)$/.test(k)) return t;
    if (/^\d{1,2}$/.test(k) && /^\d\d(am|pm|ish)?$/.test(keys[t + 1] ?? '')) return t;
    if (/^\d{1,2}(ish)?$/.test(k) && (keys[t - 1] === 'at' || keys[t - 1] === 'till')) return t;
  }
  return -1;
}

/** Someone's, not the writer's: "his wife", "Kapoor's wife", "the minister's daughter"; not "my son". */
function othersKin(ctx: Context, from: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = from - 1; k >= Math.max(0, from - 2); k--) {
    const w = keys[k] ?? '';
    if (w === 'my' || w === 'our') return false;
    // Names cost a pass of their own: asked for only after a capital ("Kapoor wife", not "The kids").
    if (
      w === 'his' ||
      w === 'her' ||
      w === 'their' ||
      (capitalised(ctx, k) && !isFrequent(w) && ctx.person[k] === 1)
    )
      return true;
    if (possessiveS(ctx, k)) return true;
  }
  return false;
}

/** Family who "live" or "work" somewhere in a disclosure: "her husband works at …". */
const SUBJECTS = new Set(['wife', 'husband', 'partner', 'son', 'daughter', 'mum', 'dad', 'missus']);

/** Whether a doxxing cue counts where it was found. */
/** Kinds of school, not a school: "a private school", "state schools". */
const SCHOOL_KINDS = new Set([
  'private',
  'state',
  'public',
  'boarding',
  'grammar',
  'independent',
  'faith',
  'comprehensive',
  'secondary',
  'primary',
  'fee-paying',
  'paying',
]);

/** Words for the ceremony or the loss of someone who has died. */
const MOURNED = new Set(['memorial', 'funeral', 'late', 'tribute', 'tributes', 'vigil', 'condolences']);
/** "a memorial service for Daniel's mum", "the funeral of his dad": a family member who has died. */
export function mournedBefore(keys: readonly string[], t: number): boolean {
  for (let k = Math.max(0, t - 5); k < t; k++) if (MOURNED.has(keys[k] ?? '')) return true;
  return false;
}

function accepted(ctx: Context, kind: number, from: number): boolean {
  if (kind === KIN) return othersKin(ctx, from) && !mournedBefore(ctx.tok.keys, from);
  // "sends his kids to a private school": a kind of school, which finds nobody.
  if (
    kind === VENUE &&
    SCHOOL_KINDS.has(ctx.tok.keys[from - 1] ?? '') &&
    ctx.tok.keys[from]?.startsWith('school')
  )
    return false;
  // "Birch lives in …", "she works nights"; not "ruined lives", "building works".
  const word = ctx.tok.keys[from];
  if ((kind === HOME && word === 'lives') || (kind === WORK && word === 'works')) {
    const before = ctx.tok.keys[from - 1] ?? '';
    if (before === 'he' || before === 'she') return true;
    if (from > 0 && capitalised(ctx, from - 1) && ctx.person[from - 1] === 1) return true;
    // "her husband works", not "my wife works"
    return SUBJECTS.has(before) && othersKin(ctx, from - 1);
  }
  return true;
}

/**
 * Doxxing from cues; returns the kinds of cue found, which talkAboutExposure reads. Run by rules/doxxing.ts on posts with a family, home or street word (its word
 * flags): a disclosure without one of those gives too little to find anyone, and scanning only those
 * posts (about one tweet in nine) keeps the classifier's speed.
 */
export function doxxingCueRules(ctx: Context, hits: RuleHit[]): number {
  const found: Found[] = [];
  const kinds = scanCues(ctx, INDEX, found, (kind, from) => accepted(ctx, kind, from));
  if ((kinds & (HINT | PRIVATE)) === 0 || (kinds & PUBLIC) !== 0) return kinds;
  let details = kinds & DETAILS;
  let n = 0;
  for (let d = details; d !== 0; d &= d - 1) n++;
  // A clock time is looked for only when it could decide.
  if ((details & WHEN) === 0 && n + 1 >= ((kinds & HINT) !== 0 ? 2 : 3)) {
    const clock = clockTime(ctx);
    if (clock >= 0) {
      details |= WHEN;
      n++;
      found.push([WHEN, clock, clock + 1]);
    }
  }
  const handedOn = (kinds & HINT) !== 0 && n >= 2;
  const detailed = n >= 3 && (details & PRIVATE) !== 0 && (details & (WHEN | VENUE)) !== 0;
  if (handedOn || detailed) {
    if (namesSomeone(ctx) && !reportsACase(ctx)) pushCues(found, KIND_NAMES, 'doxxing', 'doxxing', hits);
  }
  return kinds;
}
