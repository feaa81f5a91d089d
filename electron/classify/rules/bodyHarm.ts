import type { Context } from '../context';
import {
  clauseStart as clauseStart_IMPORT,
  sentenceEnd as sentenceEnd_IMPORT,
  sentenceStart as sentenceStart_IMPORT,
} from '../guards';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';
import { DIALECT_ILL, YOULL } from './threat';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const sentenceEnd = sentenceEnd_IMPORT;
const clauseStart = clauseStart_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const span = ruleHit_IMPORT;
const windowHas = windowHas_IMPORT;

/**
 * Violence pictured on the person's body, which no verb list anticipates:
 *  - a weapon in, through or between a part of them: "you'll have a blade between your ribs before
 *    Christmas", "let's see you smile with a broken bottle in your face", "a brick through his skull";
 *  - an injury done to a part of them: "I'll take your head off with a spade", "I'm gonna cave that smug
 *    face in", "we'll kick his teeth in";
 *  - the part injured: "would love to see her get her face smashed in", "you'll get your head kicked in".
 * The writer doing it, or "you" told it will happen, is a threat; wished for ("hope", "would love to
 * see") or asked of others ("can someone chuck acid at his face") it is wishing harm or incitement.
 * The part must be someone's ("your", "his", "that smug", a name's): "a knife to the throat of
 * democracy" and "a kick in the teeth for pensioners" have no owner. Idioms stay out: no back ("a
 * knife in your back" is betrayal), heart, foot or mind in the list, and "you'll break your neck on
 * these pavements" (nobody doing or wishing it) is a complaint, not a threat.
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
  'fingers',
  'arms',
  'arm',
  'leg',
  'hands',
  // Scots and Geordie: "ye'll get yer heed kicked in"
  'heed',
  // "break every bone in your body"
  'body',
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
  'bleach',
  'screwdriver',
  'gun',
]);
const INTO = new Set(['in', 'into', 'through', 'between', 'across', 'to', 'against', 'at', 'over']);
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
  // "ah'll tan yer jaw in"
  'tan',
  'melt',
  'breaks',
  'smashes',
  'snaps',
  'cracks',
]);
/** The part injured: "her face smashed in", "his head kicked in", "your legs broken". */
const INJURED = new Set([
  'smashed',
  'kicked',
  'caved',
  'bashed',
  'punched',
  'stamped',
  'broken',
  'cracked',
  'split',
  'slashed',
  'ripped',
  'melted',
  'blown',
  'knocked',
  'busted',
  'stoved',
  'rearranged',
]);
/** Wishing it or asking others: "hope", "would love to see", "can someone", "whoever". */
const WISHERS = new Set([
  'hope',
  'hoping',
  'hopes',
  'love',
  'wish',
  'praying',
  'pray',
  'dream',
  'deserves',
  'deserve',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'whoever',
  // "I'd laugh my head off if she got acid thrown in her face": glorifying it.
  'laugh',
  'laughing',
  'cheer',
  'celebrate',
]);
/** "you'll get your head kicked in": told to them as what will happen. */
const YOU_WILL = new Set([...YOULL, 'ull', 'youre', 'gonna']);
/** "take your head off": only with "off" after the part ("take your face mask" is not an injury). */
const NEEDS_OFF = new Set(['take']);
// Yorkshire "thi" / "thy" is "your": "tha'll be gettin' thi face rearranged".
const OWNERS = new Set(['your', 'ur', 'yer', 'thi', 'thy', 'his', 'her', 'their', 'that', 'yon']);
const SECOND = new Set(['your', 'ur', 'yer', 'thi', 'thy', 'that', 'yon']);
/** The writer as the one who will do it: "I'll" (and "ah'll", "ar'll"), "I'm gonna", "we'll", "let me". */
const WRITER = new Set([
  ...DIALECT_ILL,
  'i',
  'im',
  'id',
  'ive',
  'we',
  'well',
  'were',
  'wed',
  'ahm',
  'ahd',
  'me',
  'us',
  'gonna',
  'gunna',
  'gonnae',
]);

