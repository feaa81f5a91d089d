import type { Context } from '../context';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { indexByAnchor, phraseAt as phraseAt_IMPORT, type Anchored } from './anchoredPhrases';

// Module-local binding (tsx/vitest compile imports to getters called on every use).
const phraseAt = phraseAt_IMPORT;
const windowHas = windowHas_IMPORT;

/**
 * Rules that count kinds of cue (rules/intimidation.ts, selfHarmCues.ts, incitementCues.ts): each
 * cue is ordinary talk alone, and the rule fires on a combination of kinds. The phrases of each kind
 * are found from their rarest word, so a rule's word-table flag is set on rare words only.
 */

/**
 * Words too common to find a phrase from, most common first (counted in 10,000 OLID tweets: "you" is
 * in 3,878 of them, "what" 877, "now" 426). A phrase is found from its longest word outside these
 * lists, else from the one latest in them. FREQUENT words (in 60 or more of those tweets) never open
 * a rule; the OCCASIONAL ones (25 to 60) may, when a phrase has no rarer word ("found dead").
 */
const FREQUENT = (
  'you i the a to of for be it in on me my we your what like will would could from know when now ' +
  'there he she that his her him have was its at if how out can go well u ur were these make where ' +
  'nothing after always which every getting someone own something next while remember talking around ' +
  'coming until find watch see time one day days got ill im ive id not no wont just about with this ' +
  'they them our us all more than said made work ever kind @user is and or but so does did off into ' +
  'onto as by an are am has had should been being very too who home dont do get want over man take ' +
  'country another doing needs come person mean enough done under through without yourself up ' +
  'any anyone go thing still everyone use look saying rest much love hope please big best let party ' +
  'better'
).split(' ');
const OCCASIONAL = (
  'whos whats went himself lose found shut least wants happen face nobody miss herself top prove tried ' +
  'close block deep wall break dead run worse attack hit alone killed shot office house place end ' +
  'live leave hard game didnt life'
).split(' ');
const COMMON = [...FREQUENT, ...OCCASIONAL];
const FREQUENT_SET = new Set(FREQUENT);
export function anchorRank(w: string): number {
  const i = COMMON.indexOf(w);
  return i < 0 ? 1000 + w.length : i;
}

/** A cue phrase's kind (one bit) and extra data a rule may attach. */
export type CueIndex<T = undefined> = Map<string, Anchored<{ kind: number; extra: T }>[]>;

/** Index the phrases of each kind by anchor word. */
export function cueIndex(kinds: [number, string[]][]): CueIndex {
  return indexByAnchor(
    kinds.flatMap(([kind, list]) =>
      list.map((text): [string[], { kind: number; extra: undefined }] => [
        text.split(' '),
        { kind, extra: undefined },
      ]),
    ),
    anchorRank,
  );
}

/**
 * The anchors of the phrases whose kind is in `mask`, leaving out FREQUENT words unless the phrase's
 * kind is also in `always`: the words that set a rule's flag. A phrase made only of frequent words
 * ("who is next") is then read once the rule is open but does not open it, unless its kind says too
 * much to wait for another ("you know what to do").
 */
export function openingAnchors<T>(index: CueIndex<T>, mask: number, always = 0): string[] {
  return [...index]
    .filter(([w, list]) =>
      list.some((e) => (e.data.kind & mask) !== 0 && (!FREQUENT_SET.has(w) || (e.data.kind & always) !== 0)),
    )
    .map(([w]) => w);
}

/** A cue found: its kind, first token and one past its last. */
export type Found = [number, number, number];

/**
 * The first phrase of each kind in the post (pushed to `found`); returns the kinds found. Phrases
 * that `accept` refuses (a figure of speech, a topic) are skipped.
 */
export function scanCues(
  ctx: Context,
  index: CueIndex,
  found: Found[],
  accept?: (kind: number, from: number, to: number) => boolean,
): number {
  const { keys, count } = ctx.tok;
  let kinds = 0;
  for (let t = 0; t < count; t++) {
    const list = index.get(keys[t] ?? '');
    if (list === undefined) continue;
    for (const { phrase, at, data } of list) {
      const from = t - at;
      if ((kinds & data.kind) !== 0 || !phraseAt(keys, from, phrase)) continue;
      if (accept && !accept(data.kind, from, from + phrase.length)) continue;
      kinds |= data.kind;
      found.push([data.kind, from, from + phrase.length]);
    }
  }
  return kinds;
}

/** Whether a token names a person (context.ts `person`; the array is scratch, longer than the post). */
export function namesSomeone(ctx: Context): boolean {
  const { person } = ctx;
  for (let k = 0; k < ctx.tok.count; k++) if (person[k] === 1) return true;
  return false;
}

/** A court or police case: "jailed for offering £500 to whoever…" reports the cues, it does not use them. */
const CASE_WORDS = new Set([
  'jailed',
  'sentenced',
  'convicted',
  'charged',
  'arrested',
  'court',
  'guilty',
  'pleaded',
  'prosecuted',
  'trial',
  'magistrates',
  'judge',
]);
export function reportsACase(ctx: Context): boolean {
  return windowHas(ctx, CASE_WORDS, 0, ctx.tok.count);
}
