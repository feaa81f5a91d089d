import type { Context } from '../context';
import { hourMinuteAt as hourMinuteAt_IMPORT, windowHas as windowHas_IMPORT } from '../tokenWindow';
import { aimedAtSomeone as aimedAtSomeone_IMPORT, reportsACase as reportsACase_IMPORT } from './cueScan';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const windowHas = windowHas_IMPORT;
const hourMinuteAt = hourMinuteAt_IMPORT;
const aimedAtSomeone = aimedAtSomeone_IMPORT;
const reportsACase = reportsACase_IMPORT;
const ruleHit = ruleHit_IMPORT;

/**
 * Someone's train, to the carriage: "She's on the 17:42 from Kings Cross most Thursdays, carriage C",
 * "Brightwell's on the 08:03 out of Hexley, always front carriage, quiet coach", "I'll be on the 17:42
 * as well Nadia. Carriage C." A departure time ("the 17:42") with the part of the train someone sits
 * in tells a stranger where to find them; either alone is ordinary talk ("the 17:42 was cancelled
 * again", "no seats in coach C"), nor is a complaint about the service. Written from blind177 (2026-12-07, thirty-first session). Needs someone
 * named or addressed; not a court report.
 */
const PARTS = new Set(['carriage', 'coach', 'seat']);
/** A complaint about the service, not a person's seat: "ScotRail cancelled the 07:42 AGAIN". */
const SERVICE = new Set([
  'cancelled',
  'canceled',
  'delayed',
  'late',
  'strike',
  'strikes',
  'overcrowded',
  'packed',
  'rammed',
]);

/** "the 17:42", "the 08:03", "the 7.15": the index of the hour after "the", or -1. */
function departure(ctx: Context): number {
  const { keys, count } = ctx.tok;
  for (let t = 1; t + 1 < count; t++) {
    if (keys[t - 1] === 'the' && hourMinuteAt(keys, t)) return t;
  }
  return -1;
}

export function journeyRules(ctx: Context, hits: RuleHit[]): void {
  if (!windowHas(ctx, PARTS, 0, ctx.tok.count)) return;
  const at = departure(ctx);
  if (at < 0) return;
  if (!aimedAtSomeone(ctx)) return;
  if (reportsACase(ctx) || windowHas(ctx, SERVICE, 0, ctx.tok.count)) return;
  hits.push(ruleHit('doxxing', 0.75, at - 1, at + 2, 'doxxing:journey'));
}