/** A beating as a noun: "give him a good kicking", "a proper hiding", "a slap from me". */
const BEATINGS = new Set([
  'kicking',
  'hiding',
  'beating',
  'slap',
  'slapping',
  'battering',
  'pasting',
  'leathering',
  'thumping',
  'shoeing',
  'kickin',
  'hidin',
]);
const GIVE = new Set(['give', 'gives', 'giving', 'gie', 'gi']);
/** Between "a" and the beating: "a good kicking", "a proper public hiding". */
const BEATING_ADJ = new Set([
  'good',
  'proper',
  'right',
  'real',
  'public',
  'sound',
  'fucking',
  'bloody',
  'wee',
  'little',
]);
/** Arguments won: "give him a good hiding in the debate", "a kicking at PMQs". */
const CONTESTS = new Set([
  'debate',
  'debates',
  'pmqs',
  'interview',
  'chamber',
  'committee',
  'hustings',
  'argument',
]);
/** Words that open these rules (the word table flags them, so posts without one skip the rules). */
export const BODY_HARM_WORDS = [...BODY, ...BEATINGS];

export function bodyHarmRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 1; t < count; t++) {
    if (BEATINGS.has(keys[t] ?? '')) {
      if (givenBeating(ctx, t, hits)) return;
      continue;
    }
    if (!BODY.has(keys[t] ?? '')) continue;
    let owner = ownerBefore(ctx, t);
    if (owner < 0) continue;
    // the start of a name: "marcus beaumonts smug face"
    while (ctx.person[owner] === 1 && ctx.person[owner - 1] === 1) owner--;
    const from = sentenceStart(ctx, t);
    // "smash them in the polls", "take his head off at the ballot box": a contest.
    if (windowHas(ctx, ctx.lex.sets.electoral, from, sentenceEnd(ctx, t))) continue;
    const second = SECOND.has(keys[owner] ?? '');
    // A weapon in the part: "blade between your ribs", "bottle in your face", "acid at his face".
    if (INTO.has(keys[owner - 1] ?? '')) {
      for (let k = owner - 2; k >= Math.max(from, owner - 5); k--) {
        if (!WEAPONS.has(keys[k] ?? '')) continue;
        // "found with a knife in his chest" is news: a third person's body counts only when someone
        // does, wishes or is asked to do it.
        const by = second ? 'threat' : framing(ctx, from, k);
        if (!by) break;
        hits.push(span(by, 0.8, k, t + 1, `${prefix(by)}:weapon-in-${keys[t] ?? ''}`));
        return;
      }
    }
    // An injury to the part: "I'll take your head off", "gonna kick his teeth in", "break both of
    // Aldridge's legs".
    const whole = bothOf(keys, owner);
    for (let v = whole - 1; v >= Math.max(from, whole - 2); v--) {
      const verb = keys[v] ?? '';
      if (!INJURE.has(verb)) continue;
      if (NEEDS_OFF.has(verb) && keys[t + 1] !== 'off') break;
      // An order opening its clause ("Break his legs, that'll stop him") calls on whoever reads it.
      const by = framing(ctx, from, v) ?? (v === clauseStart(ctx, v) ? 'harm_incitement' : null);
      if (!by) break;
      hits.push(span(by, 0.8, v, t + 1, `${prefix(by)}:injure-${keys[t] ?? ''}`));
      return;
    }
    // The part injured: "see her get her face smashed in", "you'll get your head kicked in".
    if (INJURED.has(keys[t + 1] ?? '')) {
      const by = framing(ctx, from, owner) ?? (youWill(ctx, from, owner) ? 'threat' : null);
      if (by) {
        hits.push(span(by, 0.75, owner, t + 2, `${prefix(by)}:injured-${keys[t] ?? ''}`));
        return;
      }
    }
  }
}

/**
 * "Someone should give Tomasz a good kicking at his surgery", "give em a slap from me", "I'll give
 * you a proper hiding": give + a person + a beating, done, wished or asked for. Not at the ballot box
 * or in a debate ("give them a kicking in May", "a good hiding at PMQs"), and not "the voters gave
 * them a kicking" (no "gave").
 */
