import type { Context } from '../context';
import { windowHas } from '../tokenWindow';
import { electoralPost, sentenceEnd, sentenceStart } from '../guards';
import { standsWith } from '../supportGuards';
import { reportsACase } from './cueScan';
import { ruleHit, type RuleHit } from './hit';

/**
 * Menace with nothing to explain it away. Many threats use a phrase that is menacing only in context:
 * "see what happens", "wear a helmet", "patience runs out", "you won't make it to conference". Alone,
 * such a phrase is weak evidence (below the label bar), because the same words turn up in
 * election talk ("you'll regret this vote, mark my words"), news ("MPs given panic alarms"), thanks
 * and organising ("bring your mates to the square"). When the post has none of those readings, the
 * phrase is taken at its word: a second, weak piece of evidence joins it and together they pass the bar.
 *
 * Measured when it was written (2026-12-06): on the twenty-five never-read blind sets it caught 95
 * more abusive posts (48 threats, 38 calls for harm) for 11 more false alarms of 3,810 harmless ones;
 * see the README.
 */

const DANGEROUS = ['threat', 'harm_incitement'];
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
    'a rope',
  ].flatMap((p) => [`lex:threat:${p}`, `lex:harm_incitement:${p}`]),
);

/** News (court cases: cueScan.ts `reportsACase`) and links (a headline shared): the phrase is quoted or described. */
const NEWS = new Set(['url', 'news', 'reported', 'reports', 'police', 'debate']);
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
/** "finished in May", "come May": the local elections, not the modal verb. */
const BEFORE_MONTH = new Set(['in', 'come', 'till', 'until', 'by', 'before', 'after']);

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
    if (keys[t - 1] !== 'to' || !PURPOSES.has(keys[t] ?? '')) continue;
    // "I'm not coming to ask a question": a purpose denied is a threat's cue (rules/intimidation.ts).
    if (keys[t - 2] === 'not' || keys[t - 3] === 'not') continue;
    return true;
  }
  return false;
}

function thingHarmed(ctx: Context, ts: number): boolean {
  const { keys } = ctx.tok;
  const s = ctx.lex.sets;
  const from = sentenceStart(ctx, ts);
  const to = sentenceEnd(ctx, ts);
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

function friendly(ctx: Context): boolean {
  const { keys, count } = ctx.tok;
  for (let t = 1; t < count; t++)
    for (const [a, b] of FRIENDLY) if (keys[t - 1] === a && keys[t] === b) return true;
  return false;
}

function electionMonth(ctx: Context): boolean {
  const { keys, count } = ctx.tok;
  for (let t = 1; t < count; t++) if (keys[t] === 'may' && BEFORE_MONTH.has(keys[t - 1] ?? '')) return true;
  return false;
}

/** Whether anything in the post gives a menacing phrase an innocent reading. */
function benignReading(ctx: Context, political: number, ts: number): boolean {
  const { count } = ctx.tok;
  const s = ctx.lex.sets;
  return (
    // A long complaint about policy ("energy bills tripled, beer duty up…") borrows violent idiom.
    political >= 3 ||
    electoralPost(ctx) ||
    windowHas(ctx, s.parties, 0, count) ||
    windowHas(ctx, NEWS, 0, count) ||
    windowHas(ctx, s.gratitude, 0, count) ||
    windowHas(ctx, PRAISE, 0, count) ||
    windowHas(ctx, CIVIC, 0, count) ||
    electionMonth(ctx) ||
    reportsACase(ctx) ||
    statedPurpose(ctx) ||
    friendly(ctx) ||
    thingHarmed(ctx, ts) ||
    standsWith(ctx)
  );
}

/**
 * Adds `threat:no-innocent-reading` / `harm:no-innocent-reading` beside a weak threat or incitement
 * phrase (its rule evidence between LOW and BAR) in a post with no innocent reading. `political` is
 * the count of policy and critique words the lexicon scan found.
 */
export function corroborateRules(ctx: Context, hits: RuleHit[], political: number): void {
  for (let c = 0; c < DANGEROUS.length; c++) {
    const cat = DANGEROUS[c]!;
    let strongest: RuleHit | null = null;
    let eligible = true;
    let miss = 1;
    for (let i = 0; i < hits.length && eligible; i++) {
      const h = hits[i]!;
      if (h.category !== cat) continue;
      // Only word-list phrases: the cue rules already need several cues together, by design.
      // (A common idiom or a cue rule among the category's evidence leaves the category alone.)
      if (COMMON.has(h.rule) || !h.rule.startsWith('lex:')) eligible = false;
      // One piece of evidence per rule, its best score, as decide.ts combines them (noisy-or).
      else if (!firstOfRule(hits, i)) continue;
      miss *= 1 - bestOfRule(hits, i);
      if (!strongest || h.score > strongest.score) strongest = h;
    }
    if (!eligible || !strongest || strongest.tokStart < 0) continue;
    const evidence = 1 - miss;
    if (evidence < LOW || evidence >= BAR || benignReading(ctx, political, strongest.tokStart)) continue;
    const rule = `${cat === 'threat' ? 'threat' : 'harm'}:no-innocent-reading`;
    hits.push(ruleHit(cat, EVIDENCE, strongest.tokStart, strongest.tokEnd, rule));
  }
}

function bestOfRule(hits: RuleHit[], i: number): number {
  const rule = hits[i]!.rule;
  let best = hits[i]!.score;
  for (let j = i + 1; j < hits.length; j++) if (hits[j]!.rule === rule) best = Math.max(best, hits[j]!.score);
  return best;
}

function firstOfRule(hits: RuleHit[], i: number): boolean {
  const rule = hits[i]!.rule;
  for (let j = 0; j < i; j++) if (hits[j]!.rule === rule) return false;
  return true;
}
