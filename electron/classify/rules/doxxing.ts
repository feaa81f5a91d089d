import type { Context } from '../context';
import { wordList } from '../wordLists';
import { detectPersonalInfo as detectPersonalInfo_IMPORT, type Detected } from '../doxxing';
import {
  W_FAMILY as W_FAMILY_IMPORT,
  W_PRIVATE_LIFE as W_PRIVATE_LIFE_IMPORT,
  W_STREET as W_STREET_IMPORT,
} from '../wordFlags';
import { sentenceEnd as sentenceEnd_IMPORT, sentenceStart as sentenceStart_IMPORT } from '../guards';
import { hourMinuteAt as hourMinuteAt_IMPORT, windowHas as windowHas_IMPORT } from '../tokenWindow';
import { possessiveS as possessiveS_IMPORT } from './cueScan';
import {
  doxxingCueRules as doxxingCueRules_IMPORT,
  talkAboutExposure as talkAboutExposure_IMPORT,
  mournedBefore,
} from './doxxingCues';
import type { RuleHit } from './hit';
import { sendersDetails } from './sendersDetails';
import { WEEKDAYS } from './menace';
import { journeyRules as journeyRules_IMPORT } from './journey';
import { whereaboutsRules as whereaboutsRules_IMPORT } from './whereabouts';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const detectPersonalInfo = detectPersonalInfo_IMPORT;
const windowHas = windowHas_IMPORT;
const hourMinuteAt = hourMinuteAt_IMPORT;
const W_FAMILY = W_FAMILY_IMPORT;
const W_STREET = W_STREET_IMPORT;
const W_PRIVATE_LIFE = W_PRIVATE_LIFE_IMPORT;
const talkAboutExposure = talkAboutExposure_IMPORT;
const doxxingCueRules = doxxingCueRules_IMPORT;
const whereaboutsRules = whereaboutsRules_IMPORT;
const journeyRules = journeyRules_IMPORT;
const possessiveS = possessiveS_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const sentenceEnd = sentenceEnd_IMPORT;

/**
 * Doxxing: personal details found by the detectors, weighed against context. MPs publish their
 * constituency office, surgery times, the Commons switchboard (020 7219 …) and parliament.uk e-mail,
 * so those are public information; a mobile number, a home address or "her kids go to …" are not.
 */
const SCORES: Record<Detected['kind'], number> = {
  mobile: 0.85,
  landline: 0.6,
  'parliament-phone': 0,
  freephone: 0,
  postcode: 0.6,
  'street-address': 0.65,
  'street-name': 0.3,
  email: 0.45,
  'parliament-email': 0,
};

const PRIVATE_WORDS = new Set(['private', 'personal', 'actual', 'home', 'own', 'secret']);

/** A word of `set` starting between `from` and `to` (offsets in the original text). */
function wordNear(ctx: Context, set: Set<string>, from: number, to: number, unnegated = false): boolean {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    const a = ctx.norm.srcStart[ctx.tok.start[t] ?? 0] ?? 0;
    if (a >= from && a <= to && set.has(keys[t] ?? '') && !(unnegated && negatedBefore(ctx, t))) return true;
  }
  return false;
}

/**
 * A negator in the four words before token t: "her home address isn't on the council website but it's
 * 7 Cobbler's Row" denies that the address is the public one.
 */
function negatedBefore(ctx: Context, t: number): boolean {
  const negators = ctx.lex.sets.negators;
  for (let k = Math.max(0, t - 4); k < t; k++) if (negators.has(ctx.tok.keys[k] ?? '')) return true;
  return false;
}

/** Postcodes of public buildings: the Houses of Parliament, the House of Lords, Downing Street. */
const PUBLIC_POSTCODES = new Set(['SW1A0AA', 'SW1A0PW', 'SW1A2AA', 'SW1A2AB']);
/** Streets of government buildings and official residences: "10 Downing Street" is no one's secret. */
const PUBLIC_STREETS =
  /\b(downing street|whitehall|millbank|parliament square|great george street|king charles street|marsham street|horse guards road|charlotte square)\b/i;
