import type { Context } from './context';
import type { RuleHit } from './rules/hit';
import {
  sentenceEnd as sentenceEnd_IMPORT,
  sentenceStart as sentenceStart_IMPORT,
  windowHas as windowHas_IMPORT,
} from './tokenWindow';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const windowHas = windowHas_IMPORT;
const sentenceEnd = sentenceEnd_IMPORT;
const sentenceStart = sentenceStart_IMPORT;

/**
 * Everyday talk that borrows abuse's words, set aside by the guards (guards.ts): a career "nobody will
 * miss" in office, a place named beside a help service, "you know what to do" before a vote, the
 * writer's own family, and banter between friends ("you absolute plonker, you left your keys in my
 * van. Ta for the lift"). Written from the casework and look-alike sets of 2026-12-06
 * (tests/fixtures/classify/README.md: civic1, harmless2).
 */

/** What banter asks about the whole post, worked out once per post and only if a hit needs it. */
export interface EverydayPost {
  warm?: boolean;
}

/** Whether hit h is everyday talk. */
export function everydayTalk(ctx: Context, h: RuleHit): boolean {
  const ts = h.tokStart;
  if (h.category === 'self_harm') {
    if (missedInOffice(ctx, ts, h.tokEnd)) return true;
    if (h.rule.startsWith('lex:') && h.score < 0.8 && beside(ctx, HELP_SERVICES, ts, h.tokEnd)) return true;
    if (helpOffered(ctx, ts, h.tokEnd)) return true;
  }
  if (DANGEROUS_WINK.has(h.category) && civicWink(ctx, ts, h.tokEnd)) return true;
  // "Finished treatment today, rang the bell … cancer you lost": the illness itself.
  if (
    h.category === 'dehumanisation' &&
    h.tokEnd - ts === 1 &&
    DISEASES.has(ctx.tok.keys[ts] ?? '') &&
    windowHas(ctx, CARE, 0, ctx.tok.count)
  )
    return true;
  if (h.category === 'anti_lgbtq' && h.tokEnd - ts === 1 && cigarette(ctx, ts)) return true;
  return h.category === 'doxxing' && h.rule.startsWith('lex:') && h.score < 0.8 && writersOwn(ctx, ts);
}

/** "fag" and "fags" as the British say them of cigarettes. */
const FAG = new Set(['fag', 'fags']);
/** Words of smoking and where people do it, which make "fag" a cigarette. */
const SMOKING = new Set([
  'smoke',
  'smoked',
  'smoking',
  'smoker',
  'smokers',
  'cigarette',
  'cigarettes',
  'ciggie',
  'ciggies',
  'tobacco',
  'nicotine',
  'vape',
  'vapes',
  'vaping',
  'lighter',
  'ashtray',
  'pint',
  'pub',
  'pubs',
  'beer',
  'garden',
  'gardens',
  'break',
  'end',
  'ends',
  'packet',
  'copd',
  'lungs',
  'ban',
  'banning',
]);
/** Words right before an insult that aim it at someone: "you fag", "dirty fag". */
const AIMED = new Set(['you', 'ur', 'u', 'youre', 'yer', 'dirty', 'little', 'stupid', 'fucking']);

/**
 * "A fag and a pint", "fag ends off every table", "five years off the fags": a cigarette, in a post
 * about smoking, and not aimed at someone ("shut up you fag").
 */
function cigarette(ctx: Context, t: number): boolean {
  const keys = ctx.tok.keys;
  if (!FAG.has(keys[t] ?? '') || AIMED.has(keys[t - 1] ?? '')) return false;
  // "popped out for a fag", "has had a fag on the bench": one is smoked, whatever else the post says.
  if (keys[t - 1] === 'a' && SMOKED.has(keys[t - 2] ?? '')) return true;
  return windowHas(ctx, SMOKING, 0, ctx.tok.count);
}

/** Verbs before "a fag" that smoke one: "nip out for a fag", "fancy a fag", "had a fag". */
const SMOKED = new Set([
  'for',
  'have',
  'has',
  'had',
  'having',
  'fancy',
  'light',
  'lit',
  'roll',
  'rolled',
  'bum',
  'grab',
  'need',
]);

/**
 * "@Cllr you absolute muppet, you left your lanyard in my car again … cheers", "Happy birthday to the
 * grumpiest old git in the chamber", "I'm the muppet here really": a mild insult alone in its hit, in a
 * warm post or said by the writer of themselves.
 */
