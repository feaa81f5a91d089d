import type { Context } from '../context';
import { applyGuards as applyGuards_IMPORT } from '../guards';
import { arsonRules as arsonRules_IMPORT } from './arson';
import { depictedRules as depictedRules_IMPORT } from './depicted';
import { bodyHarmRules as bodyHarmRules_IMPORT } from './bodyHarm';
import { callToHarmRules as callToHarmRules_IMPORT } from './callToHarm';
import { celebrateRules as celebrateRules_IMPORT } from './celebrate';
import { gloatingRules as gloatingRules_IMPORT } from './gloating';
import { scareQuoteRules as scareQuoteRules_IMPORT } from './scareQuotes';
import { sexualDesireRules as sexualDesireRules_IMPORT } from './sexualDesire';
import { swarmRules as swarmRules_IMPORT } from './swarm';
import { stammerRules as stammerRules_IMPORT } from './stammer';
import { onlyGoodRules as onlyGoodRules_IMPORT } from './onlyGood';
import { doxxingRules as doxxingRules_IMPORT } from './doxxing';
import { fateRules as fateRules_IMPORT } from './fate';
import type { RuleHit } from './hit';
import { scanLexicon as scanLexicon_IMPORT } from './lexiconHits';
import { partyRules as partyRules_IMPORT } from './party';
import { harmWishRules as harmWishRules_IMPORT } from './harm';
import { menaceRules as menaceRules_IMPORT } from './menace';
import { intimidationRules as intimidationRules_IMPORT } from './intimidation';
import { abuseCueRules as abuseCueRules_IMPORT } from './abuseCues';
import { harmDoneRules as harmDoneRules_IMPORT } from './harmDone';
import { threatRules as threatRules_IMPORT } from './threat';
import { identityRules as identityRules_IMPORT } from './identity';
import { tropeRules as tropeRules_IMPORT } from './tropes';
import { veiledRules as veiledRules_IMPORT } from './veiled';
import { corroborateRules } from './corroborate';
import { surveillanceRules } from './surveillance';
import { selfHarmUrgedRules } from './selfHarmUrged';
import { prisonWorthItRules } from './prisonWorthIt';
import { deathNextRules } from './deathNext';
import {
  W_BODY as W_BODY_IMPORT,
  W_CELEBRATE as W_CELEBRATE_IMPORT,
  W_FATE as W_FATE_IMPORT,
  W_FIRE as W_FIRE_IMPORT,
  W_CUE as W_CUE_IMPORT,
  W_ABUSE_CUE as W_ABUSE_CUE_IMPORT,
  W_MENACE as W_MENACE_IMPORT,
  W_REWARD as W_REWARD_IMPORT,
  W_SEX as W_SEX_IMPORT,
  W_VEILED as W_VEILED_IMPORT,
} from '../wordFlags';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const applyGuards = applyGuards_IMPORT;
const doxxingRules = doxxingRules_IMPORT;
const partyRules = partyRules_IMPORT;
const tropeRules = tropeRules_IMPORT;
const identityRules = identityRules_IMPORT;
const harmWishRules = harmWishRules_IMPORT;
const harmDoneRules = harmDoneRules_IMPORT;
const threatRules = threatRules_IMPORT;
const scanLexicon = scanLexicon_IMPORT;
const veiledRules = veiledRules_IMPORT;
const W_VEILED = W_VEILED_IMPORT;
const W_BODY = W_BODY_IMPORT;
const bodyHarmRules = bodyHarmRules_IMPORT;
const W_FIRE = W_FIRE_IMPORT;
const arsonRules = arsonRules_IMPORT;
const W_FATE = W_FATE_IMPORT;
const fateRules = fateRules_IMPORT;
const W_MENACE = W_MENACE_IMPORT;
const W_REWARD = W_REWARD_IMPORT;
const menaceRules = menaceRules_IMPORT;
const W_CUE = W_CUE_IMPORT;
const intimidationRules = intimidationRules_IMPORT;
const W_ABUSE_CUE = W_ABUSE_CUE_IMPORT;
const abuseCueRules = abuseCueRules_IMPORT;
const depictedRules = depictedRules_IMPORT;
const W_CELEBRATE = W_CELEBRATE_IMPORT;
const celebrateRules = celebrateRules_IMPORT;
const gloatingRules = gloatingRules_IMPORT;
const scareQuoteRules = scareQuoteRules_IMPORT;
const callToHarmRules = callToHarmRules_IMPORT;
const sexualDesireRules = sexualDesireRules_IMPORT;
const swarmRules = swarmRules_IMPORT;
const stammerRules = stammerRules_IMPORT;
const onlyGoodRules = onlyGoodRules_IMPORT;
const W_SEX = W_SEX_IMPORT;