/** The writer giving their own number: "my number's …", "call me on …", "text me". */
const OWN_NUMBER =
  /\b(my (mobile|phone|number|no)|(call|ring|text|phone|reach|contact|whatsapp) me)\b[^.!?\n]{0,20}$/i;
/** A notice's "please ring 07700 900555 if seen": the number asked to be rung is the writer's. */
// ("book online or ring 01632 960200": a service's number, offered beside its website.)
const NOTICE_NUMBER = /\b(please|online or) (call|ring|text|phone|contact)( us)?( on)?\s*$/i;
/** "LOST: grey cat … ring 07700 900552 any time": a lost-and-found notice, whose number is its own. */
// (A pet or a thing lost, named in the first words: "Found his personal number: 07…" is no notice.)
const LOST_NOTICE =
  /^\W*(lost|missing|found)\b[^.!?\n]{0,40}\b(cat|dog|kitten|puppy|terrier|spaniel|labrador|collie|tortoise|parrot|budgie|rabbit|ferret|keys|wallet|purse)\b/i;

const HOME_WORDS = new Set([
  'home',
  'lives',
  'live',
  'living',
  'house',
  'flat',
  'address',
  'kids',
  'children',
  'school',
  'daughter',
  'son',
  'wife',
  'husband',
  'family',
  'personal',
  'private',
  'mobile',
  'parents',
  'mum',
]);

/** What "mobile" may describe other than a phone: a service that travels. */
const MOBILE_SERVICES = new Set([
  'surgery',
  'surgeries',
  'office',
  'library',
  'van',
  'unit',
  'clinic',
  'advice',
]);

export const FAMILY = wordList([
  'lad',
  'nanny',
  'baby',
  'kids',
  'children',
  'child',
  'son',
  'sons',
  'daughter',
  'daughters',
  'wife',
  'husband',
  'partner',
  'grandkids',
  'family',
  'mum',
  'dad',
]);
/**
 * Family words that wake the doxxing cue scan (W_FAMILY; rules/doxxingCues.ts): the above and
 * relatives a disclosure sends people to ("his missus works at the Boots on Kirkgate", "his brother
 * runs the garage on Leeds Rd"), which the family-routine rule does not read.
 */
export const FAMILY_WORDS = new Set([...FAMILY, 'missus', 'sister', 'brother', 'mam']);
const ROUTINE = new Set([
  'school',
  'nursery',
  'college',
  'primary',
  'grammar',
  'academy',
  'goes',
  'go',
  'attends',
  'attend',
  'works',
  'drops',
  'picks',
  'gym',
  'bus',
  'train',
  'leaves',
  'walks',
  'gets',
  'catches',
  'plays',
  'club',
  'pick',
  'pickup',
  'care',
  'visits',
  'takes',
  'drop',
  'dropoff',
  'runs',
  'does',
  'finishes',
  'starts',
  'lives',
  'training',
  'visiting',
  'room',
  'halls',
]);

/** Weekdays and their plurals ("Sundays"): a routine's day. */
export const DAYS = wordList(WEEKDAYS);

/** Possessives naming someone else's family. */
const OTHERS = new Set(['his', 'her', 'their', 'your', 'ur', 'yer', '@user']);

/** A sum of money, not a time or a house number: "£3k", "3k a year", "$500", "2bn". */
function moneyAt(ctx: Context, k: number): boolean {
  const key = ctx.tok.keys[k] ?? '';
  if (key.endsWith('k') || key.endsWith('bn')) return true;
  const s = ctx.norm.srcStart[ctx.tok.start[k] ?? 0] ?? 0;
  const before = ctx.original.charCodeAt(s - 1);
  return before === 163 || before === 36 || before === 8364;
}

