import type { Context } from '../context';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { namesSomeone as namesSomeone_IMPORT, reportsACase as reportsACase_IMPORT } from './cueScan';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const windowHas = windowHas_IMPORT;
const namesSomeone = namesSomeone_IMPORT;
const reportsACase = reportsACase_IMPORT;
const ruleHit = ruleHit_IMPORT;

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
const ADDRESSED = new Set(['@user', 'you', 'your', 'u', 'ur']);
/** How many tokens from the depicted word its picture word may be. */
const NEAR = 12;

/** Words that open the rule (word-table flags, with the abuse cues'). */
export const DEPICTED_WORDS = [...THREATS, ...SEXUAL, ...RACIST, ...PAIRS.map(([a]) => a)];

/** A word for what a picture shows: "noose", "*noose", "lingerie". */
function pictured(key: string): boolean {
  const k = plain(key);
  return THREATS.has(k) || SEXUAL.has(k) || RACIST.has(k);
}

/** "*noose", "gif*": the word without the stars of an action or emphasis. */
function plain(key: string): string {
  return key.charCodeAt(0) === 42 || key.endsWith('*') ? key.replace(/^\*+|\*+$/g, '') : key;
}

export function depictedRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  // Where the nearest picture word is, before and after the depicted word: "[image: … crosshair",
  // "*noose gif*" (a rifle told of in a paragraph about hunting is nobody's picture).
  let pictureBefore = -1;
  let pictureAfter = -1;
  let at = -1;
  let end = -1;
  let category = '';
  for (let t = 0; t < count; t++) {
    const k = plain(keys[t] ?? '');
    if (IMAGES.has(k) || k.endsWith('gif')) {
      if (at < 0) pictureBefore = t;
      else if (pictureAfter < 0) pictureAfter = t;
    }
    if (at >= 0) {
      if (pictureAfter >= 0) break;
      continue;
    }
    if (THREATS.has(k)) category = 'threat';
    else if (SEXUAL.has(k)) category = 'sexualised';
    else if (RACIST.has(k)) category = 'racism';
    else {
      const next = plain(keys[t + 1] ?? '');
      const pair = PAIRS.find(([a, b]) => a === k && b === next);
      if (pair === undefined) continue;
      category = pair[2];
      at = t;
      end = t + 2;
      continue;
    }
    at = t;
    end = t + 1;
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
  if (!namesSomeone(ctx) && !windowHas(ctx, ADDRESSED, 0, count)) return;
  // Rule ids by family, as the Review screen explains them: threat:, sexualised:, identity:.
  hits.push(ruleHit(category, 0.7, at, end, `${category === 'racism' ? 'identity' : category}:depicted`));
}
