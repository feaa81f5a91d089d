import type { Context } from '../context';
import { wordList } from '../wordLists';
import { sentenceEnd } from '../guards';
import { windowHas } from '../tokenWindow';
import { aimedAtSomeone, capitalised, possessiveS } from './cueScan';
import { ruleHit, type RuleHit } from './hit';
import { W_FAMILY, W_PRIVATE_LIFE } from '../wordFlags';

/**
 * Intimidation by showing what the writer knows: "Your wee boy gets picked up fae Braeside Primary
 * at 3.15 by his gran. Just sayin", "Platform 4, Reading, 07.12 to Paddington. Grey coat, brown
 * satchel", "Your mother's at Willowbank now isn't she, room 12 on the ground floor". No threat word
 * is said; the menace is the precision. Neighbours say the same kinds of thing warmly ("your lad was
 * brilliant in the school play!", "saw you on the 18.42 reading committee papers, get some rest 😊").
 *
 * Four kinds of cue, in a post that names or speaks to someone:
 *  - their private life after "your" ("your daughter", "your car", "your mum's room");
 *  - a precise detail (a clock time, a room, seat, platform or house number, a colour on a coat, a
 *    car or a door);
 *  - a routine ("every morning", "same table", "without fail", "bit of a pattern");
 *  - a knowing hint ("just saying", "small world", "on her own", "dark", "quiet", a question tag
 *    ending the sentence: "isn't it?", "don't you?").
 * It fires on their private life and one more kind, or on three kinds; never in a post with warmth,
 * advice, organising or a charge (thanks, "well done", "good luck", "!", "safety tip", "banners",
 * "voted", "expenses") or two or more policy words. Each cue is its own evidence
 * (`threat:watch-<kind>`), so the Review screen names every one. Written from blind53
 * (tests/fixtures/classify/README.md).
 */

const PRIVATE = 1;
const PRECISE = 2;
const ROUTINE = 4;
const HINT = 8;
const NAMES = new Map([
  [PRIVATE, 'private-life'],
  [PRECISE, 'precise-detail'],
  [ROUTINE, 'routine'],
  [HINT, 'knowing-hint'],
]);

