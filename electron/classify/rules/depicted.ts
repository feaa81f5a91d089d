import type { Context } from '../context';
import { SHAPE_STAR } from '../tokenise';
import { W_ABUSE_CUE as W_ABUSE_CUE_IMPORT } from '../wordFlags';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { aimedAtSomeone as aimedAtSomeone_IMPORT, reportsACase as reportsACase_IMPORT } from './cueScan';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use). Not SHAPE_STAR:
// this module runs before tokenise.ts (the word table imports it), so a copy made here would be
// undefined.
const windowHas = windowHas_IMPORT;
const aimedAtSomeone = aimedAtSomeone_IMPORT;
const reportsACase = reportsACase_IMPORT;
const ruleHit = ruleHit_IMPORT;
const W_ABUSE_CUE = W_ABUSE_CUE_IMPORT;

/**
 * Abuse told as a picture: posts that describe or caption an image, a GIF, a meme or an edit of a
 * named person ("[image: Declan Ashworth's portrait with a sniper crosshair over his forehead]",
 * "*body bag gif* @TomPettigrewMP soon", "pic: her head on a woman in lingerie bent over a desk",
 * "edited into blackface"). The picture's words carry the abuse that a caption alone would not:
 *  - a weapon, a noose, a coffin or an effigy is a threat;
 *  - nudity or pornography put on someone is sexualised abuse;
 *  - blackface or a minstrel show is racism.
 * Needs a word for a picture (IMAGES) and someone named, addressed or tagged. Not in a post that warns
 * about, reports or refuses to share the picture ("Don't share it even to condemn it. Report and
 * block", "Not reposting it") or a court case: those words (WARNINGS) anywhere set the rule aside, as do the general
 * guards for its hits (quotation, condemnation, solidarity).
 */
const IMAGES = new Set([
  'image',
  'video',
  'pic',
  'picture',
  'photo',
  'gif',
  'meme',
  'edit',
  'edited',
  'photoshopped',
  'photoshop',
  'drawing',
  'drew',
  'drawn',
  'cartoon',
  'banner',
  'poster',
  'montage',
  'collage',
  'clip',
  'sticker',
  'deepfake',
  'alt',
]);
const THREATS = new Set([
  'crosshair',
  'crosshairs',
  'sniper',
  'scope',
  'noose',
  'nooses',
  'gallows',
  'coffin',
  'coffins',
  'bodybag',
  'guillotine',
  'machete',
  'shotgun',
  'pistol',
  'dartboard',
  'effigy',
  'lynched',
  'lynching',
]);
// Not "porn" (the MP caught watching it in the chamber) nor "bullet" ("bullet points").
const SEXUAL = new Set(['naked', 'nude', 'nudes', 'topless', 'lingerie', 'pornstar', 'undressing']);
const RACIST = new Set(['blackface', 'minstrel']);
/** Two-word pictures: "body bag", "sex doll", "pole dancer". */
const PAIRS: [string, string, string][] = [
  ['body', 'bag', 'threat'],
  ['body', 'bags', 'threat'],
  ['sex', 'doll', 'sexualised'],
  ['pole', 'dancer', 'sexualised'],
];
/** Words of a post that warns about the picture, reports it or refuses to pass it on. */
const WARNINGS = new Set([
  'report',
  'reported',
  'reporting',
  'police',
  'warning',
  'illegal',
  'removed',
  'reposting',
  'sharing',
  'share',
  'condemn',
  'disgusting',
  'vile',
  'horrific',
  'solidarity',
]);
/** How many tokens from the depicted word its picture word may be. */
const NEAR = 12;

/**
 * Words that open the rule (word-table flags, with the abuse cues'): a pair by its rarer second word
 * ("bag", "doll"), not "body" or "sex", which would open the abuse-cue scan for far more posts.
 */
export const DEPICTED_WORDS = [...THREATS, ...SEXUAL, ...RACIST, ...PAIRS.map(([, b]) => b)];

