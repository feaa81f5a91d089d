import type { Context } from '../context';
import { sentenceStart as sentenceStart_IMPORT } from '../guards';
import { wordList } from '../wordLists';
import { possessiveS } from './cueScan';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const sentenceStart = sentenceStart_IMPORT;
const span = ruleHit_IMPORT;

/**
 * The writer ready to go to prison for what they would do to someone: "Gonna do time for Pembry.
 * worth it.", "worth doing life for Ashcombe", "I'd go to jail for that woman". A sentence served
 * "for" a person (a name, "her", "him", "you", "that woman") by the writer; not a demand that the
 * person be jailed ("Pembry should do time for this", "he'll do time for fraud"), where the subject
 * is someone else or the sentence is for a deed.
 */
const SENTENCES = wordList(['time', 'life', 'porridge', 'bird', 'prison', 'jail', 'stretch']);
/** Before the sentence: "do time", "serving life", "a stretch" after "do"; "go to prison". */
const SERVE = new Set(['do', 'doing', 'did', 'done', 'serve', 'serving', 'served']);
const GO = new Set(['go', 'going', 'gone', 'went', 'goes']);
/** "that woman", "this clown": a person after "that" / "this". */
const PEOPLE = new Set([
  'woman',
  'man',
  'bloke',
  'guy',
  'minister',
  'mp',
  'cow',
  'prick',
  'clown',
  'traitor',
  'creep',
]);
/** Someone else serving it: "Pembry should do time", "she'll do time for him". */
const OTHERS = new Set([
  'he',
  'she',
  'they',
  'hes',
  'shes',
  'hed',
  'shed',
  'hell',
  'shell',
  'theyll',
  'theyd',
  'theyre',
  'someone',
  'somebody',
]);

/** "my mum did time for …", "our lad": someone of the writer's serving it, in the past as often as not. */
const POSSESSED = new Set(['my', 'our', 'his', 'their']);

function personAt(ctx: Context, k: number): boolean {
  const w = ctx.tok.keys[k] ?? '';
  if (w === 'her' || w === 'him' || w === 'you' || w === 'u' || ctx.person[k] === 1) return true;
  return (w === 'that' || w === 'this') && PEOPLE.has(ctx.tok.keys[k + 1] ?? '');
}

/** Where the serving starts before the sentence word at t ("do time", "go to prison", "do a stretch"), or -1. */
function servedFrom(keys: readonly string[], t: number): number {
  const b = keys[t - 1] === 'a' ? t - 2 : t - 1;
  if (SERVE.has(keys[b] ?? '')) return b;
  if (keys[t - 1] === 'to' && GO.has(keys[t - 2] ?? '')) return t - 2;
  return -1;
}

export function prisonWorthItRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 1; t < count; t++) {
    if (!ctx.tokenIn(t, SENTENCES) || keys[t + 1] !== 'for' || !personAt(ctx, t + 2)) continue;
    const from = servedFrom(keys, t);
    if (from < 0) continue;
    // The writer serves it: no one else is the subject between the sentence's start and the verb.
    let other = false;
    for (let k = Math.max(sentenceStart(ctx, from), from - 4); k < from; k++)
      if (OTHERS.has(keys[k] ?? '') || POSSESSED.has(keys[k] ?? '') || ctx.person[k] === 1) other = true;
    if (other) continue;
    // For the person, not for something of theirs ("did time for Pembry's lies").
    if (possessiveS(ctx, t + 2)) continue;
    hits.push(span('threat', 0.85, from, t + 3, 'threat:prison-worth-it'));
    return;
  }
}
