import type { Context } from '../context';
import { detectPersonalInfo as detectPersonalInfo_IMPORT, type Detected } from '../doxxing';
import { W_FAMILY as W_FAMILY_IMPORT, W_STREET as W_STREET_IMPORT } from '../wordFlags';
import type { RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const detectPersonalInfo = detectPersonalInfo_IMPORT;
const W_FAMILY = W_FAMILY_IMPORT;
const W_STREET = W_STREET_IMPORT;

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
function wordNear(ctx: Context, set: Set<string>, from: number, to: number): boolean {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    const a = ctx.norm.srcStart[ctx.tok.start[t] ?? 0] ?? 0;
    if (a >= from && a <= to && set.has(keys[t] ?? '')) return true;
  }
  return false;
}

/** Postcodes of public buildings: the Houses of Parliament, the House of Lords, Downing Street. */
const PUBLIC_POSTCODES = new Set(['SW1A0AA', 'SW1A0PW', 'SW1A2AA', 'SW1A2AB']);

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

export const FAMILY = new Set([
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
]);

/** Does token t end in "'s" ("Nair's", "Llewellyn's")? */
function possessiveS(ctx: Context, t: number): boolean {
  const end = ctx.tok.end[t] ?? 0;
  const text = ctx.norm.text;
  return end >= 2 && text.charCodeAt(end - 1) === 115 && text.charCodeAt(end - 2) === 39;
}

/** Possessives naming someone else's family. */
const OTHERS = new Set(['his', 'her', 'their', 'your', 'ur', 'yer', '@user']);

/** "Nair's kids go to St Mary's", "drops his son at Oakfield school at 8": family plus a where or when. */
function familyRoutine(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    if (!FAMILY.has(keys[t] ?? '')) continue;
    // Someone else's family: "her kids", "his son", "Nair's kids". Not "our daughter" (the writer's
    // own) or "school children" in general.
    if (t === 0 || (!OTHERS.has(keys[t - 1] ?? '') && ctx.person[t - 1] !== 1 && !possessiveS(ctx, t - 1)))
      continue;
    let routine = -1;
    let specific = -1;
    for (let k = Math.max(0, t - 3); k < Math.min(count, t + 7); k++) {
      if (ROUTINE.has(keys[k] ?? '')) routine = k;
      const raw = keys[k] ?? '';
      if (k > t && (ctx.person[k] === 1 || (raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57)))
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

export function doxxingRules(ctx: Context, hits: RuleHit[]): void {
  if ((ctx.tok.flags & W_FAMILY) !== 0) familyRoutine(ctx, hits);
  let phraseHit = false;
  for (let i = 0; i < hits.length && !phraseHit; i++) phraseHit = hits[i]?.category === 'doxxing';
  // A street suffix among the tokens (word-table flags; the set itself is checked by the detector).
  const street = (ctx.tok.flags & W_STREET) !== 0;
  const found = detectPersonalInfo(ctx.original, phraseHit, street, ctx.digits);
  if (found.length === 0) return;
  const { keys, count } = ctx.tok;
  let publicCtx = false;
  let homeCtx = false;
  for (let t = 0; t < count; t++) {
    const k = keys[t] ?? '';
    if (ctx.lex.sets.publicInfo.has(k)) publicCtx = true;
    // "House of Commons", "House of Lords": Parliament, not someone's house.
    if (HOME_WORDS.has(k) && !(k === 'house' && keys[t + 1] === 'of')) homeCtx = true;
  }
  for (const d of found) {
    let score = SCORES[d.kind];
    if (score === 0) continue;
    // Parliament's and Downing Street's postcodes are on every MP's letterhead.
    if (d.kind === 'postcode' && PUBLIC_POSTCODES.has(d.value.toUpperCase().replace(/\s+/g, ''))) continue;
    // A public word right next to the detail ("the constituency office number is …", "22 Market
    // Street is her OFFICE") says what it is, whatever else the post mentions.
    // …unless it is negated or a private word sits right by the detail ("his private mobile: …,
    // not his office").
    const publicHere =
      publicCtx &&
      wordNear(ctx, ctx.lex.sets.publicInfo, d.start - 40, d.end + 40) &&
      !wordNear(ctx, PRIVATE_WORDS, d.start - 40, d.end);
    if (homeCtx && !publicHere) score = Math.min(0.95, score + 0.25);
    else if (publicCtx) score = d.kind === 'mobile' ? 0.4 : 0;
    if (score <= 0) continue;
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
}
