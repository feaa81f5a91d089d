import type { Context } from '../context';
import { clauseStart as clauseStart_IMPORT } from '../tokenWindow';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const clauseStart = clauseStart_IMPORT;

/**
 * Orders given to the reader, shared by the rules that read them (rules/callToHarm.ts: "shoot her",
 * "follow him home"; rules/selfHarmUrged.ts: "tell her to kill herself").
 */

/** Words that may come before an order at the start of its clause: "please", "just", "so just". */
const ORDER_OPENERS = new Set([
  'please',
  'pls',
  'plz',
  'just',
  'now',
  'so',
  'then',
  'and',
  'go',
  'somebody',
  'someone',
]);

/** Who an order is about, named by a pronoun or a mention: "follow him", "tell her", "tell @user". */
export const ORDERED_PEOPLE = new Set(['her', 'him', 'them', 'em', '@user']);

/**
 * Where the clause of the verb at v starts, if the verb opens it, perhaps after "please", "just", "so"
 * (at most two such words): an order, not a report. -1 otherwise.
 */
export function orderClause(ctx: Context, v: number): number {
  const c = clauseStart(ctx, v);
  if (v - c > 2) return -1;
  for (let k = c; k < v; k++) if (!ORDER_OPENERS.has(ctx.tok.keys[k] ?? '')) return -1;
  return c;
}
