import type { Context } from '../context';
import {
  sentenceEnd as sentenceEnd_IMPORT,
  sentenceStart as sentenceStart_IMPORT,
  windowHas as windowHas_IMPORT,
} from '../guards';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const sentenceEnd = sentenceEnd_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const span = ruleHit_IMPORT;
const windowHas = windowHas_IMPORT;

/**
 * Violence pictured on the person's body, which no verb list anticipates:
 *  - a weapon in, through or between a part of them: "you'll have a blade between your ribs before
 *    Christmas", "let's see you smile with a broken bottle in your face", "a brick through his skull";
 *  - an injury done to a part of them by the writer: "I'll take your head off with a spade", "I'm gonna
 *    cave that smug face in", "we'll kick his teeth in".
 * The part must be someone's ("your", "his", "that smug", a name's): "a knife to the throat of
 * democracy" and "a kick in the teeth for pensioners" have no owner. Idioms stay out: no back ("a
 * knife in your back" is betrayal), heart, foot or mind in the list, and the injury needs the writer
 * as the one doing it, so "you'll break your neck on these pavements" is a complaint, not a threat.
 */
export const BODY = new Set([
  'face',
  'head',
  'skull',
  'ribs',
  'throat',
  'neck',
  'kneecaps',
  'knees',
  'legs',
  'teeth',
  'jaw',
  'eyes',
  'spine',
  'brains',
  'guts',
  'nose',
  'chest',
]);
const WEAPONS = new Set([
  'blade',
  'knife',
  'bottle',
  'glass',
  'brick',
  'bullet',
  'bullets',
  'hammer',
  'spade',
  'axe',
  'bat',
  'machete',
  'crowbar',
  'acid',
  'screwdriver',
]);
const INTO = new Set(['in', 'into', 'through', 'between', 'across', 'to', 'against']);
/** Verbs of injury that take a body part: "smash your face in", "snap his neck", "blow your brains out". */
const INJURE = new Set([
  'take',
  'cave',
  'caving',
  'smash',
  'smashing',
  'kick',
  'kicking',
  'knock',
  'knocking',
  'break',
  'breaking',
  'snap',
  'snapping',
  'blow',
  'rip',
  'tear',
  'punch',
  'punching',
  'bash',
  'bashing',
  'stamp',
  'stamping',
  'stove',
  'crack',
  'cracking',
  'slit',
  'cut',
  'split',
  'burst',
  'gouge',
  'rearrange',
  'melt',
]);
/** "take your head off": only with "off" after the part ("take your face mask" is not an injury). */
const NEEDS_OFF = new Set(['take']);
const OWNERS = new Set(['your', 'ur', 'yer', 'his', 'her', 'their', 'that', 'yon']);
const SECOND = new Set(['your', 'ur', 'yer', 'that', 'yon']);
/** The writer as the one who will do it: "I'll", "I'm gonna", "we'll", "let me", "ah'll". */
const WRITER = new Set([
  'i',
  'ill',
  'im',
  'id',
  'ive',
  'we',
  'well',
  'were',
  'wed',
  'ahll',
  'ahm',
  'ahd',
  'me',
  'us',
  'gonna',
  'gunna',
  'gonnae',
]);

export function bodyHarmRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 1; t < count; t++) {
    if (!BODY.has(keys[t] ?? '')) continue;
    const owner = ownerBefore(ctx, t);
    if (owner < 0) continue;
    const from = sentenceStart(ctx, t);
    // "smash them in the polls", "take his head off at the ballot box": a contest.
    if (windowHas(ctx, ctx.lex.sets.electoral, from, sentenceEnd(ctx, t))) continue;
    const second = SECOND.has(keys[owner] ?? '');
    // A weapon in the part: "blade between your ribs", "bottle in your face".
    if (INTO.has(keys[owner - 1] ?? '')) {
      for (let k = owner - 2; k >= Math.max(from, owner - 5); k--) {
        if (!WEAPONS.has(keys[k] ?? '')) continue;
        // "found with a knife in his chest" is news: a third person's body counts only with the writer
        // as the one doing it.
        if (!second && !writerBefore(ctx, from, k)) break;
        hits.push(span('threat', 0.8, k, t + 1, `threat:weapon-in-${keys[t] ?? ''}`));
        return;
      }
    }
    // An injury to the part, by the writer: "I'll take your head off", "gonna kick his teeth in".
    for (let v = owner - 1; v >= Math.max(from, owner - 2); v--) {
      const verb = keys[v] ?? '';
      if (!INJURE.has(verb)) continue;
      if (NEEDS_OFF.has(verb) && keys[t + 1] !== 'off') break;
      if (!writerBefore(ctx, from, v)) break;
      hits.push(span('threat', 0.8, v, t + 1, `threat:injure-${keys[t] ?? ''}`));
      return;
    }
  }
}

/** Where the part's owner word is: "your face", "that smug face", "Moorcroft's skull"; -1 if none. */
function ownerBefore(ctx: Context, t: number): number {
  const keys = ctx.tok.keys;
  if (OWNERS.has(keys[t - 1] ?? '') || ctx.person[t - 1] === 1) return t - 1;
  // one describing word between: "your smug face", "that smirking face", "his thick skull"
  if (t >= 2 && OWNERS.has(keys[t - 2] ?? '') && !ctx.lex.sets.stopwords.has(keys[t - 1] ?? '')) return t - 2;
  return -1;
}

/** The writer as subject within six words before `at`, in the same sentence. */
function writerBefore(ctx: Context, from: number, at: number): boolean {
  const s = ctx.lex.sets;
  for (let k = at - 1; k >= Math.max(from, at - 6); k--) {
    const w = ctx.tok.keys[k] ?? '';
    if (s.negators.has(w)) return false; // "I'd never break your jaw"
    if (WRITER.has(w)) return true;
  }
  return false;
}
