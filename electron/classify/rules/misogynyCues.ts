import type { Context } from '../context';
import {
  aboutHer as aboutHer_IMPORT,
  aimedAtSomeone as aimedAtSomeone_IMPORT,
  pushCues as pushCues_IMPORT,
  reportsACase as reportsACase_IMPORT,
  type Found,
} from './cueScan';
import type { RuleHit } from './hit';
import {
  clauseBreakBefore as clauseBreakBefore_IMPORT,
  clauseStart as clauseStart_IMPORT,
  sentenceStart as sentenceStart_IMPORT,
  windowHas as windowHas_IMPORT,
} from '../tokenWindow';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const clauseStart = clauseStart_IMPORT;
const clauseBreakBefore = clauseBreakBefore_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const windowHas = windowHas_IMPORT;
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
 *  - SHUSH: telling her to smile, calm down, sit down or run along ("smile love", "calm down dear",
 *    "you're out of your depth", "the big boys will take it from here");
 *  - LOOKS: her looks or age as her worth, or being unwanted by men ("frumpy", "botox", "a face like
 *    that", "easy on the eye", "past it", "dried up", "no man would want her", "a newer model").
 * A pet name that is an everyday word ("love", "hen", "bab") counts only when it addresses her ("Nice
 * try, love."), not "I love"; a pet name opening its sentence speaks to someone ("Sweetheart,
 * leave…"). A chore or the kitchen given as an order ("Back to the ironing board with you, Councillor", "Pop off
 * and do the dishes") is two kinds in one: the home, and being sent there.
 * Misogyny when two kinds meet in a post about someone (a name, an @mention, "you", "she"); not in a
 * court report. One kind alone is not enough: "sit down" and "token gesture" are ordinary talk, and taking the
 * plainest phrases alone ("know their place") caught one never-read post and flagged one political
 * one. Counter-speech and quotation are judged by the guards as for every rule ("being told to 'go
 * make a sandwich' is exhausting").
 */
// Bits 19-23 and 31: the other cue rules use 0-18 and 24-30 (one scan: rules/abuseCues.ts). Bit 31
// is the sign bit: `1 << 31` is negative, which bitwise tests and Map keys handle like any other bit.
const LOOKS = 1 << 31;
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
  [LOOKS, 'looks'],
]);
/** Every misogyny cue kind. */
export const MISOGYNY_KINDS = PET | HOME | BODY | PLACE | SHUSH | LOOKS;
/** Kinds that open the scan (W_ABUSE_CUE, rules/abuseCues.ts). */
export const MISOGYNY_OPENING = PET | BODY | PLACE;
/**
 * Kinds that open it from rare words only (cueScan.ts openingAnchors): a home given as an order may
 * stand alone ("Back to the ironing board"), and a dismissal may meet a pet name that opens on no
 * word of its own ("Little girl … run along"); "kids" and "nice" are too common to open it. Looks
 * and age are read once another kind has opened the scan ("past", "single" and "easy" are common).
 */
export const MISOGYNY_RARE_OPENING = HOME | SHUSH;

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
      'love',
      'honey',
      'hun',
      'hen',
      'lass',
      'lassie',
      'dearie',
      'poor dear',
      'doll',
      'bab',
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
      'ironing board',
      'the dishes',
      'the washing',
      'hoovering',
      'the hoover',
      'pinny',
      'apron',
      'kettle on',
      'baking',
      'kitchens',
      'school run',
      'mans tea',
      'doin the tea',
      'tea on the table',
      'the sink',
      'a housewife',
      'proper wife',
      'look after your children',
      'look after your kids',
      'her weans',
      'her bairns',
      'home with the kids',
      'her fella',
      'her husband should',
      'let his wife',
      'a shorter lead',
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
      'mood swings',
      'flustered',
      'all feelings',
      'your feelings',
      'her feelings',
      'their feelings',
      'teary',
      'welling up',
      'greetin',
      'ovaries',
      'soft hearted',
      'clouded by emotion',
      'how she feels',
      'emotinal',
      'her hrt',
      'meltdown',
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
      'felt sorry for her',
      'pity appointment',
      'a skirt',
      'empty skirt',
      'quota queen',
      'women only',
      'daddys girl',
      'her dad',
      'her daddy',
      'ex husbands',
      'writes her speeches',
      'writes all her speeches',
      'the brains',
      'window dressing',
      'photogenic',
      'special friend',
      'eyelashes',
      'female pm',
      'female mayor',
      'woman thing',
      'female pattern',
      'top table',
      'a man back',
      'a bloke',
      'a grown man',
      'their brains',
      'biology',
      'wimmin',
      'wummin',
      'wumman',
      'a lass in charge',
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
      'calm down',
      'run along',
      'out of your depth',
      'out of her depth',
      'the big boys',
      'let the men',
      'leave it to the men',
      'to the lads',
      'someone serious',
      'bless your heart',
      'aww bless',
      'nice try',
      'had her say',
      'one day youll understand',
      'thinks she can',
      'trying to do',
      'chin up',
      'listen here',
      'pop off',
      'feisty little',
    ],
  ],
  [
    LOOKS,
    [
      'frump',
      'frumpy',
      'botox',
      'filler',
      'fillers',
      'face like that',
      'face for radio',
      'like my nan',
      'easy on the eye',
      'prettier',
      'fatter',
      'a few stone',
      'hairdresser',
      'her appearance',
      'her looks',
      'looks went',
      'charity shop',
      'quite fit',
      'no oil painting',
      'looking like that',
      'minger',
      'munter',
      'wrinkles',
      'her outfits',
      'handbags',
      'past it',
      'sell by date',
      'dried up',
      'spinster',
      'no man would',
      'nobody fancies',
      'no man wants',
      'old woman',
      'old dears',
      'her age',
      'pushing 50',
      'pushing 60',
      'pushing 70',
      'newer model',
      'clapped out',
      'age hasnt been kind',
      'shes single',
      'still single',
      'old hag',
      'old boiler',
      'past her prime',
    ],
  ],
];