export function banter(ctx: Context, ts: number, te: number, post: EverydayPost): boolean {
  // "Bastard fox had been ripping the bins open", "bloody seagulls": said of an animal.
  if (PESTS.has(ctx.tok.keys[te] ?? '') && saidOf(ctx, te)) return true;
  if (te - ts !== 1 || !MILD.has(ctx.tok.keys[ts] ?? '')) return false;
  return selfInsult(ctx, ts) || (post.warm ??= warmPost(ctx));
}

/**
 * The animal word at t follows the insult directly (only spaces between) and is not a name: "Fox
 * watchers", "a slimeball Fox representative" are the channel.
 */
function saidOf(ctx: Context, t: number): boolean {
  const text = ctx.norm.text;
  const gap = text.slice(ctx.tok.end[t - 1] ?? 0, ctx.tok.start[t] ?? 0);
  if (gap.trim() !== '') return false;
  const c = ctx.original.charCodeAt(ctx.norm.srcStart[ctx.tok.start[t] ?? 0] ?? 0);
  return !(c >= 65 && c <= 90);
}

/** Animals sworn at: the fox at the bins, the seagulls at the chips (not "dog" or "cow", said of people). */
const PESTS = new Set([
  'fox',
  'foxes',
  'seagull',
  'seagulls',
  'gulls',
  'pigeon',
  'pigeons',
  'squirrel',
  'squirrels',
  'magpie',
  'magpies',
  'slugs',
  'wasps',
  'wasp',
]);

/** Where a politician is missed from: their office, not life. */
const OFFICES = new Set([
  'cabinet',
  'parliament',
  'commons',
  'westminster',
  'chamber',
  'seat',
  'council',
  'government',
  'frontbench',
  'ministry',
  'department',
  'constituency',
  'lords',
  'job',
  'role',
  'post',
]);
/** Leaving office: "when you lose the seat", "once she resigns". */
const LEAVING = new Set([
  'lose',
  'lost',
  'leave',
  'leaves',
  'quit',
  'quits',
  'resign',
  'resigns',
  'retire',
  'retires',
  'step',
  'steps',
]);

/**
 * "Nobody will miss you in the cabinet", "no one will miss you when you lose the seat": a self-harm
 * phrase about being missed, told of a politician's office in the words right after it.
 */
function missedInOffice(ctx: Context, ts: number, te: number): boolean {
  const keys = ctx.tok.keys;
  if (!windowHas(ctx, MISSED, ts, te)) return false;
  const end = Math.min(te + 6, sentenceEnd(ctx, Math.max(ts, te - 1)));
  for (let k = te; k < end; k++) {
    const w = keys[k] ?? '';
    if (OFFICES.has(w) && (keys[k - 1] === 'the' || keys[k - 1] === 'your' || keys[k - 1] === 'this'))
      return true;
    if (
      (w === 'when' || w === 'once' || w === 'after') &&
      (LEAVING.has(keys[k + 2] ?? '') || LEAVING.has(keys[k + 1] ?? ''))
    )
      return true;
  }
  return false;
}
const MISSED = new Set(['miss', 'missed']);

/** A post offering help or about prevention, not pushing anyone (rules/selfHarmCues.ts asks too). */
export const SELF_HARM_HELP = new Set([
  'samaritans',
  'helpline',
  'barriers',
  'prevention',
  'struggling',
  'support',
  'counselling',
  'crisis',
  'safeguarding',
  'inquest',
  'coroner',
  'condolences',
  'rip',
  'chaplaincy',
  'chaplain',
]);

/** Help named as a service (not "struggling", "support" or a "cost of living crisis", said in pushes too). */
const HELP_SERVICES = new Set([
  'samaritans',
  'helpline',
  'prevention',
  'counselling',
  'safeguarding',
  'inquest',
  'coroner',
  'condolences',
  'chaplaincy',
  'chaplain',
]);

/**
 * "A Samaritans sign and a free phone in the Beachy Head car park": a place or means named beside
 * help, outside the phrase itself. Only for phrases too weak to stand alone (below 0.8): "kill
 * yourself" in a post that mentions the Samaritans is still a push.
 */
function beside(ctx: Context, set: Set<string>, ts: number, te: number): boolean {
  return windowHas(ctx, set, 0, ts) || windowHas(ctx, set, te, ctx.tok.count);
}

const FEELING = new Set(['feel', 'feeling', 'ever', 'are', 'start']);
const YOU = new Set(['you', 'u', 'youre', 'ur']);