const YOUR = new Set(['your', 'ur', 'yer', 'yor', 'ye', 'yr']);
/** Their people, animals, home and things, after "your". */
const PRIVATE_NOUNS = new Set([
  'daughter',
  'daughters',
  'son',
  'sons',
  'boy',
  'boys',
  'girl',
  'girls',
  'lad',
  'lass',
  'kids',
  'kid',
  'children',
  'youngest',
  'eldest',
  'twins',
  'little',
  'wee',
  'bairns',
  'weans',
  'wife',
  'husband',
  'hubby',
  'missus',
  'partner',
  'mum',
  'mam',
  'mams',
  'mums',
  'mother',
  'mothers',
  'dad',
  'da',
  'father',
  'gran',
  'grandad',
  'nan',
  'sister',
  'brother',
  'family',
  'dog',
  'dug',
  'cat',
  'horse',
  'spaniel',
  'house',
  'home',
  'flat',
  'cottage',
  'caravan',
  'garden',
  'porch',
  'door',
  'drive',
  'driveway',
  'garage',
  'hedge',
  'curtains',
  'bins',
  'allotment',
  'car',
  'van',
  'motor',
  'front',
  'back',
  'kitchen',
  'bedroom',
  'staff',
  'caseworker',
  'staffer',
]);
/** A routine: "every morning", "always", "same table", "without fail", "of an evening". */
const ROUTINE_WORDS = new Set(['habit', 'habits', 'pattern']);
const EVERY_AFTER = new Set([
  'day',
  'morning',
  'mornings',
  'night',
  'nights',
  'evening',
  'afternoon',
  'week',
  'weekday',
  'season',
  'home',
  'tuesday',
  'monday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
const SAME_AFTER = new Set(['time', 'table', 'one', 'way', 'seat', 'route', 'spot', 'as']);
/** A knowing hint, told to them. */
const HINT_PAIRS = new Map<string, Set<string>>([
  ['just', new Set(['saying', 'sayin'])],
  ['small', new Set(['world'])],
  ['never', new Set(['noticed'])],
  ['still', new Set(['there'])],
  ['own', new Set(['like'])],
  ['see', new Set(['you'])],
  ['be', new Set(['careful'])],
  ['ill', new Set(['remember'])],
]);
const HINT_WORDS = new Set(['interesting', 'cosy', 'handy', 'noted', 'quiet', 'lonely', 'isolated']);
/** "Dark that ginnel", "gets dark round there": dark as a place at night, not "dark ways". */
const DARK_BEFORE = new Set(['gets', 'get', 'getting', 'is', 'its', 'awful', 'very', 'pitch', 'proper']);
/** Question tags after a detail: "isn't it", "don't you", "dunt she", "int it". */
const TAG_FIRST = new Set([
  'isnt',
  'dont',
  'doesnt',
  'dunt',
  'arent',
  'hasnt',
  'wasnt',
  'int',
  'aint',
  'didnt',
]);
const TAG_SECOND = new Set(['it', 'you', 'ye', 'she', 'he', 'they', 'her', 'him']);
const COLOURS = new Set([
  'red',
  'blue',
  'green',
  'white',
  'silver',
  'grey',
  'gray',
  'pink',
  'purple',
  'black',
  'yellow',
  'brown',
  'orange',
]);
/** Things a colour pins down: "the red coat", "a silver Fiesta", "the blue shed". */
const WORN = new Set([
  'coat',
  'jacket',
  'door',
  'car',
  'fiesta',
  'polo',
  'volvo',
  'jag',
  'range',
  'audi',
  'bmw',
  'mat',
  'ball',
  'blazer',
  'cardigan',
  'trainers',
  'shoes',
  'shed',
  'balcony',
  'bike',
  'van',
  'dressing',
  'satchel',
  'hat',
  'scarf',
  'uniform',
  'kit',
  'jumper',
  'curtains',
  'gate',
  'fence',
  'hoodie',
  'backpack',
  'bag',
  'lead',
  'collar',
  'helmet',
  'one',
  'ones',
]);
const NUMBERED = new Set([
  'room',
  'seat',
  'row',
  'block',
  'pitch',
  'platform',
  'plot',
  'number',
  'no',
  'flat',
  'bay',
  'level',
  'carriage',
]);
/** Warmth, advice and criticism: the same details told kindly, as a warning to candidates, or as a charge. */
const WARM = new Set([
  'thanks',
  'thank',
  'ta',
  'cheers',
  'congrats',
  'congratulations',
  'brilliant',
  'proud',
  'well',
  'luck',
  'sorry',
  'advice',
  'tip',
  'safety',
  'reminder',
  'psa',
  'welcome',
  'treasure',
  'legend',
  'legends',
  'respect',
  'hero',
  // organising: "everyone to the square Saturday 12pm, bring your nan"
  'banners',
  'rally',
  'march',
  'protest',
  'placards',
  'petition',
  'meeting',
  'join',
  // a charge: "banned parking for everyone else but your silver Jag sits there every day"
  'voted',
  'votes',
  'banned',
  'claimed',
  'claims',
  'expenses',
  'hypocrite',
  'hypocrisy',
  'taxpayer',
]);

/** A clock time: "7.40", "3.15", "07.12", "8pm", "6.50am", "half six". */
/** Words before a time of day written with a colon ("at 18:42"); "Luke 2:32" is a verse. */
const BEFORE_TIME = new Set([
  'at',
  'till',
  'until',
  'from',
  'by',
  'around',
  'about',
  'before',
  'after',
  'the',
]);

/** Whether a key starts with an ASCII digit ("6am", "9"). */
function startsWithDigit(w: string): boolean {
  const c0 = w.charCodeAt(0);
  return c0 >= 48 && c0 <= 57;
}

/** A clock time: "7.40", "3.15", "07.12", "8pm", "6.50am", "at 18:42", "half six". */
function clockAt(ctx: Context, k: number): boolean {
  const { keys, start, end } = ctx.tok;
  const w = keys[k] ?? '';
  if (/^\d{1,2}(am|pm)$/.test(w) || /^\d{1,2}\d\d(am|pm)$/.test(w)) return true;
  // Two numbers joined by a point ("7.40") or, after "at" and the like, a colon (not "#5 35", "2:32").
  if (/^\d{1,2}$/.test(w) && /^\d\d(am|pm)?$/.test(keys[k + 1] ?? '')) {
    const gap = end[k] ?? 0;
    if ((start[k + 1] ?? 0) !== gap + 1) return false;
    const c = ctx.norm.text.charCodeAt(gap);
    return (
      c === 46 || (c === 58 && (BEFORE_TIME.has(keys[k - 1] ?? '') || /(am|pm)$/.test(keys[k + 1] ?? '')))
    );
  }
  return (
    w === 'half' &&
    /^(six|seven|eight|nine|ten|five|four|three|two|one|eleven|twelve)$/.test(keys[k + 1] ?? '')
  );
}

/**
 * Their people and things: "your daughter", "your wife's book club" (one token, "wifes"), or a name
 * ("your Carl", "your Isla": family, in many British dialects).
 */
function privateAt(ctx: Context, t: number, nameHere: boolean): boolean {
  const w = ctx.tok.keys[t] ?? '';
  if (PRIVATE_NOUNS.has(w)) return true;
  if (possessiveS(ctx, t) && PRIVATE_NOUNS.has(w.slice(0, -1))) return true;
  return nameHere && capitalised(ctx, t) && ctx.person[t] === 1;
}

/** Every word that can start a cue: most posts have none and leave after one pass of set lookups. */
const OPENERS = wordList([
  ...YOUR,
  ...ROUTINE_WORDS,
  ...HINT_PAIRS.keys(),
  ...HINT_WORDS,
  'dark',
  ...TAG_FIRST,
  ...COLOURS,
  ...NUMBERED,
  'every',
  'same',
  'without',
  'most',
  'on',
  'half',
]);

// Scratch spans of the first cue of each kind (one post at a time).
const spanFrom = new Int32Array(16);
const spanTo = new Int32Array(16);

export function surveillanceRules(ctx: Context, hits: RuleHit[], political: number): void {
  const { keys, count } = ctx.tok;
  const digits = ctx.digits.digits > 0;
  // Word-table flags: a post with no family, home or routine word and no digit has no private life
  // to show and no precise detail (about three OLID tweets in four leave here).
  if (political >= 2 || (!digits && (ctx.tok.flags & (W_FAMILY | W_PRIVATE_LIFE)) === 0)) return;
  let kinds = 0;
  const note = (kind: number, from: number, to: number): void => {
    if ((kinds & kind) !== 0) return;
    kinds |= kind;
    spanFrom[kind] = from;
    spanTo[kind] = to;
  };
  for (let k = 0; k < count; k++) {
    const w = keys[k] ?? '';
    // (The key's first char only in a post with a digit: keys come in several kinds of string, so
    // each call on one is a lookup through the runtime.)
    if (digits && startsWithDigit(w)) {
      if (clockAt(ctx, k)) note(PRECISE, k, k + 1);
      continue;
    }
    if (!ctx.tokenIn(k, OPENERS)) continue;

    const next = keys[k + 1] ?? '';
    if (YOUR.has(w) && (privateAt(ctx, k + 1, true) || privateAt(ctx, k + 2, false))) note(PRIVATE, k, k + 2);
    if (w === 'half' && clockAt(ctx, k)) note(PRECISE, k, k + 2);
    if (NUMBERED.has(w) && /^(\d+|[a-z])$/.test(next) && next !== 'a' && next !== 'i')
      note(PRECISE, k, k + 2);
    // "red coat", "blue Fiesta": a colour on something they wear or own (not "white family", "the Red Lion").
    if (
      COLOURS.has(w) &&
      WORN.has(next) &&
      !YOUR.has(keys[k - 1] ?? '') &&
      !(capitalised(ctx, k) && capitalised(ctx, k + 1))
    )
      note(PRECISE, k, k + 2);
    if (ROUTINE_WORDS.has(w)) note(ROUTINE, k, k + 1);
    if ((w === 'every' || w === 'most') && EVERY_AFTER.has(next)) note(ROUTINE, k, k + 2);
    if (w === 'same' && SAME_AFTER.has(next)) note(ROUTINE, k, k + 2);
    if (w === 'without' && next === 'fail') note(ROUTINE, k, k + 2);
    if (HINT_WORDS.has(w)) note(HINT, k, k + 1);
    if (
      w === 'dark' &&
      (DARK_BEFORE.has(keys[k - 1] ?? '') || sentenceEnd(ctx, k) === k + 1 || next === 'that')
    )
      note(HINT, k, k + 1);
    // ("nice to see you", "good to see you" greet; "see you around" closes)
    if (HINT_PAIRS.get(w)?.has(next) && keys[k - 1] !== 'to') note(HINT, k, k + 2);
    if (w === 'on' && keys[k + 2] === 'own' && (next === 'her' || next === 'his' || next === 'their'))
      note(HINT, k, k + 3);
    // A question tag ending its sentence.
    if (TAG_FIRST.has(w) && TAG_SECOND.has(next) && sentenceEnd(ctx, k) <= k + 2) note(HINT, k, k + 2);
  }
  let n = 0;
  for (let b = kinds; b !== 0; b &= b - 1) n++;
  // Their private life and one more kind, or three kinds.
  if (n < 3 && !((kinds & PRIVATE) !== 0 && n === 2)) return;
  const { gratitude } = ctx.lex.sets;
  if (windowHas(ctx, WARM, 0, count) || windowHas(ctx, gratitude, 0, count) || ctx.original.includes('!'))
    return;
  if (!aimedAtSomeone(ctx)) return;
  for (const [kind, name] of NAMES)
    if ((kinds & kind) !== 0)
      hits.push(ruleHit('threat', 0.4, spanFrom[kind]!, spanTo[kind]!, `threat:watch-${name}`));
}