function givenBeating(ctx: Context, t: number, hits: RuleHit[]): boolean {
  const keys = ctx.tok.keys;
  let a = t - 1;
  while (a > 0 && BEATING_ADJ.has(keys[a] ?? '')) a--;
  if (keys[a] !== 'a') return false;
  // the person: "him", "em", "you", a name (possibly two words)
  let p = a - 1;
  const w = keys[p] ?? '';
  const pronoun =
    w === 'him' || w === 'her' || w === 'them' || w === 'em' || w === 'you' || w === 'ye' || w === 'u';
  if (!pronoun && ctx.person[p] !== 1) return false;
  while (!pronoun && ctx.person[p - 1] === 1) p--;
  const v = p - 1;
  if (!GIVE.has(keys[v] ?? '')) return false;
  const from = sentenceStart(ctx, t);
  const end = sentenceEnd(ctx, t);
  if (windowHas(ctx, ctx.lex.sets.electoral, from, end) || windowHas(ctx, CONTESTS, from, end)) return false;
  // an order opening its clause ("give em a slap from me") calls on whoever reads it
  const by = framing(ctx, from, v) ?? (v === clauseStart(ctx, v) ? 'harm_incitement' : null);
  if (!by) return false;
  hits.push(span(by, 0.8, v, t + 1, `${prefix(by)}:beating-${keys[t] ?? ''}`));
  return true;
}

/** Rule ids say who does it: "threat:injure-face" (the writer), "harm:injure-face" (wished or called for). */
function prefix(by: 'threat' | 'harm_incitement'): string {
  return by === 'threat' ? 'threat' : 'harm';
}

/**
 * Who brings it about, from the words before `at` in its sentence: the writer ("I'll", "gonna") →
 * threat; a wish or a call on others ("hope", "can someone") → wishing harm; nobody → null. A negator
 * first ("I'd never", "hope nobody") → null.
 */
function framing(ctx: Context, from: number, at: number): 'threat' | 'harm_incitement' | null {
  const s = ctx.lex.sets;
  for (let k = at - 1; k >= Math.max(from, at - 12); k--) {
    const w = ctx.tok.keys[k] ?? '';
    // "would love nothing more than to see …" is no negation
    const idiom = w === 'nothing' && (ctx.tok.keys[k + 1] === 'more' || ctx.tok.keys[k + 1] === 'better');
    if (!idiom && (s.negators.has(w) || w === 'nobody' || w === 'noone')) return null;
    // "I will personally come down to your office and rip your throat out": a verb joined by "and"
    // keeps the intent that opened its clause.
    if (WRITER.has(w) && (k >= at - 6 || ctx.tok.keys[at - 1] === 'and')) return 'threat';
    if (WISHERS.has(w)) return 'harm_incitement';
  }
  return null;
}

/** "you'll get your head kicked in", "you're gonna get your face smashed": said to them. */
function youWill(ctx: Context, from: number, at: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 4); k--) if (YOU_WILL.has(ctx.tok.keys[k] ?? '')) return true;
  return false;
}

/** Before the bones of a part: "every bone in", "all the bones in", "each bone in". */
const BONE_QUANTIFIERS = new Set(['every', 'each', 'all', 'the', 'single']);

/**
 * Before the owner, "both of", "both", "each of", "every bone in": where the whole object starts
 * ("break every bone in that smug face" injures the face).
 */
function bothOf(keys: string[], owner: number): number {
  const w = keys[owner - 1];
  if (w === 'both') return owner - 1;
  const q = keys[owner - 2];
  if (w === 'in' && (q === 'bone' || q === 'bones')) {
    let k = owner - 2;
    while (BONE_QUANTIFIERS.has(keys[k - 1] ?? '')) k--;
    return k;
  }
  return w === 'of' && (q === 'both' || q === 'each' || q === 'all') ? owner - 2 : owner;
}

/** Where the part's owner word is: "your face", "that smug face", "Moorcroft's skull"; -1 if none. */
function ownerBefore(ctx: Context, t: number): number {
  const keys = ctx.tok.keys;
  const owns = (k: number) => OWNERS.has(keys[k] ?? '') || ctx.person[k] === 1;
  if (owns(t - 1)) return t - 1;
  // one describing word between: "your smug face", "that smirking face", "Beaumont's smug face"
  if (t >= 2 && owns(t - 2) && !ctx.lex.sets.stopwords.has(keys[t - 1] ?? '')) return t - 2;
  return -1;
}
