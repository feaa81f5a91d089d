import type { Context } from '../context';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import {
  aboutHer as aboutHer_IMPORT,
  aimedAtSomeone as aimedAtSomeone_IMPORT,
  pushCues as pushCues_IMPORT,
  reportsACase as reportsACase_IMPORT,
  type Found,
} from './cueScan';
import type { RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const windowHas = windowHas_IMPORT;
const aimedAtSomeone = aimedAtSomeone_IMPORT;
const aboutHer = aboutHer_IMPORT;
const reportsACase = reportsACase_IMPORT;
const pushCues = pushCues_IMPORT;

/**
 * Sexualised abuse of women politicians told in innuendo rather than in sexual words: "Lovely legs on
 * the Minister today 😏", "Imagine getting Fiona McAllister in a hotel room after a long day of votes",
 * "Would pay to watch her deliver the Budget in her lingerie". Kinds of cue:
 *  - SEX: sex told plainly enough to stand alone ("in the sack", "one night with me", "slept her way",
 *    "with that mouth", "a proper goer", "no doesn't always mean no", 🍆);
 *  - BED: a bed or an invitation ("hotel room", "with the lights off", "dms open", "back to mine");
 *  - UNDRESS: the person undressed ("in her lingerie", "no bra", "bikini", "the rest of her");
 *  - BODY: a part of her body with whose it is or how it looks ("her legs", "those lips", "that arse");
 *  - LEER: looking or rating ("staring at", "distracting", "pay to watch", "a looker", 🍒 🍑 🤤);
 *  - EMOJI: an emoji that means sex (💦 👅);
 *  - WINK: a suggestive emoji (😏 😉 😘 👀).
 * Sexualised on sex told plainly; when a bed, undressing, a leer or a sexual emoji meets any other
 * kind ("💦" alone may be sweat, "lights off" alone an energy bill); when a part of the body meets a
 * wink. Only in a post about someone named or spoken to ("she" alone is as often a story or a film),
 * never about health, sex education or a court case, nor the writer's own body, nor a spanking that is
 * "new" or "at the polls". Condemnation and quotation are judged by the guards as for every rule
 * ("'she'd get it', comments about her body… are vile").
 */
// Bits 11-17; the incitement cues use 0-7, self-harm 8-10, misogyny 19-23 (one scan: rules/abuseCues.ts).
const BED = 1 << 11;
const UNDRESS = 1 << 12;
const BODY = 1 << 13;
const LEER = 1 << 14;
const EMOJI = 1 << 15;
const WINK = 1 << 16;
const SEX = 1 << 17;
const KIND_NAMES = new Map<number, string>([
  [BED, 'bed'],
  [UNDRESS, 'undressed'],
  [BODY, 'body'],
  [LEER, 'leer'],
  [EMOJI, 'emoji'],
  [WINK, 'wink'],
  [SEX, 'sex-act'],
]);
/** Every sexual cue kind. */
export const SEXUAL_KINDS = SEX | BED | UNDRESS | BODY | LEER | EMOJI | WINK;
/** Kinds that open the scan (W_ABUSE_CUE, rules/abuseCues.ts); body parts are read once it is open. */
export const SEXUAL_OPENING = SEX | BED | UNDRESS | LEER | EMOJI | WINK;

/** Parts of the body that a leer names. */
const PARTS = [
  'legs',
  'chest',
  'boobs',
  'lips',
  'mouth',
  'bum',
  'arse',
  'body',
  'cleavage',
  'curves',
  'thighs',
  'rack',
];

/** The phrases of each kind. */
export const SEXUAL_PHRASES: [number, string[]][] = [
  [
    SEX,
    [
      'in the sack',
      'a spanking',
      'good spanking',
      'spank her',
      'spanking her',
      'slept her way',
      'sleep her way',
      'sleeping her way',
      'slept his way',
      'slept with half',
      'a goer',
      'gagging',
      'mouth full',
      'moaning my name',
      'one night with me',
      'night with me',
      'thank me properly',
      'wrapped round me',
      'wrapped around me',
      'with that mouth',
      'kind of mouth',
      'get it up',
      'doesnt always mean',
      'doesnt mean no',
      'proper goer',
      'rogering',
      'seeing to',
      'ruin her',
      'paid in kind',
      'wildest in bed',
      'says no but means',
      'no isnt an option',
      'would get it',
      'give her a go',
      'finest pair',
      'better uses for it',
      'sit on my face',
      'back to mine',
      'round to mine',
      '🍆',
    ],
  ],
  [
    BED,
    [
      // Blind63 (2026-12-06, studied): in bed with the writer, on the writer's lap, alone together.
      'in bed',
      'sit on it',
      'sit on my',
      'sitting on my',
      'just you me and',
      'just you and me',
      'a night with me',
      'hotel room',
      'got laid',
      'get laid',
      'stripper',
      'onlyfans',
      'bedroom',
      'by the bed',
      'in private',
      'privately',
      'all night',
      'dress code',
      'at mine',
      'swimwear',
      'in nothing but',
      'nothing but your',
      'take you away',
      'dream about you',
      'thinking about her',
      'phone background',
      'late at night',
      'late sittings',
      'a calendar',
      'gym selfies',
      'beach ones',
      'hands on',
      'casting couch',
      'dick pic',
      'dick pics',
      'lights off',
      'on my sofa',
      'my bedroom',
      'her bedroom',
      'into bed',
      'to bed with',
      'on her back',
      'on your back',
      'keep her up at night',
      'up for it',
      'handcuffs',
      'whip me',
      'private briefing',
      'keep happy',
      'keep them happy',
      'late nights',
      'making a baby',
      'still would',
      'things id do',
      'what id do to',
      'id do to her',
      'give her something',
      'dms open',
      'come find me',
      'my door is open',
      'getting on top',
      'good time girl',
      'favours',
    ],
  ],
  [
    UNDRESS,
    [
      'lingerie',
      'underwear',
      'knickers',
      'no bra',
      'a bra',
      'wearing a bra',
      'bikini',
      'naked',
      'nude',
      'nudes',
      'topless',
      'french maid',
      'up her skirt',
      'the rest of her',
      'one more button',
      'top button',
      'without the suit',
    ],
  ],
  [
    BODY,
    [
      // A part of her body, with whose it is or how it looks: "her legs", "those lips", "lovely legs";
      // not "a public body", "figure it out", "works her mouth" alone.
      ...['her', 'your', 'ur', 'those', 'them', 'that', 'nice', 'lovely', 'great'].flatMap((owner) =>
        PARTS.map((part) => `${owner} ${part}`),
      ),
      ...PARTS.flatMap((part) => [`${part} like that`, `${part} like those`]),
      'the body of',
      'better bum',
      'that arse',
      'good legs',
      'the chest',
      'pretty mouth',
      'pencil skirt',
      'blouse',
      'bending down',
      'bending over',
      'uncrossing',
    ],
  ],
  [
    LEER,
    [
      'stare at',
      'staring at',
      'distracting',
      'picturing',
      'imagine getting',
      'zoomed',
      'would pay to watch',
      'pay to watch',
      'pay to see',
      'nicer to see',
      'photoshopped',
      'age rating',
      'a looker',
      'proper fit',
      'fit as',
      'very attractive',
      'find you attractive',
      'lovelier',
      'filthy',
      'couldnt hear a word',
      'no idea what she said',
      'paused',
      'watch her walk',
      'those jeans',
      'red dress',
      'lipstick',
      'headmistress',
      'librarian',
      'would vote again',
      '1 10',
      'totty',
      'phwoar',
      'fitter',
      'sexy',
      'come find me babe',
    ],
  ],
  [EMOJI, ['💦', '👅']],
  [LEER, ['🤤', '🍒', '🩲', '👙', '🍑', '🥵', '😩', '🍈']],
  // Blind63 (2026-12-06, studied): a rating, a zoomed photo, a wish said plainly.
  [
    LEER,
    [
      'cant stop looking',
      'zoom in',
      'zoom on',
      'bag over her head',
      'her insta',
      'edited pics',
      'photoshopped her',
      'bigger rack',
      'grinding on',
    ],
  ],
  [
    SEX,
    [
      'still would',
      'would bang',
      'would absolutely bang',
      'absolutely bang',
      'would smash',
      'id ruin her',
      'would ruin her',
      'opening is her legs',
      'open her legs',
      'opening her legs',
      'her on page 3',
      'page 3 girl',
    ],
  ],
  [WINK, ['😏', '😉', '😘', '👀', '😈']],
  // A wink said in words, and an invitation "any time" to the writer ("can filibuster me any time").
  [
    WINK,
    ['if you know what i mean', 'if you catch my drift', 'wink wink', 'nudge nudge', 'and i mean anything'],
  ],
  [
    BED,
    [
      'me any time',
      'me anytime',
      'me any day',
      'any time she likes',
      'anytime she likes',
      'any time she wants',
      'anytime she wants',
    ],
  ],
];

/** Health, sex education and dress codes: "breast cancer screening", "her chest infection". */
const NOT_ABOUT_SEX = new Set([
  // OnlyFans as a policy subject: "age verification", "Ofcom's new rules".
  'verification',
  'regulation',
  'ofcom',
  'cancer',
  'screening',
  'infection',
  'breastfeeding',
  'clinic',
  'clinics',
  'contraception',
  'education',
  'menopause',
  'period',
  'periods',
  'maternity',
  'pregnancy',
  'injury',
  'injured',
  'broken',
]);

/** Whether the kinds found make the post sexualised (see the comment at the top). */
function sexualised(kinds: number): boolean {
  if ((kinds & SEX) !== 0) return true;
  const others = (k: number) => (kinds & SEXUAL_KINDS & ~k) !== 0;
  if ((kinds & EMOJI) !== 0 && others(EMOJI)) return true;
  if ((kinds & LEER) !== 0 && others(LEER)) return true;
  if ((kinds & BED) !== 0 && others(BED)) return true;
  if ((kinds & UNDRESS) !== 0 && others(UNDRESS)) return true;
  return (kinds & BODY) !== 0 && (kinds & (LEER | WINK)) !== 0;
}

/** "a spanking new clinic", "took a spanking at the polls": not sex. */
const NOT_SPANKING_AFTER = new Set(['new', 'at', 'in', 'from']);
/** The writer's own body ("my boobs look younger than the rest of me") is not a leer at someone's. */
const OWN = new Set(['my', 'our']);

/** A cue in its everyday sense is not one. */
/** Before "in bed", someone ill ("stuck in bed with flu"); after it, a political alliance ("in bed with the unions"). */
const ILL = new Set(['stuck', 'ill', 'sick', 'stayed', 'stay', 'staying', 'still', 'poorly']);

export function sexualCueAccepted(ctx: Context, kind: number, from: number, to: number): boolean {
  const { keys } = ctx.tok;
  if (kind === BED && keys[from] === 'in' && keys[from + 1] === 'bed')
    return keys[to] !== 'with' && !ILL.has(keys[from - 1] ?? '');
  if (kind === BODY || kind === UNDRESS) return !OWN.has(keys[from - 1] ?? '');
  return kind !== SEX || keys[to - 1] !== 'spanking' || !NOT_SPANKING_AFTER.has(keys[to] ?? '');
}

/** Two different kinds of cue, not one kind found twice. */
function twoKinds(kinds: number): boolean {
  const k = kinds & SEXUAL_KINDS;
  return (k & (k - 1)) !== 0;
}

/** Plain sex with "her" in the phrase itself: "I'd ruin her", "opening her legs". */
function sexSaidOfHer(ctx: Context, found: Found[]): boolean {
  const keys = ctx.tok.keys;
  for (const [kind, from, to] of found) {
    if (kind !== SEX) continue;
    for (let k = from; k < to; k++) if (keys[k] === 'her') return true;
  }
  return false;
}

/** Sexualised abuse, from the cues found in the post (rules/abuseCues.ts scans for them). */
export function sexualFromCues(ctx: Context, kinds: number, found: Found[], hits: RuleHit[]): void {
  if ((kinds & SEXUAL_OPENING) === 0 || !sexualised(kinds)) return;
  const { count } = ctx.tok;
  // A name or someone spoken to; or "she" / "her" with two kinds of cue, or plain sex said of her
  // ("I'd ruin her"). One cue beside "she" is as often a story or a film.
  if (!aimedAtSomeone(ctx) && !sexSaidOfHer(ctx, found) && !(twoKinds(kinds) && aboutHer(ctx))) return;
  if (windowHas(ctx, NOT_ABOUT_SEX, 0, count) || reportsACase(ctx)) return;
  pushCues(found, KIND_NAMES, 'sexualised', 'sexualised', hits);
}
