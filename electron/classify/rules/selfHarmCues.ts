import type { Context } from '../context';
import { SELF_HARM_HELP } from '../everydayGuards';
import { sentenceEnd as sentenceEnd_IMPORT } from '../guards';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import {
  aimedAtSomeone as aimedAtSomeone_IMPORT,
  pushCues as pushCues_IMPORT,
  reportsACase as reportsACase_IMPORT,
  type Found,
} from './cueScan';
import type { RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const sentenceEnd = sentenceEnd_IMPORT;
const windowHas = windowHas_IMPORT;
const aimedAtSomeone = aimedAtSomeone_IMPORT;
const reportsACase = reportsACase_IMPORT;
const pushCues = pushCues_IMPORT;

/**
 * Self-harm encouraged in pieces, where no single sentence says "kill yourself": "Rope's a fiver at
 * B&Q, Minister. I'll even chip in", "There's a tall car park in Stainmoor. Top floor. You know what
 * to do Dan", "Nobody would light a candle. Go on, Neil. Get it done." Three kinds of cue:
 *  - MEANS: a way to die (rope, pills, bleach, "top floor", "the train tracks", "your wrists");
 *  - END: the person's death or absence in other words ("end it", "nobody would miss you", "one fewer
 *    of you", "can't face another day");
 *  - URGE: the writer pushing ("go on", "you know what to do", "do the decent thing", "get on with it",
 *    "if I were you", "we'll even chip in").
 * A post aimed at someone (a second-person word, an @mention or a name) encourages self-harm when a
 * means or an end meets an urge, or a means meets an end. Not in a post that offers help (Samaritans,
 * "struggling", "prevention") or tells of a court case, nor about a means as a topic ("overdose
 * deaths", "the railway line closure", "on the ropes"); quotation, reporting and condemnation are
 * judged by the guards as for every rule.
 */
// Bits 8-10: the other cue rules use 0-7 and 11-23 (one scan: rules/abuseCues.ts).
const MEANS = 1 << 8;
const END = 1 << 9;
const URGE = 1 << 10;
/** Every self-harm cue kind. */
export const SELF_HARM_KINDS = MEANS | END | URGE;
/** Kinds that open the scan (W_ABUSE_CUE, rules/abuseCues.ts): a means or an end; an urge is read once it is open. */
export const SELF_HARM_OPENING = MEANS | END;
const KIND_NAMES = new Map<number, string>([
  [MEANS, 'means'],
  [END, 'end'],
  [URGE, 'urge'],
]);

/** The phrases of each kind. */
export const SELF_HARM_PHRASES: [number, string[]][] = [
  [
    MEANS,
    [
      'rope',
      'ropes',
      'noose',
      'pills',
      'paracetamol',
      'bleach',
      'your wrists',
      'ur wrists',
      'my wrists',
      'his wrists',
      'her wrists',
      'your veins',
      'ur veins',
      'own veins',
      'slit',
      'overdose',
      'hosepipe',
      'the exhaust',
      'top floor',
      'multi storey',
      'multistorey',
      'tall bridge',
      'tall building',
      'tall car park',
      'cliffs',
      'cliff edge',
      'train tracks',
      'the tracks',
      'railway line',
      'train line',
      'front of a train',
      'front of the train',
      'front of a bus',
      'front of the bus',
      'off a bridge',
      'off the bridge',
      'over the edge',
      'medicine cabinet',
      'balcony',
      'tower block',
      'razor',
      'razor blade',
      'deep enough',
      'into a wall',
      'eyes shut',
      'the bath and',
      'viaduct',
      'brig',
      'jump off',
      'jump aff',
      'long drop',
      'under a train',
      'under the train',
      'closer to the edge',
      'a note',
      'quiet room',
      'gentlemans way out',
      'beachy head',
      'beachy heads',
      // Blind55 (2026-12-06, studied): rivers, railings, baths and drops named as the way.
      'the thames',
      'the mersey',
      'the clyde',
      'the tyne',
      'the humber',
      'the canal',
      'over the railing',
      'over the railings',
      'over the rail',
      'climb over',
      'step off',
      'quick way down',
      'slip under',
      'stretch of track',
      'drive off the',
      'drive off a',
      'close to the edge',
      'jumped off',
      'toaster',
      'pill stash',
      'lean right out',
      'lean out',
      'a short step',
      '🌉',
      '🪢',
    ],
  ],
  [
    END,
    [
      'end it',
      'ended it',
      'end it all',
      'end your life',
      'end your own',
      'end ur own',
      'end her own',
      'end his own',
      'own life',
      'topped himself',
      'topped herself',
      'top yourself',
      'top urself',
      'nobody would miss',
      'no one would miss',
      'nobody will miss',
      'no one will miss',
      'nobody would light a candle',
      'one fewer of you',
      'better place without',
      'kinder place without',
      'better off without you',
      'worth carrying on',
      'face another day',
      'live with yourself',
      'live with urself',
      'log off forever',
      'log off permanently',
      'leave leave',
      'not this planet',
      'off this planet',
      'headstone',
      'send flowers',
      'honourable exit',
      'the honourable thing',
      'dont come up',
      'do the world a favour',
      'permanent solution',
      'wont be missed',
      'ended herself',
      'ended himself',
      'end yourself',
      'end urself',
      'end herself',
      'end himself',
      'be done with it',
      'one less',
      'obituary',
      'wreath',
      'not wake up',
      'never wake up',
      'never hear from you again',
      'dont come back',
      'finish it',
      'the permanent one',
      'mortal coil',
      'ending your life',
      'not being here',
      'stop breathing',
      'jumped by now',
      'no one will come looking',
      'noone will come looking',
      'nobody will come looking',
    ],
  ],
  [
    URGE,
    [
      'go on',
      'know what to do',
      'the decent thing',
      'the right thing',
      'get on with it',
      'get it done',
      'act accordingly',
      'be brave',
      'prove',
      'if i were you',
      'if i was you',
      'why dont you',
      'genuine advice',
      'do us all a favour',
      'do everyone a favour',
      'a kindness',
      'chip in',
      'free delivery',
      'save the taxpayer',
      'crack on',
      'use it',
      'caring reminder',
      'gentle reminder',
      'friendly reminder',
      'for your own',
      'still time',
      'step 1',
      'step one',
      'what needs doing',
      'the least you can do',
      'just do it',
      'do one',
      'go have a look',
      'have you tried',
      'have u tried',
      'dont close',
      'just saying',
      'lend you',
      'lend u',
      'if ur short',
      'if youre short',
      'you know the rest',
      'u know the rest',
      'heres a tip',
      'top tip',
      'should try it',
      'do everyone a kindness',
      'dae the world a favour',
      'gan on',
      'off you pop',
      'dare you',
      'do it for the',
      'what are you waiting for',
      'whats he waiting for',
      'whats she waiting for',
      'not too late',
      'act on it',
      'its what you deserve',
    ],
  ],
];

/** Casework and civic words: a post asking for repairs, funding or a reopening is not a push. */
const CASEWORK = new Set([
  'repair',
  'repairs',
  'repaired',
  'fix',
  'fixed',
  'fixing',
  'funding',
  'funded',
  'lift',
  'lifts',
  'cycle',
  'ferry',
  'restoration',
  'restore',
  'bid',
  'closure',
  'closures',
  'reopen',
  'reopening',
  'flood',
  'flooding',
  'flooded',
  'sewage',
  'cladding',
  'potholes',
  'broken',
  'upgrade',
  'towpath',
  'residents',
  'campaign',
  'petition',
  'recall',
  'swim',
  'swimming',
  // Rope for a tug of war, a climbing wall or the scouts; praise for new railings.
  'tug',
  'scouts',
  'climbing',
  'appreciate',
  'brilliant',
]);
/** A means as a topic: "overdose deaths", "rope access", "the railway line reopening". */
const TOPIC_AFTER = new Set([
  'ban',
  'bans',
  'swing',
  'bridge',
  'burns',
  'team',
  'deaths',
  'death',
  'rates',
  'rate',
  'figures',
  'policy',
  'prices',
  'price',
  'shortage',
  'shortages',
  'strategy',
  'safety',
  'netting',
  'fence',
  'fencing',
  'repairs',
  'closure',
  'closed',
  'access',
  'in',
  'reopening',
  'upgrade',
  'electrification',
  'funding',
  'tax',
]);

/** A means named as a topic ("overdose deaths", "the railway line closure") is not a cue. */
export function selfHarmCueAccepted(ctx: Context, kind: number, from: number, to: number): boolean {
  if (kind !== MEANS) return true;
  const { keys } = ctx.tok;
  // "Rope's a fiver" reads as "ropes"; "on the ropes", "learn the ropes" are figures of speech.
  if (keys[from] === 'ropes' && keys[from - 1] === 'the') return false;
  return !TOPIC_AFTER.has(keys[to] ?? '') || to >= sentenceEnd(ctx, to - 1);
}

/** Self-harm encouraged, from the cues found in the post (rules/abuseCues.ts scans for them). */
export function selfHarmFromCues(ctx: Context, kinds: number, found: Found[], hits: RuleHit[]): void {
  if ((kinds & (MEANS | END)) === 0) return;
  if ((kinds & URGE) === 0 && (kinds & (MEANS | END)) !== (MEANS | END)) return;
  if (!aimedAtSomeone(ctx)) return;
  if (windowHas(ctx, SELF_HARM_HELP, 0, ctx.tok.count) || reportsACase(ctx)) return;
  // Casework and civic talk name the same bridges, rivers, lifts and pills ("the railway line by the
  // Thames would make a great cycle path", "friendly reminder: the toaster recall ends Friday").
  if (windowHas(ctx, CASEWORK, 0, ctx.tok.count) || windowHas(ctx, ctx.lex.sets.gratitude, 0, ctx.tok.count))
    return;
  pushCues(found, KIND_NAMES, 'self_harm', 'self_harm', hits);
}
