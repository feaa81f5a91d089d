import type { Context } from '../context';
import { windowHas } from '../tokenWindow';
import { electoralPost, sentenceEnd, sentenceStart } from '../guards';
import { standsWith } from '../supportGuards';
import { reportsACase } from './cueScan';
import { noisyOr, ruleHit, type RuleHit } from './hit';

/**
 * Menace with nothing to explain it away. Many threats use a phrase that is menacing only in context:
 * "see what happens", "wear a helmet", "patience runs out", "you won't make it to conference". Alone,
 * such a phrase is weak evidence (below the label bar), because the same words turn up in
 * election talk ("you'll regret this vote, mark my words"), news ("MPs given panic alarms"), thanks
 * and organising ("bring your mates to the square"). When the post has none of those readings, the
 * phrase is taken at its word: a second, weak piece of evidence joins it and together they pass the bar.
 *
 * The same holds for a push towards self-harm ("just jump"), unless the post tells them to resign
 * or the writer is talking about themselves ("I want to slit my wrists").
 *
 * Measured when it was written (2026-12-06): on the twenty-five never-read blind sets it caught 95
 * more abusive posts (48 threats, 38 calls for harm) for 11 more false alarms of 3,810 harmless ones;
 * taking self-harm phrases too caught 6 more for none. See the README.
 */

const DANGEROUS = ['threat', 'harm_incitement', 'self_harm'];
/** Rule ids name the category as the other rules of each do ("harm:…" for incitement). */
const RULE_PREFIX: Record<string, string> = {
  threat: 'threat',
  harm_incitement: 'harm',
  self_harm: 'self_harm',
};
/** The phrase's own evidence must be at least this (weaker hits are words, not phrases)… */
const LOW = 0.3;
/** …and below the label bar (decide.ts `rule`): above it, the phrase labels the post by itself. */
const BAR = 0.5;
const EVIDENCE = 0.3;
/**
 * Phrases too common in ordinary talk to be taken at their word: each fires on about one in ten
 * thousand of the 64,663 training-dataset posts or more ("get her fired", "smiling from ear to ear",
 * "good riddance"), against a handful or none for the rest.
 */
const COMMON = new Set(
  [
    'get her',
    'get him',
    'heart attack',
    'see what happens',
    'ear to ear',
    'good riddance',
    'civil war',
    'someone will',
    // a career's end: "do one, you're finished"
    'youre finished',
    'a rope',
    'end it',
  ].flatMap((p) => [`lex:threat:${p}`, `lex:harm_incitement:${p}`, `lex:self_harm:${p}`]),
);

/** News (court cases: cueScan.ts `reportsACase`) and links (a headline shared): the phrase is quoted or described. */
const NEWS = new Set(['url', 'news', 'report', 'reported', 'reports', 'police', 'debate']);
/**
 * Abuse talked of as a thing someone gets ("the death threats she's had", "the abuse in her replies"):
 * a post about threats tells of them, and a weak phrase in it is taken as told, not as made.
 */
const ABUSE_TALK = new Set(['threats', 'abuse', 'harassment', 'trolling', 'trolls', 'intimidation']);
/** Praise beside the thanks of lexicons/guards.json `gratitude` ("helped my gran get her heating fixed", "deserves a medal", "she is awesome"). */
const PRAISE = new Set(['thank', 'proud', 'helped', 'medal', 'awesome', 'amazing', 'brilliant']);
/** Careers ended at the ballot box, civic organising, safety talk, the chamber's sport. */
const CIVIC = new Set([
  'p45',
  'recall',
  'petition',
  'pmqs',
  'committee',
  'residents',
  'association',
  'objections',
  'banners',
  'placards',
  'placard',
  'security',
  'kinder',
  'safe',
  'toast',
  'consultation',
  'leaflet',
  'leaflets',
  'doorstep',
  'canvassing',
  'questions',
  'mayoral',
  'boundary',
  'memoirs',
  'race',
]);

/** A visit's stated, peaceful purpose: "to ask about petrol prices", "to discuss the bypass". */
const PURPOSES = new Set([
  'ask',
  'discuss',
  'talk',
  'raise',
  'complain',
  'speak',
  'chat',
  'hear',
  'listen',
  'lobby',
  'sign',
  'deliver',
  'present',
  'thank',
]);
/** "The bill will be dead by Christmas", "if the office had an accident with the boiler": a thing is harmed. */
const THINGS = new Set([
  'department',
  'ministry',
  'government',
  'boiler',
  'building',
  'economy',
  'website',
  'system',
  // Local services and projects ("a shame if the bus franchise fell through").
  'franchise',
  'service',
  'route',
  'bridge',
  'library',
  'hospital',
  'school',
  'project',
  'bypass',
  'funding',
  'contract',
  'bid',
  'station',
  'pool',
  'museum',
  // "every shop on Castle Street will be dead by Christmas"
  'shop',
  'shops',
  'pub',
  'pubs',
  'business',
  'businesses',
  'market',
  'centre',
]);
const THE = new Set(['the', 'this', 'that', 'your', 'our', 'their', 'every', 'each']);
/** Friendly sign-offs: "see you there", "looking forward to it". */
const FRIENDLY: [string, string][] = [
  ['you', 'there'],
  ['looking', 'forward'],
  ['you', 'then'],
];