/** Each word's part in the rule, one lookup per token: a picture, or what it shows (its category). */
const PICTURE = 1;
const KINDS = new Map<string, number | string>([
  ...[...IMAGES].map((w): [string, number] => [w, PICTURE]),
  ...[...THREATS].map((w): [string, string] => [w, 'threat']),
  ...[...SEXUAL].map((w): [string, string] => [w, 'sexualised']),
  ...[...RACIST].map((w): [string, string] => [w, 'racism']),
]);
const PAIR_BY_SECOND = new Map(
  PAIRS.map(([a, b, category]): [string, [string, string]] => [b, [a, category]]),
);

/** A word for what a picture shows: "noose", "*noose", "lingerie". */
function pictured(key: string): boolean {
  return typeof KINDS.get(plain(key)) === 'string';
}

/** "*noose", "gif*": a word starred for an action or emphasis. */
function inStars(key: string): boolean {
  return key.charCodeAt(0) === 42 || key.charCodeAt(key.length - 1) === 42;
}

/** "*noose", "gif*": the word without the stars of an action or emphasis. */
function plain(key: string): string {
  return inStars(key) ? key.replace(/^\*+|\*+$/g, '') : key;
}

/** "gif", "*gif", "gif*", "noosegif": a GIF named. */
function gifWord(k: string): boolean {
  return k.length >= 3 && k.charCodeAt(k.length - 1) === 102 && k.endsWith('gif');
}

/**
 * Token t is a word in stars ("*noose", "machete*"). Only a key with a star in it is read (its shape
 * says so): a key's own methods cost a lookup through the runtime per call here, where keys come in
 * several kinds of string.
 */
function starredAt(ctx: Context, t: number): boolean {
  return (ctx.tok.shape[t]! & SHAPE_STAR) !== 0 && inStars(ctx.tok.keys[t] ?? '');
}

export function depictedRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  // The depicted word first, among the tokens that opened the rule (most posts that open it are about
  // something else: one flag test per token, and the picture words are looked for only after).
  let at = -1;
  let end = -1;
  let category = '';
  for (let t = 0; t < count && at < 0; t++) {
    // (A word in stars, "machete*", is not in the word table: read without them.)
    const starred = starredAt(ctx, t);
    if (!starred && (ctx.flagsAt(t) & W_ABUSE_CUE) === 0) continue;
    const raw = keys[t] ?? '';
    const k = starred ? plain(raw) : raw;
    const kind = KINDS.get(k);
    if (typeof kind === 'string') {
      category = kind;
      at = t;
      end = t + 1;
      continue;
    }
    const pair = PAIR_BY_SECOND.get(k);
    if (pair !== undefined && t > 0 && plain(keys[t - 1] ?? '') === pair[0]) {
      category = pair[1];
      at = t - 1;
      end = t + 1;
    }
  }
  if (at < 0) return;
  // Where the nearest picture word is, before and after the depicted word: "[image: … crosshair",
  // "*noose gif*" (a rifle told of in a paragraph about hunting is nobody's picture).
  let pictureBefore = -1;
  let pictureAfter = -1;
  for (let t = 0; t < count; t++) {
    const k = plain(keys[t] ?? '');
    if (KINDS.get(k) !== PICTURE && !gifWord(k)) continue;
    if (t < at) pictureBefore = t;
    else if (t >= end) {
      pictureAfter = t;
      break;
    }
  }
  if (at < 0 || (pictureBefore < 0 && pictureAfter < 0)) return;
  // …nor in a court report ("Court told man sent councillor a picture of a machete"). There the
  // picture's own words are the picture's, not the writer's: the word lists' hits on them go too
  // ("an edited image of her with a noose is going round. Report it").
  if (windowHas(ctx, WARNINGS, 0, count) || reportsACase(ctx)) {
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i]!;
      if (h.rule.startsWith('lex:') && h.tokEnd - h.tokStart === 1 && pictured(keys[h.tokStart] ?? ''))
        hits.splice(i, 1);
    }
    return;
  }
  const near =
    (pictureBefore >= 0 && at - pictureBefore <= NEAR) || (pictureAfter >= 0 && pictureAfter - at <= NEAR);
  if (!near) return;
  if (!aimedAtSomeone(ctx)) return;
  // Rule ids by family, as the Review screen explains them: threat:, sexualised:, identity:.
  hits.push(ruleHit(category, 0.7, at, end, `${category === 'racism' ? 'identity' : category}:depicted`));
}