/** "Nair's kids go to St Mary's", "drops his son at Oakfield school at 8": family plus a where or when. */
function familyRoutine(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    if (!ctx.tokenIn(t, FAMILY)) continue;
    // Someone else's family: "her kids", "his son", "Nair's kids". Not "our daughter" (the writer's
    // own) or "school children" in general.
    // The owner right before, or before one adjective ("Trevethan's elderly mum"), never "our".
    const owner = (k: number) =>
      k >= 0 && (OTHERS.has(keys[k] ?? '') || ctx.person[k] === 1 || possessiveS(ctx, k));
    // Two back only for a possessive ("Trevethan's elderly mum"), not a title's capitals.
    const ownerTwoBack =
      t >= 2 &&
      (OTHERS.has(keys[t - 2] ?? '') || possessiveS(ctx, t - 2)) &&
      !ctx.tokenIn(t - 1, FAMILY) &&
      keys[t - 1] !== 'our';
    if (!owner(t - 1) && !ownerTwoBack) continue;
    // A quoted reply ("'Hope your family gets bombed'. 'Go back to…'") is reported, not a disclosure.
    if (ctx.quoted[t] === 1) continue;
    // "a memorial service for Daniel's mum on Sunday": a public ceremony for one who has died.
    if (mournedBefore(keys, t)) continue;
    let routine = -1;
    let specific = -1;
    for (let k = Math.max(0, t - 3); k < Math.min(count, t + 7); k++) {
      if (ROUTINE.has(keys[k] ?? '')) routine = k;
      const raw = keys[k] ?? '';
      if (
        k > t &&
        (ctx.person[k] === 1 ||
          DAYS.has(raw) ||
          (raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57 && !moneyAt(ctx, k)))
      )
        specific = k;
    }
    if (routine < 0 || specific < 0) continue;
    hits.push({
      category: 'doxxing',
      score: 0.75,
      tokStart: Math.min(t, routine),
      tokEnd: Math.max(routine, specific) + 1,
      rule: 'doxxing:family-routine',
    });
    return;
  }
}

/** Someone's home: "Duncan's house", "her new flat", "his gaff". */
const RESIDENCE = wordList([
  'house',
  'home',
  'flat',
  'cottage',
  'gaff',
  'bungalow',
  'apartment',
  'farmhouse',
  'mansion',
  'extension',
  'pad',
  'digs',
  'hoose',
  'yard',
]);
/** After "the one" / "the white yin": where a visitor would find it ("the one above the dry cleaners"). */
const WHICH_ONE = new Set(['above', 'behind', 'next', 'opposite', 'beside']);

/**
 * Which door it is: "the one above the dry cleaners", or a house number ("number 9") or "the end of"
 * with a street named nearby ("Cobden Terrace number 9", "the farmhouse at the end of Mill Lane").
 * Not "number one on my list", "the end of a long career".
 */
function pinned(ctx: Context, t: number): boolean {
  const keys = ctx.tok.keys;
  const k = keys[t] ?? '';
  const next = keys[t + 1] ?? '';
  // (Scots "the wan above the chippy". Not "the one with the…": "her house is the one with the best
  // garden in the village" is praise.)
  if (
    (k === 'one' || k === 'yin' || k === 'wan') &&
    (keys[t - 1] === 'the' || keys[t - 2] === 'the') &&
    WHICH_ONE.has(next)
  )
    return true;
  const c0 = next.charCodeAt(0);
  const numbered = (k === 'number' || k === 'no') && c0 >= 48 && c0 <= 57 && next.length <= 4;
  const endOf = k === 'end' && (next === 'of' || next === 'o') && keys[t - 1] === 'the';
  if (!numbered && !endOf) return false;
  // ("end" is itself a street suffix, as in "Mile End".)
  for (let j = Math.max(0, t - 4); j <= t + 5 && j < ctx.tok.count; j++)
    if (j !== t && (ctx.flagsAt(j) & W_STREET) !== 0) return true;
  return false;
}
/** What someone casing a house notes: "no gate, back door faces the woods, pics in thread". */
const HOME_DETAILS = wordList([
  'gate',
  'gates',
  'cameras',
  'camera',
  'cctv',
  'alarm',
  'fence',
  'door',
  'doors',
  'bins',
  'drive',
  'driveway',
  'garden',
  'window',
  'windows',
  'photo',
  'photos',
  'pics',
  'pic',
  'snaps',
  'screenshot',
  'render',
  'shutters',
  'mat',
  'plaque',
]);
const VEHICLE = wordList([
  'car',
  'motor',
  'van',
  'vehicle',
  'reg',
  'plate',
  'plates',
  'registration',
  'drives',
]);
/** Private places and pastimes, as opposed to a surgery or an office. */
const PASTIMES = wordList([
  'gym',
  'pilates',
  'yoga',
  'swimming',
  'swim',
  'swims',
  'jogs',
  'cycles',
  'leisure',
  'tesco',
  'sainsburys',
  'asda',
  'aldi',
  'lidl',
  'waitrose',
  'shop',
  'jog',
  'jogging',
  'runs',
  'walks',
  'pub',
  'church',
  'mosque',
  'synagogue',
  'salon',
  'hairdresser',
]);
/** A weekday, by name, plural or short form ("Mondays", "Mon/Wed"), or a part of the day. */
const WHEN = wordList([
  ...DAYS,
  'mon',
  'tue',
  'wed',
  'thu',
  'thurs',
  'fri',
  'sat',
  'sun',
  'morning',
  'mornings',
  'evening',
  'evenings',
  'night',
  'nights',
  'am',
  'pm',
  'daily',
  'weekly',
  'usually',
  'always',
  'between',
]);
/** How far apart (in words) a routine's place and time may be. */
const ROUTINE_SPAN = 10;
/**
 * Words that wake the private-life rules (W_PRIVATE_LIFE): the sets above, and places someone keeps
 * or frequents that only the cue rule reads ("keeps his boat at Kingsway Marina", rules/doxxingCues.ts).
 */