export type { RuleHit } from './hit';

export interface RuleResult {
  hits: RuleHit[];
  /** Political vocabulary found (policy, votes, record, competence), with token ranges. */
  political: { policy: number; critique: number; spans: [number, number][] };
  /** Abuse-looking hits that guards set aside (quoted, negated, counter-speech, figurative). */
  suppressed: RuleHit[];
  /** Token ranges the model should not see when rescoring a political post (see decide.ts). */
  masked: [number, number][];
  /** Confident animal, disease or identity words dropped because they were aimed at no one (lexiconHits.ts). */
  untargeted: number;
}

/** Shared empty result: never written to. */
const NONE: RuleHit[] = [];

/** All rule layers over one post, guards last so every layer's hits are judged the same way. */
export function runRules(ctx: Context): RuleResult {
  const scan = scanLexicon(ctx);
  const hits = scan.hits;
  threatRules(ctx, hits, scan.policy + scan.critique);
  harmWishRules(ctx, hits);
  harmDoneRules(ctx, hits);
  if ((ctx.tok.flags & W_BODY) !== 0) bodyHarmRules(ctx, hits);
  if ((ctx.tok.flags & W_FIRE) !== 0) arsonRules(ctx, hits);
  if ((ctx.tok.flags & W_FATE) !== 0) fateRules(ctx, hits);
  tropeRules(ctx, hits);
  identityRules(ctx, hits);
  scareQuoteRules(ctx, hits);
  if ((ctx.tok.flags & W_VEILED) !== 0) veiledRules(ctx, hits);
  if ((ctx.tok.flags & W_MENACE) !== 0) menaceRules(ctx, hits);
  if ((ctx.tok.flags & W_CUE) !== 0) intimidationRules(ctx, hits);
  if ((ctx.tok.flags & W_ABUSE_CUE) !== 0) {
    abuseCueRules(ctx, hits);
    depictedRules(ctx, hits);
  }
  if ((ctx.tok.flags & W_CELEBRATE) !== 0) celebrateRules(ctx, hits);
  if ((ctx.tok.flags & W_REWARD) !== 0) gloatingRules(ctx, hits);
  callToHarmRules(ctx, hits);
  selfHarmUrgedRules(ctx, hits);
  prisonWorthItRules(ctx, hits);
  deathNextRules(ctx, hits);
  if ((ctx.tok.flags & W_SEX) !== 0) {
    sexualDesireRules(ctx, hits);
    swarmRules(ctx, hits);
  }
  surveillanceRules(ctx, hits, scan.policy + scan.critique);
  stammerRules(ctx, hits);
  onlyGoodRules(ctx, hits);
  const guarded = applyGuards(ctx, hits, scan.figurative);
  const suppressed = guarded === hits ? NONE : hits.filter((h) => !guarded.includes(h));
  partyRules(ctx, guarded);
  doxxingRules(ctx, guarded);
  corroborateRules(ctx, guarded, scan.policy + scan.critique);
  return {
    hits: guarded,
    political: { policy: scan.policy, critique: scan.critique, spans: scan.politicalSpans },
    suppressed,
    masked: scan.masked,
    untargeted: scan.untargeted,
  };
}
