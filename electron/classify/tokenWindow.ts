/**
 * Two questions about the tokens around a hit that the general guards (guards.ts) and the support
 * guards (supportGuards.ts) both ask. Import-free apart from the Context type, so both can use it
 * without importing each other.
 */
import type { Context } from './context';

/** Is a word of `set` among tokens [from, to)? */
export function windowHas(ctx: Context, set: Set<string>, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (set.has(ctx.tok.keys[k] ?? '')) return true;
  return false;
}

/** Token k speaks to someone: a second-person word ("you", "ur") or an @mention. */
export function speaksTo(ctx: Context, k: number): boolean {
  const s = ctx.lex.sets;
  const w = ctx.tok.keys[k] ?? '';
  return w === '@user' || s.secondPerson.has(w) || s.possessive2.has(w);
}