/** Words that may come before a pet name that speaks to her: "Aww, sweetie", "Well done sweetie,". */
const BEFORE_PET = new Set(['aww', 'aw', 'oh', 'done', 'there', 'now', 'yes', 'no', 'right', 'listen']);

/** Chores that are everyday talk unless she is sent to them ("Pop off and do the dishes"). */
const CHORES = new Set([
  'the dishes',
  'the washing',
  'hoovering',
  'the hoover',
  'baking',
  'kettle on',
  'apron',
  'the sink',
  'school run',
]);

/** Pet names that are everyday words too ("I love", "honey", "Lass of the year"). */
const ADDRESS_ONLY = new Set(['love', 'honey', 'hun', 'hen', 'lass', 'lassie', 'dearie', 'doll', 'bab']);

/**
 * Whether a pet-name cue may count: an everyday word (ADDRESS_ONLY) only when it speaks to her, set
 * off before (the sentence's start, a comma, an @mention, "aww") and after (punctuation, an emoji or
 * the post's end): "Nice try, love.", "Love, nobody asked", not "I love this" or "the lass who".
 */
export function misogynyCueAccepted(ctx: Context, kind: number, from: number, to: number): boolean {
  if (kind === HOME) return !CHORES.has(ctx.tok.keys.slice(from, to).join(' ')) || orderedHome(ctx, from);
  if (kind === PET && ctx.tok.keys[from] === 'dear' && salutation(ctx, from)) return false;
  if (kind !== PET || !ADDRESS_ONLY.has(ctx.tok.keys[from] ?? '')) return true;
  return vocative(ctx, from, to);
}

/** Titles after which "Dear" opens a letter: "Dear Ms Okonjo,", "Dear Cllr Bridgwater". */
const TITLES = new Set([
  'ms',
  'mr',
  'mrs',
  'miss',
  'cllr',
  'councillor',
  'dr',
  'sir',
  'madam',
  'minister',
  'lady',
]);

/** "Dear" opening the post before a title or a name: a letter's greeting, not a pet name. */
function salutation(ctx: Context, from: number): boolean {
  if (from !== 0) return false;
  const next = ctx.tok.keys[1] ?? '';
  return TITLES.has(next) || ctx.person[1] === 1;
}

/** Whether the word at [from, to) is set off as a form of address (misogynyCueAccepted). */
function vocative(ctx: Context, from: number, to: number): boolean {
  const { keys, count, emoji } = ctx.tok;
  const before =
    sentenceStart(ctx, from) === from ||
    keys[from - 1] === '@user' ||
    BEFORE_PET.has(keys[from - 1] ?? '') ||
    clauseBreakBefore(ctx, from);
  if (!before) return false;
  return to >= count || emoji[to] === 1 || clauseBreakBefore(ctx, to);
}

