import type { Context } from '../context';
import { addressedInPost as addressedInPost_IMPORT } from '../guards';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';
import { AnchorIndex, indexByAnchor, phraseAt as phraseAt_IMPORT } from './anchoredPhrases';

// Module-local binding (tsx/vitest compile imports to getters called on every use).
const phraseAt = phraseAt_IMPORT;
const windowHas = windowHas_IMPORT;
const addressedInPost = addressedInPost_IMPORT;
const ruleHit = ruleHit_IMPORT;

/**
 * Rules that count kinds of cue (rules/intimidation.ts, selfHarmCues.ts, incitementCues.ts): each
 * cue is ordinary talk alone, and the rule fires on a combination of kinds. The phrases of each kind
 * are found from their rarest word, so a rule's word-table flag is set on rare words only.
 */

/**
 * The 600 words held by the most of 10,000 OLID tweets, most common first ("the" is in 4,185 of them,
 * "you" in 2,609; the last in 36). A phrase is found from its word outside this list, longest first,
 * else from its least common word in it: the rule then wakes on the rarest word it can.
 */
const BY_FREQUENCY = (
  '@user the is to a and you are of i in that he for she it this on not with liberals be have so ' +
  'they antifa all control gun what like your but maga just conservatives if about we dont as was ' +
  'do will its no who people her at by from how my his out or an has up get know their because ' +
  'one me can why when trump think more now him would them amp there im right should good our ' +
  'only thats time go us want shit been going being see never than need were then too back these ' +
  'even any way say love cant make some still well really did over other had much left doesnt ' +
  'also man does believe most those take vote better democrats hes many lol here country where ' +
  'youre another against very same hope great president look said down u kavanaugh doing party ' +
  'years off into stop could thing didnt nothing sure got again keep please after am always ' +
  'liberal trying support yes thank life help new ass day work ever every fuck money america such ' +
  'which woman first laws big best women god getting everyone hate shes anyone care saying give ' +
  'old anything wrong let actually isnt oh white maybe away needs real own someone call person ' +
  'tell made guns fucking bad come things mean something law since before guy world show both ' +
  'long everything black point must year true news violence funny put enough done last stupid ' +
  'talk yet thought truth already twitter use government lying american start fake obama probably ' +
  'anti next far while try republicans part follow free remember may bitch fact lot theyre having ' +
  'job ive state talking read says americans hard dems media political little making sorry around ' +
  'conservative used feel thanks yeah called wont today school looks looking under lies reason ' +
  'stand power coming until find home rights racist arent high sense beautiful ill change ' +
  'democrat lie kind game two watch name crazy makes cause problem lost through understand happy ' +
  'hell girl guess ok gop nra whole pretty lets matter exactly using without amazing kag wants ' +
  'place ask ago working end group means either mind family live agree issue play win tweet ' +
  'walkaway yourself comes qanon knows whats s election gets wasnt house supporters seems become ' +
  'though disgusting soros themselves court else wouldnt question wwg1wga theres wow case seen ' +
  'taking heard chicago hear wonder times running proud story ones common child liar men rest ' +
  'history full might death sick republican police head war gonna guys w glad lmao word thinking ' +
  'via course public kids facts words thinks sad less leave fight tcot playing violent usa attack ' +
  'judge side open face wanted pay ford guilty absolutely answer happened lives telling told ' +
  'crime went together dead different awesome team instead once calling least shame victim ' +
  'assault wait hit happen politics fine goes children idiot few bring patriots false justice ' +
  'bill r evil paid shot behind watching democratic agenda trumps bet following cute idea hey ' +
  'literally canada bullshit correct book worst damn soon imagine blame seriously himself others ' +
  'sexual jail boy sounds corrupt hurt social ur innocent sucks brexit speak destroy definitely n ' +
  'friends speech fun important stay cannot baby citizens list able human fbi act red listen ' +
  'supporting fascist clearly lose illegal low million criminals congress run took days clinton ' +
  'id saw holder omg poor health terrorist close shooting labour line business friend b issues ' +
  'asking hillary leftist forget kill worse california truly attention nice aint sex works ' +
  'society deep 2a dumb check video proven self shows evidence shut killed hold second elected ' +
  'cares knew deal each'
).split(' ');
const RANK = new Map(BY_FREQUENCY.map((w, i) => [w, i]));
export function anchorRank(w: string): number {
  return RANK.get(w) ?? 1000 + w.length;
}

/**
 * Words too common to open a rule: a phrase made only of them ("know their place") is read once the
 * rule is open but does not open it. Chosen by hand from the list above (function words and the
 * commonest verbs), so that "found dead" or "end it" may still open one.
 */
const FREQUENT = new Set(
  (
    '@user the is to a and you are of i in that he for she it this on not with be have so they ' +
    'all what your like but just if about we dont as was do will its no who her at by from how my ' +
    'his out or an has up get know one me can when more now him would them there im should our ' +
    'time go us want been being see than were too these any love make still well did over had ' +
    'much man does take better where country another very hope look said u doing off party into ' +
    'could thing nothing got please after am always day work ever every which big best getting ' +
    'everyone anyone saying let needs own someone made person come mean enough done use next ' +
    'while remember ive talking around wont under coming until find home watch kind through ' +
    'without yourself rest their because only never doesnt against down again give away things ' +
    'making woman women back shes something change little arent happy girl means public pay ' +
    'thinking game ur whats house place imagine says keep good'
  ).split(' '),
);
/** Whether a word is too common to open a rule. */
export function isFrequent(w: string): boolean {
  return FREQUENT.has(w);
}

