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
 * Words too common to find a phrase from, most common first (how many of 10,000 OLID tweets hold
 * them: "the" 4,185, "you" 2,609, "now" 413). A phrase is found from its word outside these lists,
 * longest first, else from its least common word in them. FREQUENT words never open a rule; the
 * OCCASIONAL ones (most in 25 to 60 of those tweets) may, when a phrase has no rarer word ("found
 * dead", "end it").
 */
const FREQUENT = (
  '@user the is to a and you are of i in that he for she it this on not with be have so they all ' +
  'what your like but just if about we dont as was do will its no who her at by from how my his ' +
  'out or an has up get know one me can when more now him would them there im should our time go ' +
  'us want been being see than were too these any love make still well did over had much man does ' +
  'take better where country another very hope look said u doing off party into could thing ' +
  'nothing got please after am always day work ever every which big best getting everyone anyone ' +
  'saying let needs own someone made person come mean enough done use next while remember ive ' +
  'talking around wont under coming until find home watch kind through without yourself rest'
).split(' ');
const OCCASIONAL = (
  'ill something ur days id onto didnt life hard game wants place end live whats house leave face ' +
  'attack went least dead hit happen shot himself lose run close deep worse shut killed prove ' +
  'found tried office break alone whos top nobody herself wall block miss'
).split(' ');
const COMMON = [...FREQUENT, ...OCCASIONAL];
const FREQUENT_SET = new Set(FREQUENT);
/** Whether a word is too common to open a rule. */
export function isFrequent(w: string): boolean {
  return FREQUENT_SET.has(w);
}
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
