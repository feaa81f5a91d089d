import type { Context } from '../context';
import { wordList } from '../wordLists';
import { sentenceEnd as sentenceEnd_IMPORT, sentenceStart as sentenceStart_IMPORT } from '../guards';
import { ruleHit, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const sentenceStart = sentenceStart_IMPORT;
const sentenceEnd = sentenceEnd_IMPORT;

/**
 * Harm to a person celebrated in advance or asked for as a question, which glorifies it and invites
 * someone to do it: "If a mob strung her up I'd cheer", "the day someone finally does the leader in
 * will be a national holiday", "if someone knocked her teeth out I'd be buying the drinks all night",
 * "Would donate to the legal fund of whoever finally takes out @X", "Why has no one shot the leader
 * yet?". Written for Bulwark from the blind35 misses (tests/fixtures/classify/README.md).
 *
 * An act of harm by someone unnamed ("someone", "a mob", "whoever"), aimed at a person, under a
 * condition or a time ("if", "when", "the day", "whoever"), with a celebration in its sentence or the
 * next; or "why has no one / nobody …" with the act and the person. Guards apply as to any hit (a
 * negation, a report, a condemnation), so "anyone who'd cheer if someone shot an MP is sick" is not.
 */
export const CELEBRATE = new Set([
  'cheer',
  'cheering',
  'celebrate',
  'celebrating',
  'celebration',
  'drinks',
  'holiday',
  'party',
  'champagne',
  'bubbly',
  'fireworks',
  'dancing',
  'medal',
  'knighthood',
  'fund',
  // "If someone stabbed you at your next surgery … I'd be pleased."
  'pleased',
  'delighted',
  'chuffed',
  'glad',
  // "Wouldn't it be funny if somebody rammed @X's car"
  'funny',
  'hilarious',
  // "the country would be better off if someone just shot the Speaker", "…would thank them"
  'better',
  'favour',
  'thank',
  '🎉',
  '🍾',
  '🥂',
]);
/** "why" opens the question form, "made" ("made up") and "jury" ("no jury would convict") their rules. */
export const CELEBRATE_WORDS: readonly string[] = [...CELEBRATE, 'why', 'made', 'jury'];

const AGENTS = new Set([
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'whoever',
  'mob',
  'one',
  'nobody',
  'noone',
]);
/** Acts of harm on their own: "shot the leader", "strung her up", "knocked her teeth out". */
const ACTS = wordList([
  'shot',
  'shoots',
  'stabbed',
  'stabs',
  'killed',
  'kills',
  'strung',
  'lynched',
  'hanged',
  'torched',
  'battered',
  'punched',
  'lamped',
  'decked',
  'glassed',
  'bombed',
  'murdered',
  'drowned',
  'knifed',
  'throttled',
  'strangled',
  'rammed',
]);
/** Acts that need their particle: "does the leader in", "takes out @X", "runs him over". */
const PARTICLE_ACTS = new Map([
  ['does', new Set(['in'])],
  ['did', new Set(['in'])],
  ['done', new Set(['in'])],
  ['takes', new Set(['out'])],
  ['took', new Set(['out'])],
  ['finished', new Set(['off'])],
  ['finishes', new Set(['off'])],
  ['ran', new Set(['over'])],
  ['runs', new Set(['over'])],
  // "knocked her teeth out", not "knocked on her door"
  ['knocked', new Set(['out', 'teeth', 'senseless', 'unconscious'])],
]);
/** The acts that need a particle, as a word list (tested before the Map is read). */
const PARTICLE_WORDS = wordList(PARTICLE_ACTS.keys());
const WHEN = new Set(['if', 'when', 'day', 'whoever', 'once']);
const NOT_YET = new Set(['hasnt', 'havent', 'didnt', 'hadnt']);
const PERSONS = new Set([
  'him',
  'her',
  'them',
  'you',
  'leader',
  'pm',
  'mp',
  'minister',
  'councillor',
  '@user',
  // "@X's place": the mention's possessive is one token.
  '@users',
]);

/** The act at k with a person within three words after it (and its particle, if it needs one). */
function actOnPerson(ctx: Context, k: number): boolean {
  const { keys, count } = ctx.tok;
  const particle = ctx.tokenIn(k, PARTICLE_WORDS) ? PARTICLE_ACTS.get(keys[k]!) : undefined;
  if (!particle && !ctx.tokenIn(k, ACTS)) return false;
  let person = false;
  let particleSeen = !particle;
  for (let j = k + 1; j < count && j <= k + 4; j++) {
    const x = keys[j] ?? '';
    if (PERSONS.has(x) || ctx.person[j] === 1) person = true;
    if (particle?.has(x)) particleSeen = true;
  }
  return person && particleSeen;
}

/**
 * "If anyone ever did chin @X, no jury in Lincolnshire would convict": the harm excused in advance
 * (the fixed form "no jury in the land would convict" is in lexicons/harm_incitement.json).
 */
function noJury(ctx: Context, hits: RuleHit[]): boolean {
  const { keys, count } = ctx.tok;
  for (let k = 0; k < count; k++) {
    if (keys[k] !== 'jury' || (keys[k - 1] !== 'no' && keys[k - 1] !== 'nae')) continue;
    // Said of a harm imagined before it ("if anyone ever did…", "whoever…"), not of a trial.
    let imagined = false;
    for (let j = 0; j < k - 1 && !imagined; j++) imagined = keys[j] === 'if' || keys[j] === 'whoever';
    if (!imagined) return false;
    for (let j = k + 1; j < count && j <= k + 6; j++)
      if (keys[j] === 'convict' || keys[j] === 'convicts') {
        hits.push(ruleHit('harm_incitement', 0.8, k - 1, j + 1, 'harm:no-jury'));
        return true;
      }
  }
  return false;
}

export function celebrateRules(ctx: Context, hits: RuleHit[]): void {
  if (noJury(ctx, hits)) return;
  const { keys, count } = ctx.tok;
  for (let k = 0; k < count; k++) {
    if (!actOnPerson(ctx, k)) continue;
    const from = sentenceStart(ctx, k);
    let agent = -1;
    let when = false;
    let why = -1;
    for (let a = from; a < k; a++) {
      const w = keys[a] ?? '';
      if (AGENTS.has(w) && k - a <= 10) agent = a;
      if (WHEN.has(w)) when = true;
      if (w === 'why') why = a;
    }
    if (agent < 0) continue;
    // "Why has no one shot the leader yet?"
    // "Why hasn't anyone torched his place yet?" asks the same.
    const nobody =
      keys[agent] === 'nobody' ||
      keys[agent] === 'noone' ||
      keys[agent] === 'one' ||
      ((keys[agent] === 'anyone' || keys[agent] === 'anybody') && NOT_YET.has(keys[agent - 1] ?? ''));
    if (why >= 0 && nobody) {
      hits.push(ruleHit('harm_incitement', 0.8, why, k + 1, 'harm:why-no-one'));
      return;
    }
    if (!when || nobody) continue;
    // The celebration in the act's sentence or the next one.
    const next = sentenceEnd(ctx, sentenceEnd(ctx, k));
    for (let c = from; c < next; c++) {
      // "I'd be made up": Liverpool's "delighted".
      if (!CELEBRATE.has(keys[c] ?? '') && !(keys[c] === 'made' && keys[c + 1] === 'up')) continue;
      // "Anyone who would cheer if someone shot an MP is sick": others' celebration, described.
      if (keys[c - 1] === 'who' || keys[c - 2] === 'who' || keys[c - 1] === 'whod') continue;
      hits.push(ruleHit('harm_incitement', 0.8, Math.min(agent, c), Math.max(k, c) + 1, 'harm:celebrated'));
      return;
    }
  }
}
