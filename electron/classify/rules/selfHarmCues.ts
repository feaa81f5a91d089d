import type { Context } from '../context';
import { SELF_HARM_HELP } from '../everydayGuards';
import { sentenceEnd as sentenceEnd_IMPORT, sentenceStart as sentenceStart_IMPORT } from '../guards';
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
const sentenceStart = sentenceStart_IMPORT;
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
// Bits 8-10, 18 and 30: the other cue rules use 0-7, 11-17, 19-29 (one scan: rules/abuseCues.ts).
const MEANS = 1 << 8;
const END = 1 << 9;
const URGE = 1 << 10;
/**
 * A figure of speech for quitting that becomes self-harm when the writer says it is meant literally:
 * "fall on your sword", "take a long walk off a short cliff", "give it up".
 */
const FIGURE = 1 << 30;
/**
 * The writer saying so: "Literally.", "And I mean literally", "And I don't mean his term", "No the
 * seat, yer life", "resignation isn't enough". An urge too ("end it. And I don't mean his term").
 */
const LITERAL = 1 << 18;
/** Every self-harm cue kind. */
export const SELF_HARM_KINDS = MEANS | END | URGE | FIGURE | LITERAL;
/** Kinds that open the scan (W_ABUSE_CUE, rules/abuseCues.ts): a means, an end or a figure; the others are read once it is open. */
export const SELF_HARM_OPENING = MEANS | END | FIGURE;
const KIND_NAMES = new Map<number, string>([
  [MEANS, 'means'],
  [END, 'end'],
  [URGE, 'urge'],
  [FIGURE, 'figure'],
  [LITERAL, 'literal'],
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
      'brains out',
      'whole bottle',
      'cliff',
      'the forth',
      'the severn',
      'the tay',
      'the wear',
      'the avon',
      'the ouse',
      'the trent',
      'the taff',
      'tyne bridge',
      'severn bridge',
      'humber bridge',
      'forth bridge',
      'erskine bridge',
      'tay bridge',
      'samurai',
      'seppuku',
      'harakiri',
      'hara kiri',
      '💊',
      'step in front of',
      'stand in front of',
      'every pill',
      'full bottle',
      'severn crossing',
      'tay road bridge',
      'medicine cabinet',
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
      'to your funeral',
      'at your funeral',
      'wouldnt be missed',
      'widnae be missed',
      'wouldnae be missed',
      'did himself in',
      'did herself in',
      'do yourself in',
      'do himself in',
      'do herself in',
      'with you breathing',
      'you still breathing',
      'still alive',
      'dark thoughts',
      'stay under',
      'one way trip',
      'obvious exit',
      'didnt wake up',
      'dont wake up',
      'stop permanently',
      'cry at the funeral',
      'cry at your funeral',
      'felt suicidal',
      'feel suicidal',
      'feeling suicidal',
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
      'if i was as',
      'if i were as',
      'tidy solution',
      'suggest that you',
      'suggest you',
      'you consider',
      'consider taking',
      'follow through',
      'career advice',
      'free advice',
      'some advice',
      'act on them',
      'rectify it',
      'rectify that',
      'jump',
      'the guts to',
      'had the guts',
      'any decency',
      'ony decency',
      'any honour',
      'shred of',
      'hint hint',
      'take the hint',
      'try the other option',
      'keep going',
      'bottoms up',
      'telling you to',
      'heres a cure',
      'done us all a favour',
      'try harder',
      'only thing you could do',
      'most useful thing',
      'do something about that',
      'start with',
      'listen to it',
    ],
  ],
  [
    FIGURE,
    [
      'fall on your sword',
      'fall on his sword',
      'fall on her sword',
      'fall on their sword',
      'long walk off a short',
      'long walk off the short',
      'walk off a cliff',
      'give it up',
      'gie it up',
      'jack it in',
    ],
  ],
  [
    LITERAL,
    [
      'literally',
      'i dont mean',
      'not the seat',
      'no the seat',
      'not your seat',
      'resignation isnt enough',
      'resigning isnt enough',
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
  const { keys } = ctx.tok;
  // "Literally." on its own, or "I mean literally": not "this bill will literally end it for farmers".
  if (kind === LITERAL && keys[from] === 'literally')
    return keys[from - 1] === 'mean' || (sentenceStart(ctx, from) === from && sentenceEnd(ctx, from) === to);
  if (kind !== MEANS) return true;
  // "Rope's a fiver" reads as "ropes"; "on the ropes", "learn the ropes" are figures of speech.
  if (keys[from] === 'ropes' && keys[from - 1] === 'the') return false;
  // "Walk off a cliff with this budget, why don't you": the policy goes over the edge.
  const end = sentenceEnd(ctx, to - 1);
  if (windowHas(ctx, ctx.lex.sets.policyNouns, to, Math.min(end, to + 3))) return false;
  // "rope in some volunteers"; but "the highest multi-storey in Stourhithe" is a place.
  const after = keys[to] ?? '';
  if (after === 'in' && keys[to - 1] !== 'rope') return true;
  return !TOPIC_AFTER.has(after) || to >= end;
}

/** Self-harm encouraged, from the cues found in the post (rules/abuseCues.ts scans for them). */
export function selfHarmFromCues(ctx: Context, scanned: number, found: Found[], hits: RuleHit[]): void {
  let kinds = scanned;
  // The writer saying it is meant: an urge; with a figure of speech for quitting, the end and the urge.
  if ((kinds & LITERAL) !== 0) kinds |= (kinds & FIGURE) !== 0 ? URGE | END : URGE;
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