export const PRIVATE_LIFE_TRIGGERS = new Set([
  ...RESIDENCE,
  ...VEHICLE,
  ...PASTIMES,
  'lives',
  'moved',
  'cottages',
  'boat',
  'marina',
  'berth',
  'allotments',
  'allotment',
  'airbnb',
  'narrowboat',
  'moored',
  'maisonette',
  'annexe',
  // Where someone lives, asked after (rules/whereabouts.ts).
  'live',
  'stays',
  'bides',
]);
const THIRD = wordList(['his', 'her', 'their', 'your', 'ur', 'yer', 'he', 'she', 'hes', 'shes']);

/** Token t is someone's: "her", "Duncan's", "Kerry" right before it, or two tokens before ("her new flat"). */
function someones(ctx: Context, t: number): boolean {
  // Within the sentence: "Can't thank @Cllr enough. Flat flooded from the one above" is the writer's flat.
  for (let k = t - 1; k >= Math.max(0, t - 2, sentenceStart(ctx, t)); k--) {
    const w = ctx.tok.keys[k] ?? '';
    // Not "their": "everyone who opened their home" is people in general.
    if ((OTHERS.has(w) && w !== 'their') || possessiveS(ctx, k)) return true;
    // Typed all in lower case without the apostrophe: "priya sandhus flat" (a name ending in "s").
    // …or before one word ("priya sandhus london flat", "marcus beaumonts constituency home").
    if (w.endsWith('s') && ctx.person[k] === 1 && !/[A-Z]/.test(ctx.original)) return true;
  }
  return false;
}

// A current UK registration: two letters, two digits, three letters ("QZ68 PLN").
const REGISTRATION = /\b[A-Z]{2}\d{2} ?[A-Z]{3}\b/;

/**
 * Someone's home, car or private routine described in the detail a visitor would need. Returns whether
 * the post names someone's home, so an un-numbered street name in it counts (see doxxingRules).
 */
