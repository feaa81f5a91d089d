/**
 * A quotation the writer tells others to send: "every time she posts, reply 'go back where you came
 * from'", "Quote-tweet everything she posts with 'kill yourself'". Quoted words are usually someone
 * else's (the quotation guard sets them aside), but words handed out for a pile-on are the writer's
 * own abuse. Only an order counts: the sending verb opens its clause or follows "everyone", "just",
 * "lads" …; "they reply 'go home'" and "she got replies saying 'die'" report what was sent.
 */
import type { Context } from './context';
import { clauseStart as clauseStart_IMPORT } from './tokenWindow';

// Module-local binding (tsx/vitest compile imports to getters called on every use).
const clauseStart = clauseStart_IMPORT;

const SEND = new Set([
  'reply',
  'post',
  'tweet',
  'comment',
  'spam',
  'send',
  'write',
  'dm',
  'message',
  'chant',
  'quote',
]);
/** Words that may stand before an order's verb: "everyone reply", "just post", "lads, spam". */
const ORDER_OPENERS = new Set([
  'everyone',
  'everybody',
  'all',
  'just',
  'and',
  'then',
  'lads',
  'please',
  'pls',
]);

/** Is the quotation holding token t one the writer orders others to send? */
export function orderedToSend(ctx: Context, t: number): boolean {
  const { keys } = ctx.tok;
  const quoted = ctx.quoted;
  let q = t;
  while (q > 0 && quoted[q - 1] === 1) q--;
  // "reply 'go back…'" (the verb right before the quote, or its object between: "reply to her 'X'")
  // or "… with 'kill yourself'" after an order earlier in the clause.
  const from = clauseStart(ctx, q);
  for (let v = q - 1; v >= from && v >= q - 8; v--) {
    if (!SEND.has(keys[v] ?? '')) continue;
    if (q - v > 3 && keys[q - 1] !== 'with') continue;
    if (v === from || ORDER_OPENERS.has(keys[v - 1] ?? '')) return true;
  }
  return false;
}