function statedPurpose(ctx: Context): boolean {
  const { keys, count } = ctx.tok;
  for (let t = 1; t < count; t++) {
    // "I'll be at your surgery every week until the damp gets fixed": a campaign, to get something done.
    if (
      (keys[t] === 'until' || keys[t] === 'till' || keys[t] === 'til') &&
      windowHas(ctx, FIXED, t + 1, Math.min(count, t + 11))
    )
      return true;
    // "to ask about petrol prices"; "turn up at his surgery and ask him why he voted…"
    if ((keys[t - 1] !== 'to' && keys[t - 1] !== 'and') || !PURPOSES.has(keys[t] ?? '')) continue;
    // "I'm not coming to ask a question": a purpose denied is a threat's cue (rules/intimidation.ts).
    if (keys[t - 2] === 'not' || keys[t - 3] === 'not') continue;
    return true;
  }
  return false;
}

/** What a constituent keeps coming back until it is done. */
const FIXED = new Set([
  'fixed',
  'sorted',
  'resolved',
  'repaired',
  'answered',
  'rehoused',
  'reopened',
  'reinstated',
  'listen',
  'listens',
  'acts',
]);

function thingHarmed(ctx: Context, ts: number, te: number): boolean {
  const { keys } = ctx.tok;
  const s = ctx.lex.sets;
  const start = sentenceStart(ctx, ts);
  const to = sentenceEnd(ctx, ts);
  // "The early release scheme is going to kill someone. Mark my words.": a phrase that is a whole
  // sentence speaks of the sentence before it, when that one names no one.
  const before = start > 0 ? sentenceStart(ctx, start - 1) : start;
  const from =
    start === ts && to <= te && before < start && !namesSomeone(ctx, before, start) ? before : start;
  for (let k = from + 1; k < to; k++) {
    const w = keys[k] ?? '';
    // "the bill"; "the bus franchise" (a thing may have a word or two before it, a policy not:
    // "keep pushing that low traffic scheme and see what happens" is said to a person).
    if (THE.has(keys[k - 1] ?? '') && (s.policyNouns.has(w) || THINGS.has(w))) return true;
    if (!THINGS.has(w)) continue;
    for (let j = Math.max(from, k - 3); j < k - 1; j++) if (THE.has(keys[j] ?? '')) return true;
  }
  return false;
}

/** "you'll", "you've", "you'd" (keys drop the apostrophe). */
const YOU_CONTRACTED = new Set(['youll', 'youve', 'youd']);
/** A person in tokens [from, to): a name, a pronoun, someone addressed or tagged. */
function namesSomeone(ctx: Context, from: number, to: number): boolean {
  const s = ctx.lex.sets;
  for (let k = from; k < to; k++) {
    const w = ctx.tok.keys[k] ?? '';
    if (
      ctx.person[k] === 1 ||
      w === '@user' ||
      YOU_CONTRACTED.has(w) ||
      s.secondPerson.has(w) ||
      s.possessive2.has(w) ||
      s.thirdPerson.has(w)
    )
      return true;
  }
  return false;
}

function friendly(ctx: Context): boolean {
  const { keys, count } = ctx.tok;
  for (let t = 1; t < count; t++)
    for (const [a, b] of FRIENDLY) if (keys[t - 1] === a && keys[t] === b) return true;
  return false;
}

/** "Do the decent thing and resign", "just quit": leaving office (not "Not resign. The other decent thing."). */
const LEAVE_OFFICE = new Set(['resign', 'resigns', 'resigning', 'quit', 'quitting']);
/** "overdose deaths are up", "suicide prevention": the issue, not the act urged. */
const ISSUE_NOUNS = new Set([
  'deaths',
  'rates',
  'rate',
  'figures',
  'crisis',
  'services',
  'service',
  'prevention',
  'awareness',
  'statistics',
  'epidemic',
]);
/** Medicine taken as prescribed ("has to take them all, but the pharmacy keeps running out"). */
const MEDICAL = new Set([
  'pharmacy',
  'prescription',
  'prescribed',
  'chemist',
  'gp',
  'nhs',
  'appointment',
  'naloxone',
  'opioid',
  'opioids',
  'paramedic',
  'paramedics',
]);
/** After "do the decent thing and …", anything but harm: "and reopen it", "and resign". */
const SELF_HARM_VERBS = new Set(['die', 'jump', 'end', 'kill', 'hang', 'top', 'off']);