/** Orders that send her somewhere: "Go and make a sandwich", "Back to the ironing board", "Pop the kettle on". */
const ORDERS = new Set(['go', 'get', 'pop', 'back', 'away', 'off', 'run', 'stick']);
/** A man spoken of: "Go pop open your lid in the kitchen. Bam there he is" sends no woman home. */
const HE = new Set(['he', 'him', 'his', 'hes', 'himself']);
/** What may stand before the order in its clause: "@X pop the kettle on", "Right love, get…". */
const BEFORE_ORDER = new Set(['@user', 'now', 'just', 'right', 'so', 'and', 'love', 'pet', 'hen', 'dear']);

/** Whether the home cue at `from` is given as an order opening its clause, a few words before it. */
function orderedHome(ctx: Context, from: number): boolean {
  const { keys } = ctx.tok;
  let t = clauseStart(ctx, from);
  while (t < from && (BEFORE_ORDER.has(keys[t] ?? '') || ctx.person[t] === 1)) t++;
  return t < from && from - t <= 4 && ORDERS.has(keys[t] ?? '') && !windowHas(ctx, HE, 0, ctx.tok.count);
}

/** "because", and the ways it is typed. */
const BECAUSE = new Set(['because', 'cos', 'coz', 'cause', 'cuz', 'bc']);

/**
 * Whether the unfit cue at `from` is given as the only reason she has her place: "She only got deputy
 * leader because the men felt sorry for her", "shes only there coz of her dad", "That's the only
 * reason she's there" after "They needed a skirt on the panel".
 */
function onlyReason(ctx: Context, from: number): boolean {
  const { keys, count } = ctx.tok;
  const s = sentenceStart(ctx, from);
  for (let b = from - 1; b >= s && b >= from - 8; b--) {
    if (!BECAUSE.has(keys[b] ?? '')) continue;
    for (let o = b - 1; o >= s && o >= b - 4; o--) if (keys[o] === 'only') return true;
    return false;
  }
  // "…a skirt on the panel. That's the only reason she's there."
  for (let t = from + 1; t < count - 1 && t <= from + 14; t++)
    if (keys[t] === 'only' && keys[t + 1] === 'reason') return true;
  return false;
}

/**
 * Whether a pet name speaks to someone, set off as a form of address ("Sweetheart, leave the defence
 * briefings to the grown-ups", "Well done sweetie, you read…"; an everyday one is accepted only so).
 */
function spokenTo(ctx: Context, found: Found[]): boolean {
  for (const [kind, from, to] of found) if (kind === PET && vocative(ctx, from, to)) return true;
  return false;
}

/** How many tokens the cues may span. */
const NEAR = 40;

/** Misogyny, from the cues found in the post (rules/abuseCues.ts scans for them). */
export function misogynyFromCues(ctx: Context, kinds: number, found: Found[], hits: RuleHit[]): void {
  let own = kinds & MISOGYNY_KINDS;
  if (own === HOME) {
    // the home given as an order is the home and being sent there
    for (const [kind, from] of found) if (kind === HOME && orderedHome(ctx, from)) own |= SHUSH;
  } else if (own === PLACE) {
    // a token or a man given as the only reason she holds office: "only there because of her dad"
    for (const [kind, from] of found) if (kind === PLACE && onlyReason(ctx, from)) own |= SHUSH;
  }
  if ((own & (own - 1)) === 0) return; // two kinds are needed
  // …in one stretch of the post: a long story's "smile more" and "the dishes" far apart are not one sneer
  let first = ctx.tok.count;
  let last = 0;
  for (const [kind, from, to] of found)
    if ((kind & MISOGYNY_KINDS) !== 0) {
      first = Math.min(first, from);
      last = Math.max(last, to);
    }
  if (last - first > NEAR) return;
  if (!spokenTo(ctx, found) && !aimedAtSomeone(ctx) && !aboutHer(ctx)) return;
  if (reportsACase(ctx)) return;
  pushCues(found, KIND_NAMES, 'misogyny', 'misogyny', hits);
}