/**
 * "If you feel like you want to unalive yourself please talk to someone. Samaritans 116 123": the
 * phrase inside an "if you feel…" clause, in a post that names a help service. (A push says it
 * outright: "call the samaritans? nah just kill yourself" has no "if you feel".)
 */
function helpOffered(ctx: Context, ts: number, te: number): boolean {
  const keys = ctx.tok.keys;
  const from = Math.max(sentenceStart(ctx, ts), ts - 8);
  let offer = false;
  for (let k = from; k < ts && !offer; k++)
    offer = keys[k] === 'if' && YOU.has(keys[k + 1] ?? '') && FEELING.has(keys[k + 2] ?? '');
  return offer && beside(ctx, HELP_SERVICES, ts, te);
}

const DANGEROUS_WINK = new Set(['threat', 'harm_incitement', 'self_harm']);
/** Civic acts a "you know what to do" can ask for. */
const CIVIC_ACTS = new Set([
  'vote',
  'register',
  'petition',
  'sign',
  'donate',
  'amendment',
  'consultation',
  'polling',
]);

/** The hit is "(you) know what to do" in a post asking for a civic act: voting, signing, registering. */
function civicWink(ctx: Context, ts: number, te: number): boolean {
  const keys = ctx.tok.keys;
  let wink = false;
  for (let k = ts; k < te && !wink; k++)
    wink = keys[k] === 'know' && keys[k + 1] === 'what' && keys[k + 2] === 'to' && keys[k + 3] === 'do';
  return wink && windowHas(ctx, CIVIC_ACTS, 0, ctx.tok.count);
}

/** "my" or "our" right before the phrase, or before the family word that owns it ("our kid's …"). */
function writersOwn(ctx: Context, ts: number): boolean {
  const keys = ctx.tok.keys;
  const own = (w: string | undefined): boolean => w === 'my' || w === 'our';
  return own(keys[ts - 1]) || (own(keys[ts - 2]) && ctx.lex.sets.kin.has(keys[ts - 1] ?? ''));
}

/** Insults friends throw at each other. */
const MILD = new Set([
  'muppet',
  'plonker',
  'numpty',
  'nutter',
  'git',
  'pillock',
  'wally',
  'prat',
  'berk',
  'twit',
  'wazzock',
  'eejit',
  'idiot',
  'div',
  'knobhead',
  'sod',
  'walloper',
  'bampot',
  'fud',
  'roaster',
  'divvy',
]);
/** Warmth besides the thanks of lexicons/guards.json `gratitude`: a birthday, a retirement, a cuppa owed. */
const WARMTH = new Set(['birthday', 'retirement', 'legend', 'canny', 'ta', 'cuppa', 'cuppas']);
/** What friends are thanked for ("for sorting the bins", "for the lift"): other "-ing" acts are sarcasm. */
const KIND_ACTS = new Set([
  'helping',
  'sorting',
  'fixing',
  'organising',
  'coming',
  'getting',
  'looking',
  'bringing',
  'driving',
  'giving',
  'running',
  'lending',
  'making',
  'being',
  'doing',
  'picking',
  'sharing',
  'hosting',
  'listening',
  'supporting',
]);

/**
 * A post that thanks or is warm ("happy birthday", "ta for the lift", a kiss to sign off), and is not
 * sarcastic: not "thanks for nothing" or "cheers 🙄" (lexicons/guards.json `ungrateful`), not thanks
 * "for closing our library", not about a policy ("the cuts to the bus budget").
 */
function warmPost(ctx: Context): boolean {
  const { keys, count } = ctx.tok;
  if (windowHas(ctx, ctx.lex.sets.ungrateful, 0, count) || windowHas(ctx, ctx.lex.sets.policyNouns, 0, count))
    return false;
  for (let t = 0; t + 1 < count; t++) {
    const next = keys[t + 1] ?? '';
    if (keys[t] === 'for' && next.endsWith('ing') && !KIND_ACTS.has(next)) return false;
  }
  if (mockPolite(keys, count)) return false;
  // Words only: the emoji of lexicons/guards.json `gratitude` (💪 🙏 👏) also close sneers; and not
  // "love", which sarcasm uses ("I do love you but he is a dangerous idiot").
  const last = keys[count - 1] ?? '';
  if (last === 'x' || last === 'xx' || last === 'xxx') return true;
  const { gratitude } = ctx.lex.sets;
  for (let t = 0; t < count; t++) {
    const k = keys[t] ?? '';
    if (WARMTH.has(k) || (gratitude.has(k) && ctx.tok.emoji[t] !== 1)) return true;
    if (k === 'thank' && keys[t + 1] === 'you') return true;
  }
  return false;
}