/**
 * Talk about self-harm that urges none: a call to resign, the writer about themselves ("I want to
 * slit my wrists"), the issue ("overdose deaths are up"), medicine, or "do the decent thing and
 * reopen it".
 */
function selfHarmTalk(ctx: Context, ts: number, te: number): boolean {
  const keys = ctx.tok.keys;
  const from = sentenceStart(ctx, ts);
  const to = sentenceEnd(ctx, ts);
  if (toldToResign(ctx, ts) || windowHas(ctx, FIRST_PERSON, from, to)) return true;
  if (ISSUE_NOUNS.has(keys[te] ?? '') || windowHas(ctx, MEDICAL, 0, ctx.tok.count)) return true;
  return keys[te] === 'and' && !SELF_HARM_VERBS.has(keys[te + 1] ?? '') && keys[te - 1] === 'thing';
}

/** "I want to slit my wrists": the writer about themselves, not telling someone to. */
const FIRST_PERSON = new Set(['i', 'im', 'ill', 'id', 'ive', 'me', 'my', 'myself']);

function toldToResign(ctx: Context, ts: number): boolean {
  const { keys } = ctx.tok;
  const to = sentenceEnd(ctx, ts);
  for (let k = sentenceStart(ctx, ts); k < to; k++) {
    const w = keys[k] ?? '';
    const leave = LEAVE_OFFICE.has(w) || (w === 'step' && keys[k + 1] === 'down');
    if (leave && keys[k - 1] !== 'not' && keys[k - 2] !== 'not') return true;
  }
  return false;
}

/** Whether anything in the post gives a menacing phrase an innocent reading. */
function benignReading(ctx: Context, political: number, ts: number, te: number, cat: string): boolean {
  const { count } = ctx.tok;
  const s = ctx.lex.sets;
  return (
    (cat === 'self_harm' && selfHarmTalk(ctx, ts, te)) ||
    // A long complaint about policy ("energy bills tripled, beer duty up…") borrows violent idiom.
    political >= 3 ||
    electoralPost(ctx) ||
    windowHas(ctx, s.parties, 0, count) ||
    windowHas(ctx, NEWS, 0, count) ||
    windowHas(ctx, ABUSE_TALK, 0, count) ||
    windowHas(ctx, s.gratitude, 0, count) ||
    windowHas(ctx, PRAISE, 0, count) ||
    windowHas(ctx, CIVIC, 0, count) ||
    reportsACase(ctx) ||
    statedPurpose(ctx) ||
    friendly(ctx) ||
    thingHarmed(ctx, ts, te) ||
    standsWith(ctx)
  );
}

/**
 * Adds `threat:`, `harm:` or `self_harm:no-innocent-reading` beside a weak threat, incitement or self-harm
 * phrase (its rule evidence between LOW and BAR) in a post with no innocent reading. `political` is
 * the count of policy and critique words the lexicon scan found.
 */
export function corroborateRules(ctx: Context, hits: RuleHit[], political: number): void {
  for (let c = 0; c < DANGEROUS.length; c++) {
    const cat = DANGEROUS[c]!;
    let strongest: RuleHit | null = null;
    let eligible = true;
    for (let i = 0; i < hits.length && eligible; i++) {
      const h = hits[i]!;
      if (h.category !== cat) continue;
      // Only word-list phrases: the cue rules already need several cues together, by design.
      // (A common idiom or a cue rule among the category's evidence leaves the category alone.)
      if (COMMON.has(h.rule) || !h.rule.startsWith('lex:')) eligible = false;
      else if (!strongest || h.score > strongest.score) strongest = h;
    }
    if (!eligible || !strongest || strongest.tokStart < 0) continue;
    // A phrase in two lists ("you know what to do": incitement and self-harm) is taken at its word
    // for the first of them only (the order of DANGEROUS).
    if (c > 0 && sharedWithEarlier(hits, strongest, c)) continue;
    // The category's evidence as decide.ts will weigh it (most posts never get this far).
    const evidence = noisyOr(hits.filter((h) => h.category === cat));
    if (
      evidence < LOW ||
      evidence >= BAR ||
      benignReading(ctx, political, strongest.tokStart, strongest.tokEnd, cat)
    )
      continue;
    const rule = `${RULE_PREFIX[cat] ?? cat}:no-innocent-reading`;
    hits.push(ruleHit(cat, EVIDENCE, strongest.tokStart, strongest.tokEnd, rule));
  }
}

function sharedWithEarlier(hits: RuleHit[], h: RuleHit, c: number): boolean {
  for (const o of hits) {
    const at = DANGEROUS.indexOf(o.category);
    if (at >= 0 && at < c && o.tokStart === h.tokStart && o.tokEnd === h.tokEnd) return true;
  }
  return false;
}