function privateLife(ctx: Context, hits: RuleHit[]): boolean {
  const { keys, count } = ctx.tok;
  let home = -1;
  // Distinct home details seen, as the first two found (no Set per post: this runs on many posts).
  let detail1 = '';
  let details = 0;
  let vehicle = -1;
  let vehicleWord = -1;
  let pastime = -1;
  let when = -1;
  let days = false;
  let clock = false;
  let routineFrom = -1;
  let routineTo = -1;
  let who = false;
  let pin = -1;
  for (let t = 0; t < count; t++) {
    const k = keys[t] ?? '';
    if (ctx.tokenIn(t, RESIDENCE) && home < 0 && someones(ctx, t) && !(k === 'house' && keys[t + 1] === 'of'))
      home = t;
    // "Ostley's moved to Juniper Way", "lives above the chippy".
    if (
      (k === 'lives' || k === 'moved' || k === 'bides' || k === 'stays') &&
      t > 0 &&
      keys[t + 1] !== 'matter' &&
      (ctx.tokenIn(t - 1, THIRD) || ctx.person[t - 1] === 1 || possessiveS(ctx, t - 1))
    )
      home = home < 0 ? t : home;
    if (ctx.tokenIn(t, HOME_DETAILS) && k !== detail1) {
      if (details === 0) detail1 = k;
      details++;
    }
    if (ctx.tokenIn(t, VEHICLE)) {
      if (someones(ctx, t)) vehicle = t;
      // "Registration of @Cllr's Range Rover is FX70 DKN": whose it is may come after the word.
      else if (vehicleWord < 0 && !MINE.has(keys[t - 1] ?? '') && !MINE.has(keys[t - 2] ?? ''))
        vehicleWord = t;
    }
    if (ctx.tokenIn(t, PASTIMES)) pastime = t;
    if (ctx.tokenIn(t, DAYS)) days = true;
    // "6am", "9:30" (tokens "9" "30")
    const c0 = k.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && (/^\d{1,2}(am|pm)$/.test(k) || hourMinuteAt(keys, t))) clock = true;
    if (ctx.tokenIn(t, WHEN) || (k.length <= 5 && c0 >= 48 && c0 <= 57 && /^\d{1,2}(ish|am|pm)?$/.test(k)))
      when = t;
    // The place and the time of a routine sit close together ("gym (Mon/Wed)", "swims … 6am").
    if (pastime >= 0 && when >= 0 && Math.abs(pastime - when) <= ROUTINE_SPAN && routineFrom < 0) {
      routineFrom = Math.min(pastime, when);
      routineTo = Math.max(pastime, when);
    }
    if (ctx.tokenIn(t, THIRD)) who = true;
    if (home >= 0 && pin < 0 && t > home && t - home <= 16 && pinned(ctx, t)) pin = t;
  }
  // Names are worked out lazily and cost a pass of their own: only asked for when they would decide.
  if (!who && routineFrom >= 0) for (let t = 0; t < count && !who; t++) who = ctx.person[t] === 1;
  // Someone's home and which door it is ("her new flat is the one above the dry cleaners").
  if (home >= 0 && pin >= 0)
    hits.push({
      category: 'doxxing',
      score: 0.6,
      tokStart: home,
      // through the word that places it: "flat is the one above", "number 9", "the end of"
      tokEnd: Math.min(pin + 2, count),
      rule: 'doxxing:home-pinned',
    });
  if (home >= 0 && details >= 2)
    hits.push({
      category: 'doxxing',
      score: 0.6,
      tokStart: home,
      tokEnd: home + 1,
      rule: 'doxxing:home-details',
    });
  if ((vehicle >= 0 || (vehicleWord >= 0 && someoneNamed(ctx))) && ctx.digits.digits >= 2) {
    const m = REGISTRATION.exec(ctx.original);
    if (m)
      hits.push({
        category: 'doxxing',
        score: 0.7,
        tokStart: -1,
        tokEnd: -1,
        start: m.index,
        end: m.index + m[0].length,
        rule: 'doxxing:registration',
      });
  }
  // "does her big Tesco shop Sunday mornings", "gym Mon/Wed": weak alone, so it takes a hint
  // ("easy to find if anyone wants a word") or another detail to reach a label.
  // An MP's surgery, office or public event is published: "surgery moved to the church hall, 6pm".
  if (routineFrom >= 0 && who && !windowHas(ctx, ctx.lex.sets.publicInfo, 0, count) && !eventNotice(ctx))
    hits.push({
      category: 'doxxing',
      // A weekday and a clock time with the place ("swims at Dunmere leisure centre, 6am, every
      // Tuesday") is a timetable for finding someone: enough on its own.
      score: days && clock ? 0.55 : 0.4,
      tokStart: routineFrom,
      tokEnd: routineTo + 1,
      rule: 'doxxing:routine',
    });
  return home >= 0;
}