/** A cue phrase's kind (one bit) and extra data a rule may attach. */
export type CueIndex<T = undefined> = AnchorIndex<{ kind: number; extra: T }>;

/** Index the phrases of each kind by anchor word. */
export function cueIndex(kinds: [number, string[]][]): CueIndex {
  const byAnchor = indexByAnchor(
    kinds.flatMap(([kind, list]) =>
      list.map((text): [string[], { kind: number; extra: undefined }] => [
        text.split(' '),
        { kind, extra: undefined },
      ]),
    ),
    anchorRank,
  );
  return new AnchorIndex(byAnchor);
}

/**
 * The anchors of the phrases whose kind is in `mask`, leaving out FREQUENT words unless the phrase's
 * kind is also in `always`: the words that set a rule's flag. A phrase made only of frequent words
 * ("who is next") is then read once the rule is open but does not open it, unless its kind says too
 * much to wait for another ("you know what to do"). Kinds in `rare` open the rule only from words
 * outside the 600 commonest (BY_FREQUENCY): "ironing" and "pinny" may, "kids" and "looks" wait for
 * another kind to open it.
 */
export function openingAnchors<T>(index: CueIndex<T>, mask: number, always = 0, rare = 0): string[] {
  return [...index]
    .filter(([w, list]) =>
      list.some(
        (e) =>
          ((e.data.kind & mask) !== 0 && (!FREQUENT.has(w) || (e.data.kind & always) !== 0)) ||
          ((e.data.kind & rare) !== 0 && !RANK.has(w)),
      ),
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
    if (!ctx.tokenIn(t, index.anchors)) continue;
    const list = index.get(keys[t]!)!;
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

const HER = new Set(['she', 'her', 'shes']);

/** "she", "her": the post is about a woman even when her name is not recognised (a reply, lower case). */
export function aboutHer(ctx: Context): boolean {
  return windowHas(ctx, HER, 0, ctx.tok.count);
}

/** Whether the post speaks to someone (a second-person word, an @mention) or names someone. */
export function aimedAtSomeone(ctx: Context): boolean {
  return addressedInPost(ctx) || namesSomeone(ctx);
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
  'convicts',
  'sentencing',
]);
/** Courts named by their kind ("Harbury Crown Court"); another capitalised word names a building. */
const COURT_KINDS = new Set([
  'crown',
  'magistrates',
  'county',
  'high',
  'supreme',
  'youth',
  'family',
  'sheriff',
]);
export function reportsACase(ctx: Context): boolean {
  if (!windowHas(ctx, CASE_WORDS, 0, ctx.tok.count)) return false;
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    const k = keys[t] ?? '';
    if (!CASE_WORDS.has(k)) continue;
    // "Flat 6, Mortimer Court", "Heron Court": an address, not a trial.
    if (
      k === 'court' &&
      t > 0 &&
      capitalised(ctx, t) &&
      capitalised(ctx, t - 1) &&
      !COURT_KINDS.has(keys[t - 1] ?? '')
    )
      continue;
    return true;
  }
  return false;
}

/** Does token t end in "'s" ("Nair's", "the minister's")? */
export function possessiveS(ctx: Context, t: number): boolean {
  const end = ctx.tok.end[t] ?? 0;
  const text = ctx.norm.text;
  if (end >= 2 && text.charCodeAt(end - 1) === 115 && text.charCodeAt(end - 2) === 39) return true;
  // A handle's "'s" is not part of its token (tokenise.ts): "@user's".
  return text.charCodeAt(end) === 39 && text.charCodeAt(end + 1) === 115 && ctx.tok.keys[t] === '@user';
}

/** Token t as written in the original text ("FOI'd", "@Gary"), not as normalised. */
export function originalWord(ctx: Context, t: number): string {
  const from = ctx.norm.srcStart[ctx.tok.start[t] ?? 0] ?? 0;
  const to = ctx.norm.srcEnd[(ctx.tok.end[t] ?? 1) - 1] ?? 0;
  return ctx.original.slice(from, to);
}

/** Whether token t starts with a capital letter in the original text. */
export function capitalised(ctx: Context, t: number): boolean {
  const c = ctx.original.charCodeAt(ctx.norm.srcStart[ctx.tok.start[t] ?? 0] ?? 0);
  return c >= 65 && c <= 90;
}

/**
 * Each cue of a rule's kinds (`names`) becomes its own piece of evidence, rule `<prefix>:cue-<name>`,
 * so the Review screen highlights and names every one. Each is weak; together (noisy-or in decide.ts)
 * they pass the rule threshold, and a rule's single cue, where one may stand alone ("I'm not coming to
 * ask a question", "slept her way up"), carries the threshold by itself.
 */
export function pushCues(
  found: Found[],
  names: Map<number, string>,
  category: string,
  prefix: string,
  hits: RuleHit[],
): void {
  let n = 0;
  for (const [kind] of found) if (names.has(kind)) n++;
  const score = n === 1 ? 0.6 : 0.4;
  for (const [kind, from, to] of found) {
    const name = names.get(kind);
    if (name !== undefined) hits.push(ruleHit(category, score, from, to, `${prefix}:cue-${name}`));
  }
}
