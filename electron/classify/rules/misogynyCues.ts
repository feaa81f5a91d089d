import type { Context } from '../context';
import {
  aboutHer as aboutHer_IMPORT,
  aimedAtSomeone as aimedAtSomeone_IMPORT,
  pushCues as pushCues_IMPORT,
  reportsACase as reportsACase_IMPORT,
  type Found,
} from './cueScan';
import type { RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const aimedAtSomeone = aimedAtSomeone_IMPORT;
const aboutHer = aboutHer_IMPORT;
const reportsACase = reportsACase_IMPORT;
const pushCues = pushCues_IMPORT;

/**
 * Contempt for a woman politician as a woman, told without slurs: "Sweetheart, the grown-ups are
 * talking. Sit down", "Must be PMS. Only explanation for Cllr Prothero's vote", "Women simply can't
 * handle the Treasury", "Go make a sandwich Claire". Kinds of cue:
 *  - PET: a patronising name ("sweetheart", "little lady", "poppet", "good girl");
 *  - HOME: the kitchen, her children or husband as where she belongs ("make a sandwich", "who's minding
 *    her children", "ask your husband", "look after her babies");
 *  - BODY: hormones and moods as her judgement ("PMS", "time of the month", "hysterical", "shrill");
 *  - PLACE: women as unfit or out of place ("women can't handle", "know their place", "the grown-ups
 *    are talking", "token woman", "a man's brief", "girls in charge");
 *  - SHUSH: telling her to smile, calm down or sit down ("smile love", "calm down dear").
 * Misogyny when two kinds meet in a post about someone (a name, an @mention, "you", "she"); not in a
 * court report. One kind alone is not enough: "sit down" and "token gesture" are ordinary talk, and taking the
 * plainest phrases alone ("know their place") caught one never-read post and flagged one political
 * one. Counter-speech and quotation are judged by the guards as for every rule ("being told to 'go
 * make a sandwich' is exhausting").
 */
// Bits 19-23: the other cue rules use 0-17 (one scan: rules/abuseCues.ts).
const PET = 1 << 19;
const HOME = 1 << 20;
const BODY = 1 << 21;
const PLACE = 1 << 22;
const SHUSH = 1 << 23;
const KIND_NAMES = new Map<number, string>([
  [PET, 'pet-name'],
  [HOME, 'home'],
  [BODY, 'hormones'],
  [PLACE, 'unfit'],
  [SHUSH, 'shush'],
]);
/** Every misogyny cue kind. */
export const MISOGYNY_KINDS = PET | HOME | BODY | PLACE | SHUSH;
/** Kinds that open the scan (W_ABUSE_CUE, rules/abuseCues.ts). */
export const MISOGYNY_OPENING = PET | BODY | PLACE;

/** The phrases of each kind. */
export const MISOGYNY_PHRASES: [number, string[]][] = [
  [
    PET,
    [
      'sweetheart',
      'sweetie',
      'darling',
      'poppet',
      'little girl',
      'little lady',
      'little woman',
      'good girl',
      'good little girl',
      'silly girl',
      'silly little',
      'young lady',
      'missy',
      'princess',
      'babe',
      'old hen',
      'wee hen',
      'dear',
      'pet',
      'petal',
      'flower',
    ],
  ],
  [
    HOME,
    [
      'make a sandwich',
      'a sandwich',
      'the kitchen',
      'her knitting',
      'her cats',
      'bake something',
      'bake a cake',
      'the ironing',
      'the washing up',
      'her babies',
      'minding her',
      'at home with her',
      'home with the kids',
      'look after her',
      'ask your husband',
      'ask her husband',
      'her husband left',
      'did daddy',
      'daddy help',
      'your mummy',
      'a proper mum',
      'another baby',
      'the school run',
      'the wife',
      'a wife',
      'the pta',
      'should be at home',
      'get home where',
      'making the tea',
      'make the tea',
      'finding a husband',
      'a husband to',
      'nagging wife',
      'knitting',
      'dinner lady',
      'pregnant again',
      'whos raising',
      'raising those children',
      'her mums',
      'play dress up',
      'shoe shop',
      'whoever married',
    ],
  ],
  [
    BODY,
    [
      'pms',
      'time of the month',
      'her period',
      'the change',
      'menopausal',
      'hormonal',
      'hormones',
      'hysterical',
      'shrill',
      'nag',
      'nagging',
      'in tears',
      'clucking',
      'emotional decisions',
      'too emotional',
      'weepy',
      'emotional women',
      'emotions over',
      'welled up',
      'burst into tears',
      'tantrum',
      'menopause has',
      'hot flushes',
      'hrt',
      'pmsing',
      'week of the month',
      'screechy',
      'doolally',
      'everything personally',
    ],
  ],
  [
    PLACE,
    [
      'cant handle',
      'not cut out',
      'know their place',
      'knew their place',
      'her place',
      'natural place',
      'shouldnt be there',
      'should never have given women',
      'given women the vote',
      'women the vote',
      'grown ups',
      'vote with their hearts',
      'only there to',
      'token',
      'totty',
      'quota',
      'women shortlist',
      'because shes a woman',
      'against a bloke',
      'the men wrote',
      'a womans place',
      'womans natural',
      'women in public life',
      'letting a woman',
      'women just arent',
      'arent made for',
      'women and careers',
      'girls in charge',
      'let women into',
      'letting women',
      'letting emotional women',
      'the trouble with female',
      'why are female',
      'a female speaker',
      'a woman as',
      'a mans brief',
      'a mans job',
      'girls strong suit',
      'women should never',
      'token woman',
      'box ticking',
      'needed a woman',
      'where you belong',
      'isnt built for',
      'grown men in the room',
      'the people with the brains',
      'a woman chair',
      'ladies like',
      'girls they can be',
    ],
  ],
  [
    SHUSH,
    [
      'smile love',
      'smile more',
      'give us a smile',
      'be much prettier',
      'calm down dear',
      'calm down love',
      'sit down',
      'the grown ups are talking',
      'nobody asked',
      'out of your league',
      'go cry',
      'cheer up',
      'a smile costs',
      'mutton dressed',
      'very pretty but',
      'nice enough girl',
      'bless her',
    ],
  ],
];

/** Misogyny, from the cues found in the post (rules/abuseCues.ts scans for them). */
export function misogynyFromCues(ctx: Context, kinds: number, found: Found[], hits: RuleHit[]): void {
  const own = kinds & MISOGYNY_KINDS;
  if ((own & (own - 1)) === 0) return; // two kinds are needed
  if (!aimedAtSomeone(ctx) && !aboutHer(ctx)) return;
  if (reportsACase(ctx)) return;
  pushCues(found, KIND_NAMES, 'misogyny', 'misogyny', hits);
}