/** The writer's own: "my car reg …". */
const MINE = new Set(['my', 'our', 'me']);

/** The post names or tags someone, or speaks of him or her. */
function someoneNamed(ctx: Context): boolean {
  for (let t = 0; t < ctx.tok.count; t++) {
    const k = ctx.tok.keys[t] ?? '';
    if (k === '@user' || k === 'his' || k === 'her' || k === 'cllr' || ctx.person[t] === 1) return true;
  }
  return false;
}

const LOCATORS = new Set(['on', 'in', 'at', 'off', 'near', 'of', 'onto', 'corner']);

/** The word before `start` places what follows: "on", "in", "corner of", or "to" after "moved". */
function locatedAt(text: string, start: number): boolean {
  const before =
    text
      .slice(Math.max(0, start - 30), start)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  const last = before[before.length - 1] ?? '';
  if (LOCATORS.has(last)) return true;
  const prev = before[before.length - 2] ?? '';
  return last === 'to' && (prev === 'moved' || prev === 'moving');
}

/** A case reference given to the council ("Ref number HR-44172"). */
const CASE_REF = new Set(['ref', 'reference']);
/** A repair reported: the street given is the place to fix. */
const REPAIRS = new Set([
  'repair',
  'repairs',
  'loose',
  'leak',
  'leaking',
  'damp',
  'mould',
  'broken',
  'potholes',
  'pothole',
  'streetlight',
]);

/** Details a writer gives of their own place: where, its postcode, its phone. */
const OWN_KINDS = new Set(['street-address', 'street-name', 'postcode', 'mobile', 'landline']);
const WRITER = new Set(['i', 'ive', 'im', 'id', 'me', 'my', 'we', 'weve', 'our', 'ours']);
const SOMEONE_ELSES = new Set(['her', 'his', 'their', 'she', 'he', 'they', 'hes', 'shes']);

/** The first token at or after the detail's start. */
function tokenAt(ctx: Context, d: Detected): number {
  const { count, start } = ctx.tok;
  let t = 0;
  while (t < count - 1 && (ctx.norm.srcStart[start[t] ?? 0] ?? 0) < d.start) t++;
  return t;
}

/** Parts of the writer's own home named after its address: "our back garden", "my kitchen". */
const OUR_PLACES = new Set([
  'back',
  'front',
  'garden',
  'kitchen',
  'street',
  'road',
  'close',
  'estate',
  'door',
]);

/** The writer in first person just before the detail in its sentence, or "my house" just after it. */
function writersPlace(ctx: Context, d: Detected): boolean {
  const keys = ctx.tok.keys;
  const t = tokenAt(ctx, d);
  const from = Math.max(sentenceStart(ctx, t), t - 10);
  let writer = false;
  for (let k = from; k < t; k++) {
    const w = keys[k] ?? '';
    if (SOMEONE_ELSES.has(w)) return false;
    if (WRITER.has(w)) writer = true;
  }
  if (writer) return true;
  // "23 Peel Street (my house — kettle's on)", "came round to 6 Willow Walk to see the flooding in
  // our back garden": after the detail's own words, in its sentence.
  const end = Math.min(sentenceEnd(ctx, t), t + 14);
  for (let k = t; k < end; k++) {
    if (SOMEONE_ELSES.has(keys[k] ?? '')) return false;
    if (
      (keys[k] === 'my' || keys[k] === 'our') &&
      (HOME_WORDS.has(keys[k + 1] ?? '') || OUR_PLACES.has(keys[k + 1] ?? ''))
    )
      return true;
  }
  return false;
}

/** A person named outside the detail itself ("Pentland Court" is a street; an @mention is the one written to). */
function namedBeside(ctx: Context, d: Detected): boolean {
  const { keys, count, start } = ctx.tok;
  for (let t = 0; t < count; t++) {
    if (ctx.person[t] !== 1 || keys[t] === '@user') continue;
    const at = ctx.norm.srcStart[start[t] ?? 0] ?? 0;
    if (at < d.start || at >= d.end) return true;
  }
  return false;
}