/**
 * Politeness that announces rudeness: "no offence but", "sorry but", "sorry to be rude", "with
 * respect" — the sign-off after it ("Cheers all", "x") is not warmth.
 */
function mockPolite(keys: readonly string[], count: number): boolean {
  for (let t = 0; t + 1 < count; t++) {
    const k = keys[t];
    const next = keys[t + 1];
    if (k === 'no' && next === 'offence') return true;
    if (k === 'sorry' && (next === 'but' || (next === 'to' && keys[t + 2] === 'be'))) return true;
    if (k === 'with' && next === 'respect') return true;
  }
  return false;
}

/** A question mark right after token t. */
function questionAfter(ctx: Context, t: number): boolean {
  const text = ctx.norm.text;
  const from = ctx.tok.end[t] ?? 0;
  const to = t + 1 < ctx.tok.count ? (ctx.tok.start[t + 1] ?? text.length) : text.length;
  return text.slice(from, to).includes('?');
}

/** "I'm an idiot for believing the manifesto", "I'm the muppet here": the writer of themselves. */
export function selfInsult(ctx: Context, ts: number): boolean {
  const keys = ctx.tok.keys;
  for (let k = ts - 1; k >= Math.max(0, ts - 4); k--) {
    const w = keys[k] ?? '';
    // Not "And I'm the idiot?", "Yeah and I'm the idiot": sarcasm that means the other is.
    if (w === 'im' || (w === 'am' && keys[k - 1] === 'i'))
      return keys[k - 1] !== 'and' && keys[k - 2] !== 'and' && !questionAfter(ctx, ts);
    // "sorry for being a gobshite", "apologies for being such a prat"
    if (w === 'being') return keys[k - 1] === 'for' && keys[k - 2] !== 'you' && keys[k - 2] !== 'u';
    if (!SELF_FILLERS.has(w)) return false;
  }
  return false;
}
/** Words between "I'm" and the insult that leave it said of the writer ("I'm a total muppet"). */
const SELF_FILLERS = new Set([
  'a',
  'an',
  'the',
  'such',
  'total',
  'absolute',
  'complete',
  'proper',
  'right',
  'utter',
]);

/** Animals people keep as pets. */
const PETS = new Set([
  'dog',
  'dogs',
  'doggo',
  'pup',
  'puppy',
  'cat',
  'cats',
  'kitten',
  'rabbit',
  'rabbits',
  'bunny',
  'hamster',
  'guinea',
  'gerbil',
  'ferret',
  'parrot',
  'budgie',
  'tortoise',
  'pony',
  'pig',
]);
/** Whose the pet is: the writer's ("our rabbit", "me dog"). */
const MINE = new Set(['my', 'our', 'me', 'ma', 'mi']);
/** What only a kept animal gets: a vet, a walk, a show. */
const PET_CARE = new Set([
  'vet',
  'vets',
  'walkies',
  'microchipped',
  'kennel',
  'kennels',
  'groomer',
  'crufts',
]);

/**
 * The hit's sentence is about the writer's own pet ("our rabbit is a fat lazy pig"), or the hit is an
 * animal word in a post about keeping one ("ya dozy dog ate a sock. vet bill £400", "the ugliest dog at
 * the dog show. he won ugliest dog"). Not when the sentence tags someone.
 */
export function saidOfPet(ctx: Context, ts: number): boolean {
  const { keys, count } = ctx.tok;
  const from = sentenceStart(ctx, ts);
  for (let k = from; k < sentenceEnd(ctx, ts); k++) if (keys[k] === '@user') return false;
  for (let k = from; k < ts; k++)
    if (MINE.has(keys[k] ?? '') && (PETS.has(keys[k + 1] ?? '') || PETS.has(keys[k + 2] ?? ''))) return true;
  if (!PETS.has(keys[ts] ?? '')) return false;
  for (let k = 0; k < count; k++) {
    const w = keys[k] ?? '';
    if (PET_CARE.has(w) || (PETS.has(w) && keys[k + 1] === 'show')) return true;
  }
  return false;
}

/** Illnesses that are also insults ("a cancer on this country"). */
const DISEASES = new Set(['cancer', 'tumour', 'disease', 'virus', 'plague']);
/** Treatment: a post with these talks of the illness. */
const CARE = new Set([
  'treatment',
  'chemo',
  'chemotherapy',
  'radiotherapy',
  'diagnosis',
  'diagnosed',
  'oncology',
  'remission',
  'hospice',
  'macmillan',
  'survivor',
  'screening',
]);