/**
 * A notice inviting people to an event ("Somali Independence Day celebration, … Millbeck Park, 2pm.
 * Bring the whole family.", "Volunteers cleaning it Saturday 9am, buckets provided"): its place and
 * time are for everyone to come, not to find someone. Words that only notices use, or "all/everyone
 * welcome" ("make her feel welcome" is no invitation).
 */
const NOTICE_WORDS = new Set([
  'provided',
  'celebration',
  'celebrations',
  'parade',
  'iftar',
  'festival',
  'volunteers',
]);
const WELCOMERS = new Set(['all', 'everyone', 'everybody', 'peaceful', 'warm']);
function eventNotice(ctx: Context): boolean {
  const keys = ctx.tok.keys;
  for (let t = 0; t < ctx.tok.count; t++) {
    const k = keys[t] ?? '';
    if (NOTICE_WORDS.has(k) || (k === 'welcome' && WELCOMERS.has(keys[t - 1] ?? ''))) return true;
  }
  return false;
}

/** A repair word in the detail's own sentence ("… at 22 Pentland Court is loose again"), or a case reference. */
function repairAt(ctx: Context, d: Detected): boolean {
  const t = tokenAt(ctx, d);
  return (
    windowHas(ctx, REPAIRS, sentenceStart(ctx, t), sentenceEnd(ctx, t)) ||
    windowHas(ctx, CASE_REF, 0, ctx.tok.count)
  );
}

function detailRules(ctx: Context, hits: RuleHit[]): void {
  if ((ctx.tok.flags & W_FAMILY) !== 0) familyRoutine(ctx, hits);
  const privateWords = (ctx.tok.flags & W_PRIVATE_LIFE) !== 0;
  if (privateWords) whereaboutsRules(ctx, hits);
  const someonesHome = privateWords && privateLife(ctx, hits);
  let phraseHit = false;
  for (let i = 0; i < hits.length && !phraseHit; i++) phraseHit = hits[i]?.category === 'doxxing';
  // A street suffix among the tokens (word-table flags; the set itself is checked by the detector).
  const street = (ctx.tok.flags & W_STREET) !== 0;
  const found = detectPersonalInfo(ctx.original, phraseHit || someonesHome, street, ctx.digits);
  if (found.length === 0) return;
  const { keys, count } = ctx.tok;
  let publicCtx = false;
  let homeCtx = false;
  for (let t = 0; t < count; t++) {
    const k = keys[t] ?? '';
    if (ctx.lex.sets.publicInfo.has(k) && !negatedBefore(ctx, t)) publicCtx = true;
    // "House of Commons", "House of Lords": Parliament, not someone's house.
    // Nor is a "mobile surgery" or "mobile library" a mobile phone.
    // Nor is an "office address" a home's ("the MP's office address is 14 Harbour Parade").
    if (
      HOME_WORDS.has(k) &&
      !(k === 'house' && keys[t + 1] === 'of') &&
      !(k === 'address' && (keys[t - 1] === 'office' || keys[t - 1] === 'offices')) &&
      !(k === 'mobile' && MOBILE_SERVICES.has(keys[t + 1] ?? ''))
    )
      homeCtx = true;
  }
  let publicStreet = false;
  let privateDetail = false;
  for (const d of found) {
    let score = SCORES[d.kind];
    if (score === 0) continue;
    // Parliament's and Downing Street's postcodes are on every MP's letterhead.
    if (d.kind === 'postcode' && PUBLIC_POSTCODES.has(d.value.toUpperCase().replace(/\s+/g, ''))) continue;
    if ((d.kind === 'street-address' || d.kind === 'street-name') && PUBLIC_STREETS.test(d.value)) {
      publicStreet = true;
      continue;
    }
    // "the railing on the balcony at 22 Pentland Court is loose again. Ref number HR-44172": a repair
    // reported to a councillor, with no one's home or name and nothing else abusive, gives the place
    // that needs fixing.
    if (
      (d.kind === 'street-address' || d.kind === 'street-name') &&
      !someonesHome &&
      !namedBeside(ctx, d) &&
      !hits.some((h) => h.category !== 'doxxing') &&
      repairAt(ctx, d)
    )
      continue;
    if (
      (d.kind === 'street-address' || d.kind === 'street-name') &&
      !someonesHome &&
      !hits.some((h) => h.category !== 'doxxing') &&
      eventNotice(ctx)
    )
      continue;
    // "I've lived at 4 Tannery Row for 30 years", "Meet at 23 Peel Street (my house)", "contact me via my
    // office: 3 Castle Chambers, WR1 4HT, or 01632 960117": the writer's own, given freely.
    if (OWN_KINDS.has(d.kind) && !someonesHome && writersPlace(ctx, d)) continue;
    // "Dear Ms Kettering, … Please actually do something. Bilal Akhtar, 8 Hawthorn Road, 07700 900390":
    // a letter's sender signing with their own address and number.
    if (OWN_KINDS.has(d.kind) && sendersDetails(ctx.original, d.start)) continue;
    // "My number's 07700 900123 if any constituent needs me": the writer's own, given freely.
    if (
      (d.kind === 'mobile' || d.kind === 'landline') &&
      (OWN_NUMBER.test(ctx.original.slice(Math.max(0, d.start - 40), d.start).replace(/[’']s\b/g, '')) ||
        NOTICE_NUMBER.test(ctx.original.slice(Math.max(0, d.start - 30), d.start)) ||
        LOST_NOTICE.test(ctx.original))
    )
      continue;
    // A public word right next to the detail ("the constituency office number is …", "22 Market
    // Street is her OFFICE") says what it is, whatever else the post mentions.
    // …unless it is negated or a private word sits right by the detail ("his private mobile: …,
    // not his office").
    const publicHere =
      publicCtx &&
      wordNear(ctx, ctx.lex.sets.publicInfo, d.start - 40, d.end + 40, true) &&
      !wordNear(ctx, PRIVATE_WORDS, d.start - 40, d.end);
    // A street named as someone's home ("her new flat: Sandpiper Court") is their address.
    // Only where a place is given ("corner of Burnside Terrace", "moved to Juniper Way"), not a
    // headline's capitals ("Sells Her Own House to Rebuild Road").
    if (someonesHome && d.kind === 'street-name') {
      if (locatedAt(ctx.original, d.start)) score = 0.45;
      else if (!phraseHit) continue;
    }
    if (homeCtx && !publicHere) score = Math.min(0.95, score + 0.25);
    else if (publicCtx) score = d.kind === 'mobile' ? 0.4 : 0;
    if (score <= 0) continue;
    privateDetail = true;
    hits.push({
      category: 'doxxing',
      score,
      tokStart: -1,
      tokEnd: -1,
      start: d.start,
      end: d.end,
      rule: `doxxing:${d.kind}`,
      guarded: true,
    });
  }
  // "Starmer lives at 10 Downing Street": where someone lives is no secret when it is an official
  // residence, so "lives at" says nothing private.
  if (publicStreet && !privateDetail)
    for (let i = hits.length - 1; i >= 0; i--)
      if (hits[i]?.rule.startsWith('lex:doxxing:') && hits[i]?.rule.includes('lives')) hits.splice(i, 1);
}

/** Personal details and private lives, then reports and warnings about exposure set aside. */
export function doxxingRules(ctx: Context, hits: RuleHit[]): void {
  detailRules(ctx, hits);
  // "on the 17:42 …, carriage C": a departure time needs at least three digits.
  if (ctx.digits.digits >= 3) journeyRules(ctx, hits);
  // A family or home word, or a street with a number (a time, a house): street words alone ("way",
  // "close", "court") are in one tweet in eight, and the scan would cost the classifier ~3%.
  const flags = ctx.tok.flags;
  const scanned =
    (flags & (W_FAMILY | W_PRIVATE_LIFE)) !== 0 || ((flags & W_STREET) !== 0 && ctx.digits.digits > 0);
  talkAboutExposure(ctx, hits, scanned ? doxxingCueRules(ctx, hits) : null);
}
